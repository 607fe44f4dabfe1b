"""Journey ▸ Create Target Journey: a full copy of the journey on screen to reshape."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from cxdesigner.document.commands import AddJourney
from cxdesigner.model import JourneyKind
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.panel_context import PanelContext


class TargetJourneys(QObject):
    """Makes the target journey ("parcours cible") of the journey in view."""

    def __init__(self, context: PanelContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.action = QAction(translate("TargetJourney", "Create &Target Journey"), self)
        self.action.setStatusTip(translate(
            "TargetJourney", "Copy this journey as a target journey to redesign; the current "
                             "journey stays as it is"))
        self.action.triggered.connect(lambda: self.create())
        context.journey_changed.connect(self._update)
        context.document.journeys_changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        journey = self._context.journey()
        self.action.setEnabled(journey is not None and not self._context.read_only)
        if journey is not None:
            self.action.setText(
                translate("TargetJourney", "Create &Target Journey") if journey.kind is
                JourneyKind.CURRENT else translate("TargetJourney", "Create Another &Variant"))

    def create(self) -> str | None:
        """Add the target journey of the current one (one undo step), shown in its tab."""
        from cxdesigner.document.targets import make_target_journey

        context = self._context
        journey_id = context.journey_id()
        if journey_id is None or context.read_only:
            return None
        document = context.document
        journey, _ids = make_target_journey(document.project, journey_id)
        document.undo_stack.push(AddJourney(
            document, journey, QT_TRANSLATE_NOOP("Commands", "Create target journey")))
        context.show_journey(journey.id)
        context.report(translate(
            "TargetJourney", "“%1” is a copy to reshape: remove pain points, change channels, add "
                             "wow moments. Journey ▸ Compare with Current Journey shows the "
                             "gains.").replace("%1", journey.name), 10000)
        return journey.id


def install_target_journey(context: PanelContext, journey_menu: QMenu,
                           before: QAction) -> TargetJourneys:
    """Add Journey ▸ Create Target Journey to ``journey_menu``, above ``before``."""
    targets = TargetJourneys(context, context)
    journey_menu.insertAction(before, targets.action)
    journey_menu.insertSeparator(before)
    return targets
