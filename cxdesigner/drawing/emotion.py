"""The emotion lane: tinted halves, the neutral line, the curve through one dot per
touchpoint (broken where an emotion is unset) and each dot's value."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from cxdesigner.drawing import sizes
from cxdesigner.drawing.backdrop import EVERYWHERE, Window
from cxdesigner.drawing.context import MapContext
from cxdesigner.drawing.detail import Detail
from cxdesigner.drawing.primitives import Primitive
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout import palette
from cxdesigner.layout.curves import CubicSegment, bezier_between
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.layout.map_layout import MapLayout, card_x
from cxdesigner.model import EMOTION_MAX, EMOTION_MIN, Journey, Lane

LABEL_HALF_WIDTH = 15.0
_AROUND = 2
"""Dots taken on each side of a window: a curve segment's shape depends on the dot before
its start and the dot after its end."""


class EmotionSeries:
    """The dots of one persona's curve (or the default emotions) along a map, in map order."""

    def __init__(self, layout: MapLayout, journey: Journey, persona_id: str | None) -> None:
        self.layout = layout
        self.xs: list[float] = []
        self.values: list[int | None] = []
        m = layout.metrics
        for stage in journey.stages:
            column = layout.stage(stage.id)
            if column is not None and column.slot_count >= len(stage.touchpoints):
                # A stage's cards fill its slots in order: their places are known without
                # making each card's box (a tracked layout makes those when asked).
                self.xs += [card_x(column.first_slot + offset, m) + m.card_width / 2
                            for offset in range(len(stage.touchpoints))]
                self.values += [tp.emotion_for(persona_id) for tp in stage.touchpoints]
                continue
            for touchpoint in stage.touchpoints:
                box = layout.touchpoints.get(touchpoint.id)
                if box is not None:
                    self.xs.append(box.card.x + box.card.width / 2)
                    self.values.append(touchpoint.emotion_for(persona_id))
        self.heights = {value: y for value in range(EMOTION_MIN, EMOTION_MAX + 1)
                        if (y := layout.emotion_y(value)) is not None}
        self._segment_at: dict[int, CubicSegment] = {}
        """The curve's segment from dot ``i`` to the next, by ``i``, once drawn: windows
        side by side (the strips of a printed map) share the dots at their edges."""

    def _dot(self, index: int) -> Point | None:
        value = self.values[index] if 0 <= index < len(self.values) else None
        return None if value is None else Point(self.xs[index], self.heights[value])

    def _segment(self, index: int) -> CubicSegment:
        """The segment from dot ``index`` to the next (both set), shaped by its neighbours."""
        segment = self._segment_at.get(index)
        if segment is None:
            start, end = self._dot(index), self._dot(index + 1)
            assert start is not None and end is not None
            before, after = self._dot(index - 1), self._dot(index + 2)
            segment = bezier_between(start if before is None else before, start, end,
                                     end if after is None else after)
            self._segment_at[index] = segment
        return segment

    def _segments(self, low: int, high: int) -> list[tuple[CubicSegment, ...]]:
        """The curve's segments between dots ``low`` and ``high`` (indexes, inclusive) that
        the dots in that range fully determine."""
        values = self.values
        runs: list[tuple[CubicSegment, ...]] = []
        index = low
        while index <= high:
            if values[index] is None:
                index += 1
                continue
            first = index
            while index <= high and values[index] is not None:
                index += 1
            last = index - 1
            # A segment at an end cut by the range, not by a gap, would be shaped without
            # its neighbour: the next window draws it.
            if first > 0 and first == low and values[first - 1] is not None:
                first += 1
            if last < len(values) - 1 and last == high and values[last + 1] is not None:
                last -= 1
            if first < last:
                runs.append(tuple(self._segment(dot) for dot in range(first, last)))
        return runs

    def draw(self, pad: Sketch, context: MapContext, window: Window = EVERYWHERE,
             detail: Detail = Detail.FULL,
             drawn_dots: dict[int, tuple[Primitive, ...]] | None = None) -> None:
        """The lane's content between the window's x (tints and lines across it).

        ``drawn_dots``: each dot with its value drawn so far, by index, for a caller that
        draws the series again with the same context and detail (the windows of a printed
        map, after the whole map was measured): filled in here, and drawn from.
        """
        lane_background(pad, self.layout, window, detail)
        if not self.xs or detail is Detail.FLAT:
            return
        radius = sizes.EMOTION_DOT if detail is Detail.FULL else sizes.EMOTION_DOT * 1.6
        reach = radius + LABEL_HALF_WIDTH
        low = max(0, bisect_left(self.xs, window[0] - reach) - _AROUND)
        high = min(len(self.xs) - 1, bisect_right(self.xs, window[1] + reach) - 1 + _AROUND)
        if high < low:
            return
        width = 2.6 if detail is Detail.FULL else 4.0
        for run in self._segments(low, high):
            shown = [s for s in run if s.end.x >= window[0] and s.start.x <= window[1]]
            pad.curve(shown, palette.EMOTION_CURVE, width)
        for index in range(low, high + 1):
            value, x = self.values[index], self.xs[index]
            if value is None or not window[0] - reach <= x <= window[1] + reach:
                continue
            if drawn_dots is None:
                self._draw_dot(pad, context, x, value, radius, detail)
                continue
            parts = drawn_dots.get(index)
            if parts is None:
                dot = Sketch(pad.fonts)
                self._draw_dot(dot, context, x, value, radius, detail)
                parts = drawn_dots[index] = dot.take()
            pad.parts.extend(parts)

    def _draw_dot(self, pad: Sketch, context: MapContext, x: float, value: int, radius: float,
                  detail: Detail) -> None:
        """One dot, and its value under or over it."""
        centre = Point(x, self.heights[value])
        colour = palette.emotion_colour(value)
        pad.circle(centre, radius, fill=colour, stroke=palette.PAPER, width=1.5, repeat=True)
        if detail is Detail.FULL:
            # Below a dot above the line, above a dot below it: away from the neutral line.
            top = centre.y - 22 if value < 0 else centre.y + 8
            pad.box(Rect(x - LABEL_HALF_WIDTH, top, 2 * LABEL_HALF_WIDTH, 14),
                    context.words.signed(value), pad.fonts.bold, (sizes.EMOTION_VALUE,),
                    colour, align="centre", valign="middle")


def lane_background(pad: Sketch, layout: MapLayout, window: Window = EVERYWHERE,
                    detail: Detail = Detail.FULL) -> None:
    """The emotion lane's tinted halves, the value lines and the dashed neutral line."""
    lane = layout.lane(Lane.EMOTION)
    zero = layout.emotion_y(0)
    if lane is None or zero is None:
        return
    left = max(lane.label.right, window[0])
    right = min(lane.band.right, window[1])
    if right <= left:
        return
    band = lane.band
    pad.rect(Rect(left, band.y, right - left, zero - band.y), fill=palette.EMOTION_POSITIVE_TINT)
    pad.rect(Rect(left, zero, right - left, band.bottom - zero),
             fill=palette.EMOTION_NEGATIVE_TINT)
    if detail is Detail.FULL:
        for value in range(EMOTION_MIN, EMOTION_MAX + 1):
            y = layout.emotion_y(value)
            if value and y is not None:
                pad.line(Point(left, y), Point(right, y), palette.RULE, 0.6, dash=(2, 4))
    pad.line(Point(left, zero), Point(right, zero), palette.EMOTION_NEUTRAL_LINE, 1.2,
             dash=(6, 3))
