"""The benchmark's radar: each player's mean on every criterion, out of 10, on one web.

Drawn once as primitives (:class:`~cxdesigner.drawing.sketch.Sketch`), painted by the PDF
and by the editor's panel alike. It reads in black and white: each player has its own mark
(filled and open shapes in turn) and its own dash, the client's line is the widest, and
the legend repeats mark, dash and name.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from cxdesigner.analysis.benchmark import Benchmark, CriterionRow
from cxdesigner.drawing.sketch import Align, Sketch
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point, Rect

MIN_CRITERIA = 3
"""A radar needs three axes; with fewer criteria scored the table says it all."""
LABEL_SIZE = 8.0
LEGEND_SIZE = 8.0
MARK = 3.2
"""Half the size of a player's mark, in points."""
_LEGEND_ROW = 14.0
_LABEL_ROOM = 64.0
"""Room left and right of the web for the criteria's names."""


@dataclass(frozen=True)
class PlayerStyle:
    """How one player is drawn: its colour, mark, dash and line width."""

    colour: str
    mark: str
    dash: tuple[float, ...]
    width: float


def player_styles(bench: Benchmark) -> dict[str, PlayerStyle]:
    """Each player's style, by its place among the project's players."""
    styles = {}
    for index, player in enumerate(bench.players):
        marks, dashes = palette.PLAYER_MARKS, palette.PLAYER_DASHES
        styles[player.id] = PlayerStyle(player.colour, marks[index % len(marks)],
                                        dashes[index % len(dashes)],
                                        1.8 if player.id == bench.client_id else 1.1)
    return styles


def draw_mark(pad: Sketch, centre: Point, style: PlayerStyle, size: float = MARK) -> None:
    """A player's mark: a disc, square, triangle, diamond, ring or cross."""
    x, y = centre.x, centre.y
    ink, paper = style.colour, palette.PAPER
    if style.mark == "disc":
        pad.circle(centre, size, ink)
    elif style.mark == "ring":
        pad.circle(centre, size, paper, ink, 1.0)
    elif style.mark == "square":
        pad.rect(Rect(x - size, y - size, 2 * size, 2 * size), paper, ink, 1.0)
    elif style.mark == "triangle":
        pad.polygon([Point(x, y - size * 1.2), Point(x + size * 1.1, y + size * 0.8),
                     Point(x - size * 1.1, y + size * 0.8)], ink)
    elif style.mark == "diamond":
        pad.polygon([Point(x, y - size * 1.25), Point(x + size * 1.1, y),
                     Point(x, y + size * 1.25), Point(x - size * 1.1, y)], paper, ink, 1.0)
    else:
        pad.line(Point(x - size, y - size), Point(x + size, y + size), ink, 1.3)
        pad.line(Point(x - size, y + size), Point(x + size, y - size), ink, 1.3)


def radar_rows(bench: Benchmark) -> list[CriterionRow]:
    """The criteria the radar shows: those some player is scored on."""
    return [row for row in bench.criteria if row.best is not None]


def _legend_lines(pad: Sketch, bench: Benchmark, width: float) -> list[list[tuple[str, float]]]:
    """The players drawn, in rows of legend entries that fit ``width``: (id, entry width)."""
    rows: list[list[tuple[str, float]]] = [[]]
    used = 0.0
    for player in bench.players:
        if bench.overall.figure(player.id).mean is None:
            continue
        font = pad.fonts.bold if player.id == bench.client_id else pad.fonts.regular
        entry = 30.0 + pad.width(player.name, font, LEGEND_SIZE) + 14.0
        if rows[-1] and used + entry > width:
            rows.append([])
            used = 0.0
        rows[-1].append((player.id, entry))
        used += entry
    return [row for row in rows if row]


def legend_height(pad: Sketch, bench: Benchmark, width: float) -> float:
    """The height the legend takes under a radar ``width`` wide."""
    return len(_legend_lines(pad, bench, width)) * _LEGEND_ROW


def _axis_point(centre: Point, radius: float, index: int, count: int, value: float) -> Point:
    angle = -math.pi / 2 + 2 * math.pi * index / count  # the first axis points up
    return Point(centre.x + math.cos(angle) * radius * value / 10,
                 centre.y + math.sin(angle) * radius * value / 10)


