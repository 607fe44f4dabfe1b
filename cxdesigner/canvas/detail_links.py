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
from cxdesigner.document.link_rules import check_link
from cxdesigner.interface_language import translate
from cxdesigner.model import Journey, Project, Touchpoint

_LINK_TEXT = QT_TRANSLATE_NOOP("Commands", "Set the journey that details the step")


def detail_choices(project: Project, journey_id: str,
                   touchpoint: Touchpoint) -> list[tuple[Journey, str]]:
    """The other journeys of the project, each with why it may not detail ``touchpoint``
    (the links would make a cycle), or an empty string when it may."""
    choices = []
    for journey in project.journeys:
        if journey.id == journey_id:
            continue
        try:
            check_link(project, journey_id, touchpoint, {"details_journey_id": journey.id})
        except DocumentRuleError as error:
            choices.append((journey, refusal_text(error)))
        else:
            choices.append((journey, ""))
    return choices


def detail_command(editor: MapEditor, touchpoint_id: str,
                   journey_id: str | None) -> EditTouchpoint:
    """The undo step that makes ``journey_id`` the journey detailing the step (None: none).

    Raises:
        DocumentRuleError: the link would close a cycle; it says which and what to do.
    """
    return EditTouchpoint(editor.document, editor.journey_id, touchpoint_id,
                          {"details_journey_id": journey_id}, _LINK_TEXT)


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

    def choices(self) -> list[tuple[Journey, str]]:
        """The other journeys of the project, each with why the selected step may not be
        detailed by it, or an empty string when it may (see :func:`detail_choices`)."""
        card = self._selected_card()
        if card is None:
            return []
        return detail_choices(self._editor.document.project, self._editor.journey_id,
                              card.touchpoint)

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
            command = detail_command(self._editor, card.touchpoint.id, journey_id)
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
