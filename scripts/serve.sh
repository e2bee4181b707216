#!/usr/bin/env bash
# Serves the calculator on http://127.0.0.1:8080, installing whatever is missing first.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
echo "tierplan: serving on http://127.0.0.1:8080 (Ctrl+C to stop)" >&2
exec trunk serve "$@"
