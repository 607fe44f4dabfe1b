"""The map drawn small for its overview: lanes, stage headers, cards and notes as plain fills.

Drawn from the layout's geometry alone, with the cards of a stage that would touch at the
overview's scale joined into one fill, so that its cost follows the overview's few hundred
pixels rather than the map's thousands of cards.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from cxdesigner.drawing import backdrop
from cxdesigner.drawing.backdrop import EVERYWHERE, Window
from cxdesigner.drawing.context import MapContext
from cxdesigner.drawing.detail import Detail
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Rect
from cxdesigner.layout.map_layout import MapLayout
from cxdesigner.model import Journey

BLUEPRINT_ITEM_FILL = palette.INK_MUTED


def note_colours(journey: Journey | None) -> dict[str, str]:
    """Each sticky note's colour by its id, as :func:`overview` takes them (none without a
    journey)."""
    return {note.id: note.colour for note in journey.notes} if journey is not None else {}


def overview(pad: Sketch, layout: MapLayout, context: MapContext, scale: float,
             note_colours: Mapping[str, str], window: Window = EVERYWHERE) -> None:
    """The whole map in its own coordinates, for a picture ``scale`` pixels per map point;
    ``note_colours``: each sticky note's colour by its id. Only what lies across
    ``window`` (a range of map x) is drawn, so that a part of a long map costs its part."""

    def shown(rect: Rect) -> bool:
        return rect.right > window[0] and rect.x < window[1]

    pad.rect(layout.bounds, fill=palette.PAPER)
    backdrop.lanes(pad, layout, context, labelled=True, detail=Detail.FLAT)
    for stage in layout.stages:
        if shown(stage.header):
            pad.rect(stage.header, fill=palette.stage_header_colour(stage.index))
    joined = 0.5 / scale if scale > 0 else 0.0
    """Cards closer than this (half a pixel) are drawn as one fill."""
    cards: dict[str, list[Rect]] = defaultdict(list)
    for card in layout.touchpoints.values():
        if shown(card.card):
            cards[card.stage_id].append(card.card)
    for stage_id, rects in cards.items():
        box = layout.stage(stage_id)
        colour = palette.stage_header_colour(box.index if box is not None else 0)
        for run in _runs(rects, joined):
            pad.rect(run, fill=colour)
    if layout.blueprint is not None:
        for item in layout.blueprint.items.values():
            if shown(item.rect):
                pad.rect(item.rect, fill=BLUEPRINT_ITEM_FILL)
    for note in layout.notes:
        if shown(note.rect):
            pad.rect(note.rect, fill=note_colours.get(note.note_id, palette.RULE))


def _runs(rects: list[Rect], joined: float) -> list[Rect]:
    """``rects`` from left to right, those less than ``joined`` apart made one."""
    runs: list[Rect] = []
    for rect in sorted(rects, key=lambda rect: rect.x):
        last = runs[-1] if runs else None
        if last is not None and rect.x - last.right < joined:
            top, bottom = min(last.y, rect.y), max(last.bottom, rect.bottom)
            runs[-1] = Rect(last.x, top, max(last.right, rect.right) - last.x, bottom - top)
        else:
            runs.append(rect)
    return runs
