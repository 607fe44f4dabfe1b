"""A touchpoint's card: title, description and moment of truth; selected, dragged, linked."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)
from typing_extensions import override

from cxdesigner.canvas.context import SELECTION, MapContext
from cxdesigner.canvas.painting import BOX_LOD, DETAIL_LOD, colour, detail_for, pen, qrect
from cxdesigner.canvas.primitive_painter import paint
from cxdesigner.drawing import cards
from cxdesigner.drawing.detail import Detail
from cxdesigner.drawing.primitives import Primitive
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout import TouchpointBox
from cxdesigner.model import Touchpoint

Z_CARD = 10.0
HANDLE_RADIUS = 6.0
CHIP_GAP = 2.0
"""Between a card's indicator chip and the selection frame taken around it."""


class TouchpointItem(QGraphicsItem):
    """The card of one touchpoint, keyed by its id in the scene."""

    def __init__(self, context: MapContext, touchpoint: Touchpoint, box: TouchpointBox,
                 stage_index: int, origin: float = 0.0) -> None:
        super().__init__()
        self._context = context
        self.touchpoint = touchpoint
        self.stage_index = stage_index
        self.editing = False
        self.hovered = False
        self._size = QRectF(0, 0, box.card.width, box.card.height)
        self._drawn: dict[Detail, tuple[Primitive, ...]] = {}
        """The card's drawing at each detail asked for so far, until its content changes."""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(Z_CARD)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setPos(box.card.x - origin, box.card.y)

    @property
    def touchpoint_id(self) -> str:
        return self.touchpoint.id

    def set_touchpoint(self, touchpoint: Touchpoint) -> None:
        """Show the touchpoint's new content."""
        if touchpoint is not self.touchpoint:
            self.touchpoint = touchpoint
            self.redraw()

    def redraw(self) -> None:
        """Draw the card again (its content, names or badge changed)."""
        self._drawn.clear()
        self.update()

    def set_box(self, box: TouchpointBox, stage_index: int, origin: float = 0.0) -> None:
        """Follow the touchpoint's new place on the map (``origin``: its parent's x)."""
        card = box.card
        if card.width != self._size.width() or card.height != self._size.height():
            self.prepareGeometryChange()
            self._size = QRectF(0, 0, card.width, card.height)
            self._drawn.clear()
        if (card.x - origin, card.y) != (self.pos().x(), self.pos().y()):
            self.setPos(card.x - origin, card.y)
        if stage_index != self.stage_index:
            self.stage_index = stage_index
            self.redraw()

    def set_editing(self, editing: bool) -> None:
        """Hide the title while it is edited in place."""
        self.editing = editing
        self.redraw()

    # ------------------------------------------------------------------ geometry

    def handle_centre(self) -> QPointF:
        """The connect handle on the right edge, in item coordinates."""
        return QPointF(self._size.right(), self._size.center().y())

    def handle_contains(self, scene_point: QPointF) -> bool:
        """Whether a scene point is on the connect handle."""
        offset = self.mapFromScene(scene_point) - self.handle_centre()
        return offset.x() ** 2 + offset.y() ** 2 <= (HANDLE_RADIUS + 3) ** 2

    def title_rect(self) -> QRectF:
        """Where the title goes, in scene coordinates (for inline editing)."""
        return self.mapRectToScene(self._text_area())

    def link_band(self) -> QRectF | None:
        """Where the band of the journey that details the step is, in the card's own space
        (None when it shows none)."""
        if self.touchpoint.details_journey_id not in self._context.drawing.details:
            return None
        footer = cards.areas(self._size.width(), self._size.height(), self.touchpoint,
                             True).footer
        return qrect(footer) if footer is not None else None

    def _text_area(self) -> QRectF:
        linked = self.touchpoint.details_journey_id in self._context.drawing.details
        return qrect(cards.text_area(self._size.width(), self._size.height(), self.touchpoint,
                                     linked))

    @override
    def boundingRect(self) -> QRectF:
        # Above the card, room for its chip and the selection frame around it.
        return self._size.adjusted(-1, -2 - cards.BADGE_HEIGHT / 2 - CHIP_GAP,
                                   HANDLE_RADIUS + 2, 1)

    @override
    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self._size, 6, 6)
        path.addEllipse(self.handle_centre(), HANDLE_RADIUS + 3, HANDLE_RADIUS + 3)
        return path

    # ------------------------------------------------------------------ events

    @override
    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = True
        self.update()
        super().hoverEnterEvent(event)

    @override
    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = False
        self.update()
        super().hoverLeaveEvent(event)

    # ------------------------------------------------------------------ painting

    def drawing(self, detail: Detail) -> tuple[Primitive, ...]:
        """The card as :mod:`cxdesigner.drawing` draws it, in the card's own space."""
        drawn = self._drawn.get(detail)
        if drawn is None:
            context = self._context.drawing
            pad = Sketch(context.fonts)
            cards.card(pad, self.touchpoint, self._size.width(), self._size.height(),
                       self.stage_index, context, detail=detail, with_text=not self.editing)
            drawn = self._drawn[detail] = pad.take()
        return drawn

    def _badge(self) -> tuple[tuple[Primitive, ...], QRectF | None]:
        """The indicator chip the window asked for on this card, if any, and where it is."""
        text = self._context.card_badges.get(self.touchpoint.id)
        if not text:
            return (), None
        pad = Sketch(self._context.drawing.fonts)
        chip = cards.indicator_badge(pad, text, self._size.width())
        return pad.take(), qrect(chip)

    def _selection_frame(self, chip: QRectF | None) -> QPainterPath:
        """The card's outline, taken around its chip so that it never crosses it."""
        frame = QPainterPath()
        frame.addRoundedRect(self._size.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        if chip is None:
            return frame
        around = chip.adjusted(-CHIP_GAP, -CHIP_GAP, CHIP_GAP, CHIP_GAP)
        bump = QPainterPath()
        bump.addRoundedRect(around, around.height() / 2, around.height() / 2)
        return frame.united(bump)

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if lod < BOX_LOD and selected:
            painter.fillRect(self._size, colour(SELECTION))
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        detail = detail_for(lod)
        paint(painter, self.drawing(detail), lod)
        badge, chip = self._badge() if detail is Detail.FULL else ((), None)
        paint(painter, badge, lod)
        if selected:
            painter.setPen(pen(SELECTION, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._selection_frame(chip))
        if (selected or self.hovered) and lod >= DETAIL_LOD:
            painter.setPen(pen("#ffffff", 1.5))
            painter.setBrush(colour(SELECTION))
            centre = self.handle_centre()
            painter.drawEllipse(centre, HANDLE_RADIUS, HANDLE_RADIUS)
            painter.drawLine(QPointF(centre.x() - 3, centre.y()), QPointF(centre.x() + 3,
                                                                          centre.y()))
            painter.drawLine(QPointF(centre.x(), centre.y() - 3), QPointF(centre.x(),
                                                                          centre.y() + 3))
