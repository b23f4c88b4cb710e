// Lints Cypher statements with Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support).
// stdin: {"statements": [{"name": "...", "query": "...", "parameters": {...}}],
//         "labels": [...], "relationshipTypes": [...]}
// Labels and relationship types, when given, are the database's: any other one is reported. Functions
// and procedures are checked against the registry of Neo4j's built-ins shipped with the package.
// stdout: [{"name": "...", "diagnostics": [{"severity": 1|2, "message": "...", "line": n, "column": n}]}]
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

const input = JSON.parse(await readStdin());
const base = {
  functions: testData.mockSchema.functions,
  procedures: testData.mockSchema.procedures,
};
if (input.labels) base.labels = input.labels;
if (input.relationshipTypes) base.relationshipTypes = input.relationshipTypes;

const results = input.statements.map(({ name, query, parameters }) => {
  const { diagnostics } = lintCypherQuery(query, { ...base, parameters: parameters ?? {} });
  return {
    name,
    diagnostics: diagnostics.map((d) => ({
      severity: d.severity,
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
    })),
  };
});
process.stdout.write(JSON.stringify(results));

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}
