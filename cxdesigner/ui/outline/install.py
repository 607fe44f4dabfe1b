"""Wires the outline panel into a window: a dock below the map (View ▸ Panels, Ctrl+Shift+O)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from cxdesigner.ui.i18n import translate
from cxdesigner.ui.panel_context import PanelContext
from cxdesigner.ui.panels import PanelDock, add_bottom_panel

if TYPE_CHECKING:
    from cxdesigner.ui.outline.panel import OutlinePanel


def install_outline(window: QMainWindow, context: PanelContext,
                    panels_menu: QMenu) -> PanelDock[OutlinePanel]:
    """Give ``window`` the outline panel, below the map, hidden at first."""

    def build(parent: QWidget) -> OutlinePanel:
        from cxdesigner.ui.outline.panel import OutlinePanel

        return OutlinePanel(context, parent)

    dock = PanelDock(translate("Outline", "Outline"), "outlineDock", build, window)
    add_bottom_panel(window, panels_menu, dock)
    toggle = dock.toggleViewAction()
    toggle.setShortcut(QKeySequence("Ctrl+Shift+O"))
    toggle.setStatusTip(translate(
        "Outline", "The journey as text, for the keyboard and screen readers"))
    toggle.triggered.connect(lambda shown: dock.panel.tree.setFocus() if shown else None)
    return dock
