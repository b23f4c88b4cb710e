#!/usr/bin/env bash
# Refreshes the graph explorer's third-party files (src/Graph.View/wwwroot/vendor/) from npm:
# packs the pinned versions below into a temporary folder, copies their built browser files and
# licences, and writes vendor/versions.json with each file's version and sha256.
# Change a version here, run this script, then run the Assets tests (they compare the files with
# the same packages installed by tests/js/package.json, so pin the same versions there).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
vendor="$root/src/Graph.View/wwwroot/vendor"

# name version built-file (in the order the page loads them: each needs the ones before it)
packages=(
  "cytoscape 3.35.0 dist/cytoscape.min.js"
  "layout-base 2.0.1 layout-base.js"
  "cose-base 2.2.0 cose-base.js"
  "cytoscape-fcose 2.2.0 cytoscape-fcose.js"
)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$vendor"

entries=()
for entry in "${packages[@]}"; do
  read -r name version file <<<"$entry"
  (cd "$work" && npm pack --silent "$name@$version" >/dev/null)
  mkdir -p "$work/$name"
  tar -xzf "$work/$name-$version.tgz" -C "$work/$name"
  src="$work/$name/package"
  built="$(basename "$file")"
  cp "$src/$file" "$vendor/$built"
  cp "$src/LICENSE" "$vendor/$name.LICENSE"
  sum_built="$(sha256sum "$vendor/$built" | cut -d' ' -f1)"
  sum_licence="$(sha256sum "$vendor/$name.LICENSE" | cut -d' ' -f1)"
  entries+=("$(printf '    { "name": "%s", "version": "%s", "licence": "MIT",\n      "files": [\n        { "path": "%s", "package": "%s", "sha256": "%s" },\n        { "path": "%s", "package": "LICENSE", "sha256": "%s" }\n      ] }' \
    "$name" "$version" "$built" "$file" "$sum_built" "$name.LICENSE" "$sum_licence")")
done

{
  echo '{'
  echo '  "packages": ['
  for i in "${!entries[@]}"; do
    sep=','
    [ "$i" -eq $((${#entries[@]} - 1)) ] && sep=''
    echo "${entries[$i]}$sep"
  done
  echo '  ]'
  echo '}'
} >"$vendor/versions.json"
echo "vendor files refreshed in $vendor"
