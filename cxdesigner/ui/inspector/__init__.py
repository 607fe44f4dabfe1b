"""The inspector: edits the selected touchpoint, stage or journey through undo commands."""

from cxdesigner.ui.inspector.dock import InspectorDock

__all__ = ["InspectorDock"]
