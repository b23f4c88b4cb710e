// Connects the official Neo4j JavaScript driver to a Bolt server (the test's fake server), runs one query and
// prints every value of every record as JSON, spelling out the fields of graph, temporal and spatial values,
// so a test can check what Neo4j's own driver decoded.
// Usage: node bolt-values.mjs <bolt-uri> [query]
import neo4j from 'neo4j-driver';

const [uri, query = 'RETURN 1'] = process.argv.slice(2);

function describe(v) {
  if (v === null || v === undefined) return null;
  if (neo4j.isInt(v)) return { int: v.toString() };
  if (typeof v === 'number') return { float: v };
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Int8Array || v instanceof Uint8Array) return { bytes: Array.from(v, (b) => b & 0xff) };
  if (Array.isArray(v)) return v.map(describe);
  if (neo4j.isNode(v)) return { node: { id: v.identity.toString(), elementId: v.elementId, labels: v.labels, props: describeMap(v.properties) } };
  if (neo4j.isRelationship(v)) {
    return { rel: { id: v.identity.toString(), elementId: v.elementId, type: v.type, start: v.start.toString(), end: v.end.toString(),
      startNodeElementId: v.startNodeElementId, endNodeElementId: v.endNodeElementId, props: describeMap(v.properties) } };
  }
  if (neo4j.isPath(v)) {
    return { path: { start: v.start.elementId, end: v.end.elementId,
      segments: v.segments.map((s) => [s.start.elementId, s.relationship.elementId, s.relationship.startNodeElementId, s.end.elementId]) } };
  }
  if (neo4j.isPoint(v)) return { point: { srid: Number(v.srid), x: v.x, y: v.y, z: v.z ?? null } };
  if (neo4j.isDuration(v)) return { duration: { months: v.months.toString(), days: v.days.toString(), seconds: v.seconds.toString(), nanoseconds: v.nanoseconds.toString() } };
  if (neo4j.isDate(v)) return { date: v.toString() };
  if (neo4j.isLocalTime(v)) return { localTime: v.toString() };
  if (neo4j.isTime(v)) return { time: v.toString() };
  if (neo4j.isLocalDateTime(v)) return { localDateTime: v.toString() };
  if (neo4j.isDateTime(v)) {
    return { dateTime: { text: v.toString(), offset: v.timeZoneOffsetSeconds == null ? null : Number(v.timeZoneOffsetSeconds), zone: v.timeZoneId ?? null,
      epochMillis: v.toStandardDate().getTime(), nanosecond: v.nanosecond.toString() } };
  }
  if (typeof v === 'object') return describeMap(v);
  return { unknown: String(v) };
}

function describeMap(m) {
  const out = {};
  for (const k of Object.keys(m).sort()) out[k] = describe(m[k]);
  return out;
}

const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'js-password'), { encrypted: false });
try {
  const session = driver.session();
  try {
    const result = await session.run(query);
    const rows = result.records.map((r) => Object.fromEntries(r.keys.map((k) => [k, describe(r.get(k))])));
    const summary = result.summary;
    process.stdout.write(JSON.stringify({ keys: result.records[0]?.keys ?? [], rows, counters: summary.counters.updates(),
      protocolVersion: `${summary.server.protocolVersion.major}.${summary.server.protocolVersion.minor}` }) + '\n');
  } finally {
    await session.close();
  }
} catch (e) {
  process.stdout.write(JSON.stringify({ error: { code: e.code ?? null, message: e.message } }) + '\n');
  process.exitCode = 2;
} finally {
  await driver.close();
}
