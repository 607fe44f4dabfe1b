"""The band of a page cut from a longer map: where it continues, and where it sits.

On the left, "continued from page N"; on the right, "continues on page N"; between them a
small overview of the whole journey: its stages as a strip of coloured cells, each as wide
as the stage on the map, the part shown on this page framed and the rest faded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from cxdesigner.drawing.fonts import FontSet
from cxdesigner.drawing.primitives import Primitive, Symbol
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.export.labels import Labels
from cxdesigner.export.strips import label_width
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.layout.map_layout import MapLayout

FADE = 0.72
"""How much paper is mixed into the stages outside the page's part."""

StageSpan = tuple[float, float, str, int]
"""A stage on the map: its x range, its name and its position."""


@dataclass(frozen=True)
class Overview:
    """What the navigation bands of a journey's pages show."""

    stages: tuple[StageSpan, ...]
    parts: tuple[tuple[float, float], ...]
    """The map x range each page shows, in page order."""
    start: float
    end: float
    cache: dict[object, tuple[tuple[_Cell, ...], Symbol]] = field(
        default_factory=dict, compare=False, hash=False, repr=False)
    """The stages' cells and the faded strip, drawn once for all the pages of the journey."""

    @classmethod
    def of(cls, layout: MapLayout, names: dict[str, str],
           pages: Sequence[Sequence[tuple[float, float]]]) -> Overview:
        """The overview of ``layout`` cut into ``pages`` (the map x ranges of each page's
        strips)."""
        start = label_width(layout)
        stages = tuple((box.column.x, box.column.right, names.get(box.stage_id, ""), box.index)
                       for box in layout.stages)
        end = max((right for _, right, _, _ in stages), default=layout.width)
        parts = tuple((max(start, page[0][0]), min(end, page[-1][1])) for page in pages)
        return cls(stages, parts, start, end)


def _arrow(pad: Sketch, tip: Point, size: float, left: bool) -> None:
    back = tip.x + size if left else tip.x - size
    pad.polygon([tip, Point(back, tip.y - size * 0.6), Point(back, tip.y + size * 0.6)],
                fill=palette.INK)


def navigation(fonts: FontSet, band: Rect, text: float, labels: Labels, overview: Overview,
               index: int, first_page: int) -> tuple[Primitive, ...]:
    """The band of the page showing part ``index`` (from 0) of ``overview``; the journey's
    pages are numbered from ``first_page`` in the document."""
    pad = Sketch(fonts)
    count = len(overview.parts)
    baseline = band.center.y + text * 0.35
    arrow = text * 0.8
    last = first_page + count - 1
    # Room for the widest marks on every page: the strip stays put from page to page.
    side = arrow * 1.6 + max(pad.width(labels.format(key, n=last), fonts.bold, text)
                             for key in ("continued_from", "continues_on"))
    if index > 0:
        words = labels.format("continued_from", n=first_page + index - 1)
        _arrow(pad, Point(band.x, band.center.y), arrow, left=True)
        pad.text(band.x + arrow * 1.6, baseline, words, fonts.bold, text, palette.INK)
    if index < count - 1:
        words = labels.format("continues_on", n=first_page + index + 1)
        _arrow(pad, Point(band.right, band.center.y), arrow, left=False)
        pad.text(band.right - arrow * 1.6 - pad.width(words, fonts.bold, text), baseline, words,
                 fonts.bold, text, palette.INK)
    room = Rect(band.x + side + text * 2, band.y, band.width - 2 * side - text * 4, band.height)
    if room.width > text * 6:
        _strip(pad, room, text, overview, index)
    return pad.take()


@dataclass(frozen=True)
class _Cell:
    box: Rect
    colour: str
    label: str
    """The stage's name, or its number when the name does not fit; empty when neither does."""
    left: float
    right: float


def _cells(fonts: FontSet, room: Rect, text: float, overview: Overview) -> tuple[_Cell, ...]:
    pad = Sketch(fonts)
    factor = room.width / max(1.0, overview.end - overview.start)
    found = []
    for left, right, name, number in overview.stages:
        box = Rect((left - overview.start) * factor, 1.0, (right - left) * factor,
                   room.height - 2)
        room_for = box.width - text * 0.6
        label = next((words for words in (name, str(number + 1))
                      if words and pad.width(words, fonts.regular, text) <= room_for), "")
        found.append(_Cell(box, palette.stage_header_colour(number), label, left, right))
    return tuple(found)


def _label(pad: Sketch, cell: _Cell, x: float, y: float, text: float, colour: str) -> None:
    if cell.label:
        pad.text(x + cell.box.center.x, y + cell.box.center.y + text * 0.35, cell.label,
                 pad.fonts.regular, text, colour, align="centre")


def _strip(pad: Sketch, room: Rect, text: float, overview: Overview, index: int) -> None:
    """The stages faded, drawn once for all the journey's pages, then this page's stages in
    full colour over them and its part framed."""
    key = ("overview", room.width, room.height, text)
    known = overview.cache.get(key)
    factor = room.width / max(1.0, overview.end - overview.start)
    if known is None:
        cells = _cells(pad.fonts, room, text, overview)
        base = Sketch(pad.fonts)
        for cell in cells:
            base.rect(cell.box, fill=palette.mix(cell.colour, palette.PAPER, FADE))
        for start, _ in overview.parts[1:]:  # where every page starts
            x = (start - overview.start) * factor
            base.line(Point(x, 1.0), Point(x, room.height - 1), palette.PAPER, 1.0)
        for cell in cells:
            _label(base, cell, 0.0, 0.0, text, palette.INK_MUTED)
        known = overview.cache[key] = (cells, Symbol((*key, id(overview)), room, base.take()))
    cells, symbol = known
    pad.parts.append(Symbol(symbol.key, room, symbol.parts))

    low, high = overview.parts[index]
    for cell in cells:
        if cell.left < high - 1e-6 and cell.right > low + 1e-6:
            pad.rect(Rect(room.x + cell.box.x, room.y + cell.box.y, cell.box.width,
                          cell.box.height), fill=cell.colour)
            _label(pad, cell, room.x, room.y, text, palette.STAGE_HEADER_TEXT)
    frame = Rect(room.x + (low - overview.start) * factor, room.y, (high - low) * factor,
                 room.height)
    pad.rect(frame, stroke=palette.INK, width=max(1.0, text * 0.2))
