"""Several personas' emotion curves over one another in the emotion lane, with their key.

Each persona keeps a distinct colour and dash pattern, so that the curves differ for
readers with a colour-vision deficiency and on a grey photocopy too.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from cxdesigner.drawing import sizes
from cxdesigner.drawing.context import MapContext
from cxdesigner.drawing.detail import Detail
from cxdesigner.drawing.emotion import lane_background
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout import palette
from cxdesigner.layout.curves import smooth_segments
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.layout.map_layout import MapLayout
from cxdesigner.model import Journey, Lane, Persona

PERSONA_COLOURS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9",
                   "#000000")
"""Okabe–Ito colours, told apart with the common colour-vision deficiencies (yellow left out:
it does not show on white)."""

PERSONA_DASHES: tuple[tuple[float, ...], ...] = (
    (), (10.0, 4.0), (2.5, 3.5), (12.0, 3.5, 2.5, 3.5), (18.0, 5.0), (5.0, 5.0))
"""A dash pattern per persona, so that the curves also differ on a grey photocopy."""

LINE_WIDTH = 2.6
LEGEND_ROW = 16.0
LEGEND_SAMPLE = 26.0
CLOSE = 120.0
"""Colours nearer than this (weighted RGB distance, 0 … 765) read as the same colour."""


@dataclass(frozen=True)
class CurveStyle:
    """How one persona's curve is drawn."""

    persona_id: str
    name: str
    colour: str
    dashes: tuple[float, ...]


@dataclass(frozen=True)
class PersonaCurve:
    """One persona's curve on a map: its style, its runs of dots (split where an emotion
    is unset)."""

    style: CurveStyle
    runs: tuple[tuple[Point, ...], ...]

    @property
    def dots(self) -> list[Point]:
        return [point for run in self.runs for point in run]


def _rgb(colour: str) -> tuple[int, int, int]:
    value = int(colour[1:], 16)
    return (value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF


def colour_distance(first: str, second: str) -> float:
    """The "redmean" weighted RGB distance: cheap, and close to how far colours look apart."""
    (r1, g1, b1), (r2, g2, b2) = _rgb(first), _rgb(second)
    mean = (r1 + r2) / 2
    red, green, blue = r1 - r2, g1 - g2, b1 - b2
    return math.sqrt((2 + mean / 256) * red**2 + 4 * green**2
                     + (2 + (255 - mean) / 256) * blue**2)


def curve_styles(personas: Sequence[Persona]) -> list[CurveStyle]:
    """A distinct colour and dash pattern for each persona, in order.

    A persona keeps its own colour unless an earlier one of the list has (nearly) the same;
    it then takes the first unused colour of :data:`PERSONA_COLOURS`.
    """
    styles: list[CurveStyle] = []
    used: list[str] = []
    for index, persona in enumerate(personas):
        chosen = persona.colour.lower()
        if any(colour_distance(chosen, other) < CLOSE for other in used):
            chosen = next((c for c in PERSONA_COLOURS
                           if all(colour_distance(c, other) >= CLOSE for other in used)),
                          PERSONA_COLOURS[index % len(PERSONA_COLOURS)])
        used.append(chosen)
        styles.append(CurveStyle(persona.id, persona.name, chosen,
                                 PERSONA_DASHES[index % len(PERSONA_DASHES)]))
    return styles


def next_persona_colour(personas: Sequence[Persona]) -> str:
    """The first colour of :data:`PERSONA_COLOURS` that no persona has (a new persona's)."""
    taken = [persona.colour.lower() for persona in personas]
    return next((c for c in PERSONA_COLOURS
                 if all(colour_distance(c, t) >= CLOSE for t in taken)),
                PERSONA_COLOURS[len(personas) % len(PERSONA_COLOURS)])


def persona_curves(layout: MapLayout, journey: Journey,
                   personas: Sequence[Persona]) -> list[PersonaCurve]:
    """Each persona's curve along the map (a persona without emotions of its own follows
    the default ones)."""
    return [PersonaCurve(style, tuple(tuple(run) for run in
                                      layout.emotion_runs(journey, style.persona_id)))
            for style in curve_styles(personas)]


def draw_persona_curves(pad: Sketch, layout: MapLayout, curves: Sequence[PersonaCurve],
                        context: MapContext, chosen: str | None = None,
                        detail: Detail = Detail.FULL) -> None:
    """The lane's scale (the single curve's, without its dots), every persona's curve, and
    their key in the lane's label. ``chosen``: the persona in view, drawn bolder."""
    lane = layout.lane(Lane.EMOTION)
    if lane is None or not curves:
        return
    lane_background(pad, layout, detail=detail)
    width = LINE_WIDTH if detail is Detail.FULL else LINE_WIDTH * 1.6
    for curve in curves:
        bold = 1.5 if curve.style.persona_id == chosen else 1.0
        for run in curve.runs:
            if len(run) < 2:
                continue
            pad.curve(smooth_segments(list(run)), curve.style.colour, width * bold,
                      dash=curve.style.dashes)
    if detail is Detail.FULL:
        # Earlier personas get larger dots: where values coincide, the dots nest as rings
        # and every persona stays visible.
        count = len(curves)
        for index, curve in enumerate(curves):
            radius = 3.4 + 1.6 * (count - 1 - index)
            for dot in curve.dots:
                pad.circle(dot, radius, fill=curve.style.colour, stroke=palette.PAPER,
                           width=1.2, repeat=True)
    if detail is not Detail.FLAT:
        _key(pad, lane.label, curves, context, chosen)


def _key(pad: Sketch, label_box: Rect, curves: Sequence[PersonaCurve], context: MapContext,
         chosen: str | None) -> None:
    """The key in the lane's label box, under the lane's name: a line and a name each.

    The label box is where the eye looks for what the lane shows, and it is free of
    curves; first names keep it narrow ("Camille, maman active" reads "Camille").
    """
    fonts = pad.fonts
    label = Rect(label_box.x + 2, label_box.y + 2, label_box.width - 6, label_box.height - 4)
    pad.rect(label, fill=palette.LANE_LABEL_FILL, radius=4)
    pad.box(Rect(label.x + 8, label.y + 6, label.width - 14, 16), context.words.of(Lane.EMOTION),
            fonts.bold, sizes.LANE_LABEL, palette.LANE_LABEL_TEXT)
    room = label.height - 30
    row = min(LEGEND_ROW, room / max(1, len(curves)))
    sample = min(LEGEND_SAMPLE, label.width * 0.3)
    for index, curve in enumerate(curves):
        y = label.y + 26 + row * index + row / 2
        bold = curve.style.persona_id == chosen
        pad.line(Point(label.x + 6, y), Point(label.x + 6 + sample, y), curve.style.colour,
                 LINE_WIDTH * (1.5 if bold else 1.0), dash=curve.style.dashes)
        name = curve.style.name.split(",")[0].strip() or curve.style.name
        pad.box(Rect(label.x + sample + 10, y - row / 2, label.width - sample - 14, row), name,
                fonts.bold if bold else fonts.regular, (11.0, 10.0, 9.0, 8.0), palette.INK,
                valign="middle")
