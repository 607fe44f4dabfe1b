"""The pain-point panel: irritants ranked by score, opportunities by votes, dot voting."""

from cxdesigner.ui.pain_points.install import install_pain_points

__all__ = ["install_pain_points"]
