"""What a panel of the editor needs from its window, as one small object it is given."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from cxdesigner.document import JourneyDocument
from cxdesigner.model import Journey
from cxdesigner.ui.prompts import Prompts
from cxdesigner.ui.settings import Preferences

if TYPE_CHECKING:
    from cxdesigner.ui.journey_tabs import JourneyTabs


class PanelContext(QObject):
    """The project, the journey in view, the selection and the ways to talk to the user.

    A window keeps it up to date (see :func:`cxdesigner.ui.map_link.link_maps`); a panel
    reads it and listens to it, and never reaches into the window. The document stays the
    same object when another file is opened in the window: its project is replaced and it
    says so with ``project_replaced``; the journey in view is then one of the new project,
    or none.

    Signals:
        journey_changed: another journey is in view (or none).
        selection_changed: other touchpoints are selected on the map in view.
        journey_requested(journey_id): a panel asks to see the map of a journey.
        touchpoint_requested(journey_id, touchpoint_id): a panel asks to see a touchpoint on
            its map, selected.
        message_posted(text, milliseconds): something to tell the user without stopping them
            (the window shows it in its status bar).
    """

    journey_changed = Signal()
    selection_changed = Signal()
    journey_requested = Signal(str)
    touchpoint_requested = Signal(str, str)
    message_posted = Signal(str, int)

    def __init__(self, document: JourneyDocument, parent: QWidget, *,
                 prompts: Prompts | None = None, preferences: Preferences | None = None,
                 language: str = "en", read_only: bool = False) -> None:
        super().__init__(parent)
        self.document = document
        self.dialog_parent = parent
        """The widget that dialogs of the panels belong to."""
        self.prompts = prompts if prompts is not None else Prompts(parent)
        self.preferences = preferences if preferences is not None else Preferences()
        self.language = language
        """The interface language (``fr`` or ``en``); a project has its own."""
        self.read_only = read_only
        self.maps: JourneyTabs | None = None
        """The maps of the window, for what draws them (exports, presentation); None when
        the panel stands alone."""
        self._journey_id: str | None = None
        self._selection: tuple[str, ...] = ()
        document.project_replaced.connect(self._forget_lost_journey)
        document.journeys_changed.connect(self._forget_lost_journey)

    # ------------------------------------------------------------------ journey in view

    def journey_id(self) -> str | None:
        """The journey in view: always one of the document's project, or None."""
        return self._journey_id

    def journey(self) -> Journey | None:
        journey_id = self._journey_id
        return self.document.journey(journey_id) if journey_id is not None else None

    def selected_touchpoint_ids(self) -> list[str]:
        """The touchpoints selected on the map of the journey in view."""
        return list(self._selection)

    def set_view(self, journey_id: str | None, selection: list[str] | tuple[str, ...]) -> None:
        """The window says which journey is in view and what is selected on its map.

        An id that the project does not have (a map of a project being replaced) counts as
        no journey, so that panels never look up a journey that is gone.
        """
        if journey_id is not None and not self._exists(journey_id):
            journey_id, selection = None, ()
        journey_moved = journey_id != self._journey_id
        selection_moved = tuple(selection) != self._selection
        self._journey_id, self._selection = journey_id, tuple(selection)
        if journey_moved:
            self.journey_changed.emit()
        if selection_moved:
            self.selection_changed.emit()

    def _exists(self, journey_id: str) -> bool:
        return any(journey.id == journey_id for journey in self.document.project.journeys)

    def _forget_lost_journey(self) -> None:
        if self._journey_id is not None and not self._exists(self._journey_id):
            self.set_view(None, ())

    # ------------------------------------------------------------------ requests

    def show_journey(self, journey_id: str) -> None:
        """Ask the window to show the map of ``journey_id``."""
        self.journey_requested.emit(journey_id)

    def show_touchpoint(self, journey_id: str, touchpoint_id: str) -> None:
        """Ask the window to show ``touchpoint_id`` on its map, selected."""
        self.touchpoint_requested.emit(journey_id, touchpoint_id)

    def report(self, text: str, milliseconds: int = 8000) -> None:
        """Tell the user something (a result, a failure) without a dialog to close."""
        self.message_posted.emit(text, milliseconds)
