"""Bare baselines: the least any program must spend to do what each measured step does.

Each one is measured in the same process, on the same project, right beside the real step,
so a ratio to it holds on a fast or a slow, quiet or noisy machine:

- open: ``json.loads`` of the file, then a stock ``QGraphicsScene`` holding one
  ``QGraphicsRectItem`` and one ``QGraphicsSimpleTextItem`` per card, per touchpoint's lane
  cells, per stage header and per note, and one ``QGraphicsPathItem`` per flow, shown in a
  view of the same size and grabbed the same way;
- save: the same data written with ``json.dumps`` (its C encoder: no indentation) +
  ``write`` + ``fsync``;
- PDF: one reportlab page with a box and a one-line label for everything the map sheet
  shows (each card, each filled cell, each listed item up to the rows shown, each emotion
  dot, each stage header and note) and a line per flow, in the same embedded font;
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
from cxdesigner.drawing.fonts import load_fonts, register_family
from cxdesigner.layout import MapLayout, layout_journey
from cxdesigner.model import Lane, MomentOfTruth, Project, Touchpoint

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


def _filled_cells(touchpoint: Touchpoint, layout: MapLayout) -> list[tuple[Lane, int, str]]:
    """What the map shows of a touchpoint: (lane, how many boxes, a label)."""
    rows = layout.list_rows
    shown = {
        Lane.TOUCHPOINTS: (1, touchpoint.title),
        Lane.ACTIONS: (int(bool(touchpoint.customer_action.strip())), touchpoint.customer_action),
        Lane.CHANNELS: (int(touchpoint.channel_id is not None), touchpoint.channel_id or ""),
        Lane.INTERLOCUTORS: (int(touchpoint.interlocutor_id is not None),
                             touchpoint.interlocutor_id or ""),
        Lane.MOMENTS: (int(touchpoint.moment is not MomentOfTruth.NONE), touchpoint.moment),
        Lane.CRITICALITY: (int(touchpoint.criticality is not None),
                           str(touchpoint.criticality or "")),
        Lane.EMOTION: (int(touchpoint.emotion is not None), str(touchpoint.emotion)),
        Lane.VERBATIMS: (min(rows, len(touchpoint.verbatims)), "verbatim"),
        Lane.IRRITANTS: (min(rows, len(touchpoint.irritants)), "irritant"),
        Lane.OPPORTUNITIES: (min(rows, len(touchpoint.opportunities)), "opportunity"),
    }
    return [(lane, count, text) for lane, (count, text) in shown.items() if count]


def bare_pdf(project: Project, layout: MapLayout) -> bytes:
    """The PDF baseline: a box and a one-line label per thing the map shows, on one A0 page."""
    fonts = load_fonts()
    register_family(fonts)
    width, height = A0_LANDSCAPE
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1,
                    initialFontName=fonts.regular)  # type: ignore[arg-type]  # stub: float
    scale = min(width / layout.width, height / layout.height)
    canvas.translate(0, height - layout.height * scale)
    canvas.scale(scale, scale)
    canvas.setFont(fonts.regular, 8)
    journey = project.journeys[0]
    for stage, box in zip(journey.stages, layout.stages, strict=True):
        header = box.header
        canvas.rect(header.x, layout.height - header.bottom, header.width, header.height,
                    stroke=1, fill=1)
        canvas.drawString(header.x + 4, layout.height - header.bottom + 4, stage.name[:30])
    for _, touchpoint in journey.touchpoints():
        for lane, count, text in _filled_cells(touchpoint, layout):
            cell = layout.cell(touchpoint.id, lane)
            if cell is None:
                continue
            height = cell.height / count
            for row in range(count):
                top = cell.y + row * height
                canvas.rect(cell.x, layout.height - top - height, cell.width, height,
                            stroke=1, fill=0)
                canvas.drawString(cell.x + 3, layout.height - top - 10, text[:30])
    for note in layout.notes:
        rect = note.rect
        canvas.rect(rect.x, layout.height - rect.bottom, rect.width, rect.height, stroke=1,
                    fill=1)
        canvas.drawString(rect.x + 3, layout.height - rect.y - 10, "note")
    for route in layout.flows:
        path = canvas.beginPath()
        path.moveTo(route.points[0].x, layout.height - route.points[0].y)
        for point in route.points[1:]:
            path.lineTo(point.x, layout.height - point.y)
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
