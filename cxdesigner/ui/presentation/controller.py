"""View ▸ Presentation (F5): the map full screen on the projector, the editor kept as it was."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from cxdesigner.ui.i18n import translate
from cxdesigner.ui.presentation.screens import presentation_screen
from cxdesigner.ui.presentation.window import PresentationWindow

if TYPE_CHECKING:
    from cxdesigner.ui.main_window import MainWindow


class PresentationController(QObject):
    """Starts and ends the presentation of the window's current journey."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("presentationController")
        self._window = window
        self.presentation: PresentationWindow | None = None
        self.action = QAction(translate("Presentation", "Pre&sentation"), window)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.action.setStatusTip(translate(
            "Presentation", "Show the map full screen for the room, stage by stage; on the "
                            "projector when there are two screens"))
        self.action.triggered.connect(self.enter)
        window.tabs.current_changed.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        self.action.setEnabled(self._window.tabs.current_view() is not None)

    def enter(self) -> PresentationWindow | None:
        """Present the current journey from its selected stage (or the first)."""
        if self.presentation is not None:
            self.presentation.activateWindow()
            return self.presentation
        window = self._window
        view = window.tabs.current_view()
        if view is None:
            return None
        screen, _beside = presentation_screen(QGuiApplication.screens(), window.screen())
        presentation = PresentationWindow(window.document, view.journey_id, True,
                                          window.read_only, window)
        shown = view.map_scene.context
        presentation.view.set_persona(shown.persona_id)
        presentation.view.set_highlights(shown.show_channel_switches, shown.show_handoffs)
        journey = window.document.journey(view.journey_id)
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
        window = self._window
        window.activateWindow()
        view = window.tabs.current_view()
        if view is not None:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
