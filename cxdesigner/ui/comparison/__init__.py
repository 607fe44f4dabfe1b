"""Comparing a target journey with the current journey it improves."""

from cxdesigner.ui.comparison.install import Comparisons, install_comparison

__all__ = ["Comparisons", "install_comparison"]
