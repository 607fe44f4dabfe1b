"""The "Segments & contact profiles" panel: the five steps of mapping as a process."""

from cxdesigner.ui.segments.install import install_segments
from cxdesigner.ui.segments.panel import SegmentsPanel

__all__ = ["SegmentsPanel", "install_segments"]
