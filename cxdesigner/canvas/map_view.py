"""A view of one journey's map: its scene and how it is shown, for the editor and the room."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView, QWidget

from cxdesigner.canvas.painting import BOX_LOD
from cxdesigner.canvas.scene import JourneyScene
from cxdesigner.document import JourneyDocument


class MapView(QGraphicsView):
    """Shows a journey's scene (owned by the view) with the persona and highlights asked for.

    Knows nothing of editing: the editor (:class:`~cxdesigner.canvas.view.JourneyView`) and
    the presentation build on it, each with the parts it needs.
    """

    def __init__(self, document: JourneyDocument, journey_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.map_scene = JourneyScene(document, journey_id, parent=self)
        self.setScene(self.map_scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)

    @property
    def journey_id(self) -> str:
        return self.map_scene.journey_id

    def set_persona(self, persona_id: str | None) -> None:
        """Show this persona's criticality and emotion curve (None: the defaults)."""
        self.map_scene.set_persona(persona_id)

    def set_highlights(self, channel_switches: bool, handoffs: bool) -> None:
        """Highlight flows that switch channel and/or hand the customer over."""
        self.map_scene.set_highlights(channel_switches, handoffs)

    def zoom(self) -> float:
        """The zoom factor (1.0 = 100 %)."""
        return self.transform().m11()

    def visible_scene_rect(self) -> QRectF:
        """The part of the map the viewport shows, in scene coordinates."""
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def follow_zoom(self, zoom: float) -> None:
        """Draw cards and cells the quickest way for this zoom: ready-drawn pixmaps close
        up, plain boxes (faster drawn than cached) below ``BOX_LOD``."""
        self.map_scene.set_item_caching(zoom >= BOX_LOD)


class ViewPart(QObject):
    """A part of a map view (its navigation, its mouse…), owned by the view.

    It reaches the view through Qt's parent rather than an attribute: a Python reference back
    would make a cycle that keeps a closed view alive until the garbage collector happens to
    run, and then deletes it at any moment, even while another view paints.
    """

    def __init__(self, view: MapView) -> None:
        super().__init__(view)

    @property
    def view(self) -> MapView:
        view = self.parent()
        assert isinstance(view, MapView)
        return view

    def attached(self) -> bool:
        """False while the view is being taken down (its scene may still send signals)."""
        return isinstance(self.parent(), MapView)
