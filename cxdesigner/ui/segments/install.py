"""Wires the segments panel into a window: the dock, View ▸ Panels, File ▸ Import."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from cxdesigner.ui.i18n import translate
from cxdesigner.ui.panel_context import PanelContext
from cxdesigner.ui.panels import PanelDock, add_bottom_panel

if TYPE_CHECKING:
    from cxdesigner.ui.segments.panel import SegmentsPanel


def install_segments(window: QMainWindow, context: PanelContext, panels_menu: QMenu,
                     import_menu: QMenu) -> PanelDock[SegmentsPanel]:
    """Give ``window`` the segments panel, below the map and hidden at first, and its import."""

    def build(parent: QWidget) -> SegmentsPanel:
        from cxdesigner.ui.segments.panel import SegmentsPanel

        return SegmentsPanel(context, parent)

    dock = PanelDock(translate("Segments", "Segments && contact profiles"), "segmentsDock",
                     build, window)
    add_bottom_panel(window, panels_menu, dock)
    toggle = dock.toggleViewAction()
    toggle.setShortcut("Ctrl+Shift+G")
    toggle.setStatusTip(
        translate("Segments", "Segments, effort, contact profiles and the impact of actions")
    )
    action = QAction(translate("Segments", "&Contact Log (Excel or CSV)…"), window)
    action.setObjectName("importContactLog")
    action.setStatusTip(
        translate("Segments", "Add a contact log (date, segment, channel, reason…) to the project")
    )
    action.triggered.connect(lambda: dock.panel.import_log())
    action.setEnabled(not context.read_only)
    import_menu.addAction(action)
    return dock
