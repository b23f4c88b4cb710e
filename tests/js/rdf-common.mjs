// Shared helpers for the RDF test scripts: strict parsing with N3.js and Oxigraph, normalization, isomorphism.
import { readFileSync } from 'node:fs';
import N3 from 'n3';
import * as oxigraph from 'oxigraph';
import { isomorphic } from 'rdf-isomorphic';

const { DataFactory } = N3;

// Our format names -> N3.js format names (strict for that syntax) and media types for Oxigraph.
const n3Formats = { turtle: 'Turtle', trig: 'TriG', ntriples: 'N-Triples', nquads: 'N-Quads' };
const mediaTypes = {
  turtle: 'text/turtle',
  trig: 'application/trig',
  ntriples: 'application/n-triples',
  nquads: 'application/n-quads',
  jsonld: 'application/ld+json',
  rdfxml: 'application/rdf+xml',
};

// The strict parser the project gates each format on: N3.js for the Turtle family, Oxigraph for JSON-LD and RDF/XML.
export function primaryParser(format) {
  return n3Formats[format] ? 'n3' : 'oxigraph';
}

function fromN3(text, format, baseIRI) {
  const parser = new N3.Parser({ format: n3Formats[format], baseIRI });
  return parser.parse(text);
}

function convertTerm(term) {
  switch (term.termType) {
    case 'NamedNode': return DataFactory.namedNode(term.value);
    case 'BlankNode': return DataFactory.blankNode(term.value);
    case 'Literal':
      return term.language
        ? DataFactory.literal(term.value, term.language)
        : DataFactory.literal(term.value, DataFactory.namedNode(term.datatype.value));
    case 'DefaultGraph': return DataFactory.defaultGraph();
    default: throw new Error(`unsupported term type ${term.termType}`);
  }
}

function fromOxigraph(text, format, baseIRI) {
  if (!mediaTypes[format]) throw new Error(`unknown format ${format}`);
  const options = { format: mediaTypes[format] };
  if (baseIRI) options.base_iri = baseIRI;
  return oxigraph.parse(text, options).map(q =>
    DataFactory.quad(convertTerm(q.subject), convertTerm(q.predicate), convertTerm(q.object), convertTerm(q.graph)));
}

// Parses text strictly; parser is 'n3', 'oxigraph' or 'primary'. Throws on any syntax error.
export function parseText(text, format, parser = 'primary', baseIRI = undefined) {
  const which = parser === 'primary' ? primaryParser(format) : parser;
  if (which === 'n3') {
    if (!n3Formats[format]) throw new Error(`N3.js does not read ${format}`);
    return fromN3(text, format, baseIRI);
  }
  return fromOxigraph(text, format, baseIRI);
}

export function parseFile(path, format, parser = 'primary', baseIRI = undefined) {
  return parseText(readFileSync(path, 'utf8'), format, parser, baseIRI);
}

function escape(value) {
  let out = '';
  for (const ch of value) {
    const c = ch.codePointAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
    else out += ch;
  }
  return out;
}

export function termString(term) {
  switch (term.termType) {
    case 'NamedNode': return `<${term.value}>`;
    case 'BlankNode': return `_:${term.value}`;
    case 'DefaultGraph': return '';
    case 'Literal':
      if (term.language) return `"${escape(term.value)}"@${term.language.toLowerCase()}`;
      if (term.datatype.value === 'http://www.w3.org/2001/XMLSchema#string') return `"${escape(term.value)}"`;
      return `"${escape(term.value)}"^^<${term.datatype.value}>`;
    default: throw new Error(`unsupported term type ${term.termType}`);
  }
}

export function quadString(q) {
  const g = termString(q.graph);
  return `${termString(q.subject)} ${termString(q.predicate)} ${termString(q.object)}${g ? ' ' + g : ''} .`;
}

// Set semantics (parsers may report duplicates), language tags lower-cased (they are case-insensitive),
// and with merge every statement moved to the default graph (to compare a dataset with a triples format).
export function normalize(quads, merge = false) {
  const seen = new Map();
  for (const q of quads) {
    let o = q.object;
    if (o.termType === 'Literal' && o.language) o = DataFactory.literal(o.value, o.language.toLowerCase());
    const n = DataFactory.quad(q.subject, q.predicate, o, merge ? DataFactory.defaultGraph() : q.graph);
    seen.set(quadString(n), n);
  }
  return [...seen.values()];
}

export function compare(a, b) {
  if (a.length !== b.length) return { isomorphic: false, reason: `sizes differ: ${a.length} vs ${b.length}`, ...difference(a, b) };
  if (isomorphic(a, b)) return { isomorphic: true };
  return { isomorphic: false, reason: 'not isomorphic', ...difference(a, b) };
}

// A sample of the statements only one side has (blank-node-free ones compare exactly).
function difference(a, b) {
  const sa = new Set(a.map(quadString));
  const sb = new Set(b.map(quadString));
  return {
    onlyFirst: [...sa].filter(x => !sb.has(x) && !x.includes('_:')).slice(0, 5),
    onlySecond: [...sb].filter(x => !sa.has(x) && !x.includes('_:')).slice(0, 5),
  };
}
