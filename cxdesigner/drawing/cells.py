"""What a touchpoint shows in the lanes under and over its card: the customer's action,
channel, interlocutor, moment of truth, criticality, and the verbatim, irritant and
opportunity lists (a pain point that rests on a hypothesis hatched)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from cxdesigner.drawing import sizes, symbols
from cxdesigner.drawing.context import MapContext
from cxdesigner.drawing.detail import Detail
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout import LIST_LANES, palette
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.layout.map_layout import MapLayout
from cxdesigner.layout.path_links import ImpliedLink
from cxdesigner.model import Lane, MomentOfTruth, Touchpoint

CELL_LANES = (Lane.ACTIONS, Lane.CHANNELS, Lane.INTERLOCUTORS, Lane.MOMENTS, Lane.CRITICALITY,
              *LIST_LANES)
"""The lanes whose cells this module draws (cards, emotion and notes have their own)."""

LIST_STYLE = {
    Lane.VERBATIMS: (palette.VERBATIM_FILL, palette.VERBATIM_BORDER),
    Lane.IRRITANTS: (palette.IRRITANT_FILL, palette.IRRITANT_BORDER),
    Lane.OPPORTUNITIES: (palette.OPPORTUNITY_FILL, palette.OPPORTUNITY_BORDER),
}
_ITEM_WORD = {Lane.VERBATIMS: "verbatim", Lane.IRRITANTS: "irritant",
              Lane.OPPORTUNITIES: "opportunity"}
VOTES_COLOUR = "#1864ab"
"""The dot votes of a workshop on irritants and opportunities."""


@dataclass(frozen=True)
class CellRows:
    """Where a column's cells sit, lane by lane: the same for every touchpoint of a map.

    ``cells`` are in a column's own space: x from 0 (the card's left edge), y in map points.
    """

    cells: Mapping[Lane, Rect]
    list_rows: int
    slot_gap: float
    card_row: Rect | None = None
    """The card's own place (the link from the previous card is drawn at its left)."""

    @classmethod
    def of(cls, layout: MapLayout) -> CellRows:
        """The rows of ``layout``'s lanes, as :meth:`MapLayout.cell` cuts them."""
        padding, width = layout.metrics.lane_padding, layout.metrics.card_width
        cells: dict[Lane, Rect] = {}
        for lane in CELL_LANES:
            box = layout.lane(lane)
            if box is not None:
                cells[lane] = Rect(0.0, box.content_top + padding, width,
                                   max(0.0, box.content_height - 2 * padding))
        card = layout.lane(Lane.TOUCHPOINTS)
        card_row = None
        if card is not None:
            card_height = layout.metrics.lane_heights[Lane.TOUCHPOINTS] - 2 * padding
            card_row = Rect(0.0, card.content_top + padding, width, card_height)
        return cls(cells, layout.list_rows, layout.metrics.slot_gap, card_row)

    @cached_property
    def drawn(self) -> tuple[tuple[Lane, Rect, CellDrawer], ...]:
        """The cells that have room, each with what draws it, found once for every column:
        a map draws thousands of columns, and telling lanes apart one comparison after
        another costs each column more than drawing some of its cells."""
        return tuple((lane, rect, _DRAWERS.get(lane, CellDrawing.list_cell))
                     for lane, rect in self.cells.items() if rect.height > 0)

    def bounds(self) -> Rect | None:
        """What the cells cover, with room for the marks at the column's left."""
        boxes = [*self.cells.values(), *([self.card_row] if self.card_row else [])]
        if not boxes:
            return None
        top = min(box.y for box in boxes)
        bottom = max(box.bottom for box in boxes)
        width = max(box.right for box in boxes)
        return Rect(-self.slot_gap, top - 2, width + self.slot_gap + 2, bottom - top + 4)


def _chip(rect: Rect) -> Rect:
    return Rect(rect.x + 2, rect.y + 1, max(0.0, rect.width - 4), max(0.0, rect.height - 2))


