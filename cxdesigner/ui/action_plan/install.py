"""Wires the action-plan panels into a window: their docks, and File ▸ Export ▸ Action Plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from cxdesigner.ui.i18n import translate
from cxdesigner.ui.panel_context import PanelContext
from cxdesigner.ui.panels import PanelDock, add_bottom_panel

if TYPE_CHECKING:
    from cxdesigner.ui.action_plan.panel import ActionPlanPanel
    from cxdesigner.ui.action_plan.point_values import PointValuesPanel


def install_action_plan(window: QMainWindow, context: PanelContext, panels_menu: QMenu,
                        export_menu: QMenu) -> PanelDock[ActionPlanPanel]:
    """Give ``window`` the action-plan panel and File ▸ Export ▸ Action Plan (CSV)…."""

    def build(parent: QWidget) -> ActionPlanPanel:
        from cxdesigner.ui.action_plan.panel import ActionPlanPanel

        return ActionPlanPanel(context, parent)

    def export() -> None:
        from cxdesigner.ui.action_plan.export import export_actions

        export_actions(context)

    dock = PanelDock(translate("ActionPlan", "Action Plan"), "actionPlanDock", build, window)
    add_bottom_panel(window, panels_menu, dock)
    action = QAction(translate("ActionPlan", "Action Plan (CSV)…"), window)
    action.setStatusTip(translate("ActionPlan", "Write the action plan as a spreadsheet file"))
    action.triggered.connect(export)
    export_menu.addAction(action)
    return dock


def install_point_values(window: QMainWindow, context: PanelContext,
                         panels_menu: QMenu) -> PanelDock[PointValuesPanel]:
    """Give ``window`` the panel of the value of a point and of what the actions are worth."""

    def build(parent: QWidget) -> PointValuesPanel:
        from cxdesigner.ui.action_plan.point_values import PointValuesPanel

        return PointValuesPanel(context, parent)

    dock = PanelDock(translate("PointValues", "Value of Actions"), "pointValuesDock", build,
                     window)
    add_bottom_panel(window, panels_menu, dock)
    return dock
