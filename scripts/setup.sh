#!/usr/bin/env bash
# Installs every tool tierplan needs, at pinned versions, idempotently.
# Sourced by serve.sh, build-site.sh and test.sh; safe to run on its own.
# Project-local tools go into .tools/ (git-ignored); the browser comes from apt.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
TRUNK_VERSION="0.21.14"
WASM_BINDGEN_VERSION="0.2.130"   # must equal the wasm-bindgen crate pinned in Cargo.toml
BINARYEN_VERSION="132"           # wasm-opt; Debian's binaryen 108 cannot read rustc 1.95 output
# The site's wasm-opt features (data-wasm-opt-params in index.html), for the
# modules the scripts build beside Trunk's: the link preview and the measures.
WASM_OPT_FLAGS=$(grep -o 'data-wasm-opt-params="[^"]*"' "$ROOT/index.html" | cut -d'"' -f2)

export PATH="$TOOLS/cargo/bin:$TOOLS/npm/node_modules/.bin:$PATH"
say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

mkdir -p "$TOOLS"

# Quick installs first, so a missing package shows in seconds, not after the cargo builds.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing Chromium and ChromeDriver from Debian"
  as_root apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver >&2
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown >&2
fi

if ! trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then
  say "building Trunk $TRUNK_VERSION from crates.io (about 9 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION" --root "$TOOLS/cargo" >&2
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "building wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (about 3 minutes)"
  # Without --locked: its lock file names a crate version the registry does not serve.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --root "$TOOLS/cargo" >&2
fi

if ! wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
  say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION)"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS/npm" "binaryen@$BINARYEN_VERSION" >&2
fi

E2E="$ROOT/tests/e2e"
if [ -f "$E2E/package-lock.json" ]; then
  stamp="$E2E/node_modules/.lock-stamp"
  if [ ! -f "$stamp" ] || ! cmp -s "$E2E/package-lock.json" "$stamp"; then
    say "installing the end-to-end test driver (npm playwright-core, no browser download)"
    (cd "$E2E" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --silent --no-audit --no-fund >&2)
    cp "$E2E/package-lock.json" "$stamp"
  fi
fi

export CHROMEDRIVER=/usr/bin/chromedriver
export CHROME_BIN=/usr/bin/chromium
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
