"""The whole map on one screen: cut into rows of stages when it is long, as a long map is
printed in strips, each row a pane (a part of the map and where it lands on the screen)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QRectF

from cxdesigner.export.strips import label_width, strip_ranges
from cxdesigner.layout import MapLayout
from cxdesigner.layout.geometry import Rect

MAX_ROWS = 8
GAIN = 1.12
"""One more row must show the map at least this much larger to be worth the cut."""
ROW_GAP = 10.0
"""Pixels between a row and the stage names of the next one."""


def named_bands(layout: MapLayout) -> list[tuple[StrEnum, Rect]]:
    """Every row of the map that the lane column names, top to bottom, with its band: the
    visible lanes, then the service blueprint's rows when it is shown."""
    bands: list[tuple[StrEnum, Rect]] = [(lane.lane, lane.band) for lane in layout.lanes]
    if layout.blueprint is not None:
        bands += [(band.layer, band.band) for band in layout.blueprint.bands]
    return bands


@dataclass(frozen=True)
class Pane:
    """A part of the map (map coordinates) and the screen rectangle it is drawn in."""

    source: QRectF
    target: QRectF

    @property
    def scale(self) -> float:
        """Screen pixels per map point."""
        return self.target.width() / self.source.width() if self.source.width() else 1.0

    def to_screen(self, rect: QRectF) -> QRectF:
        """A rectangle of the map, on the screen."""
        scale = self.scale
        return QRectF(self.target.left() + (rect.left() - self.source.left()) * scale,
                      self.target.top() + (rect.top() - self.source.top()) * scale,
                      rect.width() * scale, rect.height() * scale)

    def screen_y(self, y: float) -> float:
        return self.target.top() + (y - self.source.top()) * self.scale


def plan_rows(layout: MapLayout, area: QRectF, band: float) -> list[Pane]:
    """The map cut into the number of rows that shows it largest in ``area`` (one row when
    cutting gains little), each row with ``band`` pixels above it for the stage names.

    The rows leave out the map's own lane labels: the presentation pins its own column.
    """
    start = label_width(layout)
    best: tuple[float, list[tuple[float, float]]] | None = None
    for count in range(1, MAX_ROWS + 1):
        ranges = [(max(left, start), right) for left, right in strip_ranges(layout, count)]
        if len(ranges) < count:
            break  # no more places to cut
        width = max(right - left for left, right in ranges)
        room = area.height() - count * band - (count - 1) * ROW_GAP
        if room <= 0 or width <= 0:
            break
        scale = min(area.width() / width, room / (count * layout.height))
        if best is None or scale > best[0] * GAIN:
            best = (scale, ranges)
    if best is None:
        return []
    scale, ranges = best
    height = layout.height * scale
    block = len(ranges) * (band + height) + (len(ranges) - 1) * ROW_GAP
    top = area.top() + max(0.0, (area.height() - block) / 2)
    panes = []
    for left, right in ranges:
        target = QRectF(area.left(), top + band, (right - left) * scale, height)
        panes.append(Pane(QRectF(left, 0.0, right - left, layout.height), target))
        top = target.bottom() + ROW_GAP
    return panes
