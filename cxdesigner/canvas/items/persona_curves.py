"""Several personas' emotion curves over one another in the emotion lane, with a legend."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from cxdesigner.canvas.context import MapContext
from cxdesigner.canvas.painting import detail_for
from cxdesigner.canvas.primitive_painter import paint
from cxdesigner.drawing.detail import Detail
from cxdesigner.drawing.persona_curves import (
    PERSONA_COLOURS,
    CurveStyle,
    PersonaCurve,
    curve_styles,
    draw_persona_curves,
    next_persona_colour,
    persona_curves,
)
from cxdesigner.drawing.primitives import Primitive
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.model import Lane, Persona

if TYPE_CHECKING:
    from cxdesigner.canvas.scene import JourneyScene

__all__ = ["PERSONA_COLOURS", "CurveStyle", "PersonaCurvesItem", "attach_persona_curves",
           "curve_styles", "next_persona_colour"]

Z_PERSONA_CURVES = 2.5
"""Above the single emotion curve (which it replaces while shown)."""


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
        self.curves: list[PersonaCurve] = []
        """What is drawn: per persona, its style and its runs of dots."""
        self._drawn: dict[tuple[Detail, str | None], tuple[Primitive, ...]] = {}
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
        self._drawn.clear()
        if not self.isVisible() or layout is None or journey is None or lane is None:
            self.curves = []
            self._single.setVisible(True)
            return
        # The lane's label holds the key: the item covers it too.
        band = QRectF(lane.label.x, lane.band.y, lane.band.right - lane.label.x,
                      lane.band.height)
        if band != self._band:
            self.prepareGeometryChange()
            self._band = band
        self.curves = persona_curves(layout, journey, self.personas())
        self._single.setVisible(not self.curves)
        self.update()

    @override
    def boundingRect(self) -> QRectF:
        return self._band.adjusted(0, -8, 0, 8)

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        layout = self._context.layout
        if self._band.isNull() or layout is None or not self.curves:
            return
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        detail = detail_for(lod)
        chosen = self._context.persona_id
        drawn = self._drawn.get((detail, chosen))
        if drawn is None:
            pad = Sketch(self._context.drawing.fonts)
            draw_persona_curves(pad, layout, self.curves, self._context.drawing, chosen,
                                detail)
            drawn = self._drawn[(detail, chosen)] = pad.take()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint(painter, drawn, lod)


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