def draw_radar(pad: Sketch, bench: Benchmark, box: Rect) -> float:
    """The radar of ``bench`` at the top of ``box``, its legend under it; returns the height
    used (0: nothing drawn, when fewer than :data:`MIN_CRITERIA` criteria are scored)."""
    rows = radar_rows(bench)
    if len(rows) < MIN_CRITERIA:
        return 0.0
    fonts = pad.fonts
    legend = legend_height(pad, bench, box.width)
    radius = max(20.0, min((box.width - 2 * _LABEL_ROOM) / 2,
                           (box.height - legend - 2 * LABEL_SIZE * 2.2) / 2))
    centre = Point(box.center.x, box.y + LABEL_SIZE * 2.2 + radius)
    count = len(rows)
    for ring in (2, 4, 6, 8, 10):
        points = [_axis_point(centre, radius, i, count, ring) for i in range(count)]
        pad.polyline([*points, points[0]], palette.RULE if ring < 10 else palette.INK_FAINT,
                     0.5, () if ring == 10 else (1.5, 2.0))
        label = _axis_point(centre, radius, 0, count, ring)
        pad.text(label.x + 2.5, label.y + 2.5, str(ring), fonts.regular, 6.0,
                 palette.INK_MUTED)
    for index, row in enumerate(rows):
        end = _axis_point(centre, radius, index, count, 10)
        pad.line(centre, end, palette.RULE, 0.5)
        outer = _axis_point(centre, radius + 10, index, count, 10)
        dx = outer.x - centre.x
        align: Align = "centre" if abs(dx) < radius * 0.2 else "left" if dx > 0 else "right"
        baseline = outer.y + LABEL_SIZE * 0.35
        if abs(dx) < radius * 0.2:
            baseline += -2.0 if outer.y < centre.y else LABEL_SIZE * 0.6
        pad.text(outer.x, baseline, row.criterion, fonts.bold, LABEL_SIZE, palette.INK, align)
    styles = player_styles(bench)
    for player in bench.players:
        style = styles[player.id]
        marks = [(_axis_point(centre, radius, i, count, mean)
                  if (mean := row.figure(player.id).mean) is not None else None)
                 for i, row in enumerate(rows)]
        _draw_player_line(pad, marks, style)
        for point in marks:
            if point is not None:
                draw_mark(pad, point, style)
    lowest = max(_axis_point(centre, radius + 10, i, count, 10).y for i in range(count))
    top = lowest + LABEL_SIZE * 1.6
    _draw_legend(pad, bench, styles, Rect(box.x, top, box.width, legend))
    return top + legend - box.y


def _draw_player_line(pad: Sketch, points: list[Point | None], style: PlayerStyle) -> None:
    """The web of one player: closed when every criterion is scored, else the runs of
    neighbouring scored criteria (nothing is drawn through a criterion not scored)."""
    if all(point is not None for point in points):
        closed = [point for point in points if point is not None]
        pad.polyline([*closed, closed[0]], style.colour, style.width, style.dash)
        return
    start = next(i for i, point in enumerate(points) if point is None)
    run: list[Point] = []
    for offset in range(1, len(points) + 1):
        point = points[(start + offset) % len(points)]
        if point is None:
            pad.polyline(run, style.colour, style.width, style.dash)
            run = []
        else:
            run.append(point)


def _draw_legend(pad: Sketch, bench: Benchmark, styles: dict[str, PlayerStyle],
                 box: Rect) -> None:
    for number, row in enumerate(_legend_lines(pad, bench, box.width)):
        total = sum(width for _, width in row)
        x = box.center.x - total / 2
        y = box.y + number * _LEGEND_ROW + _LEGEND_ROW / 2
        for player_id, width in row:
            style = styles[player_id]
            pad.line(Point(x, y), Point(x + 24, y), style.colour, style.width, style.dash)
            draw_mark(pad, Point(x + 12, y), style)
            client = player_id == bench.client_id
            pad.text(x + 30, y + LEGEND_SIZE * 0.35, bench.player(player_id).name,
                     pad.fonts.bold if client else pad.fonts.regular, LEGEND_SIZE,
                     palette.INK)
            x += width
