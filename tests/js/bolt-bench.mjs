// Benchmark counterpart of bench/Graph.Bolt.Benchmarks: the official Neo4j JavaScript driver sends the same rows
// (UNWIND batches in managed write transactions) to the same loopback sink and reports rows per second.
// Usage: node bolt-bench.mjs <bolt-uri> <rows> <batch>
import neo4j from 'neo4j-driver';

const [uri, rowsArg = '100000', batchArg = '1000'] = process.argv.slice(2);
const rows = Number(rowsArg);
const batch = Number(batchArg);
const query = 'UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n.name = row.name, n += row.props';

function buildBatches(count) {
  const batches = [];
  for (let first = 0; first < count; first += batch) {
    const list = [];
    for (let i = first; i < Math.min(count, first + batch); i++) {
      list.push({ id: 'entity-' + String(i).padStart(7, '0'), name: 'Entity number ' + i,
        props: { kind: 'Organization', mentions: neo4j.int(i), score: i / 7 } });
    }
    batches.push({ rows: list });
  }
  return batches;
}

async function send(session, batches) {
  for (const parameters of batches) {
    await session.executeWrite((tx) => tx.run(query, parameters));
  }
}

const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'bench'), { encrypted: false, disableLosslessIntegers: false });
const session = driver.session();
try {
  await send(session, buildBatches(Math.min(rows, 20000)));
  const batches = buildBatches(rows);
  const t0 = performance.now();
  await send(session, batches);
  const seconds = (performance.now() - t0) / 1000;
  const rate = Math.round(rows / seconds);
  process.stdout.write(`neo4j-driver (JavaScript): ${rate.toLocaleString('en-US').padStart(12)} rows/s  (${Math.round(seconds * 1000)} ms)\n`);
} finally {
  await session.close();
  await driver.close();
}
