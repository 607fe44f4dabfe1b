"""View ▸ Presentation (F5): the map full screen on the projector, the editor kept as it was,
and the facilitator's console on the laptop's screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from cxdesigner.canvas import JourneyView
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.panel_context import PanelContext
from cxdesigner.ui.presentation.screens import presentation_screen
from cxdesigner.ui.presentation.timer import WorkshopTimer

if TYPE_CHECKING:
    from cxdesigner.ui.presentation.console import FacilitatorConsole
    from cxdesigner.ui.presentation.window import PresentationWindow


class PresentationController(QObject):
    """Starts and ends the presentation of the journey in view, and its console.

    The workshop timer belongs to the window: it keeps running between presentations.
    """

    def __init__(self, context: PanelContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentationController")
        self._context = context
        self.presentation: PresentationWindow | None = None
        self.console: FacilitatorConsole | None = None
        self.timer = WorkshopTimer(parent=self)
        self.timer.changed.connect(self._show_timer)
        self.action = QAction(translate("Presentation", "Pre&sentation"), self)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.action.setStatusTip(translate(
            "Presentation", "Show the map full screen for the room, stage by stage; on the "
                            "projector when there are two screens, with the facilitator's "
                            "console on this one"))
        self.action.triggered.connect(self.enter)
        self.console_action = QAction(translate("Presentation", "Facilitator's &Console"), self)
        self.console_action.setShortcut(QKeySequence("Ctrl+F5"))
        self.console_action.setStatusTip(translate(
            "Presentation", "The timer, the dot-vote tally, the parking lot and a line to type "
                            "into the map, while it is presented"))
        self.console_action.triggered.connect(lambda: self.show_console())
        context.journey_changed.connect(self._refresh)
        self._refresh()

    def _current_view(self) -> JourneyView | None:
        maps = self._context.maps
        return maps.current_view() if maps is not None else None

    def _refresh(self) -> None:
        self.action.setEnabled(self._current_view() is not None)
        self.console_action.setEnabled(self.presentation is not None)

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
        screen, beside = presentation_screen(QGuiApplication.screens(), owner.screen())
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
        self._refresh()
        presentation.show_on(screen, index)
        self._show_timer()
        if beside:
            self.show_console(activate=False)  # the keys stay with the presentation
        return presentation

    def show_console(self, activate: bool = True) -> FacilitatorConsole | None:
        """The facilitator's console of the presentation, on the editor's screen (and the
        keyboard's focus, when ``activate``)."""
        presentation = self.presentation
        if presentation is None:
            return None
        if self.console is None:
            from cxdesigner.ui.presentation.console import FacilitatorConsole

            owner = self._context.dialog_parent
            console = FacilitatorConsole(presentation, self.timer, owner)
            console.destroyed.connect(self._on_console_gone)
            self.console = console
            editor_screen = owner.screen()
            console.setScreen(editor_screen)
            area = editor_screen.availableGeometry()
            console.resize(min(1100, area.width() - 60), min(760, area.height() - 60))
            console.move(area.center() - console.rect().center())
        self.console.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not activate)
        self.console.show()
        self.console.raise_()
        if activate:
            self.console.activateWindow()
        return self.console

    def _on_console_gone(self) -> None:
        self.console = None

    def _show_timer(self) -> None:
        """The countdown on the projector, once started; large when the time is up."""
        if self.presentation is None:
            return
        view = self.presentation.view
        timer = self.timer
        if not timer.started:
            view.timer_text = ""
        elif timer.over:
            view.timer_text = translate("Presentation", "Time is up")
        else:
            view.timer_text = timer.text()
        view.timer_over = timer.over
        view.viewport().update()

    def leave(self) -> None:
        if self.presentation is not None:
            self.presentation.close()

    def _on_closed(self) -> None:
        self.presentation = None
        if self.console is not None:
            self.console.close()
        self._refresh()
        self._context.dialog_parent.activateWindow()
        view = self._current_view()
        if view is not None:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
