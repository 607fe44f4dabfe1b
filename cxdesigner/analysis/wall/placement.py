"""Where the cards are on the wall: under which stage banner, in which order, at which
emotion level.

The rules, as the facilitator guide tells the room:

- a stage's column runs from its banner's left edge to the next banner's; a card belongs to
  the column its centre is in (a card left of every banner belongs to none);
- within a column, cards are read left to right; cards stacked one above the other (their
  centres less than half a card apart across) are read top to bottom;
- a card whose centre is within the emotion band (the height of the emotion strip, from
  the top of its +3 to the bottom of its -3) has the emotion of the level at its height;
  with several strips (the ends of a long wall), the level lines run straight from one
  strip to the next.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

from cxdesigner.analysis.wall.board import Board, PlacedPiece
from cxdesigner.analysis.wall.codes import KitCode, PieceKind, item_code, journey_code
from cxdesigner.analysis.wall.pieces import BANNER, CARD, LEVEL, Piece
from cxdesigner.model import EMOTION_MAX, EMOTION_MIN, Journey

COLUMN_SLACK = 15.0
"""A card's centre up to this far (mm) left of a banner's edge still counts as under it."""
STACKED = CARD.width / 2
"""Cards closer than this across are one above the other."""
STRIP_WIDTH = 100.0
"""Levels within this distance across belong to one strip."""


class NoteKind(StrEnum):
    """Something the reader could not use, and says so."""

    UNREADABLE = "unreadable"
    OTHER_JOURNEY = "other_journey"
    UNKNOWN_CARD = "unknown_card"
    AMBIGUOUS = "ambiguous"
    TWICE = "twice"
    OUTSIDE = "outside"
    NO_BANNER = "no_banner"
    LONE_PHOTO = "lone_photo"
    NO_CODES = "no_codes"
    BAD_STRIP = "bad_strip"


@dataclass(frozen=True)
class Note:
    """A thing the reader reports without changing anything.

    Attributes:
        kind: what it is.
        label: the code printed on the piece concerned (``4HJ-2XA``), when known.
        photo: the photo concerned, when one is.
        where: the spot on that photo (pixels), for unreadable codes.
        item_id: the touchpoint or stage concerned, when known.
        image: a PNG of the spot, when there is one.
    """

    kind: NoteKind
    label: str = ""
    photo: int | None = None
    where: tuple[float, float] | None = None
    item_id: str | None = None
    image: bytes | None = None


@dataclass(frozen=True)
class PlacedCard:
    """A card found under a stage.

    Attributes:
        touchpoint_id: the touchpoint of a printed card; None for a blank card.
        blank: a blank card's number.
        label: its printed code.
        emotion: the level it sits at, or None off the emotion band.
        centre: its centre on the wall, mm.
        image: a blank card straightened out of the photo (PNG), for its handwriting.
    """

    touchpoint_id: str | None
    blank: int | None
    label: str
    emotion: int | None
    centre: tuple[float, float]
    image: bytes | None = None


@dataclass
class Arrangement:
    """The wall as read: the cards under each stage seen, in order, and what was not used.

    Attributes:
        journey_id: the journey whose codes the wall carries.
        columns: for each stage whose banner was read, in the wall's order, its cards.
        notes: what could not be used.
        missing_banners: stages of the journey whose banner was not read.
    """

    journey_id: str
    columns: dict[str, list[PlacedCard]] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)
    missing_banners: list[str] = field(default_factory=list)


def piece_point(piece: PlacedPiece, shape: Piece, offset: tuple[float, float]) -> \
        tuple[float, float]:
    """The wall point at ``offset`` from the piece's symbol centre, in the piece's axes."""
    cos, sin = math.cos(piece.tilt), math.sin(piece.tilt)
    dx, dy = offset
    return piece.centre[0] + cos * dx - sin * dy, piece.centre[1] + sin * dx + cos * dy


def banner_left(piece: PlacedPiece) -> float:
    """The x of a banner's left edge (the mean of its two left corners)."""
    corners = BANNER.corners_from_symbol()
    top, bottom = piece_point(piece, BANNER, corners[0]), piece_point(piece, BANNER, corners[3])
    return (top[0] + bottom[0]) / 2


@dataclass(frozen=True)
class _Strip:
    x: float
    top: float  # y of level 0
    pitch: float  # y per level (negative: +3 is above)


def _strips(levels: Sequence[PlacedPiece], notes: list[Note]) -> list[_Strip]:
    """The emotion strips: levels grouped across, each group's line y = top + pitch · level."""
    groups: list[list[PlacedPiece]] = []
    for piece in sorted(levels, key=lambda p: p.centre[0]):
        if groups and abs(piece.centre[0] - groups[-1][-1].centre[0]) < STRIP_WIDTH:
            groups[-1].append(piece)
        else:
            groups.append([piece])
    strips = []
    for group in groups:
        values = np.array([p.code.emotion for p in group], dtype=np.float64)
        ys = np.array([p.centre[1] for p in group])
        x = float(np.mean([p.centre[0] for p in group]))
        if len(set(values.tolist())) >= 2:
            pitch, top = np.polyfit(values, ys, 1)
        else:
            pitch, top = -LEVEL.height, float(ys[0] - (-LEVEL.height) * values[0])
        if not -1.5 * LEVEL.height < pitch < -0.5 * LEVEL.height:
            notes.append(Note(NoteKind.BAD_STRIP, label=", ".join(p.code.label for p in group)))
            continue
        strips.append(_Strip(x, float(top), float(pitch)))
    return strips


