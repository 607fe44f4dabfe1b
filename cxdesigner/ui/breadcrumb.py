"""Where the journey in view comes from: the steps of the journeys above that it details,
each a button back to that step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from cxdesigner.document import JourneyDocument
from cxdesigner.ui.i18n import translate

if TYPE_CHECKING:
    from cxdesigner.analysis.linked_journeys import StepLink

SEPARATOR = " \u203a "


class JourneyBreadcrumb(QWidget):
    """A line above the map: "Lifecycle > Get help > After-sales call", each step above a
    button that goes back to it; hidden for a journey that no step details.

    Signals:
        step_requested(str, str): the user asked for this step (journey id, touchpoint id).
    """

    step_requested = Signal(str, str)

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.journey_id: str | None = None
        self.steps: list[QToolButton] = []
        """The buttons of the steps above, from the top."""
        self.setObjectName("journeyBreadcrumb")
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(8, 2, 8, 2)
        self._row.setSpacing(2)
        self.here = QLabel(self)
        """The journey in view's own name."""
        self.hide()

    def show_journey(self, journey_id: str | None) -> None:
        """Say where ``journey_id`` comes from (hidden when nothing details it)."""
        self.journey_id = journey_id
        self.refresh()

    def _trail(self, journey_id: str) -> list[StepLink]:
        # The document counts the steps detailing each journey edit by edit: a journey that
        # none details is answered without reading the map.
        if not self._document.ids_in_use().is_detailed(journey_id):
            return []
        # Loaded with the first link: a new window starts without the analysis.
        from cxdesigner.analysis.linked_journeys import breadcrumb

        return breadcrumb(self._document.project, journey_id)

    def refresh(self) -> None:
        """Follow the journeys' names and links."""
        journeys = {journey.id: journey for journey in self._document.project.journeys}
        journey = journeys.get(self.journey_id or "")
        trail = self._trail(journey.id) if journey is not None else []
        while self._row.count():
            item = self._row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.here:
                widget.deleteLater()
        self.steps = []
        if journey is None or not trail:
            self.hide()
            return
        self._row.addWidget(QLabel(translate("Tabs", "Details of:"), self))
        for link in trail:
            button = QToolButton(self)
            button.setAutoRaise(True)
            button.setText(f"{link.journey.name}{SEPARATOR}{link.touchpoint.title}")
            button.setToolTip(translate("Tabs", "Back to the step this journey details"))
            button.clicked.connect(
                lambda _=False, j=link.journey.id, t=link.touchpoint.id:
                self.step_requested.emit(j, t))
            self._row.addWidget(button)
            self._row.addWidget(QLabel(SEPARATOR.strip(), self))
            self.steps.append(button)
        self.here.setText(journey.name)
        font = self.here.font()
        font.setBold(True)
        self.here.setFont(font)
        self._row.addWidget(self.here)
        self._row.addStretch(1)
        self.setAccessibleName(translate("Tabs", "Where this journey comes from"))
        self.show()
