#!/usr/bin/env bash
# Prepare a checkout of CX Designer: Debian packages, a virtualenv in .venv, and the
# pinned Python dependencies. Safe to run again: each step is skipped when it is already
# done. Quiet: the output of apt-get and pip is shown only when they fail.
#
# Usage: scripts/setup.sh [--gui] [--test]
#   --gui   also the libraries of a real X11 (xcb) window (scripts/launch.sh);
#           without it, only what offscreen Qt needs.
#   --test  also what the checks need (scripts/test.sh): the test, dev and package
#           extras, the Debian tools the tests call (poppler-utils, binutils, Xvfb…)
#           and the libraries of an X11 window. Without it, only what the editor needs.
#
# Environment: CXD_PYTHON=/path/to/python forces the interpreter used to create
# the virtualenv.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_PROGRESS_BAR=off PIP_NO_INPUT=1

# Libraries that QtCore/QtGui/QtWidgets and the offscreen platform plugin link
# against (read off the PySide6-Essentials 6.11 wheel with objdump -p), plus a
# system fallback font for widgets that do not use the bundled Noto Sans.
OFFSCREEN_DEBS=(
    libgl1 libegl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
    libxkbcommon0 libx11-6 fonts-dejavu-core
)
# Extra libraries of the xcb platform plugin (libqxcb.so + libQt6XcbQpa.so).
WINDOW_DEBS=(
    libxcb1 libx11-xcb1 libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4
    libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-render0
    libxcb-xinerama0 libxcb-shape0 libxcb-randr0 libxcb-shm0 libxcb-sync1
    libxcb-xfixes0 libxcb-xkb1 libxcb-util1
)
# Tools the tests call: PyInstaller (the application bundle) runs objdump/objcopy;
# pdffonts and pdftoppm check the PDFs; desktop-file-validate and appstreamcli check
# the Linux desktop integration files; LibreOffice Impress opens the PowerPoint export
# and converts it to PDF; Chromium, driven by Playwright, opens the exported web page;
# Xvfb gives the presentation a real X server with two screens (a laptop and a
# projector), for which the tests also need WINDOW_DEBS; exfatprogs and exfat-fuse make
# and mount a case-insensitive exFAT volume, as a USB key is on Windows and macOS;
# shellcheck checks the macOS packaging script (tests/portability/).
TEST_DEBS=(binutils poppler-utils ghostscript desktop-file-utils appstream libreoffice-impress
           chromium xvfb exfatprogs exfat-fuse shellcheck)
# The extras of pyproject.toml the checks need.
TEST_EXTRAS="test,dev,package"

log() { printf '[setup] %s\n' "$*" >&2; }

# quietly CMD... : run CMD with its output set aside; show it only if CMD fails.
quietly() {
    local output rc=0
    output="$(mktemp)"
    "$@" >"$output" 2>&1 || rc=$?
    if [ "$rc" -ne 0 ]; then
        log "failed (exit $rc): $*"
        cat "$output" >&2
    fi
    rm -f "$output"
    return "$rc"
}

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
        log "not a Debian-like system; make sure these are installed: ${missing[*]}"
        return 0
    fi
    if [ "$(id -u)" -eq 0 ]; then
        log "installing Debian packages: ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        quietly apt-get update -qq
        quietly apt-get install -y -qq --no-install-recommends "${missing[@]}"
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
    quietly "$py" -m venv "$VENV"
    quietly "$VENV/bin/python" -m pip install --quiet --upgrade pip
}

# ensure_python_deps EXTRAS : the project in editable mode with EXTRAS ("" for the
# editor alone), at the versions of constraints.txt. One stamp per set of extras
# and per version of pyproject.toml + constraints.txt, so that an unchanged
# checkout starts at once.
ensure_python_deps() {
    local extras="$1" hash stamp spec what
    hash="$(cat "$ROOT/pyproject.toml" "$ROOT/constraints.txt" | sha256sum | cut -c1-16)"
    stamp="$VENV/.installed-$hash-${extras:-editor}"
    stamp="${stamp//,/-}"
    if [ -e "$stamp" ]; then
        return 0
    fi
    if [ -n "$extras" ]; then
        spec=".[$extras]" what="the editor and its checks"
    else
        spec="." what="the editor"
    fi
    log "installing the Python packages of $what (pinned by constraints.txt)"
    (cd "$ROOT" && quietly "$VENV/bin/python" -m pip install --quiet -c constraints.txt \
        -e "$spec")
    # Stamps of another pyproject.toml or constraints.txt are stale.
    find "$VENV" -maxdepth 1 -name '.installed-*' ! -name ".installed-$hash-*" -delete
    # The editor's packages come with any extras.
    touch "$stamp" "$VENV/.installed-$hash-editor"
}

main() {
    local gui=0 test=0 arg debs
    for arg in "$@"; do
        case "$arg" in
            --gui) gui=1 ;;
            --test) test=1 ;;
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
    debs=("${OFFSCREEN_DEBS[@]}")
    if [ "$gui" -eq 1 ] || [ "$test" -eq 1 ]; then
        debs+=("${WINDOW_DEBS[@]}")
    fi
    if [ "$test" -eq 1 ]; then
        debs+=("${TEST_DEBS[@]}")
    fi
    ensure_debs "${debs[@]}"
    ensure_venv
    if [ "$test" -eq 1 ]; then
        ensure_python_deps "$TEST_EXTRAS"
    else
        ensure_python_deps ""
    fi
}

main "$@"
