"""The action-plan panel: the improvement loop's actions edited in a table, exported as CSV."""

from cxdesigner.ui.action_plan.install import install_action_plan
from cxdesigner.ui.action_plan.panel import ActionPlanPanel

__all__ = ["ActionPlanPanel", "install_action_plan"]
