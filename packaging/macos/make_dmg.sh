#!/usr/bin/env bash
# Pack "dist/CX Designer.app" into a compressed disk image with the usual drag-to-Applications
# layout: dist/cxdesigner-VERSION-macos-ARCH.dmg. Run on macOS after packaging/build.py.
#
# Usage: packaging/macos/make_dmg.sh [DIST]   (DIST defaults to dist/ of the checkout)
#
# With CXD_CODESIGN_IDENTITY set ("Developer ID Application: ..."), the disk image is signed
# too; notarise and staple it afterwards (see packaging/README.md).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIST="${1:-$ROOT/dist}"
APP="$DIST/CX Designer.app"
[ -d "$APP" ] || { echo "make_dmg.sh: $APP not found; run packaging/build.py first" >&2; exit 1; }
[ "$(uname -s)" = "Darwin" ] || { echo "make_dmg.sh: needs macOS (hdiutil)" >&2; exit 1; }

VERSION="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$APP/Contents/Info.plist")"
DMG="$DIST/cxdesigner-$VERSION-macos-$(uname -m).dmg"
STAGING="$(mktemp -d)"
trap 'rm -rf "$STAGING"' EXIT

# ditto keeps the symbolic links, extended attributes and signatures of the bundle intact.
ditto "$APP" "$STAGING/CX Designer.app"
ln -s /Applications "$STAGING/Applications"
rm -f "$DMG"
hdiutil create -volname "CX Designer" -srcfolder "$STAGING" -fs HFS+ -format UDZO \
    -imagekey zlib-level=9 -ov "$DMG"
if [ -n "${CXD_CODESIGN_IDENTITY:-}" ]; then
    codesign --sign "$CXD_CODESIGN_IDENTITY" --timestamp "$DMG"
fi
printf 'disk image: %s (%s)\n' "$DMG" "$(du -h "$DMG" | cut -f1)"
