"""The panel behind the scenes: the blueprint stage by stage, and the hypotheses to check."""

from cxdesigner.ui.backstage.install import install_backstage

__all__ = ["install_backstage"]
