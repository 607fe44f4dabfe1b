"""A step detailed by another journey: the band at the foot of its card that names the
journey (and, in print, its page) and sums up its figures: mean emotion, moments of truth
and pain points, rolled up from every journey below."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from cxdesigner.drawing import sizes, symbols
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.model import Journey, MomentOfTruth, Project

if TYPE_CHECKING:
    from cxdesigner.drawing.context import MapContext

FOOTER_HEIGHT = 27.0
"""The band's height: two lines of the map's smallest text."""

_TEXT = sizes.CELL_TEXT[-1]
"""The band's text: the map's smallest size, never smaller (the print's floor counts on it)."""
_MOMENT = 9.0
"""The half-size of a moment's symbol in the band."""


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


def link_footer(pad: Sketch, mark: LinkMark, area: Rect, context: MapContext,
                where: str = "") -> None:
    """The band in ``area``: the journey's name (and page), then its figures; ``where``
    names the card for the appendix."""
    words, fonts = context.words, pad.fonts
    pad.rect(area, fill=palette.LANE_LABEL_FILL, radius=4)
    line = _TEXT * 1.25
    first = area.y + 2 + _TEXT * 0.95
    _opens(pad, area.x + 4, first - _TEXT * 0.3)
    title = words.format("details_page", name=mark.name, page=mark.page) \
        if mark.page is not None else words.format("details", name=mark.name)
    fitted = pad.box(Rect(area.x + 14, area.y + 2, area.width - 16, line), title, fonts.bold,
                     (_TEXT,), palette.INK)
    if fitted.elided:  # the name, the same whether the page is known yet or not
        context.elisions.add(f"{where} · {words['details_word']}", mark.name)
    middle = area.y + 2 + line + line / 2
    baseline = middle + _TEXT * 0.35
    if mark.cycle:
        pad.text(area.x + 4, baseline, words["link_cycle"], fonts.regular, _TEXT, palette.INK)
        return
    x, right = area.x + 4, area.right - 3
    if mark.emotion is not None:
        value = words.decimal(mark.emotion)
        pad.circle(Point(x + 3, middle), 3.0, fill=palette.emotion_colour(mark.emotion))
        pad.text(x + 8, baseline, value, fonts.bold, _TEXT, palette.INK)
        x += 8 + pad.width(value, fonts.bold, _TEXT) + 6
    for kind, count in mark.moments:
        text = str(count)
        needed = 2 * _MOMENT * 0.6 + 2 + pad.width(text, fonts.bold, _TEXT)
        if count == 0 or x + needed > right:
            continue
        symbols.moment(pad, kind, Point(x + _MOMENT * 0.55, middle), _MOMENT)
        pad.text(x + _MOMENT * 1.2 + 1, baseline, text, fonts.bold, _TEXT, palette.INK)
        x += needed + 4
    irritants = words.count("irritant_count", mark.irritants)
    if x + pad.width(irritants, fonts.regular, _TEXT) <= right:
        pad.text(x, baseline, irritants, fonts.regular, _TEXT, palette.INK)
