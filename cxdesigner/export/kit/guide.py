"""The facilitator guide: one page on how to set up the wall, photograph it and read it back."""

from __future__ import annotations

from cxdesigner.export.ink import Ink
from cxdesigner.export.kit.faces import MM, mm_rect
from cxdesigner.export.kit.words import KitWords
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point, Rect

_SECTIONS = ("prepare", "wall", "cards", "emotion", "new", "votes", "photo", "read")
_TEXT_SIZES = (9.5, 9.0, 8.5, 8.0)


def _sketch(ink: Ink, box: Rect) -> None:
    """A small picture of the wall: banners in a row, the strip at the left, cards under
    their banners, two cards moved down into the emotion band."""
    unit = box.width / 200
    banner_h, card_w, card_h = 9 * unit, 16 * unit, 11 * unit
    left = box.x + 24 * unit
    for index in range(3):
        x = left + index * 58 * unit
        ink.rect(Rect(x, box.y, 54 * unit, banner_h), fill=palette.stage_header_colour(index),
                 radius=unit)
        for card in range(3):
            y = box.y + banner_h + 4 * unit
            if index == 1 and card == 1:
                y += 40 * unit
            if index == 2 and card == 0:
                y += 52 * unit
            ink.rect(Rect(x + card * 18 * unit, y, card_w, card_h), fill=palette.PAPER,
                     stroke=palette.INK_MUTED, width=0.6)
    strip_top = box.y + banner_h + 22 * unit
    for level in range(7):
        y = strip_top + level * 7 * unit
        ink.rect(Rect(box.x + 4 * unit, y, 14 * unit, 7 * unit),
                 fill=palette.mix(palette.emotion_colour(3 - level), palette.PAPER, 0.25),
                 stroke=palette.RULE, width=0.4)
        ink.line(Point(box.x + 18 * unit, y + 3.5 * unit), Point(box.right, y + 3.5 * unit),
                 palette.RULE, 0.4, (2.0, 2.0))


def draw_guide(ink: Ink, paper: tuple[float, float], words: KitWords, title: str,
               contents: str) -> None:
    """The guide on a page of ``paper`` (mm)."""
    fonts = ink.fonts
    margin = 16.0
    width = paper[0] - 2 * margin
    ink.box(mm_rect(margin, margin, width, 10), words["guide"], fonts.bold, (20.0, 16.0),
            palette.INK)
    ink.box(mm_rect(margin, margin + 10, width, 6), title, fonts.regular, (11.0, 9.0),
            palette.INK_MUTED)
    y = (margin + 19) * MM
    for text, font, size in ((contents, fonts.regular, 9.0),
                             (words["g_codes"], fonts.italic, 9.0)):
        fitted = ink.box(Rect(margin * MM, y, width * MM, 30), text, font, (size,), palette.INK)
        y += len(fitted.lines) * fitted.line_height + 4
    sketch_height = width * MM * 0.42
    bottom = (paper[1] - margin) * MM - sketch_height - 8
    room = bottom - y
    share = room / len(_SECTIONS)
    for index, key in enumerate(_SECTIONS):
        top = y + index * share
        ink.box(Rect(margin * MM, top, 48 * MM, share), f"{index + 1}. {words[f'g_{key}']}",
                fonts.bold, (10.5, 9.5), palette.JOURNEY_CURRENT)
        ink.box(Rect((margin + 50) * MM, top, (width - 50) * MM, share - 3),
                words[f"g_{key}_text"], fonts.regular, _TEXT_SIZES, palette.INK)
    _sketch(ink, Rect(margin * MM, bottom + 8, width * MM, sketch_height))
