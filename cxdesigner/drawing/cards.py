"""A touchpoint's card: the stage's colour along its top, its moment of truth, title and
description, its picture, and the band of the journey that details it; hatched when it rests
on a hypothesis."""

from __future__ import annotations

from dataclasses import dataclass

from cxdesigner.drawing import links, pictures, sizes, symbols
from cxdesigner.drawing.context import MapContext
from cxdesigner.drawing.detail import Detail
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.model import MomentOfTruth, Touchpoint

DESCRIPTION_MIN_HEIGHT = 12.0
"""Less room than this under the title: the description is left out (and kept for the
appendix)."""

PICTURE_WIDTH = 58.0
"""The column a card's picture takes at its right."""
_MOMENT_ROOM = 22.0
"""Below the moment's symbol, where a picture may start."""


@dataclass(frozen=True)
class CardAreas:
    """Where each part of a card goes, in the card's own space.

    Attributes:
        text: the title and description.
        picture: the picture's column (None without a picture).
        footer: the band of the journey that details the step (None without one).
    """

    text: Rect
    picture: Rect | None = None
    footer: Rect | None = None


def areas(width: float, height: float, touchpoint: Touchpoint, linked: bool = False,
          detail: Detail = Detail.FULL) -> CardAreas:
    """The parts of a card of this size; ``linked``: it shows the band of the journey that
    details it. Zoomed out, the title takes the whole card."""
    full = detail is Detail.FULL
    moment = touchpoint.moment is not MomentOfTruth.NONE
    top = sizes.ACCENT_HEIGHT + 6
    bottom = height - sizes.CARD_PADDING
    footer = None
    if linked and full:
        footer = links.footer_area(width, height)
        bottom = footer.y - 3
    right = width - (26.0 if moment else sizes.CARD_PADDING)
    picture = None
    if touchpoint.image is not None and full:
        column = width - sizes.CARD_PADDING - PICTURE_WIDTH
        picture_top = top + (_MOMENT_ROOM if moment else 0.0)
        picture = Rect(column, picture_top, PICTURE_WIDTH, max(0.0, bottom - picture_top))
        right = column - 6
    text = Rect(sizes.CARD_PADDING, top, max(0.0, right - sizes.CARD_PADDING),
                max(0.0, bottom - top))
    return CardAreas(text, picture, footer)


def text_area(width: float, height: float, touchpoint: Touchpoint, linked: bool = False) -> Rect:
    """Where a card's title and description go, in the card's own space; the moment's
    symbol takes the top-right corner, the picture a column at the right, the band of the
    journey that details it the foot."""
    return areas(width, height, touchpoint, linked).text


def card(pad: Sketch, touchpoint: Touchpoint, width: float, height: float, stage_index: int,
         context: MapContext, where: str = "", detail: Detail = Detail.FULL,
         with_text: bool = True) -> None:
    """The card in its own space (0, 0 at its top-left). ``where`` names the card for the
    appendix; ``with_text`` False leaves room for the title being typed over it."""
    accent = palette.stage_header_colour(stage_index)
    if detail is Detail.FLAT:
        pad.rect(Rect(0.0, 0.0, width, height), fill=accent)
        return
    pad.rect(Rect(0.5, 0.5, width - 1, height - 1), fill=palette.CARD_FILL,
             stroke=palette.CARD_BORDER, width=1.0, radius=sizes.CARD_RADIUS, repeat=True)
    if context.hypothesis(touchpoint):
        symbols.hatch(pad, Rect(1.5, 1.5, width - 3, height - 3), sizes.CARD_RADIUS)
    pad.rect(Rect(2.5, 2.0, width - 5, sizes.ACCENT_HEIGHT), fill=accent,
             radius=sizes.ACCENT_HEIGHT / 2, repeat=True)
    moment = touchpoint.moment
    if moment is not MomentOfTruth.NONE:
        symbols.moment(pad, moment, Point(width - 14.5, sizes.ACCENT_HEIGHT + 15),
                       sizes.MOMENT_ON_CARD)
    mark = context.details.get(touchpoint.details_journey_id or "")
    parts = areas(width, height, touchpoint, mark is not None, detail)
    if parts.picture is not None and touchpoint.image is not None:
        pictures.picture(pad, parts.picture, touchpoint.image)
    if parts.footer is not None and mark is not None:
        links.link_footer(pad, mark, parts.footer, context, where)
    if not with_text:
        return
    fonts = pad.fonts
    area = parts.text
    if detail is Detail.OVERVIEW:
        pad.box(area, touchpoint.title, fonts.bold, sizes.CARD_TITLE_OVERVIEW, palette.CARD_TITLE)
        return
    # The title takes what it needs; the description gets the rest, if enough is left.
    title = pad.box(area, touchpoint.title, fonts.bold, sizes.CARD_TITLE, palette.CARD_TITLE)
    if title.elided:
        context.elisions.add(f"{where} · {context.words['title']}", touchpoint.title)
    description = touchpoint.description
    if not description.strip():
        return
    used = len(title.lines) * title.line_height
    rest = Rect(area.x, area.y + used + 3, area.width, area.height - used - 3)
    shown = rest.height >= DESCRIPTION_MIN_HEIGHT and not title.elided
    if shown:
        fitted = pad.box(rest, description, fonts.regular, sizes.CARD_TEXT, palette.CARD_TEXT)
        shown = not fitted.elided
    if not shown:
        context.elisions.add(f"{where} · {context.words['description']}", description)


BADGE_HEIGHT = 16.0


def indicator_chip(pad: Sketch, text: str, card_width: float) -> Rect:
    """Where the indicator chip showing ``text`` goes, in the card's own space: astride the
    top edge, at the right."""
    width = min(pad.width(text, pad.fonts.bold, sizes.BADGE_TEXT) + 14, card_width - 16)
    return Rect(card_width - 8 - width, -BADGE_HEIGHT / 2, width, BADGE_HEIGHT)


def indicator_badge(pad: Sketch, text: str, card_width: float) -> Rect:
    """A chip astride a card's top edge, at the right, in the card's own space: an
    indicator shown on the map ("NPS +12 · n=40"). Returns where it went."""
    chip = indicator_chip(pad, text, card_width)
    pad.rect(chip, fill=palette.PAPER, stroke=palette.INK_MUTED, width=0.8,
             radius=BADGE_HEIGHT / 2)
    pad.box(chip, text, pad.fonts.bold, (sizes.BADGE_TEXT,), palette.INK, align="centre",
            valign="middle")
    return chip
