"""A map sheet (or poster): title block on top, the map scaled in the middle, legend below.

A sheet cut from a longer map also carries a navigation band under its title block (see
:mod:`cxdesigner.export.navigation`). The legend is a compact strip whose text is the size
of the map's own smallest text as printed (never below the smallest size allowed).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import NamedTuple

from cxdesigner.drawing.fonts import FontSet
from cxdesigner.drawing.legend import (
    ITEM_SIZE,
    SYMBOL_GAP,
    TITLE_SIZE,
    LegendPlan,
    plan_legend,
)
from cxdesigner.drawing.map import MapDrawing
from cxdesigner.drawing.primitives import Primitive
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.export import title_block
from cxdesigner.export.ink import Ink
from cxdesigner.export.labels import Labels
from cxdesigner.export.legibility import TextMeasure
from cxdesigner.export.options import MIN_LINE, MM, ExportError
from cxdesigner.export.printed_map import PrintedMap
from cxdesigner.export.strips import (
    MapPlacement,
    place_strips,
    plan_strips,
    stacked_extent,
    stacked_size,
    strip_ranges,
)
from cxdesigner.export.title_block import TitleInfo, draw_title_block
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.layout.map_layout import MapLayout

A3_SHORT = 297 * MM
FOOTER = 9.0
"""Height of the footer line at unit 1."""
GAP = 8.0
"""Space between the title block, the map and the legend at unit 1."""
NAV = 18.0
"""Height of a cut page's navigation band at unit 1."""
NAV_TEXT = 7.0
"""Size of the navigation band's text at unit 1."""


def sheet_unit(width: float, height: float) -> float:
    """How much larger than on an office sheet the furniture of a sheet is drawn: 1 up to
    A3, then growing for the wall (A2 1.3, A1 1.7, A0 2.2)."""
    return float(min(3.0, max(1.0, (min(width, height) / A3_SHORT) ** 0.75)))


def nav_text(unit: float, min_text: float) -> float:
    """The navigation band's text size on a sheet of ``unit``."""
    return max(min_text, NAV_TEXT * unit)


@dataclass(frozen=True)
class Frame:
    """The parts of a map sheet around its map, in points from the sheet's top-left corner."""

    width: float
    height: float
    unit: float
    margin: float
    header: Rect
    nav: Rect | None
    area: Rect
    legend: LegendPlan | None
    legend_at: Point
    """The legend's top-left corner."""
    legend_beside: bool
    """Whether the legend is a column right of the map (else a band below it)."""
    footer: Rect


@dataclass(frozen=True)
class SheetPlan:
    """A planned map sheet: its frame and where the map goes in it."""

    frame: Frame
    placement: MapPlacement

    @property
    def width(self) -> float:
        return self.frame.width

    @property
    def height(self) -> float:
        return self.frame.height

    def content(self, layout_height: float, fonts: FontSet) -> list[Rect]:
        """Where the sheet prints something: its title block, map strips, the legend's words
        and symbols, the footer's words (the rules between them apart)."""
        frame, placement = self.frame, self.placement
        s = placement.scale
        footer = frame.footer
        found = [frame.header, Rect(footer.x, footer.y, footer.width * 0.7, footer.height)]
        if frame.nav is not None:
            found.append(frame.nav)
        for strip in placement.strips:
            left = strip.x - (placement.label_width * s if strip.labels else 0.0)
            right = strip.x + (strip.end - strip.start) * s
            found.append(Rect(left, strip.top, right - left, layout_height * s))
        if frame.legend is not None:
            at = frame.legend_at
            found.append(Rect(at.x, at.y, legend_width(frame.legend, fonts), frame.legend.height))
        return found


def legend_width(legend: LegendPlan, fonts: FontSet) -> float:
    """How wide the legend prints: to the end of its longest title or label."""
    u = legend.unit
    pad = Sketch(fonts)
    ends = [x + pad.width(title, fonts.bold, TITLE_SIZE * u) for title, x, _ in legend.titles]
    ends += [placed.x + (placed.item.width + SYMBOL_GAP) * u
             + pad.width(placed.item.label, fonts.regular, ITEM_SIZE * u)
             for placed in legend.items]
    return max(ends, default=0.0)


def legend_text(scale: float, smallest: float, min_text: float) -> float:
    """The legend's text size: the map's smallest text as printed, never below the floor."""
    return min_text if math.isinf(smallest) else max(min_text, smallest * scale)


def _legend(fonts: FontSet, labels: Labels, width: float, text: float | None,
            blueprint: bool) -> LegendPlan | None:
    return None if text is None else plan_legend(Sketch(fonts), labels, width, text / ITEM_SIZE,
                                                 blueprint)


