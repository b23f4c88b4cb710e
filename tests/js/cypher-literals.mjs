// Reads Cypher text on stdin and tokenizes it with Neo4j's Cypher lexer (@neo4j-cypher/language-support).
// Prints {"strings": [...], "keywords": [...], "labels": [...]}: decoded string literals (each as the hex
// of its UTF-16 code units, so unpaired surrogates survive JSON), keyword tokens (upper case) and label
// or relationship type tokens, each in order of appearance.
// Escapes are decoded as Neo4j defines them: \\ \' \" \b \f \n \r \t \uXXXX \UXXXXXXXX.
// An unknown escape is an error (exit code 1).
import { highlightSyntax } from '@neo4j-cypher/language-support';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const text = Buffer.concat(chunks).toString('utf8');

const simple = { '\\': '\\', "'": "'", '"': '"', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const values = [];
const keywords = [];
const labels = [];
for (const token of highlightSyntax(text)) {
  if (token.tokenType === 'keyword') keywords.push(token.token.toUpperCase());
  if (token.tokenType === 'label') labels.push(token.token);
  if (token.tokenType !== 'stringLiteral') continue;
  const body = token.token.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') { out += c; continue; }
    const e = body[++i];
    if (e in simple) { out += simple[e]; continue; }
    const width = e === 'u' ? 4 : e === 'U' ? 8 : 0;
    const hex = body.slice(i + 1, i + 1 + width);
    if (width === 0 || !/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== width) {
      process.stderr.write(`unknown escape \\${e} in ${token.token}\n`);
      process.exit(1);
    }
    const code = parseInt(hex, 16);
    // \uXXXX is one UTF-16 unit (so a lone surrogate survives); \UXXXXXXXX is a code point.
    out += width === 4 ? String.fromCharCode(code) : String.fromCodePoint(code);
    i += width;
  }
  values.push([...Array(out.length).keys()].map((k) => out.charCodeAt(k).toString(16).padStart(4, '0')).join(''));
}
process.stdout.write(JSON.stringify({ strings: values, keywords, labels }));
