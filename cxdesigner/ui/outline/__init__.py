"""The outline: the journey as text, for the keyboard and for screen readers."""

from cxdesigner.ui.outline.install import install_outline

__all__ = ["install_outline"]
