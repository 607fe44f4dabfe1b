"""A flow arrow along its layout route, styled by kind, highlighted on demand."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from cxdesigner.canvas.context import SELECTION, MapContext
from cxdesigner.canvas.fonts import text_width
from cxdesigner.canvas.labels import flow_kind_name, translate
from cxdesigner.canvas.painting import (
    DETAIL_LOD,
    TINY_LOD,
    arrow_head,
    colour,
    draw_badge,
    draw_text,
    pen,
)
from cxdesigner.layout import FlowRoute, palette

Z_FLOW = 8.0
CORNER = 7.0
HEAD = 8.0
STROKE = 10.0
"""Width of the band around the line that a click hits."""


def _rounded_path(points: list[QPointF]) -> QPainterPath:
    """A polyline whose corners are rounded."""
    path = QPainterPath(points[0])
    for index in range(1, len(points) - 1):
        before, corner, after = points[index - 1], points[index], points[index + 1]
        into = corner - before
        out = after - corner
        length_in = (into.x() ** 2 + into.y() ** 2) ** 0.5 or 1.0
        length_out = (out.x() ** 2 + out.y() ** 2) ** 0.5 or 1.0
        radius = min(CORNER, length_in / 2, length_out / 2)
        start = corner - into * (radius / length_in)
        end = corner + out * (radius / length_out)
        path.lineTo(start)
        path.quadTo(corner, end)
    path.lineTo(points[-1])
    return path


class FlowItem(QGraphicsItem):
    """The arrow of one flow, keyed by its id in the scene."""

    def __init__(self, context: MapContext, route: FlowRoute) -> None:
        super().__init__()
        self._context = context
        self.route = route
        self._base = route
        """The route the path was made for; later routes may only move it."""
        self._base_pos = (0.0, 0.0)
        self._path: QPainterPath | None = None
        self._shape: QPainterPath | None = None
        self._bounds = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_FLOW)
        self.set_route(route, force=True)

    @property
    def flow_id(self) -> str:
        return self.route.flow_id

    def _offset_to(self, route: FlowRoute) -> tuple[float, float] | None:
        """(dx, dy) when ``route`` is the path was drawn for, translated; else None."""
        base = self._base
        if (route.kind, route.label, route.shape, route.channel_switch, route.handoff) != (
                base.kind, base.label, base.shape, base.channel_switch, base.handoff) \
                or len(route.points) != len(base.points):
            return None
        dx = route.points[0].x - base.points[0].x
        dy = route.points[0].y - base.points[0].y
        for new, old in zip(route.points, base.points, strict=True):
            if abs(new.x - old.x - dx) > 1e-6 or abs(new.y - old.y - dy) > 1e-6:
                return None
        return dx, dy

    def set_route(self, route: FlowRoute, force: bool = False) -> None:
        """Follow a new route (or kind, or flags)."""
        if route == self.route and not force:
            return
        offset = None if force else self._offset_to(route)
        if offset is not None:
            # The same arrow, only moved (cards reflowed): move the item, keep its path.
            self.route = route
            self.setPos(self._base_pos[0] + offset[0], self._base_pos[1] + offset[1])
            return
        if not force:
            self.setPos(0.0, 0.0)
        self._base = route
        self._base_pos = (0.0, 0.0)
        # The path and its outline are made when first painted or hit-tested: a big map
        # opens with thousands of arrows, most of them off screen.
        xs = [point.x for point in route.points]
        ys = [point.y for point in route.points]
        half = STROKE / 2
        bounds = QRectF(min(xs) - half, min(ys) - half, max(xs) - min(xs) + STROKE,
                        max(ys) - min(ys) + STROKE)
        self.prepareGeometryChange()
        self.route = route
        self._path = self._shape = None
        self._bounds = bounds.adjusted(-HEAD, -HEAD - 12, HEAD + 40, HEAD)
        tip = flow_kind_name(route.kind)
        self.setToolTip(f"{tip} · {route.label}" if route.label.strip() else tip)
        self.update()

    def line_path(self) -> QPainterPath:
        """The arrow's line, rounded at its corners."""
        if self._path is None:
            self._path = _rounded_path([QPointF(p.x, p.y) for p in self._base.points])
        return self._path

    def highlighted(self) -> str | None:
        """The highlight colour when a highlight asked for applies to this flow."""
        if self._context.show_channel_switches and self.route.channel_switch:
            return palette.CHANNEL_SWITCH
        if self._context.show_handoffs and self.route.handoff:
            return palette.HANDOFF
        return None

    @override
    def boundingRect(self) -> QRectF:
        return self._bounds

    @override
    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(STROKE)
            self._shape = stroker.createStroke(self.line_path())
        return self._shape

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        kind = self.route.kind
        highlight = self.highlighted()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if lod < TINY_LOD and highlight is None and not selected:
            return  # thinner than a fifth of a pixel
        ink = highlight or palette.FLOW_COLOURS[kind]
        width = 3.0 if highlight else 1.8
        if lod < DETAIL_LOD:
            width *= 2
        if selected:
            painter.setPen(pen(SELECTION, width + 5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setOpacity(0.35)
            painter.drawPath(self.line_path())
            painter.setOpacity(1.0)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen(ink, width, palette.FLOW_DASHES[kind]))
        painter.drawPath(self.line_path())
        points = self._base.points
        tip, before = points[-1], points[-2]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour(ink))
        painter.drawPolygon(arrow_head(QPointF(tip.x, tip.y), QPointF(before.x, before.y),
                                       HEAD + width))
        if lod >= DETAIL_LOD:
            self._paint_labels(painter, highlight)

    def _paint_labels(self, painter: QPainter, highlight: str | None) -> None:
        words = []
        if highlight == palette.CHANNEL_SWITCH:
            words.append(translate("Map", "channel switch"))
        elif highlight == palette.HANDOFF:
            words.append(translate("Map", "hand-off"))
        if self.route.label.strip():
            words.append(self.route.label.strip())
        if not words:
            return
        label = " · ".join(words)
        # On the longest horizontal run, or the middle of a straight arrow.
        runs = list(itertools.pairwise(self._base.points))
        start, end = max(runs, key=lambda run: abs(run[1].x - run[0].x))
        centre = QPointF((start.x + end.x) / 2, (start.y + end.y) / 2)
        room = abs(end.x - start.x) - 16
        width = text_width(label, 10.0) + 14
        if room < 44:
            # Between two neighbouring cards there is no room for words: a badge says it.
            if highlight is not None:
                glyph = "switch" if highlight == palette.CHANNEL_SWITCH else "handoff"
                draw_badge(painter, centre, highlight, glyph, 6.5)
            return
        width = min(width, room)
        box = QRectF(centre.x() - width / 2, centre.y() - 8, width, 16)
        painter.setPen(pen(highlight or palette.RULE, 0.8))
        painter.setBrush(colour(highlight or palette.PAPER))
        painter.drawRoundedRect(box, 8, 8)
        draw_text(painter, box.adjusted(6, 0, -6, 0), label,
                  "#ffffff" if highlight else palette.INK_MUTED, (10.0, 9.0),
                  bold=bool(highlight), align=Qt.AlignmentFlag.AlignHCenter,
                  valign=Qt.AlignmentFlag.AlignVCenter)
