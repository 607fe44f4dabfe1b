"""Several personas' emotion curves over one another in the emotion lane, with a legend."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from cxdesigner.canvas.context import MapContext
from cxdesigner.canvas.labels import lane_name
from cxdesigner.canvas.painting import BOX_LOD, DETAIL_LOD, colour, draw_text, pen
from cxdesigner.layout import palette, smooth_segments
from cxdesigner.layout.geometry import Point
from cxdesigner.model import EMOTION_MAX, EMOTION_MIN, Lane, Persona

if TYPE_CHECKING:
    from cxdesigner.canvas.scene import JourneyScene

Z_PERSONA_CURVES = 2.5
"""Above the single emotion curve (which it replaces while shown)."""

PERSONA_COLOURS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9",
                   "#000000")
"""Okabe–Ito colours, told apart with the common colour-vision deficiencies (yellow left out:
it does not show on white)."""

PERSONA_DASHES: tuple[tuple[float, ...], ...] = (
    (), (10.0, 4.0), (2.5, 3.5), (12.0, 3.5, 2.5, 3.5), (18.0, 5.0), (5.0, 5.0))
"""A dash pattern per persona, so that the curves also differ on a grey photocopy."""

LEGEND_ROW = 16.0
LEGEND_SAMPLE = 26.0
LINE_WIDTH = 2.6


@dataclass(frozen=True)
class CurveStyle:
    """How one persona's curve is drawn."""

    persona_id: str
    name: str
    colour: str
    dashes: tuple[float, ...]


CLOSE = 120.0
"""Colours nearer than this (weighted RGB distance, 0 … 765) read as the same colour."""


def _distance(first: str, second: str) -> float:
    """The "redmean" weighted RGB distance: cheap, and close to how far colours look apart."""
    a, b = QColor(first), QColor(second)
    mean = (a.red() + b.red()) / 2
    red, green, blue = a.red() - b.red(), a.green() - b.green(), a.blue() - b.blue()
    return math.sqrt((2 + mean / 256) * red**2 + 4 * green**2
                     + (2 + (255 - mean) / 256) * blue**2)


def curve_styles(personas: Sequence[Persona]) -> list[CurveStyle]:
    """A distinct colour and dash pattern for each persona, in order.

    A persona keeps its own colour unless an earlier one of the list has (nearly) the same;
    it then takes the first unused colour of :data:`PERSONA_COLOURS`.
    """
    styles: list[CurveStyle] = []
    used: list[str] = []
    for index, persona in enumerate(personas):
        chosen = persona.colour.lower()
        if any(_distance(chosen, other) < CLOSE for other in used):
            chosen = next((c for c in PERSONA_COLOURS
                           if all(_distance(c, other) >= CLOSE for other in used)),
                          PERSONA_COLOURS[index % len(PERSONA_COLOURS)])
        used.append(chosen)
        styles.append(CurveStyle(persona.id, persona.name, chosen,
                                 PERSONA_DASHES[index % len(PERSONA_DASHES)]))
    return styles


def next_persona_colour(personas: Sequence[Persona]) -> str:
    """The first colour of :data:`PERSONA_COLOURS` that no persona has (a new persona's)."""
    taken = [persona.colour.lower() for persona in personas]
    return next((c for c in PERSONA_COLOURS if all(_distance(c, t) >= CLOSE for t in taken)),
                PERSONA_COLOURS[len(personas) % len(PERSONA_COLOURS)])


def _path(run: Sequence[Point]) -> QPainterPath:
    path = QPainterPath(QPointF(run[0].x, run[0].y))
    for segment in smooth_segments(list(run)):
        path.cubicTo(QPointF(segment.control1.x, segment.control1.y),
                     QPointF(segment.control2.x, segment.control2.y),
                     QPointF(segment.end.x, segment.end.y))
    return path


