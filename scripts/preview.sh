#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml): builds the link preview, a small
# WebAssembly module of its own (src/bin/preview.rs: the engine, the link
# reader and the plan as HTML, no Yew), into Trunk's staging folder, and
# rewrites the staged index.html to load it before the calculator when the
# address holds a plan (scripts/loader.mjs). A debug build (`serve.sh --dev`)
# skips it: the page works without it, the link's plan only appears later.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
STAGE="${TRUNK_STAGING_DIR:?this runs as the post_build hook of Trunk}"
[ "${TRUNK_PROFILE:-debug}" = release ] || exit 0
cd "$ROOT"
# Where cargo writes (CARGO_TARGET_DIR, a config's target-dir, or target/).
TARGET=$(cargo metadata --offline --format-version 1 --no-deps |
  node -e "let t='';process.stdin.on('data',d=>t+=d).on('end',()=>console.log(JSON.parse(t).target_directory))")
cargo build --quiet --release --offline --target wasm32-unknown-unknown --bin preview
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
wasm-bindgen --target web --out-dir "$OUT" "$TARGET/wasm32-unknown-unknown/release/preview.wasm"
# shellcheck disable=SC2086 # the flags are words
wasm-opt -Oz $WASM_OPT_FLAGS "$OUT/preview_bg.wasm" -o "$OUT/preview_bg.wasm"
node "$ROOT/scripts/loader.mjs" "$STAGE" "$OUT"
