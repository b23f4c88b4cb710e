// Runs the graph explorer's offline API (src/Graph.View/wwwroot/js/api.js, a classic browser script) in a
// bare JavaScript context, with no DOM, over a dump. Reads one JSON object on stdin:
//   { "script": "/path/to/api.js", "dump": "/path/to/dump.json",
//     "calls": [{ "id": "...", "method": "search", "args": ["qat", null, 5] }] }
// Prints one JSON array of { id, status, body } (status 200, or the error's 400/404 with body {"error": ...})
// and exits 0.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const input = JSON.parse(readFileSync(0, 'utf8'));
const context = vm.createContext({});
vm.runInContext(readFileSync(input.script, 'utf8'), context, { filename: input.script });
const GraphView = vm.runInContext('GraphView', context);
const api = new GraphView.LocalApi(JSON.parse(readFileSync(input.dump, 'utf8')));

const results = [];
for (const call of input.calls) {
  try {
    const body = await api[call.method](...call.args);
    results.push({ id: call.id, status: 200, body });
  } catch (e) {
    results.push({ id: call.id, status: e?.status ?? 500, body: { error: String(e?.message ?? e) } });
  }
}
process.stdout.write(JSON.stringify(results));