class PersonaCurvesItem(QGraphicsItem):
    """One smooth curve per persona of the journey, in the persona's colour and dash.

    Hidden until :meth:`set_overlay` shows it; while shown, the single curve of the scene is
    hidden, as every persona's curve (each falling back on the default emotions) is drawn.
    """

    def __init__(self, context: MapContext, single: QGraphicsItem) -> None:
        super().__init__()
        self._context = context
        self._single = single
        self._band = QRectF()
        self._plot_left = 0.0
        self._label = QRectF()
        self.curves: list[tuple[CurveStyle, list[QPainterPath], list[QPointF]]] = []
        """What is drawn: per persona, its style, one path per run and the dots."""
        self.setZValue(Z_PERSONA_CURVES)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setVisible(False)

    @property
    def overlaid(self) -> bool:
        return self.isVisible()

    def set_overlay(self, on: bool) -> None:
        """Show the personas' curves instead of the single one (or go back to it)."""
        self.setVisible(on)
        self.refresh()

    def personas(self) -> list[Persona]:
        """The personas of the journey (every persona of the project when it names none)."""
        journey = self._context.journey()
        project = self._context.document.project
        if journey is None:
            return []
        by_id = {persona.id: persona for persona in project.personas}
        chosen = [by_id[pid] for pid in journey.persona_ids if pid in by_id]
        return chosen or list(project.personas)

    def refresh(self) -> None:
        """Recompute the curves from the layout (only while shown)."""
        layout, journey = self._context.layout, self._context.journey()
        lane = layout.lane(Lane.EMOTION) if layout is not None else None
        if not self.isVisible() or layout is None or journey is None or lane is None:
            self.curves = []
            self._single.setVisible(True)
            return
        band = QRectF(lane.band.x, lane.band.y, lane.band.width, lane.band.height)
        if band != self._band:
            self.prepareGeometryChange()
            self._band = band
        self._plot_left = lane.label.right
        self._label = QRectF(lane.label.x, lane.label.y, lane.label.width, lane.label.height)
        self.curves = []
        for style in curve_styles(self.personas()):
            runs = layout.emotion_runs(journey, style.persona_id)
            dots = [QPointF(point.x, point.y) for run in runs for point in run]
            self.curves.append((style, [_path(run) for run in runs], dots))
        self._single.setVisible(not self.curves)
        self.update()

    @override
    def boundingRect(self) -> QRectF:
        return self._band.adjusted(0, -6, 0, 6)

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        layout = self._context.layout
        if self._band.isNull() or layout is None or not self.curves:
            return
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        plot = QRectF(self._plot_left, self._band.y(), self._band.right() - self._plot_left,
                      self._band.height())
        self._paint_scale(painter, plot, lod)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        chosen = self._context.persona_id
        width = LINE_WIDTH if lod >= DETAIL_LOD else LINE_WIDTH * 1.6
        for style, paths, _dots in self.curves:
            bold = 1.5 if style.persona_id == chosen else 1.0
            painter.setPen(pen(style.colour, width * bold, style.dashes))
            for path in paths:
                painter.drawPath(path)
        if lod >= DETAIL_LOD:
            # Earlier personas get larger dots: where values coincide, the dots nest as
            # rings and every persona stays visible.
            count = len(self.curves)
            for index, (style, _paths, dots) in enumerate(self.curves):
                radius = 3.4 + 1.6 * (count - 1 - index)
                painter.setPen(pen(palette.PAPER, 1.2))
                painter.setBrush(colour(style.colour))
                for dot in dots:
                    painter.drawEllipse(dot, radius, radius)
        if lod >= BOX_LOD:
            self._paint_legend(painter)

    def _paint_scale(self, painter: QPainter, plot: QRectF, lod: float) -> None:
        """The tinted halves, the neutral line and the -3…+3 ticks of the single curve."""
        layout = self._context.layout
        assert layout is not None
        zero = layout.emotion_y(0) or plot.center().y()
        painter.fillRect(QRectF(plot.x(), plot.y(), plot.width(), zero - plot.y()),
                         colour(palette.EMOTION_POSITIVE_TINT))
        painter.fillRect(QRectF(plot.x(), zero, plot.width(), plot.bottom() - zero),
                         colour(palette.EMOTION_NEGATIVE_TINT))
        ticks = [(value, y) for value in range(EMOTION_MIN, EMOTION_MAX + 1)
                 if (y := layout.emotion_y(value)) is not None]
        if lod >= DETAIL_LOD:
            painter.setPen(pen(palette.RULE, 0.6, (2.0, 4.0)))
            for value, y in ticks:
                if value:
                    painter.drawLine(QPointF(plot.x(), y), QPointF(plot.right(), y))
        painter.setPen(pen(palette.EMOTION_NEUTRAL_LINE, 1.2, (6.0, 3.0)))
        painter.drawLine(QPointF(plot.x(), zero), QPointF(plot.right(), zero))
        if lod >= BOX_LOD:
            for value, y in ticks:
                draw_text(painter, QRectF(plot.x() + 2, y - 7, 22, 14),
                          f"{value:+d}" if value else "0", palette.INK_FAINT, (10.0,),
                          valign=Qt.AlignmentFlag.AlignVCenter)

    def _paint_legend(self, painter: QPainter) -> None:
        """The key in the lane's label box, under the lane's name: a line and a name each.

        The label box is where the eye looks for what the lane shows, and it is free of
        curves; first names keep it narrow ("Camille, maman active" reads "Camille").
        """
        label = self._label.adjusted(0, 0, -4, 0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour(palette.LANE_LABEL_FILL))
        painter.drawRoundedRect(label, 4, 4)
        draw_text(painter, label.adjusted(10, 6, -8, 0), lane_name(Lane.EMOTION),
                  palette.LANE_LABEL_TEXT, (12.0, 11.0, 10.0), bold=True)
        room = label.height() - 30
        row = min(LEGEND_ROW, room / max(1, len(self.curves)))
        sample = min(LEGEND_SAMPLE, label.width() * 0.3)
        for index, (style, _, _) in enumerate(self.curves):
            y = label.y() + 28 + row * index + row / 2
            bold = style.persona_id == self._context.persona_id
            painter.setPen(pen(style.colour, LINE_WIDTH * (1.5 if bold else 1.0), style.dashes))
            painter.drawLine(QPointF(label.x() + 8, y), QPointF(label.x() + 8 + sample, y))
            name = style.name.split(",")[0].strip() or style.name
            draw_text(painter, QRectF(label.x() + sample + 12, y - row / 2,
                                      label.width() - sample - 16, row),
                      name, palette.INK, (11.0, 10.0, 9.0, 8.0), bold=bold,
                      valign=Qt.AlignmentFlag.AlignVCenter)


class _Follower(QObject):
    """Keeps one scene's persona curves in step with the document (dies with the scene)."""

    def __init__(self, scene: JourneyScene, item: PersonaCurvesItem) -> None:
        super().__init__(scene)
        self._journey_id = scene.journey_id
        self._item = item
        scene.layout_changed.connect(self.refresh)
        scene.document.touchpoint_changed.connect(self._on_touchpoint_changed)
        scene.document.journeys_changed.connect(self.refresh)
        scene.document.collection_changed.connect(self._on_collection_changed)

    def refresh(self) -> None:
        self._item.refresh()

    def _on_touchpoint_changed(self, journey_id: str, _touchpoint_id: str,
                               fields: list[str]) -> None:
        if journey_id == self._journey_id and {"emotion", "persona_emotions"} & set(fields):
            self._item.refresh()

    def _on_collection_changed(self, name: str) -> None:
        if name == "personas":
            self._item.refresh()


def attach_persona_curves(scene: JourneyScene) -> PersonaCurvesItem:
    """Add the (hidden) persona curves to ``scene`` and keep them in step with it."""
    item = PersonaCurvesItem(scene.context, scene.emotion)
    scene.addItem(item)
    _Follower(scene, item)
    return item
