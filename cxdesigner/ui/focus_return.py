"""Give the keyboard back to the window a dialog was opened from, once the dialog closes.

Without a window manager (a bare X server, a kiosk session, the offscreen platform) no
window is activated when a dialog closes: the map keeps its focus widget, but its window
is no longer active, so its keys (F5, the map's letters) do nothing until it is clicked.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication, QWindow
from shiboken6 import isValid

_WATCHED = "cxdesignerFocusReturn"
"""The property that marks a dialog's window as watched already."""

_INSTALLED = "cxdesignerFocusReturnInstalled"
"""The property that marks the application as watched already."""


def install_focus_return(application: QGuiApplication) -> None:
    """Watch the application's dialogs, once for the application's whole life: a watcher
    owned by a shorter-lived object would leave its connections behind it."""
    if application.property(_INSTALLED):
        return
    application.setProperty(_INSTALLED, True)
    FocusReturn(application)


class FocusReturn(QObject):
    """Watches each dialog that gets the keyboard: when it closes while it still has it, or
    leaves it to no window, the window it was opened from gets it back (and, in it, the
    widget that had the focus before, such as the map)."""

    def __init__(self, application: QGuiApplication) -> None:
        super().__init__(application)
        application.focusWindowChanged.connect(self._on_focus_window_changed)

    def _on_focus_window_changed(self, window: QWindow | None) -> None:
        if window is None or window.transientParent() is None or window.property(_WATCHED):
            return
        window.setProperty(_WATCHED, True)
        window.visibleChanged.connect(partial(self._on_dialog_visible_changed, window))

    def _on_dialog_visible_changed(self, dialog: QWindow, visible: bool) -> None:
        if visible or not isValid(dialog):
            return
        focused = QGuiApplication.focusWindow()
        opener = dialog.transientParent()
        if focused in (None, dialog) and opener is not None and opener.isVisible():
            opener.requestActivate()
