"""The method's panels share one place below the map: how a panel joins it, built when shown.

A window starts with every panel's dock and its View ▸ Panels entry, which cost nothing;
the panel itself (its tables, models and the modules behind them) is made the first time
its dock is shown, so that the editor starts fast.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QMenu, QWidget
from shiboken6 import isValid
from typing_extensions import override

_BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea
PanelT = TypeVar("PanelT", bound=QWidget)


class PanelDock(QDockWidget, Generic[PanelT]):
    """A dock whose panel is made by ``build(parent)`` the first time it is shown or asked for.

    Signals:
        panel_built: the panel was just made (to connect what needs the panel itself).
    """

    def __init__(self, title: str, object_name: str, build: Callable[[QWidget], PanelT],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(object_name)
        self._build = build
        self._panel: PanelT | None = None
        self._focus_before: QWidget | None = None
        """The widget outside the dock that had the keyboard when the dock was shown."""

    @property
    def panel(self) -> PanelT:
        """The panel, made now if it was not yet."""
        if self._panel is None:
            self._panel = self._build(self)
            self.setWidget(self._panel)
        return self._panel

    def is_built(self) -> bool:
        return self._panel is not None

    def show_panel(self) -> PanelT:
        """Show the dock in front of its tab group, and return its panel."""
        panel = self.panel
        self.show()
        self.raise_()
        return panel

    @override
    def showEvent(self, event: QShowEvent) -> None:
        _ = self.panel  # before the first paint: the dock never shows empty
        focused = QApplication.focusWidget()
        self._focus_before = focused if focused is not None and not self.isAncestorOf(
            focused) else None
        super().showEvent(event)

    @override
    def hideEvent(self, event: QHideEvent) -> None:
        # Closed while it has the keyboard: back to where it was (the map), not to whatever
        # widget comes next in the window.
        focused, before = QApplication.focusWidget(), self._focus_before
        if focused is not None and self.isAncestorOf(focused) and before is not None \
                and isValid(before) and before.isVisible():
            before.setFocus(Qt.FocusReason.OtherFocusReason)
        super().hideEvent(event)


def add_bottom_panel(window: QMainWindow, panels_menu: QMenu, dock: QDockWidget) -> None:
    """Dock ``dock`` below the map, tabbed with the panels already there, hidden at first,
    and listed in ``panels_menu`` (View ▸ Panels); asked for, it comes to the front of its
    tab group."""
    # The docks are the window's own children: no need to look through all its widgets.
    docks = window.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    neighbour = next((other for other in docks if other is not dock and not other.isFloating()
                      and window.dockWidgetArea(other) == _BOTTOM), None)
    dock.hide()  # hidden before it joins: the dock area is not laid out with it shown
    window.addDockWidget(_BOTTOM, dock)
    if neighbour is not None:
        window.tabifyDockWidget(neighbour, dock)
    toggle = dock.toggleViewAction()
    panels_menu.addAction(toggle)
    toggle.triggered.connect(lambda shown: dock.raise_() if shown else None)
