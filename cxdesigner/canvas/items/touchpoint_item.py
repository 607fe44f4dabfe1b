"""A touchpoint's card: title, description and moment of truth; selected, dragged, linked."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)
from typing_extensions import override

from cxdesigner.canvas.context import SELECTION, MapContext
from cxdesigner.canvas.fonts import fitted, map_font
from cxdesigner.canvas.painting import (
    BOX_LOD,
    DETAIL_LOD,
    colour,
    draw_lines,
    draw_moment,
    draw_text,
    pen,
    pill,
)
from cxdesigner.layout import TouchpointBox, palette
from cxdesigner.model import MomentOfTruth, Touchpoint

Z_CARD = 10.0
HANDLE_RADIUS = 6.0
TITLE_SIZES = (14.0, 13.0, 12.0, 11.0, 10.0)
TEXT_SIZES = (11.0, 10.0, 9.0)
PADDING = 9.0
ACCENT = 5.0
BADGE_HEIGHT = 16.0


class TouchpointItem(QGraphicsItem):
    """The card of one touchpoint, keyed by its id in the scene."""

    def __init__(self, context: MapContext, touchpoint: Touchpoint, box: TouchpointBox,
                 stage_index: int) -> None:
        super().__init__()
        self._context = context
        self.touchpoint = touchpoint
        self.box = box
        self.stage_index = stage_index
        self.editing = False
        self.hovered = False
        self._size = QRectF(0, 0, box.card.width, box.card.height)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(Z_CARD)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setPos(box.card.x, box.card.y)

    @property
    def touchpoint_id(self) -> str:
        return self.touchpoint.id

    def set_touchpoint(self, touchpoint: Touchpoint) -> None:
        """Show the touchpoint's new content."""
        if touchpoint is not self.touchpoint:
            self.touchpoint = touchpoint
            self.update()

    def set_box(self, box: TouchpointBox, stage_index: int) -> None:
        """Follow the touchpoint's new place on the map."""
        card = box.card
        if card.width != self._size.width() or card.height != self._size.height():
            self.prepareGeometryChange()
            self._size = QRectF(0, 0, card.width, card.height)
        if (card.x, card.y) != (self.pos().x(), self.pos().y()):
            self.setPos(card.x, card.y)
        if stage_index != self.stage_index:
            self.stage_index = stage_index
            self.update()
        self.box = box

    def set_editing(self, editing: bool) -> None:
        """Hide the title while it is edited in place."""
        self.editing = editing
        self.update()

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

    def _text_area(self) -> QRectF:
        right = 26.0 if self.touchpoint.moment is not MomentOfTruth.NONE else PADDING
        return self._size.adjusted(PADDING, ACCENT + 6, -right, -PADDING)

    @override
    def boundingRect(self) -> QRectF:
        return self._size.adjusted(-1, -1 - BADGE_HEIGHT / 2, HANDLE_RADIUS + 2, 1)

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

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        accent = palette.stage_header_colour(self.stage_index)
        if lod < BOX_LOD:
            painter.fillRect(self._size, colour(SELECTION if selected else accent))
            return
        card = self._size.adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen(SELECTION, 2.5) if selected else pen(palette.CARD_BORDER, 1.0))
        painter.setBrush(colour(palette.CARD_FILL))
        painter.drawRoundedRect(card, 6, 6)
        # The stage's colour as a strip along the top edge ties the card to its column.
        strip = QPainterPath()
        strip.addRoundedRect(card.adjusted(1.5, 1.5, -1.5, 0), 5, 5)
        clip = QPainterPath()
        clip.addRect(card.adjusted(0, 0, 0, -(card.height() - ACCENT - 1.5)))
        painter.fillPath(strip.intersected(clip), colour(accent))

        moment = self.touchpoint.moment
        if moment is not MomentOfTruth.NONE:
            draw_moment(painter, moment, QPointF(card.right() - 14, ACCENT + 15), 15.0)
        badge = self._context.card_badges.get(self.touchpoint.id)
        if badge and lod >= DETAIL_LOD:
            self._paint_badge(painter, card, badge)
        if not self.editing:
            self._paint_text(painter, lod)
        if (selected or self.hovered) and lod >= DETAIL_LOD:
            painter.setPen(pen("#ffffff", 1.5))
            painter.setBrush(colour(SELECTION))
            centre = self.handle_centre()
            painter.drawEllipse(centre, HANDLE_RADIUS, HANDLE_RADIUS)
            painter.drawLine(QPointF(centre.x() - 3, centre.y()), QPointF(centre.x() + 3,
                                                                          centre.y()))
            painter.drawLine(QPointF(centre.x(), centre.y() - 3), QPointF(centre.x(),
                                                                          centre.y() + 3))

    def _paint_text(self, painter: QPainter, lod: float) -> None:
        area = self._text_area()
        title = self.touchpoint.title
        if lod < DETAIL_LOD:
            draw_text(painter, area, title, palette.CARD_TITLE, (15.0, 14.0), bold=True)
            return
        # The title takes what it needs; the description gets the rest, if enough is left.
        fit = fitted(title, area.width(), area.height(), TITLE_SIZES, True)
        used = draw_lines(painter, area, fit, palette.CARD_TITLE, bold=True)
        description = self.touchpoint.description
        rest = area.adjusted(0, used + 3, 0, 0)
        if description.strip() and rest.height() >= 12:
            draw_text(painter, rest, description, palette.CARD_TEXT, TEXT_SIZES)

    def _paint_badge(self, painter: QPainter, card: QRectF, text: str) -> None:
        """An indicator chip astride the top edge, at the right ("NPS +12 · n=40")."""
        width = min(QFontMetricsF(map_font(10, bold=True)).horizontalAdvance(text) + 14,
                    card.width() - 16)
        chip = QRectF(card.right() - 8 - width, -BADGE_HEIGHT / 2, width, BADGE_HEIGHT)
        pill(painter, chip, palette.PAPER, palette.INK_MUTED)
        draw_text(painter, chip, text, palette.INK, (10.0,), bold=True,
                  align=Qt.AlignmentFlag.AlignHCenter, valign=Qt.AlignmentFlag.AlignVCenter)
