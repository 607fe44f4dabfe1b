"""Bare baselines: the least any program must spend to do what each measured step does.

Each one is measured in the same process, on the same project, right beside the real step,
so a ratio to it holds on a fast or a slow, quiet or noisy machine:

- open: ``json.loads`` of the file, then a stock ``QGraphicsScene`` holding one
  ``QGraphicsRectItem`` and one ``QGraphicsSimpleTextItem`` per card, per touchpoint's lane
  cells, per stage header and per note, and one ``QGraphicsPathItem`` per flow, shown in a
  view of the same size and grabbed the same way;
- save: the same data written with ``json.dumps`` (its C encoder: no indentation) +
  ``write`` + ``fsync``;
- PDF: one reportlab page with a box for each shape, a one-line label for each line of
  text and a path for each line or curve that the printed map shows (counted from the
  export's own drawing of the map, before the clock starts; an icon, a badge or a pill
  counts as one box), in the same embedded fonts and sizes;
- stats: a plain networkx ``DiGraph`` of every journey's touchpoints and flows;
- memory: an interpreter with PySide6 imported, a ``QApplication`` and the JSON loaded;
- adding a touchpoint: the same add and undo on the document alone, with no map listening
  (the data's own cost: the card put in its stage, then taken out with what points to it);
- the map overview: a picture of the overview's size with a filled rectangle per card.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView
from reportlab.pdfgen.canvas import Canvas

from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import AddTouchpoint
from cxdesigner.drawing.elisions import ElisionLog
from cxdesigner.drawing.fonts import load_fonts, register_family
from cxdesigner.drawing.primitives import Curve, Group, Line, Polyline, Primitive, Text, bounds
from cxdesigner.export.labels import Labels
from cxdesigner.export.printed_map import PrintedMap
from cxdesigner.layout import MapLayout, layout_journey
from cxdesigner.model import Lane, Project, Touchpoint

VIEW_SIZE = (1600, 1000)
A0_LANDSCAPE = (3370.39, 2383.94)
"""A0 turned landscape, in points."""


@dataclass(frozen=True)
class SceneSpec:
    """What the bare scene holds: labelled rectangles and polylines, in scene units."""

    width: float
    height: float
    boxes: tuple[tuple[float, float, float, float, str], ...]
    lines: tuple[tuple[tuple[float, float], ...], ...]

    @property
    def item_count(self) -> int:
        return 2 * len(self.boxes) + len(self.lines) + 1


def scene_spec(project: Project) -> SceneSpec:
    """The bare scene matching the map of the project's first journey (built untimed)."""
    journey = project.journeys[0]
    layout = layout_journey(journey)
    channels = project.channel_names()
    boxes: list[tuple[float, float, float, float, str]] = []
    for stage, stage_box in zip(journey.stages, layout.stages, strict=True):
        header = stage_box.header
        boxes.append((header.x, header.y, header.width, header.height, stage.name))
    for _, touchpoint in journey.touchpoints():
        card = layout.touchpoints[touchpoint.id].card
        boxes.append((card.x, card.y, card.width, card.height, touchpoint.title))
        cells = [cell for lane in layout.lanes
                 if lane.lane is not Lane.TOUCHPOINTS
                 and (cell := layout.cell(touchpoint.id, lane.lane)) is not None]
        if cells:
            top, bottom = min(c.y for c in cells), max(c.bottom for c in cells)
            boxes.append((card.x, top, card.width, bottom - top,
                          channels.get(touchpoint.channel_id or "", "")))
    notes = {note.id: note.text for note in journey.notes}
    for note in layout.notes:
        rect = note.rect
        boxes.append((rect.x, rect.y, rect.width, rect.height, notes[note.note_id]))
    lines = tuple(tuple((p.x, p.y) for p in route.points) for route in layout.flows)
    return SceneSpec(layout.width, layout.height, tuple(boxes), lines)


def bare_scene(spec: SceneSpec) -> QGraphicsScene:
    """A stock scene with the spec's rectangles, labels and polylines."""
    scene = QGraphicsScene()
    scene.setSceneRect(QRectF(-60, -60, spec.width + 120, spec.height + 120))
    scene.addRect(QRectF(0, 0, spec.width, spec.height), QPen(Qt.PenStyle.NoPen),
                  QBrush(QColor("#ffffff"))).setZValue(-10)
    font = QFont()
    font.setPixelSize(13)
    border, fill, ink = QPen(QColor("#9aa5b1"), 1.0), QBrush(QColor("#f5f7fa")), QColor("#1f2933")
    for x, y, width, height, text in spec.boxes:
        scene.addRect(QRectF(x, y, width, height), border, fill)
        label = scene.addSimpleText(text, font)
        label.setBrush(ink)
        label.setPos(x + 8, y + 8)
    flow_pen = QPen(QColor("#52606d"), 1.8)
    for points in spec.lines:
        path = QPainterPath(QPointF(*points[0]))
        for point in points[1:]:
            path.lineTo(QPointF(*point))
        scene.addPath(path, flow_pen).setZValue(8)
    return scene


def show_and_grab(view: QGraphicsView, fit: QRectF | None = None) -> QImage:
    """Show ``view`` at the benchmark's size and paint it once (at 100 % unless ``fit``)."""
    view.resize(*VIEW_SIZE)
    view.show()
    if fit is not None:
        view.fitInView(fit, Qt.AspectRatioMode.KeepAspectRatio)
    return view.grab().toImage()


def bare_view(spec: SceneSpec) -> QGraphicsView:
    """A stock view owning a stock scene, with the map view's render hints."""
    scene = bare_scene(spec)
    view = QGraphicsView(scene)
    scene.setParent(view)  # a view does not keep a Python-made scene alive
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    return view


