"""A flow's arrow along its route: its kind's colour and dashes, a badge where it changes
channel or hands the customer over, and its label on its longest run."""

from __future__ import annotations

from itertools import pairwise

from cxdesigner.drawing import sizes, symbols
from cxdesigner.drawing.backdrop import EVERYWHERE, Window
from cxdesigner.drawing.context import MapContext
from cxdesigner.drawing.detail import Detail
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout import palette
from cxdesigner.layout.flows import FlowRoute
from cxdesigner.layout.geometry import Point, Rect

LABEL_HEIGHT = 16.0
MIN_LABEL_ROOM = 44.0
"""A run shorter than this (between two neighbouring cards) has no room for words."""


def span(route: FlowRoute) -> tuple[float, float]:
    """The x range a route covers."""
    xs = [point.x for point in route.points]
    return min(xs), max(xs)


def longest_run(route: FlowRoute) -> tuple[Point, Point]:
    """The route's longest horizontal run, left end first: where its label goes."""
    start, end = max(pairwise(route.points), key=lambda run: abs(run[1].x - run[0].x))
    return (start, end) if start.x <= end.x else (end, start)


def flow(pad: Sketch, route: FlowRoute, context: MapContext, name: str = "",
         highlight: str | None = None, window: Window = EVERYWHERE,
         detail: Detail = Detail.FULL) -> None:
    """The arrow of ``route`` in map coordinates. ``highlight``: a colour that singles it
    out (the channel switches or hand-offs asked for on screen); ``name`` says which flow
    it is in the appendix when its label is cut."""
    if len(route.points) < 2:
        return
    width = sizes.FLOW_HIGHLIGHT_WIDTH if highlight else sizes.FLOW_WIDTH
    if detail is not Detail.FULL:
        width *= 2
    symbols.flow_line(pad, route.points, route.kind, width, sizes.ARROW_HEAD + width,
                      stroke=highlight)
    if detail is Detail.FLAT:
        return
    badges = [badge for badge, on in ((symbols.channel_switch, route.channel_switch),
                                      (symbols.handoff, route.handoff)) if on]
    middle = symbols.midpoint(route.points)
    if window[0] <= middle.x < window[1]:
        offsets = [0.0] if len(badges) == 1 else [-sizes.FLOW_BADGE * 0.6,
                                                   sizes.FLOW_BADGE * 0.6]
        # Stacked in the narrow gap between two neighbouring cards, side by side elsewhere.
        vertical = abs(route.points[-1].x - route.points[0].x) < MIN_LABEL_ROOM * 2
        for badge, offset in zip(badges, offsets, strict=False):
            at = Point(middle.x, middle.y + offset) if vertical else Point(middle.x + offset,
                                                                           middle.y)
            badge(pad, at, sizes.FLOW_BADGE)
    label = route.label.strip()
    if not label or detail is not Detail.FULL:
        return
    where = context.where(f"{context.words['flow_label']} ({name})")
    start, end = longest_run(route)
    if not window[0] <= start.x < window[1]:
        return  # drawn (or noted) by the window showing the run's start
    # From the run's left end, clear of the arrow head, to the badges in its middle.
    left = start.x + sizes.ARROW_HEAD + 6
    right = end.x - 6
    if badges and left < middle.x < right and abs(middle.y - start.y) < 1:
        right = middle.x - sizes.FLOW_BADGE
    right = min(right, window[1] - 4)
    if right - left < MIN_LABEL_ROOM:
        context.elisions.add(where, route.label)
        return
    fonts = pad.fonts
    text_width = pad.width(label, fonts.regular, sizes.FLOW_LABEL[-1])
    pill = Rect(left, start.y - LABEL_HEIGHT / 2, min(right - left, text_width + 14),
                LABEL_HEIGHT)
    pad.rect(pill, fill=palette.PAPER, stroke=highlight or palette.FLOW_COLOURS[route.kind],
             width=0.8, radius=LABEL_HEIGHT / 2)
    fitted = pad.box(pill.inset(7, 0), label, fonts.regular, sizes.FLOW_LABEL, palette.INK,
                     align="centre", valign="middle")
    if fitted.elided:
        context.elisions.add(where, route.label)
