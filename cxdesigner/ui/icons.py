"""Our line icons (``resources/icons/*.svg``), tinted for the window theme."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from cxdesigner.resources_path import resource_path

_SIZES = (16, 20, 24, 32, 48)


def icons_folder() -> Path:
    return resource_path("icons")


@cache
def _svg_text(name: str) -> str:
    return (icons_folder() / f"{name}.svg").read_text(encoding="utf-8")


def themed_icon(name: str, colour: str, disabled: str) -> QIcon:
    """The icon ``name`` drawn in ``colour``, and in ``disabled`` when its action is off.

    An empty icon when the file is missing.
    """
    try:
        text = _svg_text(name)
    except OSError:
        return QIcon()
    icon = QIcon()
    for mode, ink in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Disabled, disabled)):
        renderer = QSvgRenderer(QByteArray(text.replace("currentColor", ink).encode("utf-8")))
        for size in _SIZES:
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            icon.addPixmap(pixmap, mode)
    return icon


def application_icon() -> QIcon:
    """The CX Designer icon (the one the installers use too)."""
    icon = QIcon()
    for path in sorted(icons_folder().glob("app-icon-*.png")):
        icon.addFile(str(path))
    scalable = icons_folder() / "app-icon.svg"
    if icon.isNull() and scalable.exists():
        icon.addFile(str(scalable))
    return icon
