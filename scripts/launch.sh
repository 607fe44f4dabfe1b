#!/usr/bin/env bash
# Set up the checkout if needed (the editor alone, with the libraries of an X11
# window), then open CX Designer on the bundled demo project. Extra arguments
# are passed to the cxdesigner command.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh" --gui

DEMO="$ROOT/resources/demo/parcours-demo.cxd"
if [ -f "$DEMO" ]; then
    exec "$ROOT/.venv/bin/cxdesigner" "$DEMO" "$@"
fi
exec "$ROOT/.venv/bin/cxdesigner" "$@"
