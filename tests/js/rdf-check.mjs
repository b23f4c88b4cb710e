// Batch checker. Reads a JSON array on stdin:
//   [{ "id": "...", "file": "out.ttl", "format": "turtle", "parsers": ["n3", "oxigraph"],
//      "expected": "in.nt", "expectedFormat": "ntriples", "merge": false }]
// Each file must parse with every listed parser (default: the primary strict parser for its format); when
// "expected" is given, the parsed graph must be isomorphic to it (after "merge" drops graph names on both sides).
// Prints one JSON array of { id, ok, count, error, reason, onlyFirst, onlySecond } and exits 0.
import { readFileSync } from 'node:fs';
import { parseFile, normalize, compare } from './rdf-common.mjs';

const checks = JSON.parse(readFileSync(0, 'utf8'));
const results = [];
for (const check of checks) {
  const result = { id: check.id, ok: false };
  try {
    let quads;
    for (const parser of check.parsers ?? ['primary']) {
      const parsed = parseFile(check.file, check.format, parser, check.baseIri);
      quads ??= parsed;
    }
    const actual = normalize(quads, check.merge);
    result.count = actual.length;
    if (check.expected) {
      const expected = normalize(parseFile(check.expected, check.expectedFormat, 'primary', check.baseIri), check.merge);
      Object.assign(result, compare(actual, expected));
      result.ok = result.isomorphic;
    } else {
      result.ok = true;
    }
  } catch (e) {
    result.error = String(e?.message ?? e);
  }
  results.push(result);
}
process.stdout.write(JSON.stringify(results));
