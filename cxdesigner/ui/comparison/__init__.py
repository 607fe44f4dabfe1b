"""Comparing a target journey with the current journey it improves."""

from cxdesigner.ui.comparison.install import Comparisons, install_comparison
from cxdesigner.ui.comparison.window import ComparisonWindow

__all__ = ["ComparisonWindow", "Comparisons", "install_comparison"]
