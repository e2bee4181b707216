#!/usr/bin/env bash
# Measures the floor under the site's size: a one-field Yew page (tests/bench/size-floor)
# built exactly as the site is (release profile, wasm-bindgen, wasm-opt -Oz with the
# site's flags), bare, then with the engine's report, then with the link codec too.
# Prints the gzip -9 size of the WebAssembly and its JavaScript glue for each.
# Not a test: run it by hand when the size budget is discussed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
FLOOR="$ROOT/tests/bench/size-floor"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}/size-floor"
OUT="$CARGO_TARGET_DIR/out"
printf '%-44s %9s %9s %9s\n' "page" "wasm raw" "wasm gzip" "js gzip"
for features in "" engine codec; do
  cargo build --quiet --release --offline --target wasm32-unknown-unknown \
    --manifest-path "$FLOOR/Cargo.toml" ${features:+--features "$features"}
  rm -rf "$OUT" && mkdir -p "$OUT"
  wasm-bindgen --target web --out-dir "$OUT" \
    "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/size-floor.wasm"
  # shellcheck disable=SC2086 # the flags are words
  wasm-opt -Oz $WASM_OPT_FLAGS "$OUT/size-floor_bg.wasm" -o "$OUT/opt.wasm"
  case "$features" in
    "") name="bare Yew page, one field" ;;
    engine) name="+ the engine's report" ;;
    codec) name="+ the link codec (read and write a link)" ;;
  esac
  printf '%-44s %9d %9d %9d\n' "$name" "$(wc -c < "$OUT/opt.wasm")" \
    "$(gzip -9 -c "$OUT/opt.wasm" | wc -c)" "$(gzip -9 -c "$OUT/size-floor.js" | wc -c)"
done
