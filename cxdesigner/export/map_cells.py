"""What each touchpoint shows in each lane: its card, channel, moment, criticality, lists."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cxdesigner.export import symbols
from cxdesigner.export.elisions import ElisionLog
from cxdesigner.export.ink import Align, Ink, VAlign
from cxdesigner.export.labels import Labels
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.layout.map_layout import MapLayout
from cxdesigner.layout.text import LINE_SPACING
from cxdesigner.model import Journey, Lane, MomentOfTruth, Project, Stage, Touchpoint

TITLE_SIZES = (11.0, 10.0, 9.0, 8.0)
BODY_SIZES = (8.5, 8.0, 7.5, 7.0)
SMALL_SIZES = (7.5, 7.0, 6.5, 6.0)
TITLE_MAX_LINES = 3


@dataclass(frozen=True)
class MapContext:
    """Everything the map drawing needs besides the canvas."""

    project: Project
    journey: Journey
    layout: MapLayout
    persona_id: str | None
    labels: Labels
    elisions: ElisionLog


class CellPainter:
    """Draws one touchpoint's cells, lane by lane, noting what had to be shortened."""

    def __init__(self, ink: Ink, context: MapContext) -> None:
        self.ink = ink
        self.context = context
        self.channels = context.project.channel_names()
        self.interlocutors = context.project.interlocutor_names()
        self.stage_index = {stage.id: index for index, stage in enumerate(context.journey.stages)}

    def _where(self, stage: Stage, tp: Touchpoint, what: str) -> str:
        return f"{self.context.journey.name} \u203a {stage.name} \u203a {tp.title} · {what}"

    def _box(self, rect: Rect, text: str, font: str, sizes: Sequence[float], fill: str,
             where: str | None, align: Align = "left", valign: VAlign = "top") -> float:
        fitted = self.ink.box(rect, text, font, sizes, fill, align, valign)
        if fitted.elided and where is not None:
            self.context.elisions.add(where, text)
        return len(fitted.lines) * fitted.line_height

    def draw(self, stage: Stage, tp: Touchpoint) -> None:
        """Every visible lane's cell of ``tp``."""
        layout = self.context.layout
        for lane_box in layout.lanes:
            cell = layout.cell(tp.id, lane_box.lane)
            if cell is None or cell.height <= 0:
                continue
            lane = lane_box.lane
            if lane is Lane.TOUCHPOINTS:
                self.card(stage, tp, cell)
            elif lane is Lane.ACTIONS:
                self._box(cell.inset(3, 2), tp.customer_action, self.ink.fonts.regular,
                          BODY_SIZES, palette.INK, self._where(stage, tp, self._lane(lane)))
            elif lane is Lane.CHANNELS:
                self.pill(cell, self.channels.get(tp.channel_id or ""), palette.CHANNEL_FILL,
                          palette.CHANNEL_BORDER, self._where(stage, tp, self._lane(lane)))
            elif lane is Lane.INTERLOCUTORS:
                self.pill(cell, self.interlocutors.get(tp.interlocutor_id or ""),
                          palette.INTERLOCUTOR_FILL, palette.INTERLOCUTOR_BORDER,
                          self._where(stage, tp, self._lane(lane)))
            elif lane is Lane.MOMENTS:
                self.moment(cell, tp.moment)
            elif lane is Lane.CRITICALITY:
                self.criticality(cell, tp)
            elif lane is Lane.VERBATIMS:
                self.items(stage, tp, cell, lane, [v.text for v in tp.verbatims])
            elif lane is Lane.IRRITANTS:
                self.items(stage, tp, cell, lane, [i.text for i in tp.irritants],
                           [i.severity for i in tp.irritants])
            elif lane is Lane.OPPORTUNITIES:
                self.items(stage, tp, cell, lane, [o.text for o in tp.opportunities])

    def _lane(self, lane: Lane) -> str:
        return self.context.labels.of(lane)

    # ----------------------------------------------------------------- the card

    def card(self, stage: Stage, tp: Touchpoint, card: Rect) -> None:
        """The touchpoint's card: stage-coloured top edge, title, description."""
        ink, fonts, labels = self.ink, self.ink.fonts, self.context.labels
        ink.rect(card, fill=palette.CARD_FILL, stroke=palette.CARD_BORDER, width=0.8, radius=4,
                 repeat=True)
        accent = palette.stage_header_colour(self.stage_index.get(stage.id, 0))
        ink.rect(Rect(card.x + 3, card.y + 1.2, card.width - 6, 3.2), fill=accent, radius=1.6,
                 repeat=True)
        inner = Rect(card.x + 7, card.y + 9, card.width - 14, card.height - 15)
        title_width = inner.width
        if tp.moment is not MomentOfTruth.NONE:
            symbols.moment(ink, tp.moment, Point(inner.right - 5, inner.y + 6), 10)
            title_width -= 14
        title_box = Rect(inner.x, inner.y, title_width,
                         min(inner.height, TITLE_MAX_LINES * TITLE_SIZES[0] * LINE_SPACING))
        used = self._box(title_box, tp.title, fonts.bold, TITLE_SIZES, palette.CARD_TITLE,
                         self._where(stage, tp, labels["title"]))
        if tp.description.strip():
            top = inner.y + used + 3
            self._box(Rect(inner.x, top, inner.width, inner.bottom - top), tp.description,
                      fonts.regular, BODY_SIZES, palette.CARD_TEXT,
                      self._where(stage, tp, labels["description"]))

    # ----------------------------------------------------------------- one-line lanes

    def pill(self, cell: Rect, text: str | None, fill: str, border: str, where: str) -> None:
        """A rounded label (channel, interlocutor)."""
        if not text:
            return
        box = cell.inset(0, max(0.0, (cell.height - 18) / 2))
        self.ink.rect(box, fill=fill, stroke=border, width=0.6, radius=box.height / 2,
                      repeat=True)
        self._box(box.inset(box.height / 2, 1), text, self.ink.fonts.regular, BODY_SIZES,
                  palette.INK, where, align="centre", valign="middle")

    def _symbol_and_word(self, cell: Rect, symbol_width: float, word: str,
                         colour: str) -> float:
        """Left x of a centred group ``[symbol] word``; draws the word."""
        fonts = self.ink.fonts
        size = BODY_SIZES[0]
        room = cell.width - symbol_width - 5
        while size > BODY_SIZES[-1] and self.ink.width(word, fonts.bold, size) > room:
            size -= 0.5
        word_width = min(room, self.ink.width(word, fonts.bold, size))
        left = cell.x + (cell.width - symbol_width - 5 - word_width) / 2
        self.ink.box(Rect(left + symbol_width + 5, cell.y, room, cell.height), word, fonts.bold,
                     (size,), colour, valign="middle")
        return left

    def moment(self, cell: Rect, kind: MomentOfTruth) -> None:
        """The moment's shape and its name."""
        if kind is MomentOfTruth.NONE:
            return
        size = min(14.0, cell.height * 0.8)
        left = self._symbol_and_word(cell, size, self.context.labels.of(kind),
                                     palette.MOMENT_COLOURS[kind])
        symbols.moment(self.ink, kind, Point(left + size / 2, cell.center.y), size)

    def criticality(self, cell: Rect, tp: Touchpoint) -> None:
        """One to three filled bars and the level's name."""
        level = tp.criticality_for(self.context.persona_id)
        if level is None:
            return
        height = min(12.0, cell.height * 0.8)
        width = height * 0.3 * 3 + height * 0.14 * 2
        left = self._symbol_and_word(cell, width, self.context.labels.of(level), palette.INK)
        symbols.criticality_bars(self.ink, level, left, cell.center.y + height / 2, height)

    # ----------------------------------------------------------------- list lanes

    def items(self, stage: Stage, tp: Touchpoint, cell: Rect, lane: Lane, texts: list[str],
              severities: list[int] | None = None) -> None:
        """Up to ``list_rows`` items; when there are more, the last row says how many."""
        if not texts:
            return
        ink, fonts, labels = self.ink, self.ink.fonts, self.context.labels
        rows = self.context.layout.list_rows
        row_height = cell.height / rows
        shown = len(texts) if len(texts) <= rows else rows - 1
        fill, border = {
            Lane.VERBATIMS: (palette.VERBATIM_FILL, palette.VERBATIM_BORDER),
            Lane.IRRITANTS: (palette.IRRITANT_FILL, palette.IRRITANT_BORDER),
            Lane.OPPORTUNITIES: (palette.OPPORTUNITY_FILL, palette.OPPORTUNITY_BORDER),
        }[lane]
        what = {Lane.VERBATIMS: "verbatim", Lane.IRRITANTS: "irritant",
                Lane.OPPORTUNITIES: "opportunity"}[lane]
        for index in range(shown):
            item = Rect(cell.x, cell.y + index * row_height, cell.width, row_height - 4)
            ink.rect(item, fill=fill, stroke=border, width=0.5, radius=3, repeat=True)
            text_box = item.inset(5, 3)
            # The full verbatims are all in the appendix: no need to list them twice.
            where = None if lane is Lane.VERBATIMS else self._where(stage, tp, labels[what])
            if severities is not None:
                dots = symbols.severity_dots(ink, severities[index], item.right - 4,
                                             item.y + 6, 3.2)
                text_box = Rect(text_box.x, text_box.y, text_box.width - dots - 3,
                                text_box.height)
            if lane is Lane.VERBATIMS:
                self._box(text_box, labels.quote(texts[index]), fonts.italic, SMALL_SIZES,
                          palette.INK, where)
            else:
                self._box(text_box, texts[index], fonts.regular, SMALL_SIZES, palette.INK,
                          where)
        hidden = texts[shown:]
        if hidden:
            if lane is not Lane.VERBATIMS:
                for text in hidden:
                    self.context.elisions.add(self._where(stage, tp, labels[what]), text)
            last = Rect(cell.x, cell.y + shown * row_height, cell.width, row_height - 4)
            ink.rect(last, fill=None, stroke=border, width=0.5, radius=3, dash=(2, 2), repeat=True)
            ink.box(last.inset(4, 2), labels.format("more_items", n=len(hidden)), fonts.italic,
                    SMALL_SIZES, palette.INK_MUTED, align="centre", valign="middle")

