"""What the view draws over the map: pinned lane labels and stage name, the empty-map hint."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QPainter

from cxdesigner.canvas.context import SELECTION
from cxdesigner.canvas.items.backdrop import paint_lane_label
from cxdesigner.canvas.painting import DETAIL_LOD, colour, draw_text, pen
from cxdesigner.interface_language import translate
from cxdesigner.layout import palette

if TYPE_CHECKING:
    from cxdesigner.canvas.view import JourneyView


def paint_overlay(view: JourneyView, painter: QPainter) -> None:
    """Once the label column has scrolled away, the lane labels stay pinned at the left."""
    layout = view.map_scene.map_layout
    journey = view.map_scene.journey()
    if journey is not None and not journey.stages:
        _paint_empty_hint(view, painter)
        return
    if layout is None or view.zoom() < DETAIL_LOD:
        return
    left = view.mapToScene(QPoint(0, 0)).x()
    if left <= layout.metrics.margin:
        return
    if not layout.lanes:
        return
    painter.save()
    x = left + 4 / view.zoom()
    top, bottom = layout.lanes[0].band.y, layout.lanes[-1].band.bottom
    strip = QRectF(left, top - 4, x - left + layout.metrics.lane_label_width + 2,
                   bottom - top + 8)
    painter.fillRect(strip, colour(palette.PAPER))
    painter.setPen(pen(palette.RULE, 1.0))
    painter.drawLine(strip.topRight(), strip.bottomRight())
    for lane in layout.lanes:
        label = QRectF(x, lane.label.y, lane.label.width, lane.label.height)
        paint_lane_label(painter, label, lane.lane, True)
    # The stage cut by the pinned column keeps its name in sight.
    name_x = strip.right() + 6
    stage = layout.stage_at(name_x)
    header = view.map_scene.stage_items.get(stage.stage_id) if stage is not None else None
    if stage is not None and header is not None and not header.editing \
            and stage.header.right - name_x > 140:
        band = QRectF(name_x, stage.header.y, stage.header.right - name_x - 1.5,
                      stage.header.height - 4)
        painter.fillRect(band.adjusted(0, 0, 0, 0), colour(
            palette.stage_header_colour(stage.index)))
        draw_text(painter, band.adjusted(12, 4, -48, -4), header.stage.name,
                  palette.STAGE_HEADER_TEXT, (16.0, 15.0, 14.0, 13.0, 12.0), bold=True,
                  valign=Qt.AlignmentFlag.AlignVCenter)
    painter.restore()


def _paint_empty_hint(view: JourneyView, painter: QPainter) -> None:
    """A journey without stages says how to start."""
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
