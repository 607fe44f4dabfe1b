"""One item per touchpoint painting its cells in the other lanes (channel, moment, lists…).

One item per touchpoint rather than one per cell keeps a 2,000-touchpoint map at a few
thousand items.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from cxdesigner.canvas.context import MapContext
from cxdesigner.canvas.labels import criticality_name, moment_name, translate
from cxdesigner.canvas.painting import (
    BOX_LOD,
    DETAIL_LOD,
    colour,
    draw_badge,
    draw_criticality,
    draw_moment,
    draw_text,
    pen,
    pill,
)
from cxdesigner.layout import LIST_LANES, MapLayout, palette
from cxdesigner.model import Lane, MomentOfTruth, Touchpoint

Z_CELLS = 1.0
_PAINTED = (Lane.ACTIONS, Lane.CHANNELS, Lane.INTERLOCUTORS, Lane.MOMENTS, Lane.CRITICALITY,
            *LIST_LANES)
_LIST_STYLE = {
    Lane.VERBATIMS: (palette.VERBATIM_FILL, palette.VERBATIM_BORDER),
    Lane.IRRITANTS: (palette.IRRITANT_FILL, palette.IRRITANT_BORDER),
    Lane.OPPORTUNITIES: (palette.OPPORTUNITY_FILL, palette.OPPORTUNITY_BORDER),
}
ITEM_SIZES = (11.0, 10.0, 9.0)


class TouchpointLanesItem(QGraphicsItem):
    """The cells of one touchpoint in every visible lane but the cards, emotion and notes."""

    def __init__(self, context: MapContext, touchpoint: Touchpoint) -> None:
        super().__init__()
        self._context = context
        self.touchpoint = touchpoint
        self.channel_switch = False
        """The channel differs from the previous touchpoint's (a marker at the left)."""
        self._cells: dict[Lane, QRectF] = {}
        self._bounds = QRectF()
        self._list_rows = 1
        self.setZValue(Z_CELLS)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @property
    def touchpoint_id(self) -> str:
        return self.touchpoint.id

    def set_touchpoint(self, touchpoint: Touchpoint, channel_switch: bool | None = None) -> None:
        """Show the touchpoint's new content."""
        changed = touchpoint is not self.touchpoint
        if channel_switch is not None and channel_switch != self.channel_switch:
            self.channel_switch = channel_switch
            changed = True
        self.touchpoint = touchpoint
        if changed:
            self.update()

    def set_layout(self, layout: MapLayout, lanes_changed: bool) -> None:
        """Follow a new layout: move along x, and re-cut the cells when the lanes changed."""
        box = layout.touchpoints[self.touchpoint.id]
        if box.card.x != self.pos().x():
            self.setPos(box.card.x, 0.0)
        if not lanes_changed and self._cells:
            return
        cells: dict[Lane, QRectF] = {}
        for lane in _PAINTED:
            rect = layout.cell(self.touchpoint.id, lane)
            if rect is not None:
                cells[lane] = QRectF(0.0, rect.y, rect.width, rect.height)
        bounds = QRectF()
        for cell in cells.values():
            bounds = bounds.united(cell)
        gap = layout.metrics.slot_gap
        self.prepareGeometryChange()
        self._bounds = bounds.adjusted(-gap, -2, 2, 2) if cells else QRectF()
        self._cells = cells
        self._list_rows = layout.list_rows
        self.update()

    @override
    def boundingRect(self) -> QRectF:
        return self._bounds

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = lod >= DETAIL_LOD
        for lane, rect in self._cells.items():
            if lane is Lane.ACTIONS:
                if text and self.touchpoint.customer_action.strip():
                    draw_text(painter, rect.adjusted(4, 2, -4, -2),
                              self.touchpoint.customer_action, palette.CARD_TEXT, ITEM_SIZES)
            elif lane is Lane.CHANNELS:
                self._paint_chip(painter, rect, lod, self.touchpoint.channel_id,
                                 self._context.channel_names, palette.CHANNEL_FILL,
                                 palette.CHANNEL_BORDER)
                if self.channel_switch and lod >= BOX_LOD:
                    self._paint_switch(painter, rect)
            elif lane is Lane.INTERLOCUTORS:
                self._paint_chip(painter, rect, lod, self.touchpoint.interlocutor_id,
                                 self._context.interlocutor_names, palette.INTERLOCUTOR_FILL,
                                 palette.INTERLOCUTOR_BORDER)
            elif lane is Lane.MOMENTS:
                self._paint_moment(painter, rect, text)
            elif lane is Lane.CRITICALITY:
                self._paint_criticality(painter, rect, text)
            elif lod >= BOX_LOD:
                self._paint_list(painter, lane, rect, text)

    def _paint_chip(self, painter: QPainter, rect: QRectF, lod: float, item_id: str | None,
                    names: dict[str, str], fill: str, border: str) -> None:
        if item_id is None:
            return
        chip = rect.adjusted(2, 1, -2, -1)
        if lod < BOX_LOD:
            painter.fillRect(chip, colour(border))
            return
        pill(painter, chip, fill, border)
        if lod >= DETAIL_LOD:
            draw_text(painter, chip.adjusted(8, 0, -8, 0), names.get(item_id, "?"),
                      palette.INK, (11.0, 10.0, 9.0), align=Qt.AlignmentFlag.AlignHCenter,
                      valign=Qt.AlignmentFlag.AlignVCenter)

    def _paint_switch(self, painter: QPainter, rect: QRectF) -> None:
        """A small two-way arrow badge between this chip and the previous one."""
        gap = self._context.metrics.slot_gap
        draw_badge(painter, QPointF(-gap / 2, rect.center().y()), palette.CHANNEL_SWITCH,
                   "switch")

    def _paint_moment(self, painter: QPainter, rect: QRectF, text: bool) -> None:
        moment = self.touchpoint.moment
        if moment is MomentOfTruth.NONE:
            return
        size = min(20.0, rect.height() - 4)
        if not text:
            draw_moment(painter, moment, rect.center(), size * 1.3)
            return
        label = moment_name(moment)
        chip = rect.adjusted(2, 1, -2, -1)
        painter.setPen(pen(palette.MOMENT_COLOURS[moment], 1.2))
        painter.setBrush(colour(palette.MOMENT_COLOURS[moment], 28))
        painter.drawRoundedRect(chip, 5, 5)
        draw_moment(painter, moment, QPointF(chip.x() + 6 + size / 2, chip.center().y()), size)
        draw_text(painter, chip.adjusted(size + 14, 0, -4, 0), label, palette.INK,
                  (13.0, 12.0, 11.0), bold=True, valign=Qt.AlignmentFlag.AlignVCenter)

    def _paint_criticality(self, painter: QPainter, rect: QRectF, text: bool) -> None:
        value = self.touchpoint.criticality_for(self._context.persona_id)
        if value is None:
            return
        bars = QRectF(rect.x() + 6, rect.center().y() - 7, 16, 14)
        draw_criticality(painter, value, bars)
        if text:
            draw_text(painter, rect.adjusted(30, 0, -2, 0), criticality_name(value),
                      palette.INK, (11.0, 10.0, 9.0), valign=Qt.AlignmentFlag.AlignVCenter)

    def _paint_list(self, painter: QPainter, lane: Lane, rect: QRectF, text: bool) -> None:
        texts: list[str]
        severities: list[int] = []
        if lane is Lane.VERBATIMS:
            texts = [f"« {v.text} »" for v in self.touchpoint.verbatims]
        elif lane is Lane.IRRITANTS:
            texts = [i.text for i in self.touchpoint.irritants]
            severities = [i.severity for i in self.touchpoint.irritants]
        else:
            texts = [o.text for o in self.touchpoint.opportunities]
        if not texts:
            return
        fill, border = _LIST_STYLE[lane]
        rows = self._list_rows
        row_height = rect.height() / rows
        shown = texts if len(texts) <= rows else texts[:rows - 1]
        for index, item_text in enumerate(shown):
            box = QRectF(rect.x(), rect.y() + index * row_height, rect.width(),
                         row_height).adjusted(0, 1.5, 0, -1.5)
            painter.setPen(pen(border, 0.8))
            painter.setBrush(colour(fill))
            painter.drawRoundedRect(box, 4, 4)
            inner = box.adjusted(6, 2, -5, -2)
            if severities:
                self._paint_severity(painter, inner, severities[index])
                inner.setLeft(inner.left() + 9)
            if text:
                draw_text(painter, inner, item_text, palette.CARD_TEXT, ITEM_SIZES,
                          italic=lane is Lane.VERBATIMS, valign=Qt.AlignmentFlag.AlignVCenter)
        if len(texts) > rows and text:
            more = QRectF(rect.x(), rect.y() + (rows - 1) * row_height, rect.width(),
                          row_height)
            hidden = str(len(texts) - rows + 1)
            draw_text(painter, more, translate("Map", "+%1 more").replace("%1", hidden),
                      palette.INK_MUTED, (11.0,), bold=True,
                      align=Qt.AlignmentFlag.AlignHCenter, valign=Qt.AlignmentFlag.AlignVCenter)

    def _paint_severity(self, painter: QPainter, rect: QRectF, severity: int) -> None:
        """Severity 1-4 as a column of dots, filled from the bottom (readable without colour)."""
        painter.setPen(pen(palette.IRRITANT_SEVERITY, 0.8))
        top = rect.center().y() - 11
        for index in range(4):
            filled = 3 - index < severity
            painter.setBrush(colour(palette.IRRITANT_SEVERITY) if filled
                             else colour(palette.PAPER))
            painter.drawEllipse(QPointF(rect.x() + 2.5, top + index * 6 + 2.5), 2.2, 2.2)
