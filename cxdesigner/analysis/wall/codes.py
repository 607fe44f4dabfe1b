"""The codes printed on the workshop kit: what each QR code says, and the short code beside it.

A code must be read off a phone photo of a whole wall, where a card's QR code is a few
dozen pixels wide: it holds 16 characters of the QR alphanumeric alphabet, the most a
version-1 symbol carries at error correction level Q (21 x 21 modules, a quarter of them
recoverable when a corner is hidden). So it holds short codes derived from the ids, not
the ids themselves: ``CX:7KQ2M:T4HJ2XA`` is the journey ``7KQ2M`` and its touchpoint
``4HJ2XA``. Each short code is the start of a hash of the id in Crockford's base 32 (no I,
L, O, U: nothing to misread): 25 bits for the journey, 30 for a stage or a touchpoint, so
that two touchpoints of a journey share one only by a chance in a million or so; a reader
that finds two matches says so instead of choosing.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from enum import StrEnum

from cxdesigner.model import EMOTION_MAX, EMOTION_MIN

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
"""Crockford's base 32."""

PREFIX = "CX"
JOURNEY_CODE_LENGTH = 5
ITEM_CODE_LENGTH = 6
MAX_BLANK_CARDS = 999


class PieceKind(StrEnum):
    """What a printed piece of the kit is; its letter starts the item part of the code."""

    TOUCHPOINT = "T"
    BLANK = "N"
    STAGE = "S"
    EMOTION = "E"


_PATTERN = re.compile(
    rf"^{PREFIX}:(?P<journey>[{ALPHABET}]{{{JOURNEY_CODE_LENGTH}}}):"
    rf"(?P<kind>[TNSE])(?P<item>[{ALPHABET}+-]{{1,{ITEM_CODE_LENGTH}}})$")


def short_code(identifier: str, length: int) -> str:
    """The first ``length`` base-32 digits of a hash of ``identifier``."""
    digest = int.from_bytes(hashlib.sha256(identifier.encode("utf-8")).digest()[:8], "big")
    digits = []
    for _ in range(length):
        digits.append(ALPHABET[digest & 31])
        digest >>= 5
    return "".join(digits)


def journey_code(journey_id: str) -> str:
    """The code of a journey's wall."""
    return short_code(f"journey:{journey_id}", JOURNEY_CODE_LENGTH)


def item_code(item_id: str) -> str:
    """The code of a stage or a touchpoint."""
    return short_code(f"item:{item_id}", ITEM_CODE_LENGTH)


def emotion_item(level: int) -> str:
    """The item part of an emotion level's code: ``+3``, ``+0``, ``-2``."""
    return f"{'-' if level < 0 else '+'}{abs(level)}"


@dataclass(frozen=True)
class KitCode:
    """One code of the kit: the wall's journey, the kind of piece and which one.

    Attributes:
        journey: the journey's code (:func:`journey_code`).
        kind: what the piece is.
        item: a touchpoint's or a stage's code, a blank card's number (``007``), or an
            emotion level (``+3``).
    """

    journey: str
    kind: PieceKind
    item: str

    @property
    def payload(self) -> str:
        """What the QR code holds."""
        return f"{PREFIX}:{self.journey}:{self.kind.value}{self.item}"

    @property
    def label(self) -> str:
        """The code printed beside the QR code, for people: ``4HJ-2XA``, ``N-007``, ``E+3``."""
        if self.kind in (PieceKind.TOUCHPOINT, PieceKind.STAGE):
            return f"{self.item[:3]}-{self.item[3:]}"
        if self.kind is PieceKind.BLANK:
            return f"N-{self.item}"
        return f"E{self.item}"

    @property
    def emotion(self) -> int:
        """The level of an emotion code."""
        return int(self.item)

    @property
    def blank_number(self) -> int:
        """The number of a blank card."""
        return int(self.item)

    @classmethod
    def touchpoint(cls, journey_id: str, touchpoint_id: str) -> KitCode:
        return cls(journey_code(journey_id), PieceKind.TOUCHPOINT, item_code(touchpoint_id))

    @classmethod
    def stage(cls, journey_id: str, stage_id: str) -> KitCode:
        return cls(journey_code(journey_id), PieceKind.STAGE, item_code(stage_id))

    @classmethod
    def blank(cls, journey_id: str, number: int) -> KitCode:
        if not 1 <= number <= MAX_BLANK_CARDS:
            raise ValueError(f"a blank card is numbered from 1 to {MAX_BLANK_CARDS}")
        return cls(journey_code(journey_id), PieceKind.BLANK, f"{number:03d}")

    @classmethod
    def level(cls, journey_id: str, emotion: int) -> KitCode:
        if not EMOTION_MIN <= emotion <= EMOTION_MAX:
            raise ValueError(f"an emotion is from {EMOTION_MIN} to {EMOTION_MAX}")
        return cls(journey_code(journey_id), PieceKind.EMOTION, emotion_item(emotion))


def parse_code(text: str) -> KitCode | None:
    """The code a QR code holds, or None when it is not one of the kit's."""
    match = _PATTERN.match(text.strip())
    if match is None:
        return None
    kind = PieceKind(match["kind"])
    item = match["item"]
    valid = {
        PieceKind.TOUCHPOINT: len(item) == ITEM_CODE_LENGTH and item.isalnum(),
        PieceKind.STAGE: len(item) == ITEM_CODE_LENGTH and item.isalnum(),
        PieceKind.BLANK: item.isdigit() and 1 <= int(item) <= MAX_BLANK_CARDS,
        PieceKind.EMOTION: re.fullmatch(r"[+-][0-3]", item) is not None,
    }[kind]
    return KitCode(match["journey"], kind, item) if valid else None
