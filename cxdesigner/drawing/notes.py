"""A sticky note: a square of its colour with a folded corner, and its text."""

from __future__ import annotations

from cxdesigner.drawing import sizes
from cxdesigner.drawing.context import MapContext
from cxdesigner.drawing.detail import Detail
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.model import StickyNote


def text_area(width: float, height: float) -> Rect:
    """Where a note's text goes, in the note's own space."""
    return Rect(8.0, 6.0, max(0.0, width - 16 - sizes.NOTE_FOLD / 2), max(0.0, height - 12))


def note(pad: Sketch, sticky: StickyNote, width: float, height: float, context: MapContext,
         detail: Detail = Detail.FULL, with_text: bool = True) -> None:
    """The note in its own space (0, 0 at its top-left)."""
    fold = sizes.NOTE_FOLD
    edge = palette.darker(sticky.colour, 1.35)
    pad.polygon([Point(0, 0), Point(width, 0), Point(width, height - fold),
                 Point(width - fold, height), Point(0, height)], fill=sticky.colour,
                stroke=edge, width=0.8)
    pad.polygon([Point(width, height - fold), Point(width - fold, height - fold),
                 Point(width - fold, height)], fill=palette.darker(sticky.colour, 1.15),
                stroke=edge, width=0.8)
    if detail is Detail.FLAT or not with_text:
        return
    note_sizes = sizes.NOTE_TEXT if detail is Detail.FULL else sizes.NOTE_TEXT[:1]
    fitted = pad.box(text_area(width, height), sticky.text, pad.fonts.regular, note_sizes,
                     palette.INK, valign="middle")
    if fitted.elided:
        context.elisions.add(context.where(context.words["note"]), sticky.text)
