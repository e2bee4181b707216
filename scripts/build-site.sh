#!/usr/bin/env bash
# Writes a deployable static site to dist/ (release build, relative asset paths so it
# works from any sub-path such as https://example.org/tools/tierplan/), then prints
# the gzip and brotli size of every file it ships. The shipped index.html carries a
# Content-Security-Policy that allows only the page's own files (scripts/csp.mjs).
# Each file also gets precompressed .br and .gz copies for hosts that serve them
# (scripts/precompress.mjs).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
trunk build --release --public-url ./ >&2
node "$ROOT/scripts/csp.mjs" dist/index.html
node "$ROOT/scripts/precompress.mjs" dist
echo "Files in dist/ (bytes; gzip -9 and brotli are what a server sends compressed):"
total_raw=0; total_gz=0; total_br=0
while IFS= read -r file; do
  raw=$(wc -c < "$file"); gz=$(gzip -9 -c "$file" | wc -c)
  br=$(if [ -f "$file.br" ]; then wc -c < "$file.br"; else echo "$gz"; fi)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
  printf '  %-44s %9d raw %9d gzip %9d br\n' "${file#dist/}" "$raw" "$gz" "$br"
done < <(find dist -type f ! -name '*.gz' ! -name '*.br' | sort)
printf '  %-44s %9d raw %9d gzip (%s KB) %9d br (%s KB)\n' "TOTAL" "$total_raw" "$total_gz" \
  "$(awk "BEGIN { printf \"%.1f\", $total_gz / 1000 }")" "$total_br" "$(awk "BEGIN { printf \"%.1f\", $total_br / 1000 }")"
