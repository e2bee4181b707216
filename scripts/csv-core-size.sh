#!/usr/bin/env bash
# Why the customer-list reader keeps its own CSV state machine rather than
# `csv-core` (see the README's Dependencies section). Prints:
# 1. what `csv-core`'s reader alone adds to a WebAssembly module
#    (tests/bench/csv-core-probe, built with and without it, wasm-opt -Oz with
#    the site's flags);
# 2. the size of the reader's own functions in the site's release wasm, before
#    wasm-opt (run `bash scripts/build-site.sh` first). `step` is the state
#    machine that `csv-core` would replace; the rest (rows, header, refused
#    lines, recovery after an unclosed quote) would stay either way.
# Not a test: run it by hand when the choice is discussed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
PROBE="$ROOT/tests/bench/csv-core-probe"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
export CARGO_TARGET_DIR="$TARGET/csv-core-probe"
printf '%-40s %9s %9s\n' "module" "wasm raw" "wasm gzip"
for features in "" core; do
  cargo build --quiet --release --target wasm32-unknown-unknown \
    --manifest-path "$PROBE/Cargo.toml" ${features:+--features "$features"}
  # shellcheck disable=SC2086 # the flags are words
  wasm-opt -Oz $WASM_OPT_FLAGS "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/csv_core_probe.wasm" \
    -o "$CARGO_TARGET_DIR/probe.wasm"
  name=${features:+"csv-core reader, counting cells"}
  printf '%-40s %9d %9d\n' "${name:-counting delimiters only}" \
    "$(wc -c < "$CARGO_TARGET_DIR/probe.wasm")" "$(gzip -9 -c "$CARGO_TARGET_DIR/probe.wasm" | wc -c)"
done
SITE="$TARGET/wasm32-unknown-unknown/release/tierplan.wasm"
if [[ -f "$SITE" ]]; then
  echo
  echo "The reader's own functions in $SITE (bytes of code, before wasm-opt):"
  node "$ROOT/tests/bench/wasm-functions.mjs" "$SITE" 'accounts5table11TableReader'
else
  echo "No $SITE yet: run scripts/build-site.sh first for the reader's own sizes." >&2
fi
