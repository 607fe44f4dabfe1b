"""The "Segments & contact profiles" panel: the five steps of mapping as a process."""

from cxdesigner.ui.segments.dock import SegmentsDock
from cxdesigner.ui.segments.install import install_segments

__all__ = ["SegmentsDock", "install_segments"]