def _emotion(strips: Sequence[_Strip], centre: tuple[float, float]) -> int | None:
    if not strips:
        return None
    x, y = centre
    left = [s for s in strips if s.x <= x]
    right = [s for s in strips if s.x > x]
    if left and right:
        a, b = left[-1], right[0]
        share = (x - a.x) / (b.x - a.x)
        top = a.top + (b.top - a.top) * share
        pitch = a.pitch + (b.pitch - a.pitch) * share
    else:
        nearest = left[-1] if left else right[0]
        top, pitch = nearest.top, nearest.pitch
    level = (y - top) / pitch
    if not EMOTION_MIN - 0.5 <= level <= EMOTION_MAX + 0.5:
        return None
    return max(EMOTION_MIN, min(EMOTION_MAX, round(level)))


def _reading_order(cards: list[PlacedCard]) -> list[PlacedCard]:
    """Left to right; cards stacked one above the other, top to bottom."""
    ordered: list[PlacedCard] = []
    pile: list[PlacedCard] = []
    for card in sorted(cards, key=lambda c: c.centre[0]):
        if pile and card.centre[0] - pile[0].centre[0] >= STACKED:
            ordered.extend(sorted(pile, key=lambda c: c.centre[1]))
            pile = []
        pile.append(card)
    ordered.extend(sorted(pile, key=lambda c: c.centre[1]))
    return ordered


def wall_journey(board: Board, journeys: Sequence[Journey]) -> Journey | None:
    """The journey most of the wall's codes belong to; None when none of them does."""
    counts: dict[str, int] = defaultdict(int)
    for piece in board.pieces:
        counts[piece.code.journey] += 1
    codes = {journey_code(j.id): j for j in journeys}
    known = [(count, code) for code, count in counts.items() if code in codes]
    return codes[max(known)[1]] if known else None


def arrange(board: Board, journey: Journey,
            images: dict[tuple[int, int], bytes] | None = None) -> Arrangement:
    """Read the cards of ``journey`` off the wall put together in ``board``.

    ``images`` holds, by (photo, spot), the straightened pieces cut out of the photos: a
    blank card takes the one of its first sighting.
    """
    images = images or {}
    result = Arrangement(journey.id)
    notes = result.notes
    wall_code = journey_code(journey.id)
    stages = {item_code(stage.id): stage.id for stage in journey.stages}
    touchpoints: dict[str, list[str]] = defaultdict(list)
    for _, touchpoint in journey.touchpoints():
        touchpoints[item_code(touchpoint.id)].append(touchpoint.id)

    mine = [p for p in board.pieces if p.code.journey == wall_code]
    for piece in board.pieces:
        if piece.code.journey != wall_code:
            notes.append(Note(NoteKind.OTHER_JOURNEY, label=piece.code.label,
                              photo=piece.sightings[0].photo))
    counts: dict[KitCode, int] = defaultdict(int)
    for piece in mine:
        counts[piece.code] += 1
    twice = {code for code, count in counts.items() if count > 1}
    for code in twice:
        if code.kind is not PieceKind.EMOTION:  # two strips are expected on a long wall
            notes.append(Note(NoteKind.TWICE, label=code.label))

    banners: list[tuple[float, str]] = []
    for piece in mine:
        if piece.code.kind is PieceKind.STAGE and piece.code not in twice:
            stage_id = stages.get(piece.code.item)
            if stage_id is None:
                notes.append(Note(NoteKind.UNKNOWN_CARD, label=piece.code.label))
            else:
                banners.append((banner_left(piece), stage_id))
    banners.sort()
    seen = {stage_id for _, stage_id in banners}
    result.missing_banners = [s.id for s in journey.stages if s.id not in seen]
    result.columns = {stage_id: [] for _, stage_id in banners}
    strips = _strips([p for p in mine if p.code.kind is PieceKind.EMOTION], notes)

    for piece in mine:
        kind = piece.code.kind
        if kind not in (PieceKind.TOUCHPOINT, PieceKind.BLANK) or piece.code in twice:
            continue
        touchpoint_id: str | None = None
        if kind is PieceKind.TOUCHPOINT:
            matches = touchpoints.get(piece.code.item, [])
            if len(matches) != 1:
                notes.append(Note(NoteKind.AMBIGUOUS if matches else NoteKind.UNKNOWN_CARD,
                                  label=piece.code.label))
                continue
            touchpoint_id = matches[0]
        centre = piece_point(piece, CARD, CARD.centre_offset())
        first = piece.sightings[0]
        card = PlacedCard(
            touchpoint_id, piece.code.blank_number if kind is PieceKind.BLANK else None,
            piece.code.label, _emotion(strips, centre), centre,
            images.get((first.photo, first.spot)) if kind is PieceKind.BLANK else None)
        column = next((stage_id for left, stage_id in reversed(banners)
                       if centre[0] >= left - COLUMN_SLACK), None)
        if column is None:
            notes.append(Note(NoteKind.OUTSIDE, label=card.label, item_id=touchpoint_id,
                              image=card.image))
            continue
        result.columns[column].append(card)
    for stage_id, cards in result.columns.items():
        result.columns[stage_id] = _reading_order(cards)
    if not banners:
        notes.append(Note(NoteKind.NO_BANNER))
    return result
