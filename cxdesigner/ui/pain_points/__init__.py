"""The pain-point panel: irritants ranked by score, opportunities by votes, dot voting."""

from cxdesigner.ui.pain_points.install import install_pain_points
from cxdesigner.ui.pain_points.panel import PainPointsPanel

__all__ = ["PainPointsPanel", "install_pain_points"]
