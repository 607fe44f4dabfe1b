"""``read_wall``: photos of the workshop wall → the list of changes they show.

Each photo is read in turn and let go before the next (one photo's pixels in memory at a
time): its codes are found, its wall is fitted, and what needs pixels later is cut out at
once (blank cards for their handwriting, unreadable codes for the consultant to see).
The photos are then joined by their shared codes, the cards placed, and the changes
listed. Nothing is applied here.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

from cxdesigner.analysis.wall.board import SAME_PIECE, Board, Sighting, join_photos
from cxdesigner.analysis.wall.changes import WallChange, wall_changes
from cxdesigner.analysis.wall.codes import KitCode, PieceKind, parse_code
from cxdesigner.analysis.wall.geometry import FitError, Symbol, WallFit, fit_wall
from cxdesigner.analysis.wall.pieces import CARD, QR_SIZE
from cxdesigner.analysis.wall.placement import (
    Arrangement,
    Note,
    NoteKind,
    arrange,
    wall_journey,
)
from cxdesigner.io.wall.crops import straighten
from cxdesigner.io.wall.photo import Detection, PhotoError, find_codes, open_photo
from cxdesigner.model import Journey, Project

Progress = Callable[[int, int], None]


class WallError(Exception):
    """The photos say nothing about this project; the message says why and what to do."""


@dataclass(frozen=True)
class PhotoSummary:
    """What one photo gave: its size as read, the kit's codes read, the codes not read."""

    path: Path
    size: tuple[int, int]
    codes: int
    unreadable: int


@dataclass
class WallReading:
    """The wall as read and the changes it shows, for the list to accept."""

    journey: Journey
    arrangement: Arrangement
    changes: list[WallChange]
    photos: list[PhotoSummary] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def notes(self) -> list[Note]:
        return self.arrangement.notes


@dataclass
class _Spot:
    """An unreadable code, in its photo's wall frame."""

    photo: int
    where: tuple[float, float]
    centre: tuple[float, float]
    image: bytes | None


@dataclass
class _Photo:
    summary: PhotoSummary
    sightings: list[Sighting]
    spots: list[_Spot]
    images: dict[tuple[int, int], bytes]


def _card_image(photo: Image.Image, fit: WallFit, centre: tuple[float, float],
                tilt: float) -> bytes:
    """The card whose symbol is at ``centre`` (wall mm), straightened."""
    cos, sin = math.cos(tilt), math.sin(tilt)
    corners = np.array([(centre[0] + cos * dx - sin * dy, centre[1] + sin * dx + cos * dy)
                        for dx, dy in CARD.corners_from_symbol()])
    on_photo = fit.to_photo(corners)
    return straighten(photo, [(float(x), float(y)) for x, y in on_photo],
                      (CARD.width, CARD.height))


def _to_wall(fit: WallFit, corners: Sequence[tuple[float, float]]) -> tuple[tuple[float, float],
                                                                           float]:
    """A detection's centre on the wall (mm) and its tilt, from the photo's fit."""
    inverse = np.linalg.inv(fit.homography)
    points = np.hstack([np.array(corners), np.ones((4, 1))]) @ inverse.T
    wall = points[:, :2] / points[:, 2:3]
    centre = wall.mean(axis=0)
    across = (wall[1] - wall[0]) + (wall[2] - wall[3])
    return (float(centre[0]), float(centre[1])), float(math.atan2(across[1], across[0]))


def _read_photo(index: int, path: Path) -> _Photo:
    image = open_photo(path)
    detections = find_codes(image)
    kit: list[tuple[int, Detection, KitCode]] = []
    unreadable: list[Detection] = []
    for spot_index, detection in enumerate(detections):
        code = parse_code(detection.text) if detection.readable else None
        if code is not None:
            kit.append((spot_index, detection, code))
        elif not detection.readable:
            unreadable.append(detection)
    summary = PhotoSummary(path, image.size, len(kit), len(unreadable))
    if not kit:
        return _Photo(summary, [], [], {})
    try:
        fit = fit_wall([Symbol(d.corners, QR_SIZE) for _, d, _ in kit], image.size)
    except FitError:
        return _Photo(summary, [], [], {})
    sightings = []
    images: dict[tuple[int, int], bytes] = {}
    for row, (spot_index, _, code) in enumerate(kit):
        centre = (float(fit.centres[row, 0]), float(fit.centres[row, 1]))
        tilt = float(fit.tilts[row])
        sightings.append(Sighting(code, index, spot_index, centre, tilt))
        if code.kind is PieceKind.BLANK:
            images[(index, spot_index)] = _card_image(image, fit, centre, tilt)
    spots = []
    for detection in unreadable:
        centre, tilt = _to_wall(fit, detection.corners)
        spots.append(_Spot(index, detection.centre, centre,
                           _card_image(image, fit, centre, tilt)))
    return _Photo(summary, sightings, spots, images)


def _unread_spots(board: Board, photos: Sequence[_Photo]) -> list[Note]:
    """The codes that no photo could read, one note for each place on the wall."""
    known = [piece.centre for piece in board.pieces]
    notes: list[Note] = []
    places: list[tuple[float, float]] = []
    for photo in photos:
        for spot in photo.spots:
            joint = board.joints.get(spot.photo)
            if joint is None:
                continue
            place = joint.apply(spot.centre)
            if any(math.dist(place, other) < SAME_PIECE for other in [*known, *places]):
                continue
            places.append(place)
            notes.append(Note(NoteKind.UNREADABLE, photo=spot.photo, where=spot.where,
                              image=spot.image))
    return notes


def read_wall(project: Project, paths: Sequence[Path],
              progress: Progress | None = None) -> WallReading:
    """Read the photos of the wall at ``paths`` and list what they change in ``project``.

    Raises:
        PhotoError: a photo cannot be opened (missing, not an image, too large).
        WallError: no code of the kit was read, or none belongs to this project.
    """
    started = time.perf_counter()
    photos: list[_Photo] = []
    for index, path in enumerate(paths):
        photos.append(_read_photo(index, path))
        if progress is not None:
            progress(index + 1, len(paths))
    board = join_photos([photo.sightings for photo in photos])
    if not board.pieces:
        raise WallError("no code of a workshop kit was read on the photos. Take them closer "
                        "(a code at least 60 pixels wide), in focus and in good light.")
    journey = wall_journey(board, project.journeys)
    if journey is None:
        raise WallError("the codes on the photos belong to another project: open the project "
                        "whose workshop kit is on the wall.")
    images = {key: data for photo in photos for key, data in photo.images.items()}
    arrangement = arrange(board, journey, images)
    arrangement.notes.extend(_unread_spots(board, photos))
    arrangement.notes.extend(Note(NoteKind.LONE_PHOTO, photo=index)
                             for index in board.lone_photos)
    arrangement.notes.extend(Note(NoteKind.NO_CODES, photo=index)
                             for index, photo in enumerate(photos) if not photo.sightings)
    return WallReading(journey, arrangement, wall_changes(journey, arrangement),
                       [photo.summary for photo in photos], time.perf_counter() - started)


__all__ = ["PhotoError", "WallError", "WallReading", "read_wall"]