def bare_open(path: Path, spec: SceneSpec) -> tuple[QGraphicsView, Any]:
    """The open baseline: parse the file, build the stock scene, show it and paint it."""
    data = json.loads(path.read_bytes())
    view = bare_view(spec)
    show_and_grab(view)
    return view, data


def bare_save(data: Any, path: Path) -> None:
    """The save baseline: the same data as JSON text, written and flushed to the disk."""
    text = json.dumps(data, ensure_ascii=False) + "\n"
    with path.open("wb") as stream:
        stream.write(text.encode("utf-8"))
        stream.flush()
        os.fsync(stream.fileno())


@dataclass(frozen=True)
class PrintedMarks:
    """What the printed map shows, as plain marks in map units (y growing downwards)."""

    width: float
    height: float
    boxes: tuple[tuple[float, float, float, float], ...]
    """x, y, width, height: one per shape, a symbol (icon, badge, pill) counting as one."""
    labels: tuple[tuple[float, float, str, float, str], ...]
    """x, baseline, font, size, text: one per line of text."""
    strokes: tuple[tuple[tuple[float, float], ...], ...]
    """The points of each line, polyline and curve (a curve by its segments' ends)."""

    @property
    def count(self) -> int:
        return len(self.boxes) + len(self.labels) + len(self.strokes)


def printed_marks(project: Project, layout: MapLayout) -> PrintedMarks:
    """Everything the map of the first journey shows once printed, from the export's own
    drawing of it: what the bare PDF puts on paper, so that both put as much there."""
    fonts = load_fonts()
    register_family(fonts)
    journey = project.journeys[0]
    printed = PrintedMap(project, journey, layout, None, Labels(project.language),
                         ElisionLog())
    boxes: list[tuple[float, float, float, float]] = []
    labels: list[tuple[float, float, str, float, str]] = []
    strokes: list[tuple[tuple[float, float], ...]] = []

    def add(parts: Sequence[Primitive], dx: float, dy: float) -> None:
        for part in parts:
            if isinstance(part, Group):
                add(part.parts, dx + part.origin.x, dy + part.origin.y)
            elif isinstance(part, Text):
                for index, line in enumerate(part.lines):
                    labels.append((dx + part.starts[index],
                                   dy + part.baseline + index * part.leading, part.font,
                                   part.size, line))
            elif isinstance(part, Line | Polyline | Curve):
                if isinstance(part, Line):
                    points = [part.start, part.end]
                elif isinstance(part, Polyline):
                    points = list(part.points)
                else:
                    points = [part.segments[0].start, *(s.end for s in part.segments)]
                strokes.append(tuple((dx + p.x, dy + p.y) for p in points))
            else:
                box = bounds(part)
                boxes.append((dx + box.x, dy + box.y, box.width, box.height))

    add(printed.drawing(fonts).draw(), 0.0, 0.0)
    return PrintedMarks(layout.width, layout.height, tuple(boxes), tuple(labels),
                        tuple(strokes))


def bare_pdf(marks: PrintedMarks) -> bytes:
    """The PDF baseline: a box per shape, a one-line label per line of text and a path per
    stroke the printed map shows, with reportlab's plain calls, on one A0 page."""
    width, height = A0_LANDSCAPE
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1)
    scale = min(width / marks.width, height / marks.height)
    canvas.translate(0, height - marks.height * scale)
    canvas.scale(scale, scale)
    top = marks.height
    for x, y, box_width, box_height in marks.boxes:
        canvas.rect(x, top - y - box_height, box_width, box_height, stroke=1, fill=1)
    for x, baseline, font, size, text in marks.labels:
        canvas.setFont(font, size)
        canvas.drawString(x, top - baseline, text)
    for points in marks.strokes:
        path = canvas.beginPath()
        path.moveTo(points[0][0], top - points[0][1])
        for x, y in points[1:]:
            path.lineTo(x, top - y)
        canvas.drawPath(path, stroke=1, fill=0)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def bare_add(document: JourneyDocument, journey_id: str, stage_id: str) -> None:
    """The add baseline: a touchpoint added at the start of a stage, then undone, with
    nothing but the document and its undo stack."""
    stack = document.undo_stack
    stack.push(AddTouchpoint(document, journey_id, stage_id, 0, Touchpoint(title="Nouveau")))
    stack.undo()


OVERVIEW_SIZE = (300, 120)
"""The largest map overview (pixels), as the editor shows it."""


def bare_overview(layout: MapLayout) -> QImage:
    """The overview baseline: a picture of the overview's size with a filled rectangle for
    each card, drawn with QPainter, nothing merged or skipped."""
    width, height = OVERVIEW_SIZE
    scale = min(width / layout.width, height / layout.height)
    image = QImage(round(layout.width * scale) + 4, round(layout.height * scale) + 4,
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(2, 2)
    painter.scale(scale, scale)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1d3557"))
    for box in layout.touchpoints.values():
        card = box.card
        painter.drawRect(QRectF(card.x, card.y, card.width, card.height))
    painter.end()
    return image


def bare_graphs(project: Project) -> list[nx.DiGraph[str]]:
    """The stats baseline: each journey's touchpoints and flows as a plain directed graph."""
    graphs: list[nx.DiGraph[str]] = []
    for journey in project.journeys:
        graph: nx.DiGraph[str] = nx.DiGraph()
        graph.add_nodes_from(tp.id for _, tp in journey.touchpoints())
        graph.add_edges_from((flow.source_id, flow.target_id) for flow in journey.flows)
        graphs.append(graph)
    return graphs
