"""View ▸ Presentation (F5): the map full screen on the projector, the editor kept as it was."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from cxdesigner.canvas import JourneyView
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.panel_context import PanelContext
from cxdesigner.ui.presentation.screens import presentation_screen

if TYPE_CHECKING:
    from cxdesigner.ui.presentation.window import PresentationWindow


class PresentationController(QObject):
    """Starts and ends the presentation of the journey in view."""

    def __init__(self, context: PanelContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentationController")
        self._context = context
        self.presentation: PresentationWindow | None = None
        self.action = QAction(translate("Presentation", "Pre&sentation"), self)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.action.setStatusTip(translate(
            "Presentation", "Show the map full screen for the room, stage by stage; on the "
                            "projector when there are two screens"))
        self.action.triggered.connect(self.enter)
        context.journey_changed.connect(self._refresh)
        self._refresh()

    def _current_view(self) -> JourneyView | None:
        maps = self._context.maps
        return maps.current_view() if maps is not None else None

    def _refresh(self) -> None:
        self.action.setEnabled(self._current_view() is not None)

    def enter(self) -> PresentationWindow | None:
        """Present the current journey from its selected stage (or the first)."""
        if self.presentation is not None:
            self.presentation.activateWindow()
            return self.presentation
        from cxdesigner.ui.presentation.window import PresentationWindow

        context = self._context
        view = self._current_view()
        if view is None:
            return None
        owner = context.dialog_parent
        screen, _beside = presentation_screen(QGuiApplication.screens(), owner.screen())
        presentation = PresentationWindow(context.document, view.journey_id, True,
                                          context.read_only, owner)
        shown = view.map_scene.context
        presentation.view.set_persona(shown.persona_id)
        presentation.view.set_highlights(shown.show_channel_switches, shown.show_handoffs)
        journey = context.document.journey(view.journey_id)
        current = view.current_stage_id()
        index = next((i for i, s in enumerate(journey.stages) if s.id == current), 0)
        presentation.closed.connect(self._on_closed)
        self.presentation = presentation
        presentation.show_on(screen, index)
        return presentation

    def leave(self) -> None:
        if self.presentation is not None:
            self.presentation.close()

    def _on_closed(self) -> None:
        self.presentation = None
        self._context.dialog_parent.activateWindow()
        view = self._current_view()
        if view is not None:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
