"""Render resources/icons/app-icon.svg to the PNG, ICO and ICNS files the installers need.

Run it again after changing the SVG:

    .venv/bin/python packaging/render_icons.py

The PNGs are drawn by Qt's own SVG renderer (no system tool needed); the Windows ``.ico``
and macOS ``.icns`` are assembled from them with Pillow, which reportlab already requires.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SOURCE = ICONS / "app-icon.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def png_path(size: int, folder: Path = ICONS) -> Path:
    """The file of the ``size``-pixel rendering."""
    return folder / f"app-icon-{size}.png"


def render_png(renderer: QSvgRenderer, size: int, target: Path) -> None:
    """Draw the whole SVG into a transparent ``size`` x ``size`` PNG."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    if not image.save(str(target), "PNG"):
        raise OSError(f"cannot write {target}")


def main(argv: list[str] | None = None) -> int:
    """Render every size; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ICONS, help="folder for the rendered files")
    options = parser.parse_args(argv)
    out: Path = options.out
    out.mkdir(parents=True, exist_ok=True)

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE}: not a valid SVG", file=sys.stderr)
        return 1
    for size in PNG_SIZES:
        render_png(renderer, size, png_path(size, out))

    largest = Image.open(png_path(max(PNG_SIZES), out)).convert("RGBA")
    # Each size of the .ico is the crisp Qt rendering, not a downscale of the largest one.
    ico_frames = [Image.open(png_path(size, out)).convert("RGBA") for size in ICO_SIZES]
    ico_frames[-1].save(out / "app-icon.ico", format="ICO",
                        sizes=[(s, s) for s in ICO_SIZES], append_images=ico_frames[:-1])
    icns_frames = [Image.open(png_path(size, out)).convert("RGBA") for size in ICNS_SIZES]
    largest.save(out / "app-icon.icns", format="ICNS", append_images=icns_frames)
    for path in sorted(out.glob("app-icon*")):
        print(f"{path.name:20} {path.stat().st_size:>8} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
