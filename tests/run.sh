#!/usr/bin/env bash
# Runs the whole test suite: installs the Node.js tools the tests check output with (N3.js,
# Oxigraph, Neo4j's Cypher linter, the Neo4j JavaScript driver, and the explorer's pinned browser libraries
# the vendored copies are compared with), then every test project.
# Ends with one line: "N passed, N failed, N skipped".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ ! -d tests/js/node_modules ] || [ tests/js/package-lock.json -nt tests/js/node_modules ]; then
  (cd tests/js && npm ci --no-audit --no-fund --loglevel=error) || { echo "npm ci failed in tests/js"; echo "0 passed, 1 failed"; exit 1; }
fi

# The Node.js tools are installed now: tests that check against them (the official Neo4j driver among them)
# must run, not skip.
export GRAPH_REQUIRE_NODE_TOOLS=1

log="$(mktemp)"
dotnet test Graph.sln --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Sum the per-project summary lines ("Passed!  - Failed: 0, Passed: 14, Skipped: 0, Total: 14 ...").
read -r passed failed skipped < <(grep -E '^(Passed|Failed)! +- ' "$log" | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\2 \1 \3/' |
  awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $status (a build error or a crashed test host; see above)"
  failed=1
fi
rm -f "$log"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ]
