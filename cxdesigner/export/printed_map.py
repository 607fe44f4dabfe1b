"""One journey's map as it is printed: the journey, its layout and the words of the PDF."""

from __future__ import annotations

from dataclasses import dataclass

from cxdesigner.drawing.context import MapContext
from cxdesigner.drawing.elisions import ElisionLog
from cxdesigner.drawing.fonts import FontSet
from cxdesigner.drawing.links import link_marks
from cxdesigner.drawing.map import MapDrawing
from cxdesigner.export.labels import Labels
from cxdesigner.layout.map_layout import MapLayout
from cxdesigner.model import Journey, Project
from cxdesigner.model.evidence import EvidenceIndex


@dataclass(frozen=True)
class PrintedMap:
    """Everything a map page needs besides the canvas."""

    project: Project
    journey: Journey
    layout: MapLayout
    persona_id: str | None
    labels: Labels
    elisions: ElisionLog

    def drawing(self, fonts: FontSet) -> MapDrawing:
        """The map's drawing, shared with the screen (:mod:`cxdesigner.drawing`)."""
        context = MapContext(self.labels, fonts, self.journey.name,
                             self.project.channel_names(), self.project.interlocutor_names(),
                             self.persona_id, self.elisions,
                             evidence=EvidenceIndex(self.project),
                             details=link_marks(self.project, self.journey, self.persona_id))
        return MapDrawing(self.layout, self.journey, context)
