"""Journey ▸ Compare with Current Journey: the comparison window of one main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from cxdesigner.model import JourneyKind
from cxdesigner.ui.comparison.window import ComparisonWindow
from cxdesigner.ui.i18n import translate

if TYPE_CHECKING:
    from cxdesigner.ui.main_window import MainWindow


class Comparisons(QObject):
    """Opens the comparison window on the journey shown (or the first target journey)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: ComparisonWindow | None = None
        self.action = QAction(translate("Comparison", "&Compare with Current Journey…"), window)
        self.action.setStatusTip(translate(
            "Comparison", "The current and the target journey side by side, with what "
                          "changes: pain points, moments of truth, channels, emotion"))
        self.action.triggered.connect(lambda: self.open())
        menu = window.menus.journey
        rename = window.editor_actions.rename_journey
        entries = menu.actions()
        place = entries.index(rename) if rename in entries else len(entries)
        if place and entries[place - 1].isSeparator():  # beside Create Target Journey
            menu.insertAction(entries[place - 1], self.action)
        else:
            menu.insertAction(rename, self.action)
            menu.insertSeparator(rename)
        window.tabs.current_changed.connect(self._update)
        window.document.journeys_changed.connect(self._update)
        window.document.project_replaced.connect(self._update)
        self._update()

    def target_for_current_tab(self) -> str | None:
        """The target journey to compare: the one shown, or the first improving the one shown,
        or the first of the project."""
        project = self._window.document.project
        ids = {journey.id for journey in project.journeys}
        targets = [j for j in project.journeys
                   if j.kind is JourneyKind.TARGET and j.improves_journey_id in ids]
        shown = self._window.tabs.current_journey_id()
        for journey in targets:
            if journey.id == shown:
                return journey.id
        for journey in targets:
            if journey.improves_journey_id == shown:
                return journey.id
        return targets[0].id if targets else None

    def _update(self) -> None:
        self.action.setEnabled(self.target_for_current_tab() is not None)

    def open(self) -> ComparisonWindow:
        """Show the comparison window on the target journey of the tab shown."""
        if self.dialog is None:
            self.dialog = ComparisonWindow(self._window.document, self._window)
        target = self.target_for_current_tab()
        if target is not None:
            self.dialog.set_target(target)
        self.dialog.show()
        self.dialog.activateWindow()
        return self.dialog


def install_comparison(window: MainWindow) -> Comparisons:
    """Add Journey ▸ Compare with Current Journey to ``window``."""
    return Comparisons(window)

