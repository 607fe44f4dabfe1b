"""The action-plan panel: the improvement loop's actions edited in a table, exported as CSV."""

from cxdesigner.ui.action_plan.install import install_action_plan

__all__ = ["install_action_plan"]
