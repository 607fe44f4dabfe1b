#!/usr/bin/env bash
# Install CX Designer for the current user from this application folder: the program in
# ~/.local/lib/cxdesigner, the `cxdesigner` command in ~/.local/bin, the menu entry, the icons
# and the .cxd file type, so that a double-click on a project opens it. No root rights needed.
#
# Usage: ./install.sh [--prefix DIR] [--uninstall]
#   --prefix DIR   install under DIR (DIR/bin, DIR/lib, DIR/share) instead of ~/.local
#   --uninstall    remove what an earlier installation under the same prefix put there
#
# Installer pour l'utilisateur courant : lancer ./install.sh depuis ce dossier ; pour
# désinstaller : ~/.local/lib/cxdesigner/install.sh --uninstall
set -euo pipefail

APP=cxdesigner
SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
PREFIX="$HOME/.local"
SHARE=""
UNINSTALL=0

log() { printf '%s\n' "$*"; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

while [ $# -gt 0 ]; do
    case "$1" in
        --prefix)
            [ $# -ge 2 ] || die "--prefix needs a folder"
            PREFIX="$2"; SHARE="$2/share"; shift 2 ;;
        --prefix=*)
            PREFIX="${1#--prefix=}"; SHARE="$PREFIX/share"; shift ;;
        --uninstall) UNINSTALL=1; shift ;;
        -h | --help)
            awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
            exit 0 ;;
        *) die "unknown option: $1 (see --help)" ;;
    esac
done

mkdir -p "$PREFIX"
PREFIX="$(cd "$PREFIX" && pwd -P)"
# Without --prefix, data files follow the XDG base directory of the session.
SHARE="${SHARE:-${XDG_DATA_HOME:-$PREFIX/share}}"
BIN="$PREFIX/bin"
LIB="$PREFIX/lib/$APP"
ICON_SIZES="16 24 32 48 64 128 256 512"

# Files installed outside $LIB, relative to $SHARE.
DESKTOP="applications/$APP.desktop"
MIME="mime/packages/$APP.xml"
METAINFO="metainfo/$APP.metainfo.xml"

update_caches() {
    if command -v update-mime-database >/dev/null 2>&1 && [ -d "$SHARE/mime/packages" ]; then
        update-mime-database "$SHARE/mime" || log "warning: update-mime-database failed"
    fi
    if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$SHARE/applications" ]; then
        update-desktop-database -q "$SHARE/applications" || log "warning: update-desktop-database failed"
    fi
    # Refresh an existing icon cache only: without one, the icons are found by a folder scan,
    # and a new cache would hide icons that other programs install later without refreshing it.
    if command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && [ -f "$SHARE/icons/hicolor/icon-theme.cache" ]; then
        gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" || log "warning: gtk-update-icon-cache failed"
    fi
}

uninstall() {
    local size
    rm -f "$SHARE/$DESKTOP" "$SHARE/$MIME" "$SHARE/$METAINFO"
    rm -f "$SHARE/icons/hicolor/scalable/apps/$APP.svg"
    for size in $ICON_SIZES; do
        rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/$APP.png"
    done
    # Only our own link: a `cxdesigner` installed some other way stays.
    if [ -L "$BIN/$APP" ] && [ "$(readlink "$BIN/$APP")" = "$LIB/$APP" ]; then
        rm -f "$BIN/$APP"
    fi
    rm -rf "$LIB"
    update_caches
    log "CX Designer removed from $PREFIX"
}

# exec_path PATH : PATH written for the Exec key of a desktop entry (quoted when needed).
exec_path() {
    case "$1" in
        *[\"\`\$\\%]* | *$'\n'*)
            die "the folder '$1' contains characters a menu entry cannot start; use --prefix" ;;
        *[!A-Za-z0-9/._+-]*) printf '"%s"' "$1" ;;
        *) printf '%s' "$1" ;;
    esac
}

install_app() {
    local resources="$SRC/_internal/resources" size target line exec_value
    [ -x "$SRC/$APP" ] && [ -d "$resources/linux" ] \
        || die "run this script from the CX Designer application folder"

    # 1. The program: a fresh copy, swapped in at once (unless this already is the copy).
    if [ "$SRC" != "$LIB" ]; then
        mkdir -p "$(dirname "$LIB")"
        rm -rf "$LIB.new"
        cp -a "$SRC" "$LIB.new"
        rm -rf "$LIB"
        mv "$LIB.new" "$LIB"
    fi
    mkdir -p "$BIN"
    ln -sfn "$LIB/$APP" "$BIN/$APP"

    # 2. The menu entry, started by its full path: ~/.local/bin is not always on the PATH of
    #    the desktop session.
    mkdir -p "$SHARE/applications"
    exec_value="$(exec_path "$LIB/$APP")"
    while IFS= read -r line || [ -n "$line" ]; do
        case "$line" in
            Exec=*) printf 'Exec=%s %%f\n' "$exec_value" ;;
            TryExec=*) printf 'TryExec=%s\n' "$LIB/$APP" ;;
            *) printf '%s\n' "$line" ;;
        esac
    done <"$resources/linux/$APP.desktop" >"$SHARE/$DESKTOP.tmp"
    mv "$SHARE/$DESKTOP.tmp" "$SHARE/$DESKTOP"

    # 3. Icons, the .cxd file type and the software-centre description.
    for size in $ICON_SIZES; do
        target="$SHARE/icons/hicolor/${size}x${size}/apps"
        mkdir -p "$target"
        cp "$resources/icons/app-icon-$size.png" "$target/$APP.png"
    done
    mkdir -p "$SHARE/icons/hicolor/scalable/apps" "$SHARE/mime/packages" "$SHARE/metainfo"
    cp "$resources/icons/app-icon.svg" "$SHARE/icons/hicolor/scalable/apps/$APP.svg"
    cp "$resources/linux/$APP.xml" "$SHARE/$MIME"
    cp "$resources/linux/$APP.metainfo.xml" "$SHARE/$METAINFO"
    update_caches

    log "CX Designer installed in $LIB"
    log "  command:    $BIN/$APP"
    log "  menu entry: $SHARE/$DESKTOP"
    case ":$PATH:" in
        *":$BIN:"*) ;;
        *) log "  note: $BIN is not on your PATH; the menu entry works anyway." ;;
    esac
}

if [ "$UNINSTALL" -eq 1 ]; then
    uninstall
else
    install_app
fi
