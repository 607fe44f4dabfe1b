"""The map's backdrop: lane bands with their labels, the service blueprint's rows and lines,
stage separators and stage headers."""

from __future__ import annotations

from cxdesigner.drawing import blueprint, pictures, sizes
from cxdesigner.drawing.context import MapContext
from cxdesigner.drawing.detail import Detail
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.layout.map_layout import MapLayout
from cxdesigner.model import EMOTION_MAX, EMOTION_MIN, Lane, MapImage

Window = tuple[float, float]
"""A range of map x: only what lies in it is drawn (the caller clips to it)."""

EVERYWHERE: Window = (float("-inf"), float("inf"))


def backdrop(pad: Sketch, layout: MapLayout, context: MapContext, labelled: bool = True,
             window: Window = EVERYWHERE, detail: Detail = Detail.FULL,
             column_covered: bool = False) -> None:
    """The paper, the lanes and the rules between stages: what everything else sits on.

    Every stage but the first names the blueprint's lines at its start, the lane-label
    column naming them for the first; ``column_covered``: that column is hidden under
    another (the presentation's), so the first stage names them too."""
    pad.rect(layout.bounds, fill=palette.PAPER)
    lanes(pad, layout, context, labelled, detail)
    stage_separators(pad, layout, window)
    if layout.blueprint is not None and detail is not Detail.FLAT:
        for stage in layout.stages[0 if column_covered else 1:]:
            if window[0] <= stage.column.x < window[1]:
                blueprint.line_names_at(pad, layout, stage.column.x, context)


def lanes(pad: Sketch, layout: MapLayout, context: MapContext, labelled: bool = True,
          detail: Detail = Detail.FULL) -> None:
    """Every visible lane's band across the map and, when ``labelled``, its label."""
    for index, lane in enumerate(layout.lanes):
        pad.rect(lane.band, fill=palette.lane_band_fill(index), stroke=palette.RULE, width=0.5)
    blueprint.rows(pad, layout)
    if labelled:
        lane_labels(pad, layout, context, detail)


def lane_labels(pad: Sketch, layout: MapLayout, context: MapContext,
                detail: Detail = Detail.FULL) -> None:
    """The label of every visible lane (and of the blueprint's rows and lines), in the column
    at the map's left."""
    blueprint.row_labels(pad, layout, context, detail)
    fonts = pad.fonts
    for lane in layout.lanes:
        label = Rect(lane.label.x + 2, lane.label.y + 2, lane.label.width - 6,
                     lane.label.height - 4)
        pad.rect(label, fill=palette.LANE_LABEL_FILL, radius=4)
        if detail is Detail.FLAT:
            continue
        name = context.words.of(lane.lane)
        if lane.lane is Lane.EMOTION:
            # The scale sits at the right of the label, level with the curve's values.
            pad.box(Rect(label.x + 8, label.y + 6, label.width - 34, label.height - 12), name,
                    fonts.bold, sizes.LANE_LABEL, palette.LANE_LABEL_TEXT, valign="top")
            for value in (EMOTION_MAX, 0, EMOTION_MIN):
                y = layout.emotion_y(value)
                if y is not None:
                    pad.text(label.right - 6, y + sizes.EMOTION_SCALE * 0.35,
                             context.words.signed(value), fonts.bold, sizes.EMOTION_SCALE,
                             palette.INK_MUTED, align="right")
        else:
            pad.box(label.inset(8, 4), name, fonts.bold, sizes.LANE_LABEL,
                    palette.LANE_LABEL_TEXT, valign="middle")


def stage_separators(pad: Sketch, layout: MapLayout, window: Window = EVERYWHERE) -> None:
    """A dashed rule between two stages, down the lanes and the blueprint's rows."""
    bands = [lane.band for lane in layout.lanes]
    if layout.blueprint is not None:
        bands += [band.band for band in layout.blueprint.bands]
    if not bands:
        return
    top, bottom = bands[0].y, bands[-1].bottom
    for stage in layout.stages[1:]:
        x = stage.column.x
        if window[0] <= x < window[1]:
            pad.line(Point(x, top), Point(x, bottom), palette.STAGE_SEPARATOR, 1.0, dash=(3, 2))


def header_band(width: float, height: float) -> Rect:
    """The coloured band of a stage header of this size, in the header's own space."""
    return Rect(1.5, 0.0, max(0.0, width - 3), max(0.0, height - 4))


HEADER_PICTURE_WIDTH = 56.0
"""The most a stage's picture takes of its header, at the right."""


def header_picture_area(width: float, height: float, count: int) -> Rect:
    """Where a stage's picture goes in its header (left of the card count, if shown)."""
    band = header_band(width, height)
    right = band.right - (40 if count and band.width > 120 else 6)
    return Rect(right - HEADER_PICTURE_WIDTH, band.y + 4, HEADER_PICTURE_WIDTH,
                max(0.0, band.height - 8))


def stage_header(pad: Sketch, width: float, height: float, name: str, index: int,
                 count: int, context: MapContext, detail: Detail = Detail.FULL,
                 with_text: bool = True, image: MapImage | None = None) -> None:
    """A stage's header in its own space (0, 0 at its top-left): colour, name, card count
    and picture; ``with_text`` False leaves room for the name being typed over it."""
    band = header_band(width, height)
    colour = palette.stage_header_colour(index)
    pad.rect(band, fill=colour, radius=5)
    if detail is Detail.FLAT:
        return
    placed = None
    if image is not None and detail is Detail.FULL and band.width > 2 * HEADER_PICTURE_WIDTH:
        placed = pictures.picture(pad, header_picture_area(width, height, count), image)
    if not with_text:
        return
    fonts = pad.fonts
    text = band.inset(12, 4)
    if placed is not None:
        text = Rect(text.x, text.y, max(0.0, placed.x - 6 - text.x), text.height)
    if count and detail is Detail.FULL and band.width > 120:
        badge = Rect(band.right - 34, band.center.y - 9, 24, 18)
        pad.rect(badge, fill=palette.mix(colour, palette.PAPER, 0.25), radius=9)
        pad.box(badge, str(count), fonts.bold, (sizes.STAGE_COUNT,), palette.STAGE_HEADER_TEXT,
                align="centre", valign="middle")
        text = Rect(text.x, text.y, min(text.right, badge.x - 6) - text.x, text.height)
    stage_sizes = sizes.STAGE_NAME if detail is Detail.FULL else sizes.STAGE_NAME[:1]
    fitted = pad.box(text, name, fonts.bold, stage_sizes, palette.STAGE_HEADER_TEXT,
                     valign="middle")
    if fitted.elided:
        context.elisions.add(context.where(context.words["scope_stage"]), name)
