"""The pain-point panel: irritants ranked by score, opportunities by votes, dot voting."""

from cxdesigner.ui.pain_points.dock import PainPointsDock, install_pain_points

__all__ = ["PainPointsDock", "install_pain_points"]
