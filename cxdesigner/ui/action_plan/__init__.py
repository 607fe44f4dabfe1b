"""The action-plan panels: the improvement loop's actions edited in a table, exported as CSV,
and what they are worth from the value of a point of each indicator."""

from cxdesigner.ui.action_plan.install import install_action_plan, install_point_values

__all__ = ["install_action_plan", "install_point_values"]
