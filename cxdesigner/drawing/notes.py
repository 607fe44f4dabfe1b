"""A sticky note: a square of its colour with a folded corner, its text and its picture."""

from __future__ import annotations

from cxdesigner.drawing import pictures, sizes
from cxdesigner.drawing.context import MapContext
from cxdesigner.drawing.detail import Detail
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.model import StickyNote

PICTURE_WIDTH = 52.0
"""The column a note's picture takes at its right."""


def picture_area(width: float, height: float) -> Rect:
    """Where a note's picture goes, in the note's own space (clear of the folded corner)."""
    return Rect(width - 8 - sizes.NOTE_FOLD / 2 - PICTURE_WIDTH, 6.0, PICTURE_WIDTH,
                max(0.0, height - 12 - sizes.NOTE_FOLD / 2))


def text_area(width: float, height: float, with_picture: bool = False) -> Rect:
    """Where a note's text goes, in the note's own space (left of its picture, if any)."""
    right = width - 8 - sizes.NOTE_FOLD / 2
    if with_picture:
        right = picture_area(width, height).x - 6
    return Rect(8.0, 6.0, max(0.0, right - 8), max(0.0, height - 12))


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
    if detail is Detail.FLAT:
        return
    with_picture = sticky.image is not None and detail is Detail.FULL
    if with_picture and sticky.image is not None:
        pictures.picture(pad, picture_area(width, height), sticky.image)
    if not with_text:
        return
    note_sizes = sizes.NOTE_TEXT if detail is Detail.FULL else sizes.NOTE_TEXT[:1]
    fitted = pad.box(text_area(width, height, with_picture), sticky.text, pad.fonts.regular,
                     note_sizes, palette.INK, valign="middle")
    if fitted.elided:
        context.elisions.add(context.where(context.words["note"]), sticky.text)
