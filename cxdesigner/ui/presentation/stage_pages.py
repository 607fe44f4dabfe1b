"""One stage on the projector, large enough to read from the back of the room: its zoom keeps
the map's smallest text at a sixtieth of the screen's height, and a stage too large for the
screen at that size is shown in parts (its upper lanes, then its lower ones; its first cards,
then the next ones), as a long text is turned page by page."""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QRectF, QSizeF

from cxdesigner.drawing import sizes
from cxdesigner.layout import MapLayout, StageBox
from cxdesigner.layout.geometry import Rect
from cxdesigner.ui.presentation.rows import named_bands

LEGIBLE_FRACTION = 60
"""The smallest text on the projector is at least the screen's height divided by this: the
common rule for slides read from the back of a room."""
SMALLEST_MAP_TEXT = min(
    *sizes.CARD_TITLE, *sizes.CARD_TEXT, *sizes.CELL_TEXT, *sizes.MARKER_WORD,
    *sizes.NOTE_TEXT, *sizes.FLOW_LABEL, sizes.EMOTION_SCALE, sizes.EMOTION_VALUE,
    sizes.BADGE_TEXT, *sizes.STAGE_NAME, *sizes.LANE_LABEL)
"""The smallest size (map points) the map may draw a text at, before it shortens it."""
MAX_ZOOM = 2.5
"""A stage that fits larger is not blown up beyond this (unless the screen needs more to
keep its text legible)."""
EDGE = 8.0
"""Map points shown around a part, so that its cards do not touch the screen's edges."""


def legible_pixels(screen_height: float) -> float:
    """The least height (pixels) of any text on a screen this high, for the room."""
    return screen_height / LEGIBLE_FRACTION


def legible_zoom(screen_height: float) -> float:
    """The least zoom at which every text of the map is legible on a screen this high."""
    return legible_pixels(screen_height) / SMALLEST_MAP_TEXT


@dataclass(frozen=True)
class StagePlan:
    """How a stage is shown: its zoom, and the parts of the map shown one after another.

    Attributes:
        zoom: pixels per map point, the same for every part of the stage.
        parts: the parts of the map, in reading order (cards first, then lanes: the upper
            lanes of the first cards, their lower lanes, then the next cards).
        rows: how many parts the stage's lanes are cut into (1: all its lanes at once).
    """

    zoom: float
    parts: tuple[QRectF, ...]
    rows: int

    def row_of(self, part: int) -> int:
        """Which group of lanes part ``part`` shows (0: the upper lanes, with the header)."""
        return part % self.rows


def plan_stage(layout: MapLayout, stage: StageBox, room: QSizeF, pinned_band: float,
               least_zoom: float, empty: Collection[StrEnum] = ()) -> StagePlan:
    """The zoom and parts that show ``stage`` in ``room`` (pixels) no smaller than
    ``least_zoom``; parts below the first keep ``pinned_band`` pixels at the top for the
    stage's name, as their header is out of sight. The rows of ``empty`` (lanes the stage
    leaves empty) make no part of their own, and the stage ends at its last row in use."""
    column = stage.column
    bands = [(name, band, name not in empty) for name, band in named_bands(layout)]
    while bands and not bands[-1][2]:
        bands.pop()  # the stage's last lanes are empty: it ends above them
    top = stage.header.y - EDGE
    bottom = bands[-1][1].bottom + EDGE if bands else \
        layout.height - layout.metrics.margin + EDGE
    whole = QRectF(column.x - EDGE, top, column.width + 2 * EDGE, bottom - top)
    fits = min(room.width() / whole.width(), room.height() / whole.height())
    if fits >= least_zoom:
        return StagePlan(max(least_zoom, min(fits, MAX_ZOOM)), (whole,), 1)
    zoom = least_zoom
    slices = _slices(layout, stage, room.width() / zoom)
    rows = _rows(bands, top, bottom, room.height() / zoom,
                 (room.height() - pinned_band) / zoom)
    parts = tuple(QRectF(left, upper, right - left, lower - upper)
                  for left, right in slices for upper, lower in rows)
    return StagePlan(zoom, parts, len(rows))


def _slices(layout: MapLayout, stage: StageBox, width: float) -> list[tuple[float, float]]:
    """The stage's cards cut into runs that fit ``width`` map points (one card at least)."""
    slot = layout.metrics.slot_width
    per_slice = max(1, math.floor((width - 2 * EDGE) / slot))
    count = max(1, stage.slot_count)
    left = stage.column.x
    return [(left + first * slot - EDGE, left + min(count, first + per_slice) * slot + EDGE)
            for first in range(0, count, per_slice)]


def _rows(bands: Sequence[tuple[StrEnum, Rect, bool]], top: float, bottom: float,
          first_height: float, height: float) -> list[tuple[float, float]]:
    """The map from ``top`` to ``bottom`` cut between its ``bands`` (lanes and the
    blueprint's rows, each with whether it is in use) into rows: the first (with the stage's
    header) at most ``first_height`` map points high, the others ``height``. A lane taller
    than a row gets a row of its own; a row below the first whose lanes are all empty is
    left out."""
    rows: list[tuple[float, float, bool]] = []
    upper, room, used = top, first_height, True  # the first row holds the stage's header
    for _, band, filled in bands:
        lower = band.bottom + EDGE / 2
        if lower - upper > room and band.y - EDGE / 2 > upper:
            rows.append((upper, band.y - EDGE / 2, used))
            upper, room, used = band.y - EDGE / 2, height, False
        used = used or filled
    rows.append((upper, max(bottom, upper + 1), used))
    return [(upper, lower) for upper, lower, used in rows if used]
