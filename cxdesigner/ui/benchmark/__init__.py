"""The sector barometer: the players of a sector scored side by side."""

from cxdesigner.ui.benchmark.install import install_benchmark

__all__ = ["install_benchmark"]
