"""What the editor's view draws over the map: a hint that says how to start an empty map,
and the frame that shows the map has the keyboard's focus."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QPainter

from cxdesigner.canvas.context import SELECTION
from cxdesigner.canvas.map_view import MapView
from cxdesigner.canvas.painting import colour, draw_text, pen
from cxdesigner.interface_language import translate
from cxdesigner.layout import palette


def shows_hint(view: MapView) -> bool:
    """Whether the map is a journey without stages, which gets the hint."""
    journey = view.map_scene.journey()
    return journey is not None and not journey.stages


def paint_empty_hint(view: MapView, painter: QPainter) -> None:
    """A journey without stages says how to start (at the bottom of the viewport, where it
    stays while the map scrolls)."""
    if not shows_hint(view):
        return
    painter.save()
    painter.resetTransform()
    area = QRectF(view.viewport().rect())
    hint = QRectF(area.center().x() - 330, area.bottom() - 120, 660, 90)
    painter.setPen(pen(SELECTION, 1.5))
    painter.setBrush(colour(palette.PAPER))
    painter.drawRoundedRect(hint, 10, 10)
    draw_text(painter, hint.adjusted(20, 12, -20, -12),
              translate("Map", "This journey has no stages yet. Press Ctrl+Enter to add "
                               "one, or right-click to apply a stage template (five A's, "
                               "before / during / after purchase, customer support)."),
              palette.INK_MUTED, (15.0, 14.0, 13.0), align=Qt.AlignmentFlag.AlignHCenter,
              valign=Qt.AlignmentFlag.AlignVCenter)
    painter.restore()


FOCUS_WIDTH = 3
"""The frame round the map while it has the keyboard's focus (pixels)."""


def paint_focus_frame(view: MapView, painter: QPainter) -> None:
    """A frame round the viewport: the keys go to the map (keyboard users see where they
    are)."""
    painter.save()
    painter.resetTransform()
    half = FOCUS_WIDTH / 2
    painter.setPen(pen(SELECTION, FOCUS_WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(view.viewport().rect()).adjusted(half, half, -half, -half))
    painter.restore()


def focus_frame_strips(view: MapView, dx: int, dy: int) -> list[QRect]:
    """What a scroll by ``dx``, ``dy`` leaves to repaint of the focus frame: the frame's
    own edges, and where Qt's copy of the viewport's pixels carried them."""
    area = view.viewport().rect()
    width = FOCUS_WIDTH + 1
    wide, high = area.width(), area.height()
    edges = [QRect(0, 0, wide, width), QRect(0, high - width, wide, width),
             QRect(0, 0, width, high), QRect(wide - width, 0, width, high)]
    return [*edges, *(edge.translated(dx, dy) for edge in edges)]
