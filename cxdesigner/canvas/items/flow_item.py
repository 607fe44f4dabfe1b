"""A flow arrow along its layout route, styled by kind, highlighted on demand."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from cxdesigner.canvas.context import SELECTION, MapContext
from cxdesigner.canvas.painting import TINY_LOD, detail_for, pen
from cxdesigner.canvas.primitive_painter import paint
from cxdesigner.drawing import flows, sizes
from cxdesigner.drawing.detail import Detail
from cxdesigner.drawing.primitives import Primitive
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.interface_language import interface_label
from cxdesigner.layout import FlowRoute, Point, palette

Z_FLOW = 8.0
STROKE = 10.0
"""Width of the band around the line that a click hits."""
REACH = 16.0
"""How far a flow's badges and label reach out of its line."""


class FlowItem(QGraphicsItem):
    """The arrow of one flow, keyed by its id in the scene."""

    def __init__(self, context: MapContext, route: FlowRoute, origin: float = 0.0) -> None:
        super().__init__()
        self._context = context
        self._base = route
        """The route the path was made for, in map coordinates; later routes may only move
        it."""
        self._path: QPainterPath | None = None
        self._shape: QPainterPath | None = None
        self._bounds = QRectF()
        self._drawn: dict[tuple[Detail, str | None], tuple[Primitive, ...]] = {}
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_FLOW)
        self.set_route(route, origin, force=True)

    @property
    def flow_id(self) -> str:
        return self._base.flow_id

    @property
    def route(self) -> FlowRoute:
        """The route as the arrow lies now: the one its path was made for, moved with it."""
        offset = self.scenePos()
        dx, dy = offset.x(), offset.y()
        if not dx and not dy:
            return self._base
        return dataclasses.replace(self._base, points=tuple(
            Point(point.x + dx, point.y + dy) for point in self._base.points))

    def _offset_to(self, route: FlowRoute) -> tuple[float, float] | None:
        """(dx, dy) when ``route`` is the path was drawn for, translated; else None."""
        base = self._base
        # The ends count too: a flow re-pointed at cards spaced alike draws the same shape.
        if (route.source_id, route.target_id, route.kind, route.label, route.shape,
                route.channel_switch, route.handoff) != (
                base.source_id, base.target_id, base.kind, base.label, base.shape,
                base.channel_switch, base.handoff) \
                or len(route.points) != len(base.points):
            return None
        dx = route.points[0].x - base.points[0].x
        dy = route.points[0].y - base.points[0].y
        for new, old in zip(route.points, base.points, strict=True):
            if abs(new.x - old.x - dx) > 1e-6 or abs(new.y - old.y - dy) > 1e-6:
                return None
        return dx, dy

    def set_route(self, route: FlowRoute, origin: float = 0.0, force: bool = False) -> None:
        """Follow a new route (or kind, or flags); ``origin``: the x of the item's parent."""
        offset = None if force else self._offset_to(route)
        if offset is not None:
            # The same arrow, only moved (cards reflowed): move the item, keep its path.
            self._move_to(offset[0] - origin, offset[1])
            return
        if force:  # a new arrow
            self.setPos(-origin, 0.0)
        else:
            self._move_to(-origin, 0.0)
        self._base = route
        # The path and its outline are made when first painted or hit-tested: a big map
        # opens with thousands of arrows, most of them off screen.
        xs = [point.x for point in route.points]
        ys = [point.y for point in route.points]
        half = STROKE / 2
        bounds = QRectF(min(xs) - half, min(ys) - half, max(xs) - min(xs) + STROKE,
                        max(ys) - min(ys) + STROKE)
        self.prepareGeometryChange()
        self._path = self._shape = None
        self._drawn.clear()
        self._bounds = bounds.adjusted(-REACH, -REACH, REACH, REACH)
        tip = interface_label(route.kind)
        self.setToolTip(f"{tip} · {route.label}" if route.label.strip() else tip)
        self.update()

    def _move_to(self, x: float, y: float) -> None:
        if (x, y) != (self.pos().x(), self.pos().y()):
            self.setPos(x, y)

    def line_path(self) -> QPainterPath:
        """The arrow's line (what a click hits and the selection outlines)."""
        if self._path is None:
            points = self._base.points
            path = QPainterPath(QPointF(points[0].x, points[0].y))
            for point in points[1:]:
                path.lineTo(QPointF(point.x, point.y))
            self._path = path
        return self._path

    def highlighted(self) -> str | None:
        """The highlight colour when a highlight asked for applies to this flow."""
        if self._context.show_channel_switches and self._base.channel_switch:
            return palette.CHANNEL_SWITCH
        if self._context.show_handoffs and self._base.handoff:
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

    def drawing(self, detail: Detail) -> tuple[Primitive, ...]:
        """The arrow as :mod:`cxdesigner.drawing` draws it (along the route it was made for)."""
        highlight = self.highlighted()
        drawn = self._drawn.get((detail, highlight))
        if drawn is None:
            pad = Sketch(self._context.drawing.fonts)
            flows.flow(pad, self._base, self._context.drawing, highlight=highlight,
                       detail=detail)
            drawn = self._drawn[(detail, highlight)] = pad.take()
        return drawn

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        highlight = self.highlighted()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if lod < TINY_LOD and highlight is None and not selected:
            return  # thinner than a fifth of a pixel
        if selected:
            width = sizes.FLOW_HIGHLIGHT_WIDTH if highlight else sizes.FLOW_WIDTH
            painter.setPen(pen(SELECTION, width + 5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setOpacity(0.35)
            painter.drawPath(self.line_path())
            painter.setOpacity(1.0)
        paint(painter, self.drawing(detail_for(lod)), lod)
