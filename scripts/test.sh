#!/usr/bin/env bash
# Set up the checkout if needed (with everything the checks need), then run the
# whole check suite: ruff, mypy, import-linter contracts and pytest (offscreen).
# Each check prints one line when it passes and its whole output when it fails.
# Stops at the first failing step and exits with its code; pytest's own exit
# code is passed through unchanged (5 = no tests collected). Arguments are
# passed to pytest.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1
BIN="$ROOT/.venv/bin"

# fail NAME CODE : end the script after a failed step. A code of 5 is reported
# as 1, so that only pytest can say "no tests collected".
fail() {
    printf '%s failed (exit %d)\n' "$1" "$2" >&2
    if [ "$2" -eq 5 ]; then
        exit 1
    fi
    exit "$2"
}

# check NAME CMD... : run a check with its output set aside; print its last line
# when it passes, all of it when it fails.
check() {
    local name="$1" output rc=0
    shift
    output="$(mktemp)"
    "$@" >"$output" 2>&1 || rc=$?
    if [ "$rc" -ne 0 ]; then
        cat "$output"
        rm -f "$output"
        fail "$name" "$rc"
    fi
    printf '%-14s %s\n' "$name" "$(grep -v '^[[:space:]]*$' "$output" | tail -n 1)"
    rm -f "$output"
}

rc=0
bash "$ROOT/scripts/setup.sh" --test || rc=$?
if [ "$rc" -ne 0 ]; then
    fail "setup" "$rc"
fi
check "ruff" "$BIN/ruff" check .
check "mypy" "$BIN/mypy"
check "import-linter" "$BIN/lint-imports"

printf 'pytest\n'
export QT_QPA_PLATFORM=offscreen
exec "$BIN/pytest" -q "$@"
