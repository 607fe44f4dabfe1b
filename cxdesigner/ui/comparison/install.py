"""Journey ▸ Compare with Current Journey: the comparison window of one main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from cxdesigner.model import JourneyKind
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.panel_context import PanelContext

if TYPE_CHECKING:
    from cxdesigner.ui.comparison.window import ComparisonWindow


class Comparisons(QObject):
    """Opens the comparison window on the journey in view (or the first target journey)."""

    def __init__(self, context: PanelContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.dialog: ComparisonWindow | None = None
        self.action = QAction(translate("Comparison", "&Compare with Current Journey…"), self)
        self.action.setStatusTip(translate(
            "Comparison", "The current and the target journey side by side, with what "
                          "changes: pain points, moments of truth, channels, emotion"))
        self.action.triggered.connect(lambda: self.open())
        context.journey_changed.connect(self._update)
        context.document.journeys_changed.connect(self._update)
        context.document.project_replaced.connect(self._update)
        self._update()

    def target_for_current_tab(self) -> str | None:
        """The target journey to compare: the one shown, or the first improving the one shown,
        or the first of the project."""
        project = self._context.document.project
        ids = {journey.id for journey in project.journeys}
        targets = [j for j in project.journeys
                   if j.kind is JourneyKind.TARGET and j.improves_journey_id in ids]
        shown = self._context.journey_id()
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
            from cxdesigner.ui.comparison.window import ComparisonWindow

            self.dialog = ComparisonWindow(self._context.document, self._context.dialog_parent)
        target = self.target_for_current_tab()
        if target is not None:
            self.dialog.set_target(target)
        self.dialog.show()
        self.dialog.activateWindow()
        return self.dialog


def install_comparison(context: PanelContext, journey_menu: QMenu,
                       rename: QAction) -> Comparisons:
    """Add Journey ▸ Compare with Current Journey to ``journey_menu``, beside Create Target
    Journey (above ``rename``)."""
    comparisons = Comparisons(context, context)
    entries = journey_menu.actions()
    place = entries.index(rename) if rename in entries else len(entries)
    if place and entries[place - 1].isSeparator():  # beside Create Target Journey
        journey_menu.insertAction(entries[place - 1], comparisons.action)
    else:
        journey_menu.insertAction(rename, comparisons.action)
        journey_menu.insertSeparator(rename)
    return comparisons
