"""Our line icons (``resources/icons/*.svg``), tinted for the window theme."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from typing_extensions import override

from cxdesigner.resources_path import resource_path


def icons_folder() -> Path:
    return resource_path("icons")


@cache
def _svg_text(name: str) -> str:
    return (icons_folder() / f"{name}.svg").read_text(encoding="utf-8")


class _TintedSvgEngine(QIconEngine):
    """Draws one SVG icon in a colour per mode, at the size asked, when first asked.

    A window has a few hundred icon pictures it may show (each action's icon in a menu, a
    toolbar, disabled or not, at each size); most are never shown, or not before a menu
    opens. Each is drawn the first time Qt asks for it, then kept.
    """

    def __init__(self, svg_by_mode: dict[QIcon.Mode, bytes]) -> None:
        super().__init__()
        self._svg_by_mode = svg_by_mode
        self._drawn: dict[tuple[int, int, QIcon.Mode], QPixmap] = {}

    def _ink(self, mode: QIcon.Mode) -> bytes:
        return self._svg_by_mode.get(mode, self._svg_by_mode[QIcon.Mode.Normal])

    @override
    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (size.width(), size.height(), mode)
        pixmap = self._drawn.get(key)
        if pixmap is None:
            pixmap = QPixmap(size)
            pixmap.fill(Qt.GlobalColor.transparent)
            if not size.isEmpty():
                painter = QPainter(pixmap)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                QSvgRenderer(QByteArray(self._ink(mode))).render(
                    painter, QRectF(0, 0, size.width(), size.height()))
                painter.end()
            self._drawn[key] = pixmap
        return pixmap

    @override
    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        # Drawn at the screen's own pixels (sharp on a high-density screen).
        pixmap = QPixmap(self.pixmap(QSize(round(size.width() * scale),
                                           round(size.height() * scale)), mode, state))
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    @override
    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        size = QSize(round(rect.width() * ratio), round(rect.height() * ratio))
        painter.drawPixmap(rect, self.pixmap(size, mode, state))

    @override
    def clone(self) -> QIconEngine:
        return _TintedSvgEngine(self._svg_by_mode)


def themed_icon(name: str, colour: str, disabled: str) -> QIcon:
    """The icon ``name`` drawn in ``colour``, and in ``disabled`` when its action is off.

    An empty icon when the file is missing.
    """
    try:
        text = _svg_text(name)
    except OSError:
        return QIcon()
    return QIcon(_TintedSvgEngine({
        mode: text.replace("currentColor", ink).encode("utf-8")
        for mode, ink in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Disabled, disabled))}))


def application_icon() -> QIcon:
    """The CX Designer icon (the one the installers use too)."""
    icon = QIcon()
    for path in sorted(icons_folder().glob("app-icon-*.png")):
        icon.addFile(str(path))
    scalable = icons_folder() / "app-icon.svg"
    if icon.isNull() and scalable.exists():
        icon.addFile(str(scalable))
    return icon
