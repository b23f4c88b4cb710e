// Usage: node rdf-manifest.mjs <manifest.ttl>
// Prints the W3C test manifest's entries as JSON: [{ name, type, action, result }], file names relative to it.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import N3 from 'n3';

const path = process.argv[2];
const base = pathToFileURL(path).href;
const store = new N3.Store(new N3.Parser({ format: 'Turtle', baseIRI: base }).parse(readFileSync(path, 'utf8')));
const mf = 'http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#';
const rdfType = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const dir = base.slice(0, base.lastIndexOf('/') + 1);
const local = iri => (iri && iri.startsWith(dir) ? decodeURIComponent(iri.slice(dir.length)) : iri);
const one = (s, p) => store.getObjects(s, p, null)[0]?.value;

const entries = [];
for (const test of store.getSubjects(mf + 'action', null, null)) {
  entries.push({
    name: one(test, mf + 'name'),
    type: local(one(test, rdfType))?.replace('http://www.w3.org/ns/rdftest#', ''),
    action: local(one(test, mf + 'action')),
    result: local(one(test, mf + 'result')) ?? null,
  });
}
entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
process.stdout.write(JSON.stringify(entries));
