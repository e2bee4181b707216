#!/usr/bin/env bash
# Runs the benchmarks (never part of the tests): the engine, the comparison of
# scenarios and the range analysis with criterion, then
# the page in headless Chromium (first render, typed digit to updated screen, the
# range analysis on screen once typing pauses), and
# the customer list import (100,000 and 1,000,000 rows dropped on the page), and
# the floor under the site's size (scripts/size-floor.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
cargo bench --bench plan
cargo bench --bench compare
cargo bench --bench ranges
"$ROOT/scripts/build-site.sh"
node tests/bench/ui-timing.mjs "${1:-60}"
node tests/bench/range-timing.mjs 20
node tests/bench/import-timing.mjs
bash "$ROOT/scripts/size-floor.sh"
