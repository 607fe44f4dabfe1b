"""The action-plan panel: the improvement loop's actions edited in a table, exported as CSV."""

from cxdesigner.ui.action_plan.dock import ActionPlanDock, install_action_plan

__all__ = ["ActionPlanDock", "install_action_plan"]
