#!/usr/bin/env bash
# Runs every test of tierplan, installing whatever is missing first.
# Formatting and lints, native model tests (incl. property tests), a short fuzzer run,
# component tests in
# headless Chromium, the release site build, and end-to-end tests against that site.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"

started=$SECONDS
step() { printf '\n\033[1m==> %s\033[0m\n' "$1" >&2; shift; "$@"; }

step "format (cargo fmt --check)" cargo fmt --all -- --check
step "lints, native (clippy -D warnings)" cargo clippy --all-targets --quiet -- -D warnings
step "lints, browser (clippy -D warnings)" cargo clippy --target wasm32-unknown-unknown --lib --bins --test 'ui_*' --quiet -- -D warnings
step "model, link and state tests (native cargo test)" cargo test --quiet
# The link and file fuzzer, a short optimised run with a fixed seed (the 10-million run
# is in the README's Fuzzing section; it is not part of the tests' time). Exits 1 on any panic.
step "fuzzer, short run (100,000 mutated links and files, every output format)" \
  cargo run --quiet --profile fuzz --example fuzz_links -- --cases 100000 --seed 7 --jobs 2
step "component tests (wasm-bindgen-test in headless Chromium)" \
  cargo test --target wasm32-unknown-unknown --test 'ui_*'
step "release site (scripts/build-site.sh)" "$ROOT/scripts/build-site.sh"
step "end-to-end tests (built site on 127.0.0.1, headless Chromium)" bash -c "cd '$ROOT/tests/e2e' && npm test --silent"

printf '\nAll tierplan tests passed in %d s.\n' "$((SECONDS - started))" >&2
