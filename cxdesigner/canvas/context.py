"""What the map's items need to know beyond their own touchpoint: names, persona, layout."""

from __future__ import annotations

from cxdesigner.document import JourneyDocument
from cxdesigner.layout import DEFAULT_METRICS, LayoutMetrics, MapLayout
from cxdesigner.model import Journey

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
        self.persona_id: str | None = None
        self.show_channel_switches = False
        self.show_handoffs = False
        self.layout: MapLayout | None = None
        self.channel_names: dict[str, str] = {}
        self.interlocutor_names: dict[str, str] = {}
        self.card_badges: dict[str, str] = {}
        """A short indicator shown on a card's top-right corner ("NPS +12 · n=40"), by
        touchpoint id; set by the window, which repaints the cards it changes."""
        self.refresh_names()

    @property
    def metrics(self) -> LayoutMetrics:
        return self.layout.metrics if self.layout is not None else DEFAULT_METRICS

    @property
    def language(self) -> str:
        return self.document.project.language

    def journey(self) -> Journey | None:
        """The journey shown, or None when it no longer exists."""
        return next((j for j in self.document.project.journeys if j.id == self.journey_id), None)

    def refresh_names(self) -> None:
        """Re-read channel and interlocutor names (after the project's lists changed)."""
        self.channel_names = self.document.project.channel_names()
        self.interlocutor_names = self.document.project.interlocutor_names()
