#!/usr/bin/env bash
# Prepare a checkout of CX Designer: Debian libraries Qt needs, a virtualenv in
# .venv, and the pinned Python dependencies. Safe to run again: each step is
# skipped when it is already done.
#
# Usage: scripts/setup.sh [--gui]
#   --gui   also make sure the libraries for a real X11 (xcb) window are there;
#           without it, only what offscreen Qt needs (tests, PDF export).
#
# Environment: CXD_PYTHON=/path/to/python forces the interpreter used to create
# the virtualenv.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

# Libraries that QtCore/QtGui/QtWidgets and the offscreen platform plugin link
# against (read off the PySide6-Essentials 6.11 wheel with objdump -p), plus a
# system fallback font for widgets that do not use the bundled Noto Sans.
OFFSCREEN_DEBS=(
    libgl1 libegl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
    libxkbcommon0 libx11-6 fonts-dejavu-core
    # PyInstaller (the application bundle, built by the test suite) calls objdump/objcopy.
    binutils
)
# Extra libraries of the xcb platform plugin (libqxcb.so + libQt6XcbQpa.so).
WINDOW_DEBS=(
    libxcb1 libx11-xcb1 libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4
    libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-render0
    libxcb-xinerama0 libxcb-shape0 libxcb-randr0 libxcb-shm0 libxcb-sync1
    libxcb-xfixes0 libxcb-xkb1 libxcb-util1
)

log() { printf '[setup] %s\n' "$*" >&2; }

# ensure_debs PKG... : install the Debian packages that are not installed yet.
# As root they are installed with apt-get; otherwise the command to run is
# printed and the script stops.
ensure_debs() {
    local missing=() pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q '^install ok installed$'; then
            missing+=("$pkg")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        log "not a Debian-like system; make sure these libraries are installed: ${missing[*]}"
        return 0
    fi
    if [ "$(id -u)" -eq 0 ]; then
        log "installing Debian packages: ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}"
    else
        log "missing Debian packages; please run:"
        printf '  sudo apt-get install -y --no-install-recommends %s\n' "${missing[*]}" >&2
        exit 3
    fi
}

# python_ok PY : true when PY runs and is CPython >= 3.11.
python_ok() {
    "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' >/dev/null 2>&1
}

find_python() {
    local cand
    if [ -n "${CXD_PYTHON:-}" ]; then
        if python_ok "$CXD_PYTHON"; then
            printf '%s\n' "$CXD_PYTHON"
            return 0
        fi
        log "CXD_PYTHON=$CXD_PYTHON is not a working Python >= 3.11"
        return 1
    fi
    # A pyenv shim can exist for a version that is not active, so each
    # candidate is actually run, not just looked up.
    for cand in python3.12 python3.11 python3; do
        if command -v "$cand" >/dev/null 2>&1 && python_ok "$cand"; then
            command -v "$cand"
            return 0
        fi
    done
    log "no Python >= 3.11 found (tried python3.12, python3.11, python3)"
    return 1
}

ensure_venv() {
    if [ -x "$VENV/bin/python" ] && python_ok "$VENV/bin/python"; then
        return 0
    fi
    if [ -e "$VENV" ]; then
        log "existing .venv is broken; recreating it"
        rm -rf "$VENV"
    fi
    local py
    py="$(find_python)"
    log "creating .venv with $py ($("$py" --version 2>&1))"
    "$py" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
}

ensure_python_deps() {
    local hash stamp
    hash="$(cat "$ROOT/pyproject.toml" "$ROOT/constraints.txt" | sha256sum | cut -c1-16)"
    stamp="$VENV/.installed-$hash"
    if [ -e "$stamp" ]; then
        return 0
    fi
    log "installing Python dependencies (pinned by constraints.txt)"
    (cd "$ROOT" && "$VENV/bin/python" -m pip install --quiet \
        -c constraints.txt -e ".[test,dev,package]")
    rm -f "$VENV"/.installed-*
    touch "$stamp"
}

main() {
    local gui=0 arg
    for arg in "$@"; do
        case "$arg" in
            --gui) gui=1 ;;
            -h | --help)
                awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' \
                    "${BASH_SOURCE[0]}"
                return 0
                ;;
            *)
                log "unknown option: $arg"
                return 2
                ;;
        esac
    done
    if [ "$gui" -eq 1 ]; then
        ensure_debs "${OFFSCREEN_DEBS[@]}" "${WINDOW_DEBS[@]}"
    else
        ensure_debs "${OFFSCREEN_DEBS[@]}"
    fi
    ensure_venv
    ensure_python_deps
}

main "$@"
