"""Wires the segments panel into a main window: the dock, View ▸ Panels, File ▸ Import."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from cxdesigner.ui.i18n import translate
from cxdesigner.ui.panels import add_bottom_panel
from cxdesigner.ui.segments.dock import SegmentsDock

if TYPE_CHECKING:
    from cxdesigner.ui.main_window import MainWindow


def install_segments(window: MainWindow) -> SegmentsDock:
    """Give ``window`` the segments panel, below the map and hidden at first, and its import."""
    dock = SegmentsDock(window.document, window.prompts, window)
    add_bottom_panel(window, window.menus.panels, dock)
    toggle = dock.toggleViewAction()
    toggle.setShortcut("Ctrl+Shift+G")
    toggle.setStatusTip(
        translate("Segments", "Segments, effort, contact profiles and the impact of actions")
    )
    action = QAction(translate("Segments", "&Contact Log (CSV)…"), window)
    action.setObjectName("importContactLog")
    action.setStatusTip(
        translate("Segments", "Add a contact log (date, segment, channel, reason…) to the project")
    )
    action.triggered.connect(dock.import_log)
    window.menus.import_menu.addAction(action)
    if window.read_only:
        dock.set_read_only(True)
        action.setEnabled(False)
    return dock
