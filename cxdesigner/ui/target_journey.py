"""Journey ▸ Create Target Journey: a full copy of the journey on screen to reshape."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from cxdesigner.document.commands import AddJourney
from cxdesigner.document.targets import make_target_journey
from cxdesigner.model import JourneyKind
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from cxdesigner.ui.main_window import MainWindow


class TargetJourneys(QObject):
    """Makes the target journey ("parcours cible") of the journey shown in one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.action = QAction(translate("TargetJourney", "Create &Target Journey"), window)
        self.action.setStatusTip(translate(
            "TargetJourney", "Copy this journey as a target journey to redesign; the current "
                             "journey stays as it is"))
        self.action.triggered.connect(lambda: self.create())
        menu = window.menus.journey
        before = window.editor_actions.rename_journey
        menu.insertAction(before, self.action)
        menu.insertSeparator(before)
        window.tabs.current_changed.connect(self._update)
        window.document.journeys_changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        journey_id = self._window.tabs.current_journey_id()
        self.action.setEnabled(journey_id is not None and not self._window.read_only)
        if journey_id is not None:
            kind = self._window.document.journey(journey_id).kind
            self.action.setText(
                translate("TargetJourney", "Create &Target Journey") if kind is
                JourneyKind.CURRENT else translate("TargetJourney", "Create Another &Variant"))

    def create(self) -> str | None:
        """Add the target journey of the current one (one undo step), shown in its tab."""
        window = self._window
        journey_id = window.tabs.current_journey_id()
        if journey_id is None or window.read_only:
            return None
        document = window.document
        journey, _ids = make_target_journey(document.project, journey_id)
        document.undo_stack.push(AddJourney(
            document, journey, QT_TRANSLATE_NOOP("Commands", "Create target journey")))
        window.tabs.show_journey(journey.id)
        window.statusBar().showMessage(translate(
            "TargetJourney", "“%1” is a copy to reshape: remove pain points, change channels, add "
                             "wow moments. Journey ▸ Compare with Current Journey shows the "
                             "gains.").replace("%1", journey.name), 10000)
        return journey.id


def install_target_journey(window: MainWindow) -> TargetJourneys:
    """Add Journey ▸ Create Target Journey to ``window``."""
    return TargetJourneys(window)

