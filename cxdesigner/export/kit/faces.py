"""The faces of the kit's pieces, each drawn in its own space (points, y downwards).

The sizes and the place of each QR code come from :mod:`cxdesigner.analysis.wall.pieces`,
which the wall reader uses too. The moment's symbol and the stage colours are the map's.
"""

from __future__ import annotations

from itertools import groupby

from reportlab.graphics.barcode import qrencoder

from cxdesigner.analysis.wall.codes import KitCode
from cxdesigner.analysis.wall.pieces import BANNER, CARD, LEVEL, QR_SIZE, QUIET, Piece
from cxdesigner.drawing import symbols
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.export.ink import Ink
from cxdesigner.export.kit.words import KitWords
from cxdesigner.export.persona_cards import text_on
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.model import MomentOfTruth, Touchpoint
from cxdesigner.vocabulary import emotion_word, signed_emotion

MM = 72 / 25.4
"""Points in a millimetre."""

BLANK_ACCENT = "#7b8794"
QR_INK = "#000000"


def mm_rect(x: float, y: float, width: float, height: float) -> Rect:
    """A rectangle given in millimetres, in points."""
    return Rect(x * MM, y * MM, width * MM, height * MM)


def _modules(ink: Ink, payload: str, x: float, y: float, side: float) -> None:
    """The QR symbol of ``payload``, ``side`` points square, top-left at (``x``, ``y``).

    Encoded by reportlab, version 1 at level Q (the 21 modules the reader expects); each
    row's runs of dark modules are one path, filled at once, so that no seam shows between
    neighbouring modules.
    """
    encoder = qrencoder.QRCode(1, qrencoder.QRErrorCorrectLevel.Q)
    encoder.addData(payload)
    encoder.make()
    modules = encoder.modules
    step = side / len(modules)
    canvas = ink.canvas
    path = canvas.beginPath()
    for row, cells in enumerate(modules):
        column = 0
        for dark, run in groupby(bool(cell) for cell in cells):
            count = len(list(run))
            if dark:
                path.rect(x + column * step, ink.height - (y + (row + 1) * step), count * step,
                          step)
            column += count
    canvas.setFillColor(ink.colour(QR_INK))
    canvas.drawPath(path, stroke=0, fill=1)


def qr_code(ink: Ink, code: KitCode, piece: Piece) -> None:
    """The piece's QR code on white, with its printed code under it."""
    quiet = mm_rect(piece.qr_x - QUIET, piece.qr_y - QUIET, QR_SIZE + 2 * QUIET,
                    QR_SIZE + 2 * QUIET)
    ink.rect(quiet, fill=palette.PAPER)
    _modules(ink, code.payload, piece.qr_x * MM, piece.qr_y * MM, QR_SIZE * MM)
    label = mm_rect(piece.qr_x - QUIET, piece.qr_y + QR_SIZE + 0.6, QR_SIZE + 2 * QUIET, 4.4)
    ink.box(label, code.label, ink.fonts.bold, (8.5, 7.5), palette.INK, align="centre",
            valign="middle")


def _outline(ink: Ink, piece: Piece) -> None:
    ink.rect(mm_rect(0.6, 0.6, piece.width - 1.2, piece.height - 1.2), stroke=palette.RULE,
             width=0.6, radius=2 * MM)


def _accent(ink: Ink, colour: str, text: str) -> None:
    band = mm_rect(2, 2, CARD.width - 4, 5)
    ink.rect(band, fill=colour, radius=1.5 * MM)
    ink.box(Rect(band.x + 2 * MM, band.y, band.width - 4 * MM, band.height), text,
            ink.fonts.bold, (7.5, 6.5), text_on(colour), valign="middle")


