"""One item per touchpoint painting its cells in the other lanes (channel, moment, lists…).

One item per touchpoint rather than one per cell keeps a 2,000-touchpoint map at a few
thousand items.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from cxdesigner.canvas.context import MapContext
from cxdesigner.canvas.fonts import map_font
from cxdesigner.canvas.labels import criticality_name, moment_name, translate
from cxdesigner.canvas.painting import (
    BOX_LOD,
    DETAIL_LOD,
    TINY_LOD,
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
VOTES_COLOUR = "#1864ab"
"""The dot votes of a workshop on irritants and opportunities (screen only)."""


class CellRows:
    """Where a column's cells sit, lane by lane: the same for every touchpoint of a map.

    Computed once per layout whose rows changed and shared by every touchpoint's item, which
    only adds its own x.
    """

    def __init__(self, layout: MapLayout) -> None:
        self.list_rows = layout.list_rows
        self.cells: dict[Lane, QRectF] = {}
        padding = layout.metrics.lane_padding
        width = layout.metrics.card_width
        for lane in _PAINTED:
            box = layout.lane(lane)
            if box is not None:  # as MapLayout.cell gives it, relative to the card's x
                self.cells[lane] = QRectF(0.0, box.content_top + padding, width,
                                          max(0.0, box.content_height - 2 * padding))
        bounds = QRectF()
        for cell in self.cells.values():
            bounds = bounds.united(cell)
        gap = layout.metrics.slot_gap
        self.bounds = bounds.adjusted(-gap, -2, 2, 2) if self.cells else QRectF()
        self.slot_gap = gap


class TouchpointLanesItem(QGraphicsItem):
    """The cells of one touchpoint in every visible lane but the cards, emotion and notes."""

    def __init__(self, context: MapContext, touchpoint: Touchpoint) -> None:
        super().__init__()
        self._context = context
        self.touchpoint = touchpoint
        self.channel_switch = False
        """The channel differs from the previous touchpoint's (a marker at the left)."""
        self._rows: CellRows | None = None
        self._bounds = QRectF()
        self.setZValue(Z_CELLS)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @property
    def touchpoint_id(self) -> str:
        return self.touchpoint.id

    @property
    def _cells(self) -> dict[Lane, QRectF]:
        return self._rows.cells if self._rows is not None else {}

    def set_touchpoint(self, touchpoint: Touchpoint, channel_switch: bool | None = None) -> None:
        """Show the touchpoint's new content."""
        changed = touchpoint is not self.touchpoint
        if channel_switch is not None and channel_switch != self.channel_switch:
            self.channel_switch = channel_switch
            changed = True
        self.touchpoint = touchpoint
        if changed:
            self.update()

    def set_rows(self, rows: CellRows) -> None:
        """Cut the cells as the map's rows say (a no-op when they are the same rows)."""
        if rows is self._rows:
            return
        if self._rows is None:  # a new item, not yet shown: nothing to repaint
            self._rows, self._bounds = rows, rows.bounds
            return
        if rows.bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = rows.bounds
        self._rows = rows
        self.update()

    def set_x(self, x: float) -> None:
        """Follow the card along the map (cells are in map coordinates vertically)."""
        if x != self.pos().x():
            self.setPos(x, 0.0)

    def set_layout(self, layout: MapLayout, lanes_changed: bool) -> None:
        """Follow a new layout: move along x, and re-cut the cells when the lanes changed."""
        self.set_x(layout.touchpoints[self.touchpoint.id].card.x)
        if lanes_changed or self._rows is None:
            self.set_rows(CellRows(layout))

    @override
    def boundingRect(self) -> QRectF:
        return self._bounds

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < TINY_LOD:
            self._paint_flat(painter)
            return
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

    def _paint_flat(self, painter: QPainter) -> None:
        """The cells as flat colour, for a column a few pixels wide."""
        touchpoint = self.touchpoint
        for lane, rect in self._cells.items():
            chip = rect.adjusted(2, 1, -2, -1)
            if lane is Lane.CHANNELS and touchpoint.channel_id is not None:
                painter.fillRect(chip, colour(palette.CHANNEL_BORDER))
            elif lane is Lane.INTERLOCUTORS and touchpoint.interlocutor_id is not None:
                painter.fillRect(chip, colour(palette.INTERLOCUTOR_BORDER))
            elif lane is Lane.MOMENTS and touchpoint.moment is not MomentOfTruth.NONE:
                side = min(26.0, rect.height())
                painter.fillRect(QRectF(rect.center().x() - side / 2,
                                        rect.center().y() - side / 2, side, side),
                                 colour(palette.MOMENT_COLOURS[touchpoint.moment]))
            elif lane is Lane.CRITICALITY:
                value = touchpoint.criticality_for(self._context.persona_id)
                if value is not None:
                    painter.fillRect(QRectF(rect.x() + 6, rect.center().y() - 7, 16, 14),
                                     colour(palette.CRITICALITY_COLOURS[value]))

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
        gap = self._rows.slot_gap if self._rows is not None else self._context.metrics.slot_gap
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
        votes: list[int] = []
        if lane is Lane.VERBATIMS:
            texts = [f"« {v.text} »" for v in self.touchpoint.verbatims]
        elif lane is Lane.IRRITANTS:
            texts = [i.text for i in self.touchpoint.irritants]
            severities = [i.severity for i in self.touchpoint.irritants]
            votes = [i.votes for i in self.touchpoint.irritants]
        else:
            texts = [o.text for o in self.touchpoint.opportunities]
            votes = [o.votes for o in self.touchpoint.opportunities]
        if not texts:
            return
        fill, border = _LIST_STYLE[lane]
        rows = self._rows.list_rows if self._rows is not None else 1
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
            if votes and votes[index] and text:
                inner.setRight(inner.right() - self._paint_votes(painter, inner, votes[index]))
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

    def _paint_votes(self, painter: QPainter, rect: QRectF, votes: int) -> float:
        """The workshop's dot votes ("● 3") at the right of an item; returns the width used."""
        label = f"\u25cf {votes}"
        width = QFontMetricsF(map_font(10, bold=True)).horizontalAdvance(label) + 10
        chip = QRectF(rect.right() - width, rect.center().y() - 8, width, 16)
        pill(painter, chip, palette.PAPER, VOTES_COLOUR)
        draw_text(painter, chip, label, VOTES_COLOUR, (10.0,), bold=True,
                  align=Qt.AlignmentFlag.AlignHCenter, valign=Qt.AlignmentFlag.AlignVCenter)
        return width + 3
