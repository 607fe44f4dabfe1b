"""The service blueprint on the map: one item per front-stage, back-stage or support item,
and one for all the arrows between them and the touchpoints they serve."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from cxdesigner.canvas.context import SELECTION, MapContext
from cxdesigner.canvas.painting import detail_for, pen, qrect
from cxdesigner.canvas.primitive_painter import paint
from cxdesigner.drawing import blueprint
from cxdesigner.drawing.detail import Detail
from cxdesigner.drawing.primitives import Primitive
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout.blueprint import BlueprintItemBox, BlueprintLayout
from cxdesigner.layout.geometry import Rect
from cxdesigner.model import BlueprintItem

Z_ARROWS = 1.0
"""Under the items they join (an arrow passing a row goes behind its items)."""
Z_ITEM = 4.0


class BlueprintItemItem(QGraphicsItem):
    """One item of the blueprint, keyed by its id in the scene; selectable."""

    def __init__(self, context: MapContext, entity: BlueprintItem, box: BlueprintItemBox,
                 failing: bool) -> None:
        super().__init__()
        self._context = context
        self.entity = entity
        self.failing = failing
        self.editing = False
        self._size = QRectF(0, 0, box.rect.width, box.rect.height)
        self._drawn: dict[tuple[object, ...], tuple[Primitive, ...]] = {}
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_ITEM)
        self.setPos(box.rect.x, box.rect.y)

    @property
    def item_id(self) -> str:
        return self.entity.id

    def set_item(self, entity: BlueprintItem, box: BlueprintItemBox, failing: bool) -> None:
        """Follow the item's new content, place or failure mark."""
        if box.rect.width != self._size.width() or box.rect.height != self._size.height():
            self.prepareGeometryChange()
            self._size = QRectF(0, 0, box.rect.width, box.rect.height)
        if (box.rect.x, box.rect.y) != (self.pos().x(), self.pos().y()):
            self.setPos(box.rect.x, box.rect.y)
        if entity is not self.entity or failing != self.failing:
            self.entity, self.failing = entity, failing
            self._drawn.clear()
            self.update()

    def set_editing(self, editing: bool) -> None:
        """Leave the title out while it is typed over the item."""
        self.editing = editing
        self.update()

    def title_rect(self) -> QRectF:
        """Where the title is typed, in scene coordinates."""
        left = blueprint.ACCENT_WIDTH + 6
        return self.mapRectToScene(QRectF(left, 4, self._size.width() - left - 4,
                                          min(34.0, self._size.height() - 8)))

    def drawing(self, detail: Detail) -> tuple[Primitive, ...]:
        """The item as :mod:`cxdesigner.drawing` draws it, in its own space."""
        key = (detail, self.editing)
        drawn = self._drawn.get(key)
        if drawn is None:
            pad = Sketch(self._context.drawing.fonts)
            blueprint.item(pad, self.entity, self._size.width(), self._size.height(),
                           self.failing, self._context.drawing, detail,
                           with_text=not self.editing)
            drawn = self._drawn[key] = pad.take()
        return drawn

    @override
    def boundingRect(self) -> QRectF:
        return self._size.adjusted(-2, -2, 2, 2)

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint(painter, self.drawing(detail_for(lod)), lod)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(pen(SELECTION, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self._size.adjusted(-1, -1, 1, 1), blueprint.RADIUS + 1,
                                    blueprint.RADIUS + 1)


class BlueprintArrowsItem(QGraphicsItem):
    """Every arrow of the blueprint, drawn as one (they change together, and are few)."""

    def __init__(self, context: MapContext) -> None:
        super().__init__()
        self._context = context
        self._layout: BlueprintLayout | None = None
        self._rect = QRectF()
        self._drawn: dict[Detail, tuple[Primitive, ...]] = {}
        self.setZValue(Z_ARROWS)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_layout(self, layout: BlueprintLayout | None) -> None:
        """Follow the blueprint's new arrows (None: no blueprint shown)."""
        if layout == self._layout:
            return
        self._layout = layout
        self._drawn.clear()
        rect = QRectF()
        if layout is not None:  # arrows stay between the line of interaction and the last row
            top, last = layout.lines[0].y, layout.bands[-1].band
            rect = qrect(Rect(last.x, top, last.width, last.bottom - top)).adjusted(
                -10, -10, 10, 10)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.update()

    def drawing(self, detail: Detail) -> tuple[Primitive, ...]:
        """The arrows as :mod:`cxdesigner.drawing` draws them, in map coordinates."""
        if self._layout is None:
            return ()
        drawn = self._drawn.get(detail)
        if drawn is None:
            pad = Sketch(self._context.drawing.fonts)
            blueprint.arrows(pad, self._layout, detail)
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
