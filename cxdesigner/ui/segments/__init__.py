"""The "Segments & contact profiles" panel: the five steps of mapping as a process."""

from cxdesigner.ui.segments.install import install_segments

__all__ = ["install_segments"]
