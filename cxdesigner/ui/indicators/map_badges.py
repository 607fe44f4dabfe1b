"""Indicator chips on the map's cards ("NPS +12 · n=40"), only where answers exist.

For each step with answers the chip shows its NPS, else its CSAT, else its CES: the NPS is
the yardstick most workshops know. The chips follow the answers and the journeys.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from cxdesigner.canvas import JourneyView
from cxdesigner.document import JourneyDocument
from cxdesigner.model import Journey, Project, SurveyIndicator
from cxdesigner.ui.journey_tabs import JourneyTabs

_PREFERRED = (SurveyIndicator.NPS, SurveyIndicator.CSAT, SurveyIndicator.CES)


def card_badges(project: Project, journey: Journey) -> dict[str, str]:
    """The chip text of every step of ``journey`` that has answers, by touchpoint id."""
    if not project.answers:
        return {}  # and the analysis is not even loaded: a new project starts faster
    from cxdesigner.analysis.rollup import ScopeKind, survey_indicators
    from cxdesigner.ui.indicators.texts import badge_text

    found: dict[str, dict[SurveyIndicator, str]] = {}
    for item in survey_indicators(project, journey):
        if item.scope.kind is ScopeKind.TOUCHPOINT and item.result.value is not None:
            found.setdefault(item.scope.id, {})[item.result.indicator] = badge_text(item.result)
    return {touchpoint_id: next(texts[i] for i in _PREFERRED if i in texts)
            for touchpoint_id, texts in found.items()}


class MapBadges(QObject):
    """Keeps the chips of every map of a window in step with the project's answers."""

    def __init__(self, document: JourneyDocument, maps: JourneyTabs) -> None:
        super().__init__(maps)
        self._document = document
        self._maps = maps
        # Chips depend on the answers only, not on where cards sit: moving or adding cards
        # needs no refresh (deleting a card that had answers removes them, which says so).
        document.collection_changed.connect(self._on_collection_changed)
        document.project_replaced.connect(self.refresh)
        maps.view_created.connect(self._refresh_view)
        self.refresh()

    def refresh(self) -> None:
        for view in self._maps.views():
            self._refresh_view(view)

    def _refresh_view(self, view: JourneyView) -> None:
        scene = view.map_scene
        journey = scene.journey()
        badges = card_badges(self._document.project, journey) if journey else {}
        context = scene.context
        if badges == context.card_badges:
            return
        changed = {key for key in {*badges, *context.card_badges}
                   if badges.get(key) != context.card_badges.get(key)}
        context.card_badges = badges
        for touchpoint_id in changed:
            card = scene.touchpoint_items.get(touchpoint_id)
            if card is not None:
                card.update()

    def _on_collection_changed(self, name: str) -> None:
        if name == "answers":
            self.refresh()
