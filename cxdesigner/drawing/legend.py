"""The legend: every symbol, line and colour of the map with its meaning."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cxdesigner.drawing import sizes, symbols
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.drawing.words import Words
from cxdesigner.layout import palette
from cxdesigner.layout.curves import smooth_segments
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.model import Criticality, FlowKind, MomentOfTruth

# Sizes at unit 1, in points.
ITEM_SIZE = 8.0
TITLE_SIZE = 8.5
TITLE_LINE = 13.0
ITEM_LINE = 17.0
SYMBOL_HEIGHT = 12.0
SYMBOL_GAP = 4.5
ITEM_GAP = 12.0
GROUP_GAP = 26.0
ROW_GAP = 9.0

Draw = Callable[[Sketch, Point, float], None]
"""Draws a symbol: ``(pad, centre-left point, unit)``."""


@dataclass(frozen=True)
class Item:
    """One symbol and its meaning."""

    draw: Draw
    width: float
    label: str


@dataclass(frozen=True)
class LegendGroup:
    """A titled set of items (moments of truth, criticality…)."""

    title: str
    items: tuple[Item, ...]


def _moment(kind: MomentOfTruth) -> Draw:
    def draw(pad: Sketch, at: Point, unit: float) -> None:
        symbols.moment(pad, kind, Point(at.x + 7 * unit, at.y), 14 * unit)
    return draw


def _criticality(level: Criticality) -> Draw:
    def draw(pad: Sketch, at: Point, unit: float) -> None:
        symbols.criticality_bars(pad, level, at.x, at.y + 6 * unit, 12 * unit)
    return draw


def _flow(kind: FlowKind) -> Draw:
    def draw(pad: Sketch, at: Point, unit: float) -> None:
        width = sizes.FLOW_WIDTH * unit
        symbols.flow_line(pad, [at, Point(at.x + 30 * unit, at.y)], kind, width,
                          sizes.ARROW_HEAD * unit + width)
    return draw


def _curve(pad: Sketch, at: Point, unit: float) -> None:
    points = [Point(at.x + 3 * unit, at.y + 3 * unit), Point(at.x + 15 * unit, at.y - 4 * unit),
              Point(at.x + 27 * unit, at.y + 2 * unit)]
    pad.curve(smooth_segments(points), palette.EMOTION_CURVE, 2.2 * unit)
    for point, value in zip(points, (-1, 2, 0), strict=True):
        pad.circle(point, 3.2 * unit, fill=palette.emotion_colour(value), stroke=palette.PAPER,
                   width=unit)


def _neutral(pad: Sketch, at: Point, unit: float) -> None:
    pad.line(at, Point(at.x + 30 * unit, at.y), palette.EMOTION_NEUTRAL_LINE, 0.8 * unit,
             dash=(4 * unit, 3 * unit))


def _gap(pad: Sketch, at: Point, unit: float) -> None:
    left = [Point(at.x + 2 * unit, at.y + 2 * unit), Point(at.x + 10 * unit, at.y - 2 * unit)]
    right = [Point(at.x + 22 * unit, at.y + 1 * unit), Point(at.x + 29 * unit, at.y - 3 * unit)]
    for run in (left, right):
        pad.curve(smooth_segments(run), palette.EMOTION_CURVE, 2.2 * unit)
        for point in run:
            pad.circle(point, 3.2 * unit, fill=palette.EMOTION_NEUTRAL, stroke=palette.PAPER,
                       width=unit)


def _implied(pad: Sketch, at: Point, unit: float) -> None:
    symbols.implied_link(pad, Point(at.x + 2 * unit, at.y), Point(at.x + 16 * unit, at.y))


def _path_end(pad: Sketch, at: Point, unit: float) -> None:
    symbols.path_end(pad, Point(at.x + 6 * unit, at.y), 6 * unit)


def _badge(kind: str) -> Draw:
    def draw(pad: Sketch, at: Point, unit: float) -> None:
        centre = Point(at.x + 6 * unit, at.y)
        if kind == "switch":
            symbols.channel_switch(pad, centre, 12 * unit)
        else:
            symbols.handoff(pad, centre, 12 * unit)
    return draw


def _hatched(pad: Sketch, at: Point, unit: float) -> None:
    box = Rect(at.x, at.y - 6 * unit, 20 * unit, 12 * unit)
    pad.rect(box, fill=palette.CARD_FILL, stroke=palette.CARD_BORDER, width=0.8 * unit,
             radius=2 * unit)
    symbols.hatch(pad, box.inset(0.5 * unit), 2 * unit)


def _line(line: str) -> Draw:
    def draw(pad: Sketch, at: Point, unit: float) -> None:
        symbols.blueprint_line(pad, at, Point(at.x + 30 * unit, at.y), line, 1.4 * unit)
    return draw


def _blueprint_arrow(pad: Sketch, at: Point, unit: float) -> None:
    symbols.blueprint_arrow(pad, [at, Point(at.x + 30 * unit, at.y)], 1.3 * unit)


def _failure(pad: Sketch, at: Point, unit: float) -> None:
    symbols.failure(pad, Point(at.x + 7 * unit, at.y), 14 * unit)


def legend_groups(words: Words, blueprint: bool = False) -> list[LegendGroup]:
    """The legend's content in the words' language; ``blueprint``: with the service
    blueprint's lines and marks."""
    moments = tuple(Item(_moment(kind), 14, words.of(kind))
                    for kind in MomentOfTruth if kind is not MomentOfTruth.NONE)
    levels = tuple(Item(_criticality(level), 14.2, words.of(level)) for level in Criticality)
    emotion = (Item(_curve, 30, words["emotion_dot"]),
               Item(_neutral, 30, words["emotion_neutral"]),
               Item(_gap, 31, words["emotion_unset"]))
    flows: tuple[Item, ...] = (Item(_implied, 16, words["implied_link"]),
                               Item(_path_end, 8, words["path_ends"]))
    flows += tuple(Item(_flow(kind), 30, words.of(kind)) for kind in FlowKind)
    flows += (Item(_badge("switch"), 12, words["channel_switch"]),
              Item(_badge("handoff"), 12, words["handoff"]))
    groups = [LegendGroup(words["moments"], moments), LegendGroup(words["criticality"], levels),
              LegendGroup(words["emotion"], emotion), LegendGroup(words["flows"], flows),
              LegendGroup(words["evidence"], (Item(_hatched, 20, words["hypothesis_hatched"]),))]
    if blueprint:
        groups.append(LegendGroup(words["blueprint"], (
            *(Item(_line(line), 30, words[f"line_{line}"])
              for line in ("interaction", "visibility", "internal")),
            Item(_blueprint_arrow, 30, words["blueprint_arrow"]),
            Item(_badge("handoff"), 12, words["blueprint_handoff"]),
            Item(_failure, 14, words["failure_point"]))))
    return groups


