"""A step detailed by another journey, from the map: choosing that journey (one undo step,
a cycle of links refused) and opening it with D or a double-click on the card's band."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Signal

from cxdesigner.canvas.editing import MapEditor
from cxdesigner.canvas.items import TouchpointItem
from cxdesigner.canvas.map_view import MapView, ViewPart
from cxdesigner.document.checks import DocumentRuleError
from cxdesigner.document.commands import EditTouchpoint
from cxdesigner.document.commands.base import QT_TRANSLATE_NOOP
from cxdesigner.document.language import refusal_text
from cxdesigner.interface_language import translate
from cxdesigner.model import Journey

_LINK_TEXT = QT_TRANSLATE_NOOP("Commands", "Set the journey that details the step")


class DetailLinks(ViewPart):
    """What the map does with the journeys that detail its steps.

    Signals:
        journey_requested(str): the user asked to see the journey of this id.
        told(str): something to tell the user in the status bar.
    """

    journey_requested = Signal(str)
    told = Signal(str)

    def __init__(self, view: MapView, editor: MapEditor) -> None:
        super().__init__(view)
        self._editor = editor

    def _selected_card(self) -> TouchpointItem | None:
        selected = self.view.map_scene.selectedItems()
        if len(selected) == 1 and isinstance(selected[0], TouchpointItem):
            return selected[0]
        return None

    def choices(self) -> list[tuple[Journey, bool]]:
        """The other journeys of the project, each with whether the selected step may be
        detailed by it (False: the links would make a cycle)."""
        # Loaded when first asked: a new window starts without the analysis.
        from cxdesigner.analysis.linked_journeys import would_make_cycle

        project, journey_id = self._editor.document.project, self._editor.journey_id
        return [(journey, not would_make_cycle(project, journey_id, journey.id))
                for journey in project.journeys if journey.id != journey_id]

    def detailed_id(self) -> str | None:
        """The journey that details the selected step, if any."""
        card = self._selected_card()
        return card.touchpoint.details_journey_id if card is not None else None

    def set_detailed(self, journey_id: str | None) -> bool:
        """Make ``journey_id`` the journey that details the selected step (None: none), as
        one undo step; a link that would close a cycle is refused and said why."""
        card = self._selected_card()
        if card is None:
            return False
        try:
            command = EditTouchpoint(self._editor.document, self._editor.journey_id,
                                     card.touchpoint.id, {"details_journey_id": journey_id},
                                     _LINK_TEXT)
        except DocumentRuleError as error:
            self.told.emit(refusal_text(error))
            return False
        return self._editor.push(command)

    def open_selected(self) -> bool:
        """Show the journey that details the selected step."""
        card = self._selected_card()
        if card is None:
            return False
        return self._open(card)

    def open_at(self, card: TouchpointItem, point: QPointF) -> bool:
        """Show the journey of ``card``'s band when ``point`` (scene) is on it."""
        band = card.link_band()
        if band is None or not band.contains(card.mapFromScene(point)):
            return False
        return self._open(card)

    def _open(self, card: TouchpointItem) -> bool:
        detailed = card.touchpoint.details_journey_id
        journeys = {journey.id for journey in self._editor.document.project.journeys}
        if detailed is None or detailed not in journeys:
            self.told.emit(translate(
                "Map", "No journey details this step. Choose one in the card’s menu: "
                       "Detailed by journey."))
            return False
        self.journey_requested.emit(detailed)
        return True
