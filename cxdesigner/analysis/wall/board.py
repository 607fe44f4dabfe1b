"""Several photos of one long wall put together by the codes they share.

Each photo gives its codes' places in a wall frame of its own (see
:mod:`cxdesigner.analysis.wall.geometry`), in millimetres and upright, so two photos differ
by a shift and, from small errors of scale, a slight scale and turn. The photo with the
most codes is the reference; each other photo joins through the codes it shares with
those already joined (a similarity from two shared codes or more, a shift from one). A
photo that shares no code is left out and said so: nothing can place it.

Once joined, the sightings of one code within :data:`SAME_PIECE` of each other are one
piece; a code found at two places is two pieces (two emotion strips, or a card printed
twice, which the reader then reports rather than choose).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from cxdesigner.analysis.wall.codes import KitCode

SAME_PIECE = 60.0
"""Sightings of one code closer than this (mm) once the photos are joined are one piece."""
_MAX_SCALE_GAP = 0.2
_MAX_TURN = math.radians(15)


@dataclass(frozen=True)
class Sighting:
    """A code read on one photo, placed in that photo's wall frame.

    Attributes:
        code: what it says.
        photo: the photo's index.
        spot: the detection's index on that photo.
        centre: the symbol's centre, in millimetres.
        tilt: its lean on the wall, radians clockwise.
    """

    code: KitCode
    photo: int
    spot: int
    centre: tuple[float, float]
    tilt: float


@dataclass(frozen=True)
class Joint:
    """How a photo's frame maps to the common one: ``scale · R(turn) · p + shift``."""

    scale: float = 1.0
    turn: float = 0.0
    shift: tuple[float, float] = (0.0, 0.0)

    def apply(self, point: tuple[float, float]) -> tuple[float, float]:
        cos, sin = math.cos(self.turn), math.sin(self.turn)
        x, y = point
        return (self.scale * (cos * x - sin * y) + self.shift[0],
                self.scale * (sin * x + cos * y) + self.shift[1])


@dataclass(frozen=True)
class PlacedPiece:
    """One printed piece found on the wall, in the common frame.

    Attributes:
        code: its code.
        centre: its symbol's centre, mm.
        tilt: its lean, radians clockwise.
        sightings: where it was seen (the first is the one whose photo sees it best).
    """

    code: KitCode
    centre: tuple[float, float]
    tilt: float
    sightings: tuple[Sighting, ...]


@dataclass
class Board:
    """The wall put together: its pieces, and the photos that could not be joined."""

    pieces: list[PlacedPiece] = field(default_factory=list)
    joints: dict[int, Joint] = field(default_factory=dict)
    lone_photos: list[int] = field(default_factory=list)


def _unique(sightings: Sequence[Sighting]) -> dict[KitCode, Sighting]:
    """The codes seen exactly once on one photo: the only ones that can join photos."""
    counts: dict[KitCode, int] = defaultdict(int)
    for sighting in sightings:
        counts[sighting.code] += 1
    return {s.code: s for s in sightings if counts[s.code] == 1}


def _joint(pairs: Sequence[tuple[tuple[float, float], tuple[float, float]]]) -> Joint:
    """The similarity taking each pair's first point to its second (least squares); a
    shift alone when there is one pair or the similarity is implausible."""
    source = np.array([p for p, _ in pairs])
    target = np.array([q for _, q in pairs])
    shift = np.median(target - source, axis=0)
    alone = Joint(shift=(float(shift[0]), float(shift[1])))
    if len(pairs) < 2:
        return alone
    s_mean, t_mean = source.mean(axis=0), target.mean(axis=0)
    s_c, t_c = source - s_mean, target - t_mean
    spread = float(np.sum(s_c ** 2))
    if spread < 100.0:  # shared codes too close together to tell a turn
        return alone
    # 2-D Procrustes with complex numbers: target ≈ k · source, k = scale · e^(i·turn).
    zs, zt = s_c[:, 0] + 1j * s_c[:, 1], t_c[:, 0] + 1j * t_c[:, 1]
    k = complex(np.sum(np.conj(zs) * zt) / spread)
    scale, turn = abs(k), math.atan2(k.imag, k.real)
    if abs(scale - 1) > _MAX_SCALE_GAP or abs(turn) > _MAX_TURN:
        return alone
    moved = k * complex(s_mean[0], s_mean[1])
    return Joint(scale, turn, (float(t_mean[0] - moved.real), float(t_mean[1] - moved.imag)))


def join_photos(photos: Sequence[Sequence[Sighting]]) -> Board:
    """Put the photos' sightings in one frame and gather them into pieces."""
    board = Board()
    if not photos:
        return board
    order = sorted(range(len(photos)), key=lambda i: -len(photos[i]))
    reference = order[0]
    board.joints[reference] = Joint()
    placed: dict[KitCode, tuple[float, float]] = {
        code: s.centre for code, s in _unique(photos[reference]).items()}
    waiting = [i for i in order[1:] if photos[i]]
    while waiting:
        shared = {i: [code for code in _unique(photos[i]) if code in placed] for i in waiting}
        best = max(waiting, key=lambda i: len(shared[i]))
        if not shared[best]:
            break
        own = _unique(photos[best])
        joint = _joint([(own[code].centre, placed[code]) for code in shared[best]])
        board.joints[best] = joint
        for code, sighting in own.items():
            placed.setdefault(code, joint.apply(sighting.centre))
        waiting.remove(best)
    board.lone_photos = sorted(waiting)
    board.pieces = _gather(photos, board.joints)
    return board


def _gather(photos: Sequence[Sequence[Sighting]], joints: dict[int, Joint]) -> list[PlacedPiece]:
    by_code: dict[KitCode, list[tuple[tuple[float, float], float, Sighting]]] = defaultdict(list)
    for index in sorted(joints):
        joint = joints[index]
        for sighting in photos[index]:
            by_code[sighting.code].append(
                (joint.apply(sighting.centre), sighting.tilt + joint.turn, sighting))
    pieces = []
    for code, seen in by_code.items():
        groups: list[list[tuple[tuple[float, float], float, Sighting]]] = []
        for entry in seen:
            group = next((g for g in groups if math.dist(g[0][0], entry[0]) < SAME_PIECE), None)
            if group is None:
                groups.append([entry])
            else:
                group.append(entry)
        for group in groups:
            xs = [point[0] for point, _, _ in group]
            ys = [point[1] for point, _, _ in group]
            tilts = [tilt for _, tilt, _ in group]
            pieces.append(PlacedPiece(code, (sum(xs) / len(xs), sum(ys) / len(ys)),
                                      sum(tilts) / len(tilts), tuple(s for _, _, s in group)))
    return pieces
