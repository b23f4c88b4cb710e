// Usage: node rdf-parse.mjs <turtle|trig|ntriples|nquads|jsonld|rdfxml> <file> [n3|oxigraph]
// Parses the file strictly and prints its distinct statements as sorted N-Quads; exit code 1 on a syntax error.
import { parseFile, normalize, quadString } from './rdf-common.mjs';

const [format, file, parser = 'primary'] = process.argv.slice(2);
try {
  const lines = normalize(parseFile(file, format, parser)).map(quadString).sort();
  process.stdout.write(lines.join('\n') + (lines.length ? '\n' : ''));
} catch (e) {
  process.stderr.write(String(e?.message ?? e) + '\n');
  process.exit(1);
}
