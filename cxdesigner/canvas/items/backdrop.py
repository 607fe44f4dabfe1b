"""The map's paper, lane bands with their labels, stage separators and stage headers."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from cxdesigner.canvas.context import SELECTION, MapContext
from cxdesigner.canvas.painting import detail_for, pen, qrect
from cxdesigner.canvas.primitive_painter import paint
from cxdesigner.drawing import backdrop
from cxdesigner.drawing.detail import Detail
from cxdesigner.drawing.primitives import Primitive
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout import MapLayout, StageBox
from cxdesigner.model import Stage

Z_BACKGROUND = -10.0
Z_HEADER = 5.0


class LaneBackgroundItem(QGraphicsItem):
    """One item for the whole backdrop: paper, lane bands and labels, stage separators."""

    def __init__(self, context: MapContext) -> None:
        super().__init__()
        self._context = context
        self._rect = QRectF()
        self._drawn: dict[Detail, tuple[Primitive, ...]] = {}
        self.setZValue(Z_BACKGROUND)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_layout(self, layout: MapLayout) -> None:
        """Follow a new layout whose lanes or size changed (repaints the whole backdrop)."""
        rect = qrect(layout.bounds)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self._drawn.clear()
        self.update()

    def refresh_separators(self, xs: set[float]) -> None:
        """Repaint around the stage separators that were or are now at these x."""
        self._drawn.clear()
        for x in xs:
            self.update(QRectF(x - 2, self._rect.y(), 4, self._rect.height()))

    def drawing(self, detail: Detail) -> tuple[Primitive, ...]:
        """The backdrop as :mod:`cxdesigner.drawing` draws it, in map coordinates."""
        layout = self._context.layout
        if layout is None:
            return ()
        drawn = self._drawn.get(detail)
        if drawn is None:
            pad = Sketch(self._context.drawing.fonts)
            backdrop.backdrop(pad, layout, self._context.drawing, detail=detail,
                              column_covered=self._context.lane_column_covered)
            drawn = self._drawn[detail] = pad.take()
        return drawn

    @override
    def boundingRect(self) -> QRectF:
        return self._rect

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint(painter, self.drawing(detail_for(lod)), lod)


class StageHeaderItem(QGraphicsItem):
    """A stage's header: a coloured band with its name; selectable, dragged to reorder."""

    def __init__(self, context: MapContext, stage: Stage, box: StageBox) -> None:
        super().__init__()
        self._context = context
        self.stage = stage
        self.box = box
        self.editing = False
        self._size = QRectF(0, 0, box.header.width, box.header.height)
        self._count = len(stage.touchpoints)
        self._drawn: dict[tuple[object, ...], tuple[Primitive, ...]] = {}
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_HEADER)
        self.setPos(box.header.x, box.header.y)

    @property
    def stage_id(self) -> str:
        return self.stage.id

    def set_stage(self, stage: Stage, box: StageBox) -> None:
        """Follow the stage's new content or place."""
        header, old = box.header, self.box.header
        if header.width != old.width or header.height != old.height:
            self.prepareGeometryChange()
            self._size = QRectF(0, 0, header.width, header.height)
        if header.x != old.x or header.y != old.y:  # (a drag puts it back before it ends)
            self.setPos(header.x, header.y)
        count = len(stage.touchpoints)  # the badge (a stage's list changes in place)
        if stage is not self.stage or box.index != self.box.index or count != self._count:
            self.update()
        self.stage, self.box, self._count = stage, box, count

    def name_rect(self) -> QRectF:
        """Where the name is drawn, in scene coordinates (for inline renaming)."""
        return self.mapRectToScene(self._size.adjusted(10, 8, -10, -8))

    @override
    def boundingRect(self) -> QRectF:
        return self._size

    def drawing(self, detail: Detail) -> tuple[Primitive, ...]:
        """The header as :mod:`cxdesigner.drawing` draws it, in its own space."""
        image = self.stage.image
        key = (detail, self.editing, self.stage.name, self.box.index, self._count,
               self._size.width(), self._size.height(), image.data if image else None)
        drawn = self._drawn.get(key)
        if drawn is None:
            pad = Sketch(self._context.drawing.fonts)
            backdrop.stage_header(pad, self._size.width(), self._size.height(), self.stage.name,
                                  self.box.index, self._count, self._context.drawing, detail,
                                  with_text=not self.editing, image=image)
            self._drawn = {key: pad.take()}
            drawn = self._drawn[key]
        return drawn

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint(painter, self.drawing(detail_for(lod)), lod)
        if option.state & QStyle.StateFlag.State_Selected:
            band = qrect(backdrop.header_band(self._size.width(), self._size.height()))
            painter.setPen(pen(SELECTION, 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(band.adjusted(-1, -1, 1, 1), 6, 6)
