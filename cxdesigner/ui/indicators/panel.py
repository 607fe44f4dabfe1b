"""The indicator panel: survey scores with their n, and the barometer, for the journey shown."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QTabWidget, QVBoxLayout, QWidget
from typing_extensions import override

from cxdesigner.ui.i18n import translate
from cxdesigner.ui.indicators.barometer_tab import BarometerTab
from cxdesigner.ui.indicators.counts_tab import CountsTab
from cxdesigner.ui.indicators.survey_tab import SurveyTab
from cxdesigner.ui.panel_context import PanelContext

_SCOPE_FIELDS = {"title"}


class IndicatorsPanel(QWidget):
    """NPS, CSAT and CES per journey, stage and step; the barometer scorecards."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        document = context.document
        self.tabs = QTabWidget(self)
        self.survey = SurveyTab(document, self.tabs)
        self.barometer = BarometerTab(document, self.tabs)
        self.tabs.addTab(self.survey, translate("Indicators", "NPS, CSAT, CES"))
        self.tabs.addTab(self.barometer, translate("Indicators", "Barometer"))
        self.tabs.addTab(CountsTab(document, self.tabs), translate("Indicators", "Counts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.tabs)
        if context.read_only:
            self.survey.form.setEnabled(False)
            self.barometer.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            for button in (self.barometer.new_button, self.barometer.delete_button,
                           self.barometer.add_criterion, self.barometer.remove_criterion):
                button.hide()
        document.collection_changed.connect(self._on_collection_changed)
        document.structure_changed.connect(self._on_journey_changed)
        document.stage_changed.connect(self._on_stage_changed)
        document.touchpoint_changed.connect(self._on_touchpoint_changed)
        document.journeys_changed.connect(self.follow_journey)
        document.project_replaced.connect(self.follow_journey)
        context.journey_changed.connect(self.follow_journey)
        self._stale = True
        self.follow_journey()

    def follow_journey(self) -> None:
        """Show the journey of the map on screen (put off while the panel is hidden)."""
        if self.isVisible():
            self._follow_journey_now()
        else:
            self._stale = True

    @override
    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._follow_journey_now()
        super().showEvent(event)

    def _follow_journey_now(self) -> None:
        """Show the journey of the map on screen."""
        self._stale = False
        journey_id = self._context.journey_id()
        self.survey.set_journey(journey_id)
        self.barometer.set_journey(journey_id)

    def _on_collection_changed(self, name: str) -> None:
        if name in ("answers", "segments", "scorecards"):
            self.follow_journey()

    def _on_stage_changed(self, journey_id: str, _stage_id: str, _fields: list[str]) -> None:
        self._on_journey_changed(journey_id)

    def _on_journey_changed(self, journey_id: str) -> None:
        if journey_id == self.survey.journey_id:
            self.follow_journey()

    def _on_touchpoint_changed(self, journey_id: str, _touchpoint_id: str,
                               fields: list[str]) -> None:
        if journey_id == self.survey.journey_id and _SCOPE_FIELDS & set(fields):
            self.follow_journey()

