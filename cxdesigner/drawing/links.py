"""A step detailed by another journey: the band at the foot of its card that names the
journey (and, in print, its page) and sums up its figures: mean emotion, moments of truth
and pain points, rolled up from every journey below."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from cxdesigner.drawing import sizes, symbols
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.layout.text import elide, normalise
from cxdesigner.model import Journey, MomentOfTruth, Project

if TYPE_CHECKING:
    from cxdesigner.drawing.context import MapContext
    from cxdesigner.drawing.words import Words

FOOTER_HEIGHT = 27.0
"""The band's height: two lines of the map's smallest text."""

_TEXT = sizes.CELL_TEXT[-1]
"""The band's text: the map's smallest size, never smaller (the print's floor counts on it)."""
_MOMENT = 9.0
"""The half-size of a moment's symbol in the band."""
_GAP = 5.0
"""The room between two figures of the band."""


@dataclass(frozen=True)
class LinkMark:
    """What a step shows of the journey that details it.

    Attributes:
        name: the detailed journey's name.
        emotion: the mean emotion of its steps (and those below), None when none has one.
        moments: how many moments of truth of each kind, in the method's order.
        irritants: how many pain points.
        cycle: the links make a cycle: no figure can roll up.
        page: the page its map starts on, in print (None on screen, or when not printed).
    """

    name: str
    emotion: float | None = None
    moments: tuple[tuple[MomentOfTruth, int], ...] = ()
    irritants: int = 0
    cycle: bool = False
    page: int | None = None


def link_mark(project: Project, journey_id: str, persona_id: str | None = None,
              page: int | None = None) -> LinkMark | None:
    """The mark of journey ``journey_id``: its name and its figures rolled up for
    ``persona_id`` (None when the project has no such journey)."""
    journey = next((j for j in project.journeys if j.id == journey_id), None)
    if journey is None:
        return None
    # Loaded with the first linked step: an editor window starts without the analysis.
    from cxdesigner.analysis.linked_journeys import LinkCycleError, roll_up

    try:
        rolled = roll_up(project, journey_id, persona_id)
    except LinkCycleError:
        return LinkMark(journey.name, cycle=True, page=page)
    return LinkMark(journey.name, rolled.emotion, tuple(rolled.moments.items()),
                    rolled.irritants, page=page)


def link_marks(project: Project, journey: Journey, persona_id: str | None = None,
               pages: Mapping[str, int] | None = None) -> dict[str, LinkMark]:
    """The marks of the journeys that detail steps of ``journey``, by their id; ``pages``:
    the page each journey's map starts on, in print."""
    marks: dict[str, LinkMark] = {}
    for _, touchpoint in journey.touchpoints():
        detailed = touchpoint.details_journey_id
        if detailed is None or detailed in marks:
            continue
        mark = link_mark(project, detailed, persona_id, (pages or {}).get(detailed))
        if mark is not None:
            marks[detailed] = mark
    return marks


def with_pages(marks: Mapping[str, LinkMark], pages: Mapping[str, int]) -> dict[str, LinkMark]:
    """``marks`` with the page each journey's map starts on, where it is printed."""
    return {key: replace(mark, page=pages.get(key)) for key, mark in marks.items()}


def footer_area(width: float, height: float) -> Rect:
    """Where the band goes, in the card's own space."""
    return Rect(4.0, height - FOOTER_HEIGHT - 3.0, max(0.0, width - 8.0), FOOTER_HEIGHT)


def _opens(pad: Sketch, x: float, y: float) -> None:
    """A small arrow going down and right: this step opens onto another journey."""
    pad.polyline([Point(x, y - 3.5), Point(x, y + 1.5), Point(x + 5.5, y + 1.5)], palette.INK,
                 1.1)
    pad.polygon([Point(x + 7.5, y + 1.5), Point(x + 4.5, y - 1.0), Point(x + 4.5, y + 4.0)],
                fill=palette.INK)


@dataclass(frozen=True)
class _Figure:
    """One figure of the band: its width, how to draw it at a left end, and its words for
    the appendix when there is no room for it."""

    width: float
    draw: Callable[[float, float, float], None]
    """Draws the figure from ``(x, middle, baseline)``."""
    words: str
    rank: int
    """Which figures keep the second line when it has no room for all: the lowest."""


def _figures(pad: Sketch, mark: LinkMark, context: MapContext) -> list[_Figure]:
    """The band's figures in reading order: mean emotion, moments of truth, pain points."""
    words, fonts = context.words, pad.fonts
    figures: list[_Figure] = []
    if mark.emotion is not None:
        emotion, value = mark.emotion, words.decimal(mark.emotion)

        def draw_emotion(x: float, middle: float, baseline: float) -> None:
            pad.circle(Point(x + 3, middle), 3.0, fill=palette.emotion_colour(emotion))
            pad.text(x + 8, baseline, value, fonts.bold, _TEXT, palette.INK)

        figures.append(_Figure(8 + pad.width(value, fonts.bold, _TEXT), draw_emotion, value, 0))
    for kind, count in mark.moments:
        if count == 0:
            continue
        text = str(count)

        def draw_moment(x: float, middle: float, baseline: float,
                        kind: MomentOfTruth = kind, text: str = text) -> None:
            symbols.moment(pad, kind, Point(x + _MOMENT * 0.55, middle), _MOMENT)
            pad.text(x + _MOMENT * 1.2 + 1, baseline, text, fonts.bold, _TEXT, palette.INK)

        figures.append(_Figure(2 * _MOMENT * 0.6 + 2 + pad.width(text, fonts.bold, _TEXT),
                               draw_moment, f"{words.of(kind)} {text}", 2))
    irritants = words.count("irritant_count", mark.irritants)

    def draw_irritants(x: float, middle: float, baseline: float) -> None:
        pad.text(x, baseline, irritants, fonts.regular, _TEXT, palette.INK)

    figures.append(_Figure(pad.width(irritants, fonts.regular, _TEXT), draw_irritants,
                           irritants, 1))
    return figures


def _title(pad: Sketch, mark: LinkMark, width: float, words: Words) -> tuple[str, bool]:
    """The band's first words within ``width``: only the journey's name is cut, never the
    "Details:" before it nor the page after it. Also says whether the name was cut."""
    def titled(name: str) -> str:
        return words.format("details_page", name=name, page=mark.page) \
            if mark.page is not None else words.format("details", name=name)

    font = pad.fonts.bold
    whole = titled(mark.name)
    if pad.width(whole, font, _TEXT) <= width:
        return whole, False
    room = width - pad.width(titled(""), font, _TEXT)
    return titled(elide(normalise(mark.name), room, _TEXT, pad.measure(font))), True


def link_footer(pad: Sketch, mark: LinkMark, area: Rect, context: MapContext,
                where: str = "") -> None:
    """The band in ``area``: the journey's name (and page), then its figures; ``where``
    names the card for the appendix.

    The figures come first: those the second line has no room for end the first line, and
    the name gives up its room to them; a figure that fits nowhere is kept for the appendix.
    """
    words, fonts = context.words, pad.fonts
    kept_as = f"{where} · {words['details_word']}"
    pad.rect(area, fill=palette.LANE_LABEL_FILL, radius=4)
    line = _TEXT * 1.25
    first_middle = area.y + 2 + line / 2
    second_middle = first_middle + line
    _opens(pad, area.x + 4, area.y + 2 + _TEXT * 0.65)
    left, right = area.x + 14, area.right - 3
    carried: list[_Figure] = []
    if mark.cycle:
        pad.text(area.x + 4, second_middle + _TEXT * 0.35, words["link_cycle"], fonts.regular,
                 _TEXT, palette.INK)
    else:
        figures = _figures(pad, mark, context)
        room = right - (area.x + 4) + _GAP
        kept: set[int] = set()
        # The mean emotion and the pain points first, then the moments as room allows.
        for index in sorted(range(len(figures)), key=lambda index: figures[index].rank):
            if figures[index].width + _GAP <= room:
                room -= figures[index].width + _GAP
                kept.add(index)
        x = area.x + 4
        for index, figure in enumerate(figures):
            if index in kept:
                figure.draw(x, second_middle, second_middle + _TEXT * 0.35)
                x += figure.width + _GAP
            else:
                carried.append(figure)
    shortest = pad.width(_title(pad, mark, 0.0, words)[0], fonts.bold, _TEXT)
    x = right
    title_right = area.right - 2
    for figure in reversed(carried):  # right-aligned, after the shortest title
        if x - figure.width < left + shortest + _GAP:
            context.elisions.add(kept_as, figure.words)
            continue
        x -= figure.width
        figure.draw(x, first_middle, first_middle + _TEXT * 0.35)
        x -= _GAP
        title_right = x
    title, cut = _title(pad, mark, title_right - left, words)
    if pad.width(title, fonts.bold, _TEXT) > title_right - left:
        # Too narrow a card even for the page: the line is cut at its end instead.
        fitted = pad.box(Rect(left, area.y + 2, title_right - left, line), title, fonts.bold,
                         (_TEXT,), palette.INK)
        cut = cut or fitted.elided
    else:
        pad.text(left, first_middle + _TEXT * 0.35, title, fonts.bold, _TEXT, palette.INK)
    if cut:  # the name, the same whether the page is known yet or not
        context.elisions.add(kept_as, mark.name)