class CellDrawing:
    """Draws one touchpoint's cells on a pad, noting what had to be shortened."""

    def __init__(self, pad: Sketch, context: MapContext, rows: CellRows, where: str,
                 detail: Detail) -> None:
        self.pad = pad
        self.context = context
        self.rows = rows
        self.where = where
        self.detail = detail
        self.flat = detail is Detail.FLAT
        self.full = detail is Detail.FULL

    def _note(self, what: str, text: str) -> None:
        self.context.elisions.add(f"{self.where} · {what}", text)

    def draw(self, touchpoint: Touchpoint, incoming: ImpliedLink | None = None) -> None:
        """Every visible lane's cell; ``incoming``: the link implied from the previous card,
        drawn at the column's left with its channel-switch and hand-off markers."""
        marked = incoming if incoming is not None and not incoming.ends_path \
            and not self.flat else None
        if incoming is not None and self.rows.card_row is not None and not self.flat:
            self.link(self.rows.card_row, incoming)
        for lane, rect, drawer in self.rows.drawn:
            drawer(self, lane, rect, touchpoint, marked)

    # ----------------------------------------------------------------- each lane's cell
    # ``marked``: the implied link whose channel switch and hand-off the cells mark.

    def action_cell(self, lane: Lane, rect: Rect, touchpoint: Touchpoint,
                    marked: ImpliedLink | None) -> None:
        self.text(rect, touchpoint.customer_action, lane)

    def channel_cell(self, lane: Lane, rect: Rect, touchpoint: Touchpoint,
                     marked: ImpliedLink | None) -> None:
        self.chip(rect, touchpoint.channel_id, self.context.channel_names,
                  palette.CHANNEL_FILL, palette.CHANNEL_BORDER, lane)
        if marked is not None and marked.channel_switch:
            symbols.channel_switch(self.pad, Point(-self.rows.slot_gap / 2, rect.center.y),
                                   sizes.FLOW_BADGE)

    def interlocutor_cell(self, lane: Lane, rect: Rect, touchpoint: Touchpoint,
                          marked: ImpliedLink | None) -> None:
        self.chip(rect, touchpoint.interlocutor_id, self.context.interlocutor_names,
                  palette.INTERLOCUTOR_FILL, palette.INTERLOCUTOR_BORDER, lane)
        if marked is not None and marked.handoff:
            symbols.handoff(self.pad, Point(-self.rows.slot_gap / 2, rect.center.y),
                            sizes.FLOW_BADGE)

    def moment_cell(self, lane: Lane, rect: Rect, touchpoint: Touchpoint,
                    marked: ImpliedLink | None) -> None:
        self.moment(rect, touchpoint.moment)

    def criticality_cell(self, lane: Lane, rect: Rect, touchpoint: Touchpoint,
                         marked: ImpliedLink | None) -> None:
        self.criticality(rect, touchpoint)

    def list_cell(self, lane: Lane, rect: Rect, touchpoint: Touchpoint,
                  marked: ImpliedLink | None) -> None:
        if not self.flat:
            self.items(rect, lane, touchpoint)

    def link(self, card: Rect, incoming: ImpliedLink) -> None:
        """The implied link from the previous card, in the gap at the card's left: a faint
        arrow, or a stop bar where the consultant said the path ends."""
        gap = self.rows.slot_gap
        y = card.center.y
        if incoming.ends_path:
            symbols.path_end(self.pad, Point(-gap / 2, y), card.height * 0.3)
        else:
            symbols.implied_link(self.pad, Point(-gap + 1.5, y), Point(-1.0, y))

    # ----------------------------------------------------------------- one-line lanes

    def text(self, rect: Rect, text: str, lane: Lane) -> None:
        """Free text (the customer's action)."""
        if not self.full or not text.strip():
            return
        fitted = self.pad.box(rect.inset(4, 2), text, self.pad.fonts.regular, sizes.CELL_TEXT,
                              palette.CARD_TEXT)
        if fitted.elided:
            self._note(self.context.words.of(lane), text)

    def chip(self, rect: Rect, item_id: str | None, names: Mapping[str, str], fill: str,
             border: str, lane: Lane) -> None:
        """A rounded label (channel, interlocutor)."""
        if item_id is None:
            return
        chip = _chip(rect)
        if self.flat:
            self.pad.rect(chip, fill=border)
            return
        self.pad.rect(chip, fill=fill, stroke=border, width=0.8, radius=chip.height / 2,
                      repeat=True)
        if self.full:
            name = names.get(item_id, "?")
            fitted = self.pad.box(chip.inset(8, 0), name, self.pad.fonts.regular,
                                  sizes.CELL_TEXT, palette.INK, align="centre", valign="middle")
            if fitted.elided:
                self._note(self.context.words.of(lane), name)

    def moment(self, rect: Rect, moment: MomentOfTruth) -> None:
        """The moment's shape and name on a tinted chip of its colour."""
        if moment is MomentOfTruth.NONE:
            return
        colour = palette.MOMENT_COLOURS[moment]
        size = min(20.0, rect.height - 4)
        if self.flat:
            side = min(26.0, rect.height)
            self.pad.rect(Rect(rect.center.x - side / 2, rect.center.y - side / 2, side, side),
                          fill=colour)
            return
        if self.detail is Detail.OVERVIEW:
            symbols.moment(self.pad, moment, rect.center, size * 1.3)
            return
        chip = _chip(rect)
        self.pad.rect(chip, fill=palette.mix(colour, palette.PAPER, 0.89), stroke=colour,
                      width=1.2, radius=5, repeat=True)
        symbols.moment(self.pad, moment, Point(chip.x + 6 + size / 2, chip.center.y), size)
        self.pad.box(Rect(chip.x + size + 14, chip.y, chip.width - size - 18, chip.height),
                     self.context.words.of(moment), self.pad.fonts.bold, sizes.MARKER_WORD,
                     palette.INK, valign="middle")

    def criticality(self, rect: Rect, touchpoint: Touchpoint) -> None:
        """One to three rising bars, as many filled as the level, and the level's name."""
        level = touchpoint.criticality_for(self.context.persona_id)
        if level is None:
            return
        height = min(14.0, rect.height * 0.8)
        if self.flat:
            self.pad.rect(Rect(rect.x + 6, rect.center.y - 7, 16, 14),
                          fill=palette.CRITICALITY_COLOURS[level])
            return
        width = symbols.criticality_bars(self.pad, level, rect.x + 6,
                                         rect.center.y + height / 2, height)
        if self.full:
            left = rect.x + 6 + width + 8
            self.pad.box(Rect(left, rect.y, rect.right - 2 - left, rect.height),
                         self.context.words.of(level), self.pad.fonts.regular,
                         sizes.CELL_TEXT, palette.INK, valign="middle")

    # ----------------------------------------------------------------- list lanes

    def items(self, rect: Rect, lane: Lane, touchpoint: Touchpoint) -> None:
        """Up to ``list_rows`` items; when there are more, the last row says how many."""
        words = self.context.words
        texts: Sequence[str]
        severities: Sequence[int] = ()
        votes: Sequence[int] = ()
        hatched: Sequence[bool] = ()
        if lane is Lane.VERBATIMS:
            texts = [words.quote(v.text) for v in touchpoint.verbatims]
        elif lane is Lane.IRRITANTS:
            texts = [i.text for i in touchpoint.irritants]
            severities = [i.severity for i in touchpoint.irritants]
            votes = [i.votes for i in touchpoint.irritants]
            hatched = self.context.hypotheses(touchpoint)
        else:
            texts = [o.text for o in touchpoint.opportunities]
            votes = [o.votes for o in touchpoint.opportunities]
        if not texts:
            return
        pad, fonts = self.pad, self.pad.fonts
        fill, border = LIST_STYLE[lane]
        rows = self.rows.list_rows
        row_height = rect.height / rows
        shown = len(texts) if len(texts) <= rows else rows - 1
        full = self.full
        quotes = lane is Lane.VERBATIMS
        what = words[_ITEM_WORD[lane]]
        for index in range(shown):
            box = Rect(rect.x, rect.y + index * row_height + 1.5, rect.width, row_height - 3)
            pad.rect(box, fill=fill, stroke=border, width=0.8, radius=4, repeat=True)
            if hatched and hatched[index]:
                symbols.hatch(pad, box.inset(0.8), 4.0)
            inner = Rect(box.x + 6, box.y + 2, box.width - 11, box.height - 4)
            if severities:
                symbols.severity_column(pad, severities[index], Point(inner.x + 2.5,
                                                                      inner.center.y))
                inner = Rect(inner.x + 9, inner.y, inner.width - 9, inner.height)
            if not full:
                continue
            if votes and votes[index]:
                used = self._votes(inner, votes[index])
                inner = Rect(inner.x, inner.y, inner.width - used, inner.height)
            fitted = pad.box(inner, texts[index], fonts.italic if quotes else fonts.regular,
                             sizes.CELL_TEXT, palette.CARD_TEXT, valign="middle")
            # The PDF's appendix lists every verbatim whole: no need to note them twice.
            if fitted.elided and not quotes:
                self._note(what, texts[index])
        hidden = texts[shown:]
        if not hidden:
            return
        if not quotes:
            for text in hidden:
                self._note(what, text)
        last = Rect(rect.x, rect.y + shown * row_height + 1.5, rect.width, row_height - 3)
        pad.rect(last, stroke=border, width=0.8, radius=4, dash=(2, 2), repeat=True)
        if full:
            pad.box(last.inset(4, 2), words.format(self.context.more_key, n=len(hidden)),
                    fonts.bold, sizes.CELL_TEXT, palette.INK_MUTED, align="centre",
                    valign="middle")

    def _votes(self, rect: Rect, votes: int) -> float:
        """The workshop's dot votes (a dot and a number) at the right of an item; returns
        the width used."""
        fonts = self.pad.fonts
        number = str(votes)
        width = self.pad.width(number, fonts.bold, sizes.BADGE_TEXT) + 22
        chip = Rect(rect.right - width, rect.center.y - 8, width, 16)
        self.pad.rect(chip, fill=palette.PAPER, stroke=VOTES_COLOUR, width=0.8, radius=8,
                      repeat=True)
        self.pad.circle(Point(chip.x + 8, chip.center.y), 3.2, fill=VOTES_COLOUR, repeat=True)
        self.pad.box(Rect(chip.x + 13, chip.y, width - 17, chip.height), number, fonts.bold,
                     (sizes.BADGE_TEXT,), VOTES_COLOUR, align="centre", valign="middle")
        return width + 3


CellDrawer = Callable[[CellDrawing, Lane, Rect, Touchpoint, ImpliedLink | None], None]
"""Draws one lane's cell of a column (see :attr:`CellRows.drawn`)."""

_DRAWERS: dict[Lane, CellDrawer] = {
    Lane.ACTIONS: CellDrawing.action_cell,
    Lane.CHANNELS: CellDrawing.channel_cell,
    Lane.INTERLOCUTORS: CellDrawing.interlocutor_cell,
    Lane.MOMENTS: CellDrawing.moment_cell,
    Lane.CRITICALITY: CellDrawing.criticality_cell,
}
"""The drawer of each one-line lane; the list lanes' is :meth:`CellDrawing.list_cell`."""


def cells(pad: Sketch, touchpoint: Touchpoint, rows: CellRows, context: MapContext,
          where: str = "", incoming: ImpliedLink | None = None,
          detail: Detail = Detail.FULL) -> None:
    """``touchpoint``'s cells in its column's own space (see :class:`CellRows`)."""
    CellDrawing(pad, context, rows, where, detail).draw(touchpoint, incoming)
