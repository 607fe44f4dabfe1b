"""The printed pieces of the workshop kit, in millimetres: their size and where their code is.

The kit draws them from these numbers and the wall reader works back from a code to its
piece with the same numbers, so that a card's centre, a banner's left edge and an emotion
level's height are found where they were printed. Lengths are in millimetres, x to the
right and y downwards, from the piece's top-left corner.
"""

from __future__ import annotations

from dataclasses import dataclass

from cxdesigner.analysis.wall.codes import PieceKind
from cxdesigner.model import EMOTION_MAX, EMOTION_MIN

QR_SIZE = 30.0
"""The side of every QR symbol (its 21 modules, without the quiet zone): 1.4 mm modules, at
least three pixels each on a 12-megapixel photo of 1.5 m of wall."""

QUIET = 3.0
"""White left around each symbol (two modules)."""


@dataclass(frozen=True)
class Piece:
    """A printed piece: its size and the top-left corner of its QR symbol."""

    width: float
    height: float
    qr_x: float
    qr_y: float

    @property
    def qr_centre(self) -> tuple[float, float]:
        return self.qr_x + QR_SIZE / 2, self.qr_y + QR_SIZE / 2

    def centre_offset(self) -> tuple[float, float]:
        """From the symbol's centre to the piece's centre, in the piece's own axes."""
        cx, cy = self.qr_centre
        return self.width / 2 - cx, self.height / 2 - cy

    def corners_from_symbol(self) -> tuple[tuple[float, float], ...]:
        """The piece's corners (top-left, top-right, bottom-right, bottom-left) from the
        symbol's centre, in the piece's own axes."""
        cx, cy = self.qr_centre
        return ((-cx, -cy), (self.width - cx, -cy), (self.width - cx, self.height - cy),
                (-cx, self.height - cy))


CARD = Piece(width=90.0, height=64.0, qr_x=57.0, qr_y=26.0)
"""A touchpoint card or a blank card: the symbol at the bottom right, its code below it."""

BANNER = Piece(width=190.0, height=60.0, qr_x=6.0, qr_y=15.0)
"""A stage banner: the symbol at the left; the stage's column starts at the banner's left
edge."""

LEVEL = Piece(width=80.0, height=56.0, qr_x=5.0, qr_y=13.0)
"""One band of the emotion strip: the symbol centred in the band's height, so that the
level's height on the wall is the symbol's."""

STRIP_PARTS: tuple[tuple[int, ...], ...] = (
    tuple(range(EMOTION_MAX, -1, -1)), tuple(range(-1, EMOTION_MIN - 1, -1)))
"""The emotion strip comes in two parts, glued: +3 to 0, then -1 to -3."""


def piece_of(kind: PieceKind) -> Piece:
    """The piece that carries a code of ``kind``."""
    if kind in (PieceKind.TOUCHPOINT, PieceKind.BLANK):
        return CARD
    return BANNER if kind is PieceKind.STAGE else LEVEL
