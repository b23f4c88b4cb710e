// Usage: node rdf-compare.mjs <formatA> <fileA> <formatB> <fileB> [--merge]
// Exit 0 when both parse strictly and are isomorphic (with --merge, graph names are dropped first).
import { parseFile, normalize, compare } from './rdf-common.mjs';

const args = process.argv.slice(2);
const merge = args.includes('--merge');
const [fa, a, fb, b] = args.filter(x => x !== '--merge');
try {
  const result = compare(normalize(parseFile(a, fa), merge), normalize(parseFile(b, fb), merge));
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(result.isomorphic ? 0 : 1);
} catch (e) {
  process.stderr.write(String(e?.message ?? e) + '\n');
  process.exit(2);
}
