#!/usr/bin/env bash
# Set up the checkout if needed, then run the whole check suite: ruff, mypy,
# import-linter contracts and pytest (offscreen). Stops at the first failing
# step and exits with its code; pytest's own exit code is passed through
# unchanged (5 = no tests collected). Arguments are passed to pytest.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1
BIN="$ROOT/.venv/bin"

step() { printf '\n==== %s ====\n' "$*"; }

# run_check NAME CMD... : run a non-pytest step; a failure ends the script.
# Its code is reported as 1 if it happened to be 5, so that only pytest can
# say "no tests collected".
run_check() {
    local name="$1" rc=0
    shift
    step "$name"
    "$@" || rc=$?
    if [ "$rc" -ne 0 ]; then
        printf '\n%s failed (exit %d)\n' "$name" "$rc" >&2
        [ "$rc" -eq 5 ] && rc=1
        exit "$rc"
    fi
}

run_check "setup" bash "$ROOT/scripts/setup.sh"
run_check "ruff check" "$BIN/ruff" check .
run_check "mypy" "$BIN/mypy"
run_check "import-linter" "$BIN/lint-imports"

step "pytest"
export QT_QPA_PLATFORM=offscreen
exec "$BIN/pytest" "$@"
