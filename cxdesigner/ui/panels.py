"""The method's panels share one place below the map: how a panel joins it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

if TYPE_CHECKING:
    from cxdesigner.ui.main_window import MainWindow

_BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


def add_bottom_panel(window: MainWindow, dock: QDockWidget) -> None:
    """Dock ``dock`` below the map, tabbed with the panels already there, hidden at first,
    and listed in View ▸ Panels; asked for, it comes to the front of its tab group."""
    neighbour = next((other for other in window.findChildren(QDockWidget)
                      if other is not dock and not other.isFloating()
                      and window.dockWidgetArea(other) == _BOTTOM), None)
    window.addDockWidget(_BOTTOM, dock)
    if neighbour is not None:
        window.tabifyDockWidget(neighbour, dock)
    dock.hide()
    toggle = dock.toggleViewAction()
    window.menus.panels.addAction(toggle)
    toggle.triggered.connect(lambda shown: dock.raise_() if shown else None)