def touchpoint_card(ink: Ink, touchpoint: Touchpoint, code: KitCode, stage_name: str,
                    stage_index: int, channel: str, interlocutor: str, words: KitWords) -> None:
    """A touchpoint's card: the stage's colour and name, the moment, the title, the channel,
    the interlocutor, the emotion, and the code."""
    fonts = ink.fonts
    _outline(ink, CARD)
    _accent(ink, palette.stage_header_colour(stage_index), stage_name)
    moment = touchpoint.moment
    right = CARD.width - 4
    if moment is not MomentOfTruth.NONE:
        pad = Sketch(fonts)
        symbols.moment(pad, moment, Point((CARD.width - 9) * MM, 14 * MM), 8 * MM)
        ink.paint(pad.take())
        right -= 12
    ink.box(mm_rect(4, 9, right - 4, 15), touchpoint.title, fonts.bold,
            (12.0, 11.0, 10.0, 9.0, 8.0, 7.0), palette.CARD_TITLE)
    feeling = touchpoint.emotion
    lines = [
        ("channel", channel),
        ("interlocutor", interlocutor),
        ("moment", words.of(moment) if moment is not MomentOfTruth.NONE else ""),
        ("emotion", "" if feeling is None else
         f"{signed_emotion(feeling)} ({emotion_word(feeling, words.language)})"),
    ]
    y = 27.0
    for name, value in lines:
        ink.box(mm_rect(4, y, CARD.qr_x - QUIET - 5, 3.6), words.colon(name), fonts.regular,
                (6.5,), palette.INK_MUTED)
        ink.box(mm_rect(4, y + 3.4, CARD.qr_x - QUIET - 5, 4.2), value or "—", fonts.bold,
                (8.5, 7.5, 6.5), palette.CARD_TEXT)
        y += 8.2
    qr_code(ink, code, CARD)


def blank_card(ink: Ink, code: KitCode, words: KitWords) -> None:
    """A blank card for a new step: ruled lines to write on, and its code."""
    _outline(ink, CARD)
    _accent(ink, BLANK_ACCENT, words["new_step"])
    ink.box(mm_rect(4, 8.5, CARD.width - 8, 3.5), words["write_here"], ink.fonts.italic, (6.5,),
            palette.INK_FAINT)
    for y in (18.0, 25.0):
        ink.line(Point(4 * MM, y * MM), Point((CARD.width - 4) * MM, y * MM), palette.RULE, 0.6)
    for y in (32.0, 39.0, 46.0, 53.0, 60.0):
        ink.line(Point(4 * MM, y * MM), Point((CARD.qr_x - QUIET - 2) * MM, y * MM),
                 palette.RULE, 0.6)
    qr_code(ink, code, CARD)


def stage_banner(ink: Ink, code: KitCode, name: str, index: int, total: int,
                 words: KitWords) -> None:
    """A stage's banner: its colour and name, large, and its code at the left."""
    colour = palette.stage_header_colour(index)
    ink.rect(mm_rect(0.6, 0.6, BANNER.width - 1.2, BANNER.height - 1.2), fill=colour,
             radius=3 * MM)
    ink_colour = text_on(colour)
    left = BANNER.qr_x + QR_SIZE + QUIET + 6
    ink.box(mm_rect(left, 6, BANNER.width - left - 6, 36), name, ink.fonts.bold,
            (40.0, 34.0, 28.0, 24.0, 20.0, 16.0, 13.0), ink_colour, valign="middle")
    ink.box(mm_rect(left, 44, BANNER.width - left - 6, 8),
            words.format("stage_of", n=index + 1, total=total), ink.fonts.regular, (11.0,),
            ink_colour)
    # The code's label needs white under it: the quiet zone reaches down to it.
    ink.rect(mm_rect(BANNER.qr_x - QUIET, BANNER.qr_y + QR_SIZE, QR_SIZE + 2 * QUIET, 6),
             fill=palette.PAPER)
    qr_code(ink, code, BANNER)


def emotion_level(ink: Ink, code: KitCode, level: int, words: KitWords) -> None:
    """One band of the emotion strip: the level, its word, its line, its code."""
    fill = palette.mix(palette.emotion_colour(level), palette.PAPER, 0.25)
    ink.rect(mm_rect(0, 0, LEVEL.width, LEVEL.height), fill=fill, stroke=palette.RULE,
             width=0.6)
    middle = LEVEL.qr_y + QR_SIZE / 2
    left = LEVEL.qr_x + QR_SIZE + QUIET + 3
    ink.line(Point(left * MM, middle * MM), Point(LEVEL.width * MM, middle * MM), palette.INK,
             1.2)
    colour = text_on(fill)
    ink.box(mm_rect(left, middle - 16, LEVEL.width - left - 2, 14), signed_emotion(level),
            ink.fonts.bold, (30.0, 26.0), colour, align="centre", valign="bottom")
    ink.box(mm_rect(left, middle + 2, LEVEL.width - left - 2, 6),
            emotion_word(level, words.language), ink.fonts.bold, (9.0, 8.0, 7.0), colour,
            align="centre")
    ink.box(mm_rect(left, middle + 9, LEVEL.width - left - 2, 8), words["level_line"],
            ink.fonts.italic, (6.5, 6.0), colour, align="centre")
    qr_code(ink, code, LEVEL)