@dataclass(frozen=True)
class _Placed:
    item: Item
    x: float
    y: float


@dataclass(frozen=True)
class LegendPlan:
    """Where every title and item of the legend goes, for a given width and unit."""

    height: float
    titles: tuple[tuple[str, float, float], ...]
    items: tuple[_Placed, ...]
    unit: float

    def draw(self, pad: Sketch, left: float, top: float) -> None:
        """Draw the legend with its top-left corner at (``left``, ``top``)."""
        u = self.unit
        fonts = pad.fonts
        for title, x, y in self.titles:
            pad.text(left + x, top + y + TITLE_SIZE * u, title, fonts.bold, TITLE_SIZE * u,
                     palette.INK)
        for placed in self.items:
            centre_y = top + placed.y + ITEM_LINE * u / 2
            placed.item.draw(pad, Point(left + placed.x, centre_y), u)
            pad.text(left + placed.x + (placed.item.width + SYMBOL_GAP) * u,
                     centre_y + ITEM_SIZE * u * 0.35, placed.item.label, fonts.regular,
                     ITEM_SIZE * u, palette.INK_MUTED)


def plan_legend(pad: Sketch, words: Words, width: float, unit: float,
                blueprint: bool = False) -> LegendPlan:
    """Lay the legend's groups out left to right, in rows no wider than ``width``
    (``blueprint``: with the service blueprint's group)."""
    u = unit
    fonts = pad.fonts

    def item_width(item: Item) -> float:
        return (item.width + SYMBOL_GAP) * u + pad.width(item.label, fonts.regular,
                                                          ITEM_SIZE * u)

    titles: list[tuple[str, float, float]] = []
    placed: list[_Placed] = []
    x = y = row_height = 0.0
    for group in legend_groups(words, blueprint):
        # The group's item lines, wrapped to the full width if it is very long.
        lines: list[list[Item]] = [[]]
        line_width = 0.0
        for item in group.items:
            w = item_width(item)
            if lines[-1] and line_width + ITEM_GAP * u + w > width:
                lines.append([])
                line_width = 0.0
            line_width += (ITEM_GAP * u if lines[-1] else 0.0) + w
            lines[-1].append(item)
        group_width = max(pad.width(group.title, fonts.bold, TITLE_SIZE * u),
                          *(sum(item_width(i) for i in line) + ITEM_GAP * u * (len(line) - 1)
                            for line in lines))
        group_height = TITLE_LINE * u + len(lines) * ITEM_LINE * u
        if x > 0 and x + group_width > width:
            x, y = 0.0, y + row_height + ROW_GAP * u
            row_height = 0.0
        titles.append((group.title, x, y))
        for index, line in enumerate(lines):
            ix = x
            for item in line:
                placed.append(_Placed(item, ix, y + TITLE_LINE * u + index * ITEM_LINE * u))
                ix += item_width(item) + ITEM_GAP * u
        row_height = max(row_height, group_height)
        x += group_width + GROUP_GAP * u
    return LegendPlan(y + row_height, tuple(titles), tuple(placed), u)

