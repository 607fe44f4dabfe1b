"""The sector barometer panel: the players and waves, their scores, and the reading."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget
from typing_extensions import override

from cxdesigner.ui.benchmark.players_tab import PlayersTab
from cxdesigner.ui.benchmark.reading_tab import ReadingTab
from cxdesigner.ui.benchmark.scores_tab import ScoresTab
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.panel_context import PanelContext

_READ = frozenset({"players", "waves", "scorecards"})
"""The project's lists the panel shows."""


class BenchmarkPanel(QWidget):
    """The players of the sector side by side on the barometer, for the journey in view."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        document = context.document
        self.tabs = QTabWidget(self)
        self.players = PlayersTab(context, self.tabs)
        self.scores = ScoresTab(context, self.tabs)
        self.reading = ReadingTab(document, self.tabs)
        self.tabs.addTab(self.players, translate("Benchmark", "Players and Waves"))
        self.tabs.addTab(self.scores, translate("Benchmark", "Scores"))
        self.tabs.addTab(self.reading, translate("Benchmark", "Reading"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.tabs)
        document.collection_changed.connect(self._on_collection_changed)
        document.project_replaced.connect(self.refresh)
        document.journeys_changed.connect(self.refresh)
        document.structure_changed.connect(self._on_structure_changed)
        document.stage_changed.connect(self._on_stage_changed)
        document.project_changed.connect(self._on_project_changed)
        context.journey_changed.connect(self.refresh)
        self._stale = True
        self.refresh()

    def _on_structure_changed(self, _journey_id: str) -> None:
        self.refresh()

    def _on_stage_changed(self, _journey_id: str, _stage_id: str, _fields: list[str]) -> None:
        self.refresh()

    def _on_project_changed(self, _fields: list[str]) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Show the project and the journey in view (put off while the panel is hidden)."""
        if self.isVisible():
            self._refresh_now()
        else:
            self._stale = True

    @override
    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._refresh_now()
        super().showEvent(event)

    def _refresh_now(self) -> None:
        self._stale = False
        journey_id = self._context.journey_id()
        self.players.refresh()
        self.scores.set_journey(journey_id)
        self.reading.set_journey(journey_id)

    def _on_collection_changed(self, name: str) -> None:
        if name in _READ:
            self.refresh()