def frame(fonts: FontSet, labels: Labels, page: tuple[float, float], legend: float | None,
          nav: float | None = None, unit: float | None = None, *, blueprint: bool) -> Frame:
    """The sheet's parts top to bottom: title block, navigation band (with ``nav``, its
    text size), the map's area, the legend (with ``legend``, its text size; ``blueprint``:
    with the service blueprint's group) and the footer."""
    width, height = page
    u = unit if unit is not None else sheet_unit(width, height)
    margin = 10 * MM * u
    content = width - 2 * margin
    header = Rect(margin, margin, content, title_block.block_height(content, u))
    top = header.bottom + GAP * u
    band: Rect | None = None
    if nav is not None:
        band = Rect(margin, top, content, max(NAV * u, nav * 2.4))
        top = band.bottom + GAP * u
    footer = Rect(margin, height - margin - FOOTER * u, content, FOOTER * u)
    bottom = footer.y - GAP * u
    plan = _legend(fonts, labels, content, legend, blueprint)
    legend_height = 0.0 if plan is None else plan.height + GAP * u
    area = Rect(margin, top, content, max(1.0, bottom - legend_height - top))
    return Frame(width, height, u, margin, header, band, area, plan,
                 Point(margin, bottom - legend_height + GAP * u), False, footer)


def _beside(fonts: FontSet, labels: Labels, base: Frame, text: float,
            blueprint: bool) -> Frame | None:
    """``base`` with its legend as a column right of the map, if the column holds it."""
    u = base.unit
    column = min(base.area.width * 0.3, 250 * u)
    plan = _legend(fonts, labels, column, text, blueprint)
    assert plan is not None
    top = base.area.y
    bottom = base.footer.y - GAP * u
    area = Rect(base.margin, top, base.area.width - column - 2 * GAP * u, bottom - top)
    if plan.height > area.height:
        return None
    return Frame(base.width, base.height, u, base.margin, base.header, base.nav, area, plan,
                 Point(area.right + 2 * GAP * u, top), True, base.footer)


def plan_one_sheet(fonts: FontSet, labels: Labels, layout: MapLayout, page: tuple[float, float],
                   scale: float | None, strips: int | None, with_legend: bool, smallest: float,
                   min_text: float) -> SheetPlan:
    """A sheet of size ``page``; the map fitted into it (in strips if that prints it larger),
    or at ``scale`` if it fits.

    The legend goes below the map, or beside it when that leaves the map larger (a short
    journey on a landscape sheet).
    """
    text = min_text if with_legend else None
    blueprint = layout.blueprint is not None
    base = frame(fonts, labels, page, text, blueprint=blueprint)
    if scale is not None:
        need_w, need_h = stacked_size(layout, strips or 1)
        area = base.area
        if with_legend:
            base = frame(fonts, labels, page, legend_text(scale, smallest, min_text),
                         blueprint=blueprint)
            area = base.area
        if need_w * scale > area.width * 1.0001 or need_h * scale > area.height * 1.0001:
            raise ExportError(
                f"at {scale:.0%} the map needs {need_w * scale / MM:.0f} \u00d7 "
                f"{need_h * scale / MM:.0f} mm and only {area.width / MM:.0f} \u00d7 "
                f"{area.height / MM:.0f} mm of the sheet are free: use --fit, a larger "
                "--paper, a smaller --scale, or --tile A4 to print a poster.")
        return SheetPlan(base, plan_strips(layout, base.area, layout.journey_id, strips, scale))
    placement = plan_strips(layout, base.area, layout.journey_id, strips, None)
    if not with_legend:
        return SheetPlan(base, placement)
    # The legend follows the map's printed size, which follows the room the legend leaves.
    text = legend_text(placement.scale, smallest, min_text)
    below = frame(fonts, labels, page, text, blueprint=blueprint)
    best = SheetPlan(below, plan_strips(layout, below.area, layout.journey_id, strips, None))
    beside = _beside(fonts, labels, below, text, blueprint)
    if beside is not None:
        side = plan_strips(layout, beside.area, layout.journey_id, strips, None)
        if side.scale >= best.placement.scale * 1.05:
            best = SheetPlan(beside, side)
    return best


