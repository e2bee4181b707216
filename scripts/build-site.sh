#!/usr/bin/env bash
# Writes a deployable static site to dist/ (release build, relative asset paths so it
# works from any sub-path such as https://example.org/tools/tierplan/), then prints
# the gzip size of every file it ships. The shipped index.html carries a
# Content-Security-Policy that allows only the page's own files (scripts/csp.mjs).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
trunk build --release --public-url ./ >&2
node "$ROOT/scripts/csp.mjs" dist/index.html
echo "Files in dist/ (bytes; gzip -9 is what a server sends compressed):"
total_raw=0; total_gz=0
while IFS= read -r file; do
  raw=$(wc -c < "$file"); gz=$(gzip -9 -c "$file" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '  %-44s %9d raw %9d gzip\n' "${file#dist/}" "$raw" "$gz"
done < <(find dist -type f | sort)
printf '  %-44s %9d raw %9d gzip (%s KB)\n' "TOTAL" "$total_raw" "$total_gz" "$(awk "BEGIN { printf \"%.1f\", $total_gz / 1000 }")"
