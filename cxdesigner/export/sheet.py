"""A map sheet (or poster): title block on top, the map scaled in the middle, legend below."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cxdesigner.drawing.legend import LegendPlan, plan_legend
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.export import title_block
from cxdesigner.export.ink import Ink
from cxdesigner.export.labels import Labels
from cxdesigner.export.options import MM, ExportError
from cxdesigner.export.printed_map import PrintedMap
from cxdesigner.export.strips import MapPlacement, plan_strips, stacked_size
from cxdesigner.export.title_block import TitleInfo, draw_title_block
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.layout.map_layout import MapLayout

A4_SHORT = 210 * MM
FOOTER = 11.0
"""Height of the footer line at unit 1."""
GAP = 12.0
"""Space between the title block, the map and the legend at unit 1."""


@dataclass(frozen=True)
class SheetPlan:
    """The parts of a map sheet, in points from its top-left corner."""

    width: float
    height: float
    unit: float
    margin: float
    header: Rect
    map_area: Rect
    legend: LegendPlan | None
    legend_at: Point
    """The legend's top-left corner."""
    legend_beside: bool
    """Whether the legend is a column right of the map (else a band below it)."""
    placement: MapPlacement


def sheet_unit(width: float, height: float) -> float:
    """How much larger than on A4 the furniture of a sheet is drawn (A3 1.3, A0 2.8)."""
    return float(min(3.0, max(1.0, (min(width, height) / A4_SHORT) ** 0.75)))


def _legend(ink: Ink, labels: Labels, width: float, unit: float,
            with_legend: bool, blueprint: bool) -> tuple[LegendPlan | None, float]:
    if not with_legend:
        return None, 0.0
    plan = plan_legend(Sketch(ink.fonts), labels, width, unit, blueprint)
    return plan, plan.height + GAP * unit


def plan_fixed_sheet(ink: Ink, labels: Labels, layout: MapLayout, page: tuple[float, float],
                     scale: float | None, strips: int | None, with_legend: bool) -> SheetPlan:
    """A sheet of size ``page``; the map fitted into it (in strips if that prints it larger),
    or at ``scale`` if it fits.

    The legend goes below the map, or beside it when that leaves the map larger (a short
    journey on a landscape sheet).
    """
    width, height = page
    u = sheet_unit(width, height)
    margin = 10 * MM * u
    content = width - 2 * margin
    header = Rect(margin, margin, content, title_block.block_height(content, u))
    area_top = header.bottom + GAP * u
    bottom = height - margin - FOOTER * u - GAP * u
    blueprint = layout.blueprint is not None
    legend, legend_height = _legend(ink, labels, content, u, with_legend, blueprint)
    area = Rect(margin, area_top, content, max(1.0, bottom - legend_height - area_top))
    if scale is not None:
        need_w, need_h = stacked_size(layout, strips or 1)
        if need_w * scale > area.width * 1.0001 or need_h * scale > area.height * 1.0001:
            raise ExportError(
                f"at {scale:.0%} the map needs {need_w * scale / MM:.0f} \u00d7 "
                f"{need_h * scale / MM:.0f} mm and only {area.width / MM:.0f} \u00d7 "
                f"{area.height / MM:.0f} mm of the sheet are free: use --fit, a larger --paper, "
                "a smaller --scale, or --tile A4 to print a poster.")
    placement = plan_strips(layout, area, layout.journey_id, strips, scale)
    plan = SheetPlan(width, height, u, margin, header, area, legend,
                     Point(margin, bottom + GAP * u - legend_height), False, placement)
    if legend is None or scale is not None:
        return plan
    column = min(content * 0.3, 250 * u)
    beside = plan_legend(Sketch(ink.fonts), labels, column, u, blueprint)
    side_area = Rect(margin, area_top, content - column - 2 * GAP * u, bottom - area_top)
    if beside.height > side_area.height:
        return plan
    side_placement = plan_strips(layout, side_area, layout.journey_id, strips, None)
    if side_placement.scale < placement.scale * 1.05:
        return plan
    return SheetPlan(width, height, u, margin, header, side_area, beside,
                     Point(side_area.right + 2 * GAP * u, area_top), True, side_placement)


def plan_poster(ink: Ink, labels: Labels, layout: MapLayout, scale: float, strips: int | None,
                with_legend: bool) -> SheetPlan:
    """A poster as large as the map at ``scale`` plus its title block and legend."""
    u = max(1.0, min(3.0, scale))
    margin = 10 * MM * u
    map_width, map_height = (side * scale for side in stacked_size(layout, strips or 1))
    content = max(map_width, 160 * MM * u)
    width = content + 2 * margin
    blueprint = layout.blueprint is not None
    legend, legend_height = _legend(ink, labels, content, u, with_legend, blueprint)
    header = Rect(margin, margin, content, title_block.block_height(content, u))
    area = Rect(margin, header.bottom + GAP * u, content, map_height)
    height = area.bottom + GAP * u + legend_height + FOOTER * u + margin
    placement = plan_strips(layout, area, layout.journey_id, strips, scale)
    return SheetPlan(width, height, u, margin, header, area, legend,
                     Point(margin, area.bottom + GAP * u), False, placement)


FooterDraw = Callable[[Ink, Rect, float], None]
"""Draws the footer line: ``(ink, footer rectangle, unit)``."""


def draw_sheet(ink: Ink, plan: SheetPlan, context: PrintedMap, info: TitleInfo,
               footer: FooterDraw) -> None:
    """Draw a planned sheet; ``ink`` spans the whole sheet."""
    u = plan.unit
    canvas = ink.canvas
    draw_title_block(ink, plan.header, info, context.labels, u, context.elisions)
    rule_y = plan.header.bottom + GAP * u / 2
    ink.line(Point(plan.margin, rule_y), Point(plan.width - plan.margin, rule_y), palette.RULE,
             0.6 * u)

    placement, layout = plan.placement, context.layout
    scale = placement.scale
    drawing = context.drawing(ink.fonts)
    for strip in placement.strips:
        windows = [(strip.start, strip.end, strip.x)]
        if strip.labels:
            windows.append((0.0, placement.label_width, strip.x - placement.label_width * scale))
        for start, end, x in windows:
            canvas.saveState()
            clip = canvas.beginPath()
            clip.rect(x, plan.height - strip.top - layout.height * scale, (end - start) * scale,
                      layout.height * scale)
            canvas.clipPath(clip, stroke=0, fill=0)
            canvas.translate(x - start * scale, plan.height - strip.top - layout.height * scale)
            canvas.scale(scale, scale)
            Ink(canvas, layout.height, ink.fonts).paint(drawing.draw((start, end)))
            canvas.restoreState()

    if plan.legend is not None:
        at = plan.legend_at
        if plan.legend_beside:
            x = at.x - GAP * u
            ink.line(Point(x, plan.map_area.y), Point(x, plan.map_area.bottom), palette.RULE,
                     0.6 * u)
        else:
            y = at.y - GAP * u / 2
            ink.line(Point(plan.margin, y), Point(plan.width - plan.margin, y), palette.RULE,
                     0.6 * u)
        legend = Sketch(ink.fonts)
        plan.legend.draw(legend, at.x, at.y)
        ink.paint(legend.take())
    footer(ink, Rect(plan.margin, plan.height - plan.margin - FOOTER * u,
                     plan.width - 2 * plan.margin, FOOTER * u), u)
