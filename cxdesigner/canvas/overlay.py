"""What the editor's view draws over an empty map: a hint that says how to start."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
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
