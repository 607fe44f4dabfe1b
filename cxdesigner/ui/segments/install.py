"""Wires the segments panel into a main window: the dock, View ▸ Panels, File ▸ Import."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu

from cxdesigner.ui.i18n import translate
from cxdesigner.ui.segments.dock import SegmentsDock

if TYPE_CHECKING:
    from cxdesigner.ui.main_window import MainWindow

IMPORT_MENU = "importMenu"
"""The object name of File ▸ Import, shared by every importer of the window."""


def import_menu(window: MainWindow) -> QMenu:
    """File ▸ Import: the window's own, else one made the first time (before File ▸ Recover)."""
    shared = getattr(window.menus, "import_menu", None)
    if isinstance(shared, QMenu):
        return shared
    file_menu = window.menus.file
    found = file_menu.findChild(QMenu, IMPORT_MENU)
    if isinstance(found, QMenu):
        return found
    menu = QMenu(translate("Segments", "&Import"), file_menu)
    menu.setObjectName(IMPORT_MENU)
    before = window.editor_actions.recover
    file_menu.insertMenu(before, menu)
    file_menu.insertSeparator(before)
    return menu


def _raise(dock: SegmentsDock, shown: bool) -> None:
    if shown:  # a panel tabbed with others comes to the front when asked for
        dock.raise_()


def install_segments(window: MainWindow) -> SegmentsDock:
    """Give ``window`` the segments panel, below the map and hidden at first, and its import."""
    dock = SegmentsDock(window.document, window.prompts, window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    neighbours = [
        other
        for other in window.findChildren(QDockWidget)
        if other is not dock
        and not other.isFloating()
        and window.dockWidgetArea(other) == Qt.DockWidgetArea.BottomDockWidgetArea
    ]
    if neighbours:
        window.tabifyDockWidget(neighbours[0], dock)
    dock.hide()
    toggle = dock.toggleViewAction()
    toggle.setShortcut("Ctrl+Shift+G")
    toggle.setStatusTip(
        translate("Segments", "Segments, effort, contact profiles and the impact of actions")
    )
    toggle.triggered.connect(lambda checked: _raise(dock, checked))
    window.menus.panels.addAction(toggle)
    action = QAction(translate("Segments", "&Contact Log (CSV)…"), window)
    action.setObjectName("importContactLog")
    action.setStatusTip(
        translate("Segments", "Add a contact log (date, segment, channel, reason…) to the project")
    )
    action.triggered.connect(dock.import_log)
    import_menu(window).addAction(action)
    if window.read_only:
        dock.set_read_only(True)
        action.setEnabled(False)
    return dock
