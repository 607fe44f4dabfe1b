"""Wires the pain-point panel into a window: its dock below the map."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from cxdesigner.ui.i18n import translate
from cxdesigner.ui.panel_context import PanelContext
from cxdesigner.ui.panels import PanelDock, add_bottom_panel

if TYPE_CHECKING:
    from cxdesigner.ui.pain_points.panel import PainPointsPanel


def install_pain_points(window: QMainWindow, context: PanelContext,
                        panels_menu: QMenu) -> PanelDock[PainPointsPanel]:
    """Give ``window`` the pain-point panel (View ▸ Panels), below the map, hidden at first."""

    def build(parent: QWidget) -> PainPointsPanel:
        from cxdesigner.ui.pain_points.panel import PainPointsPanel

        return PainPointsPanel(context, parent)

    dock = PanelDock(translate("PainPoints", "Pain Points and Votes"), "painPointsDock", build,
                     window)
    add_bottom_panel(window, panels_menu, dock)
    return dock