def plan_poster(fonts: FontSet, labels: Labels, layout: MapLayout, scale: float,
                strips: int | None, with_legend: bool, smallest: float,
                min_text: float) -> SheetPlan:
    """A poster as large as the map at ``scale`` plus its title block and legend."""
    u = max(1.0, min(3.0, scale))
    margin = 10 * MM * u
    # The strips are cut once, then placed: a summary tries a poster of every strip count.
    ranges = strip_ranges(layout, strips or 1)
    map_width, map_height = (side * scale for side in stacked_extent(layout, ranges))
    content = max(map_width, 160 * MM * u)
    width = content + 2 * margin
    legend = _legend(fonts, labels, content,
                     legend_text(scale, smallest, min_text) if with_legend else None,
                     layout.blueprint is not None)
    legend_height = 0.0 if legend is None else legend.height + GAP * u
    header = Rect(margin, margin, content, title_block.block_height(content, u))
    area = Rect(margin, header.bottom + GAP * u, content, map_height)
    height = area.bottom + GAP * u + legend_height + FOOTER * u + margin
    footer = Rect(margin, height - margin - FOOTER * u, content, FOOTER * u)
    placement = place_strips(layout, area, layout.journey_id, ranges, scale)
    return SheetPlan(Frame(width, height, u, margin, header, None, area, legend,
                           Point(margin, area.bottom + GAP * u), False, footer), placement)


def _paint(parts: tuple[Primitive, ...], ink: Ink) -> None:
    ink.paint(parts)


def _legend_at_origin(legend: LegendPlan, ink: Ink) -> None:
    pad = Sketch(ink.fonts)
    legend.draw(pad, 0.0, 0.0)
    ink.paint(pad.take())


FooterDraw = Callable[[Ink, Rect, float], None]
"""Draws the footer line: ``(ink, footer rectangle, unit)``."""
NavDraw = Callable[[Ink, Rect], None]
"""Draws a cut page's navigation band in its rectangle."""


class SheetText(NamedTuple):
    """The smallest text of a sheet as printed, in points (inf: none)."""

    map: float
    """On the map."""
    furniture: float
    """Around it: the title block, the navigation band, the legend and the footer."""


def draw_sheet(ink: Ink, plan: SheetPlan, context: PrintedMap, drawing: MapDrawing,
               info: TitleInfo, footer: FooterDraw, nav: NavDraw | None = None) -> SheetText:
    """Draw a planned sheet (``ink`` spans the whole sheet); returns the size of its
    smallest text as printed, on the map and around it."""
    frame = plan.frame
    u = frame.unit
    canvas = ink.canvas
    furniture = TextMeasure()
    # The title block and the legend are the same on every page of a journey: forms.
    header = frame.header
    with canvas.texts.measuring(furniture):
        ink.stamp(("title", info, context.labels.language, u), header,
                  lambda local: draw_title_block(local, Rect(0.0, 0.0, header.width,
                                                             header.height),
                                                 info, context.labels, u, context.elisions))
    rule_y = frame.header.bottom + GAP * u / 2
    ink.line(Point(frame.margin, rule_y), Point(frame.width - frame.margin, rule_y),
             palette.RULE, 0.6 * u)
    if nav is not None and frame.nav is not None:
        with canvas.texts.measuring(furniture):
            nav(ink, frame.nav)

    placement, layout = plan.placement, context.layout
    scale = placement.scale
    # The map's smallest text is measured as it is printed, as the furniture's is, rather
    # than by walking every window's primitives again.
    on_map = TextMeasure()
    for start, end, x, top in placement.windows():
        repeated = start == 0.0 and end == placement.label_width
        parts = drawing.draw((start, end))
        canvas.saveState()
        clip = canvas.beginPath()
        clip.rect(x, frame.height - top - layout.height * scale, (end - start) * scale,
                  layout.height * scale)
        canvas.clipPath(clip, stroke=0, fill=0)
        canvas.translate(x - start * scale, frame.height - top - layout.height * scale)
        canvas.scale(scale, scale)
        map_ink = Ink(canvas, layout.height, ink.fonts, MIN_LINE / scale, scale * ink.scale)
        with canvas.texts.measuring(on_map):
            if repeated:
                # The lane names repeated left of every strip: drawn once as a form.
                map_ink.stamp(("lane-names", layout.journey_id, end, layout.height),
                              Rect(0.0, 0.0, end, layout.height), partial(_paint, parts))
            else:
                map_ink.paint(parts)
        canvas.restoreState()

    if frame.legend is not None:
        at = frame.legend_at
        if frame.legend_beside:
            x = at.x - GAP * u
            ink.line(Point(x, frame.area.y), Point(x, frame.area.bottom), palette.RULE, 0.6 * u)
        else:
            y = at.y - GAP * u / 2
            ink.line(Point(frame.margin, y), Point(frame.width - frame.margin, y), palette.RULE,
                     0.6 * u)
        legend = frame.legend
        with canvas.texts.measuring(furniture):
            ink.stamp(("legend", legend), Rect(at.x, at.y, frame.width - frame.margin - at.x,
                                               legend.height),
                      partial(_legend_at_origin, legend))
    with canvas.texts.measuring(furniture):
        footer(ink, frame.footer, u)
    return SheetText(on_map.smallest, furniture.smallest)
