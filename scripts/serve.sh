#!/usr/bin/env bash
# Serves the calculator on http://127.0.0.1:8080, installing whatever is missing first.
# By default it serves the release build, what users get (optimised and compressed
# WebAssembly, rebuilt on each change). `--dev` serves a debug build instead, which
# rebuilds much faster while you work on the code but is about 7 MB of WebAssembly.
# Any other arguments go to `trunk serve`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
mode=(--release)
args=()
for arg in "$@"; do
  if [ "$arg" = "--dev" ]; then mode=(); else args+=("$arg"); fi
done
kind=release; [ ${#mode[@]} -eq 0 ] && kind=debug
echo "tierplan: serving the $kind build on http://127.0.0.1:8080, or the --port given (Ctrl+C to stop)" >&2
exec trunk serve "${mode[@]}" "${args[@]}"
