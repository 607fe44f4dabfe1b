"""What the map's items need to know beyond their own touchpoint: names, persona, layout."""

from __future__ import annotations

from collections.abc import Callable

from cxdesigner.canvas.link_marks import LinkMarks
from cxdesigner.canvas.primitive_painter import register_fonts
from cxdesigner.document import JourneyDocument
from cxdesigner.drawing import context as drawing
from cxdesigner.drawing.fonts import load_fonts
from cxdesigner.drawing.words import Words
from cxdesigner.interface_language import interface_language
from cxdesigner.layout import DEFAULT_METRICS, LayoutMetrics, MapLayout
from cxdesigner.model import Journey, Lane, MomentOfTruth, Touchpoint
from cxdesigner.model.evidence import EvidenceIndex

SELECTION = "#1971c2"
"""Selection outlines, the connect handle and the drop indicator (screen only, never printed)."""
SELECTION_TINT = "#d0e4f7"
WINDOW_LIGHT = "#e9ecef"
WINDOW_DARK = "#25282c"
"""The window around the map; the map itself keeps the printed colours."""


class MapContext:
    """Shared, read-only view of the document for the items of one journey's scene."""

    def __init__(self, document: JourneyDocument, journey_id: str) -> None:
        self.document = document
        self.journey_id = journey_id
        self._persona_id: str | None = None
        self.show_channel_switches = False
        self.show_handoffs = False
        self.layout: MapLayout | None = None
        self.hide_empty_lanes = False
        """Leave out the lanes that nothing of the journey fills (the presentation does: the
        room reads larger what is there). The journey itself keeps its lanes."""
        self.lane_column_covered = False
        """The map's lane-label column is hidden under a column of the window's own (the
        presentation's): the first stage then names the blueprint's lines itself."""
        self.card_badges: dict[str, str] = {}
        """A short indicator shown on a card's top-right corner ("NPS +12 · n=40"), by
        touchpoint id; set by the window, which repaints the cards it changes."""
        fonts = load_fonts()
        register_fonts(fonts)
        self.links = LinkMarks(document)
        """What the steps show of the journeys that detail them, made when first drawn."""
        self.drawing = drawing.MapContext(Words(interface_language()), fonts,
                                          more_key="more_items_short", details=self.links)
        """What the drawing of the map's parts reads (:mod:`cxdesigner.drawing`)."""
        self.refresh_names()
        self.refresh_evidence()

    @property
    def metrics(self) -> LayoutMetrics:
        return self.layout.metrics if self.layout is not None else DEFAULT_METRICS

    @property
    def language(self) -> str:
        return self.document.project.language

    @property
    def persona_id(self) -> str | None:
        """The persona whose emotions and criticality the map shows (None: the defaults)."""
        return self._persona_id

    @persona_id.setter
    def persona_id(self, persona_id: str | None) -> None:
        self._persona_id = persona_id
        self.drawing.persona_id = persona_id
        self.links.persona_id = persona_id
        self.links.forget()

    @property
    def channel_names(self) -> dict[str, str]:
        return dict(self.drawing.channel_names)

    @property
    def interlocutor_names(self) -> dict[str, str]:
        return dict(self.drawing.interlocutor_names)

    def journey(self) -> Journey | None:
        """The journey shown, or None when it no longer exists; without its empty lanes
        when :attr:`hide_empty_lanes` is set."""
        journey = next((j for j in self.document.project.journeys if j.id == self.journey_id),
                       None)
        if journey is None or not self.hide_empty_lanes:
            return journey
        filled = lanes_in_use(journey)
        lanes = [setting.model_copy(update={"visible": False})
                 if setting.visible and setting.lane not in filled else setting
                 for setting in journey.lanes]
        if all(new is old for new, old in zip(lanes, journey.lanes, strict=True)):
            return journey
        # A copy sharing the journey's stages, flows and notes: only its lanes differ.
        return journey.model_copy(update={"lanes": lanes})

    def refresh_evidence(self) -> None:
        """Count the answers and contacts of each touchpoint again (they tell which cards
        rest on a hypothesis)."""
        self.drawing.evidence = EvidenceIndex(self.document.project)

    def refresh_names(self) -> None:
        """Re-read channel and interlocutor names (after the project's lists changed)."""
        self.drawing.channel_names = self.document.project.channel_names()
        self.drawing.interlocutor_names = self.document.project.interlocutor_names()


_FILLED: dict[Lane, Callable[[Touchpoint], bool]] = {
    Lane.ACTIONS: lambda tp: bool(tp.customer_action.strip()),
    Lane.CHANNELS: lambda tp: tp.channel_id is not None,
    Lane.INTERLOCUTORS: lambda tp: tp.interlocutor_id is not None,
    Lane.MOMENTS: lambda tp: tp.moment is not MomentOfTruth.NONE,
    Lane.CRITICALITY: lambda tp: tp.criticality is not None or bool(tp.persona_criticality),
    Lane.EMOTION: lambda tp: tp.emotion is not None or bool(tp.persona_emotions),
    Lane.VERBATIMS: lambda tp: bool(tp.verbatims),
    Lane.IRRITANTS: lambda tp: bool(tp.irritants),
    Lane.OPPORTUNITIES: lambda tp: bool(tp.opportunities),
}
"""What a touchpoint must have for a lane to show something of it."""


def lanes_in_use(journey: Journey, stage_id: str | None = None) -> set[Lane]:
    """The lanes something of the journey (of its stage ``stage_id`` when given) fills: the
    touchpoints' own lane always, the sticky notes' when there are notes, the others when a
    touchpoint has what they show."""
    used = {Lane.TOUCHPOINTS}
    if any(stage_id is None or note.stage_id in (None, stage_id) for note in journey.notes):
        used.add(Lane.NOTES)
    pending = dict(_FILLED)
    for stage, touchpoint in journey.touchpoints():
        if stage_id is not None and stage.id != stage_id:
            continue
        for lane, filled in list(pending.items()):
            if filled(touchpoint):
                used.add(lane)
                del pending[lane]
        if not pending:
            break
    return used
