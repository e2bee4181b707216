#!/usr/bin/env bash
# Measures what a person waits for on a phone (tests/bench/first-load.mjs): the
# release site in dist/ (built when missing, or pass a folder) against a bare Yew
# page (tests/bench/size-floor with no feature) built the same way: release,
# wasm-bindgen, wasm-opt -Oz with the site's flags. Not a test.
# Usage: bash scripts/first-load.sh [SITE_DIR] [rounds]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
SITE="${1:-$ROOT/dist}"
[ -f "$SITE/index.html" ] || "$ROOT/scripts/build-site.sh" >/dev/null
FLOOR="$ROOT/tests/bench/size-floor"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}/size-floor"
BARE="$CARGO_TARGET_DIR/bare-page"
cargo build --quiet --release --offline --target wasm32-unknown-unknown --manifest-path "$FLOOR/Cargo.toml"
rm -rf "$BARE" && mkdir -p "$BARE"
wasm-bindgen --target web --out-dir "$BARE" \
  "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/size-floor.wasm"
# shellcheck disable=SC2086 # the flags are words
wasm-opt -Oz $WASM_OPT_FLAGS "$BARE/size-floor_bg.wasm" -o "$BARE/size-floor_bg.wasm"
cat > "$BARE/index.html" <<'HTML'
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>bare Yew page</title>
<script type="module">import init from './size-floor.js'; init();</script>
</head><body></body></html>
HTML
node "$ROOT/tests/bench/first-load.mjs" "$SITE" "$BARE" "${2:-5}"
