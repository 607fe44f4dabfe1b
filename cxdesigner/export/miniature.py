"""A map sheet drawn small and without words: its title block, stages, cards and legend.

The assembly plan shows the whole poster on one office sheet; its words would print far
below any readable size, so the miniature keeps only the shapes that let a reader find
where each sheet goes.
"""

from __future__ import annotations

from cxdesigner.drawing.sketch import Sketch
from cxdesigner.export.sheet import SheetPlan
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Rect
from cxdesigner.layout.map_layout import MapLayout

FADED = 0.55
"""How much paper is mixed into the stage colours of the miniature."""


def draw_miniature(pad: Sketch, at: Rect, factor: float, plan: SheetPlan,
                   layout: MapLayout) -> None:
    """The sheet of ``plan`` with its top-left corner at ``at``'s, ``factor`` page points per
    sheet point."""

    def page(rect: Rect) -> Rect:
        return Rect(at.x + rect.x * factor, at.y + rect.y * factor, rect.width * factor,
                    rect.height * factor)

    frame, placement = plan.frame, plan.placement
    pad.rect(page(frame.header), fill=palette.LANE_LABEL_FILL)
    if frame.legend is not None:
        legend = Rect(frame.legend_at.x, frame.legend_at.y,
                      frame.width - frame.margin - frame.legend_at.x, frame.legend.height)
        pad.rect(page(legend), fill=palette.mix(palette.LANE_LABEL_FILL, palette.PAPER, 0.5))
    s = placement.scale
    cards = sorted(layout.touchpoints.values(), key=lambda box: box.card.x)
    for strip in placement.strips:
        def on_sheet(rect: Rect, start: float, x: float, top: float = strip.top) -> Rect:
            return page(Rect(x + (rect.x - start) * s, top + rect.y * s, rect.width * s,
                             rect.height * s))

        label_x = strip.x - placement.label_width * s if strip.labels else strip.x
        for lane in layout.lanes:
            pad.rect(on_sheet(lane.label, 0.0, label_x), fill=palette.LANE_LABEL_FILL)
        for stage in layout.stages:
            left, right = max(stage.header.x, strip.start), min(stage.header.right, strip.end)
            if right - left < 1:
                continue
            header = Rect(left, stage.header.y, right - left, stage.header.height)
            colour = palette.mix(palette.stage_header_colour(stage.index), palette.PAPER, FADED)
            pad.rect(on_sheet(header, strip.start, strip.x), fill=colour)
        for box in cards:
            if strip.start <= box.card.center.x < strip.end:
                pad.rect(on_sheet(box.card, strip.start, strip.x), fill=palette.CARD_BORDER)
