"""Wires the panel behind the scenes into a window: its dock below the map."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from cxdesigner.ui.i18n import translate
from cxdesigner.ui.panel_context import PanelContext
from cxdesigner.ui.panels import PanelDock, add_bottom_panel

if TYPE_CHECKING:
    from cxdesigner.ui.backstage.panel import BackstagePanel


def install_backstage(window: QMainWindow, context: PanelContext,
                      panels_menu: QMenu) -> PanelDock[BackstagePanel]:
    """Give ``window`` the panel behind the scenes (View ▸ Panels), below the map, hidden at
    first."""

    def build(parent: QWidget) -> BackstagePanel:
        from cxdesigner.ui.backstage.panel import BackstagePanel

        return BackstagePanel(context, parent)

    dock = PanelDock(translate("Backstage", "Blueprint and Evidence"), "backstageDock", build,
                     window)
    add_bottom_panel(window, panels_menu, dock)
    return dock
