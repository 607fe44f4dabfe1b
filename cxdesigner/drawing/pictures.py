"""A picture placed in a box of the map: as large as the box allows, its proportions kept,
framed by a hairline so that a white screenshot does not melt into a white card."""

from __future__ import annotations

from typing import Literal

from cxdesigner.drawing.primitives import Picture
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Rect
from cxdesigner.model import MapImage

SMALLEST = 12.0
"""A box shorter or narrower than this many points shows no picture (it could not be made
out): the picture is still there, at full size on demand."""

Anchor = Literal["top-right", "centre"]


def fitted(box: Rect, image: MapImage, anchor: Anchor = "top-right") -> Rect:
    """The largest rectangle of the picture's proportions inside ``box``."""
    scale = min(box.width / image.width, box.height / image.height)
    width, height = image.width * scale, image.height * scale
    if anchor == "centre":
        return Rect(box.x + (box.width - width) / 2, box.y + (box.height - height) / 2, width,
                    height)
    return Rect(box.right - width, box.y, width, height)


def picture(pad: Sketch, box: Rect, image: MapImage, anchor: Anchor = "top-right") -> Rect | None:
    """``image`` fitted into ``box`` and framed; None when the box is too small to show it."""
    if box.width < SMALLEST or box.height < SMALLEST:
        return None
    placed = fitted(box, image, anchor)
    pad.parts.append(Picture(placed, image))
    pad.rect(placed, stroke=palette.CARD_BORDER, width=0.5)
    return placed
