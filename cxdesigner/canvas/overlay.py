"""What the view draws over the map: pinned lane labels and stage name, the empty-map hint."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QPainter

from cxdesigner.canvas.context import SELECTION
from cxdesigner.canvas.labels import translate
from cxdesigner.canvas.map_view import MapView
from cxdesigner.canvas.painting import DETAIL_LOD, colour, draw_text, pen
from cxdesigner.canvas.primitive_painter import paint
from cxdesigner.drawing import backdrop
from cxdesigner.drawing.primitives import Group
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point


def paint_overlay(view: MapView, painter: QPainter) -> None:
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
    context = view.map_scene.context.drawing
    labels = Sketch(context.fonts)
    backdrop.lane_labels(labels, layout, context)
    pinned = [Group(Point(x - layout.metrics.margin, 0.0), labels.take())]
    # The stage cut by the pinned column keeps its name in sight.
    name_x = strip.right() + 6
    stage = layout.stage_at(name_x)
    header = view.map_scene.stage_items.get(stage.stage_id) if stage is not None else None
    if stage is not None and header is not None and not header.editing \
            and stage.header.right - name_x > 140:
        part = Sketch(context.fonts)
        backdrop.stage_header(part, stage.header.right - name_x, stage.header.height,
                              header.stage.name, stage.index, len(header.stage.touchpoints),
                              context)
        pinned.append(Group(Point(name_x, stage.header.y), part.take()))
    paint(painter, pinned, view.zoom())
    painter.restore()


def _paint_empty_hint(view: MapView, painter: QPainter) -> None:
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
