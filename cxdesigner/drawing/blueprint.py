"""The service blueprint as drawn: its rows and labelled lines, its items and its arrows.

An item is a card with its row's colour along its left edge, its title and its owner; a
failure point (an item that causes a pain point) has a red border and a red octagon. An
arrow goes from an item to what it serves; where work changes hands between two owners it
carries the hand-off badge of the customer's flows.
"""

from __future__ import annotations

from cxdesigner.drawing import sizes, symbols
from cxdesigner.drawing.context import MapContext
from cxdesigner.drawing.detail import Detail
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout import palette
from cxdesigner.layout.blueprint import BlueprintLayout, BlueprintLinePlace, BlueprintRoute
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.layout.map_layout import MapLayout
from cxdesigner.model import BlueprintItem

LINE_WIDTH = 1.4
ARROW_WIDTH = 1.3
ACCENT_WIDTH = 5.0
RADIUS = 5.0
FAILURE_SIZE = 15.0
ITEM_TITLE = (12.0, 11.0, 10.0, 9.0)
ITEM_OWNER = (10.0, 9.0)
LINE_NAME = (9.0, 8.5, 8.0, 7.5, 7.0)
"""A line's name, in the lane-label column and at the start of each stage."""

LINE_WORDS = {"interaction": "line_interaction", "visibility": "line_visibility",
              "internal": "line_internal"}


def rows(pad: Sketch, layout: MapLayout) -> None:
    """The blueprint's rows across the map (their labels: :func:`row_labels`)."""
    blueprint = layout.blueprint
    if blueprint is None:
        return
    for band in blueprint.bands:
        pad.rect(band.band, fill=palette.BLUEPRINT_BAND_FILLS[band.layer], stroke=palette.RULE,
                 width=0.5)
    for line in blueprint.lines:
        symbols.blueprint_line(pad, Point(line.left, line.y), Point(line.right, line.y),
                               line.line.value, LINE_WIDTH)


def row_labels(pad: Sketch, layout: MapLayout, context: MapContext,
               detail: Detail = Detail.FULL) -> None:
    """The name of each row and each line, in the lane-label column."""
    blueprint = layout.blueprint
    if blueprint is None:
        return
    fonts = pad.fonts
    for band in blueprint.bands:
        label = Rect(band.label.x + 2, band.label.y + 2, band.label.width - 6,
                     band.label.height - 4)
        pad.rect(label, fill=palette.mix(palette.BLUEPRINT_ITEM_ACCENTS[band.layer],
                                         palette.PAPER, 0.8), radius=4)
        if detail is not Detail.FLAT:
            pad.box(label.inset(8, 4), context.words.of(band.layer), fonts.bold,
                    sizes.LANE_LABEL, palette.LANE_LABEL_TEXT, valign="middle")
    if detail is Detail.FLAT:
        return
    for line in blueprint.lines:
        metrics = layout.metrics
        _line_name(pad, line, Rect(line.left + 2, line.y - metrics.blueprint_line_gap / 2 + 1,
                                   metrics.lane_label_width - 6,
                                   metrics.blueprint_line_gap / 2 - 2), context)


def _line_name(pad: Sketch, line: BlueprintLinePlace, box: Rect, context: MapContext) -> None:
    name = context.words[LINE_WORDS[line.line.value]]
    fitted = pad.box(box, name, pad.fonts.bold_italic, LINE_NAME, palette.BLUEPRINT_LINE,
                     valign="bottom")
    if fitted.elided:
        context.elisions.add(context.where(context.words["blueprint"]), name)


def line_names_at(pad: Sketch, layout: MapLayout, x: float, context: MapContext) -> None:
    """The name of each line just above it from ``x`` (the start of a stage), so that a long
    map, or a strip of it, says which line is which."""
    blueprint = layout.blueprint
    if blueprint is None:
        return
    metrics = layout.metrics
    for line in blueprint.lines:
        _line_name(pad, line, Rect(x + metrics.slot_gap / 2, line.y - metrics.blueprint_line_gap
                                   / 2 + 1, metrics.card_width,
                                   metrics.blueprint_line_gap / 2 - 2), context)


def item(pad: Sketch, entity: BlueprintItem, width: float, height: float, failing: bool,
         context: MapContext, detail: Detail = Detail.FULL, with_text: bool = True) -> None:
    """An item in its own space (0, 0 at its top-left); ``failing``: it causes a pain point."""
    accent = palette.BLUEPRINT_ITEM_ACCENTS[entity.layer]
    if detail is Detail.FLAT:
        pad.rect(Rect(0.0, 0.0, width, height), fill=accent)
        return
    border = palette.FAILURE if failing else palette.CARD_BORDER
    pad.rect(Rect(0.5, 0.5, width - 1, height - 1), fill=palette.CARD_FILL, stroke=border,
             width=1.8 if failing else 1.0, radius=RADIUS)
    pad.rect(Rect(2.0, 2.0, ACCENT_WIDTH, height - 4), fill=accent, radius=ACCENT_WIDTH / 2)
    right = 8.0
    if failing:
        symbols.failure(pad, Point(width - 4 - FAILURE_SIZE / 2, 4 + FAILURE_SIZE / 2),
                        FAILURE_SIZE)
        right = FAILURE_SIZE + 8
    if not with_text:
        return
    fonts = pad.fonts
    left = ACCENT_WIDTH + 8
    owner = entity.owner.strip()
    owner_height = sizes.CELL_TEXT[-1] * 1.25 + 2 if owner and detail is Detail.FULL else 0.0
    area = Rect(left, 4.0, max(0.0, width - left - right),
                max(0.0, height - 8 - owner_height))
    where = context.where(context.words["blueprint"], entity.title)
    title_sizes = ITEM_TITLE if detail is Detail.FULL else ITEM_TITLE[:1]
    fitted = pad.box(area, entity.title, fonts.bold, title_sizes, palette.CARD_TITLE)
    if fitted.elided:
        context.elisions.add(where, entity.title)
    if owner_height:
        box = Rect(left, height - 4 - owner_height, max(0.0, width - left - 8), owner_height)
        fitted = pad.box(box, owner, fonts.regular, ITEM_OWNER, palette.INK_MUTED,
                         valign="bottom")
        if fitted.elided:
            context.elisions.add(f"{where} · {context.words['owner']}", owner)


def arrow(pad: Sketch, route: BlueprintRoute, detail: Detail = Detail.FULL) -> None:
    """An arrow of the blueprint in map coordinates, with its hand-off badge."""
    width = ARROW_WIDTH if detail is Detail.FULL else ARROW_WIDTH * 2
    symbols.blueprint_arrow(pad, route.points, width)
    if route.handoff and detail is not Detail.FLAT:
        symbols.handoff(pad, symbols.midpoint(route.points), sizes.FLOW_BADGE)


def arrows(pad: Sketch, blueprint: BlueprintLayout, detail: Detail = Detail.FULL) -> None:
    """Every arrow of the blueprint, in map coordinates."""
    for route in blueprint.routes:
        arrow(pad, route, detail)
