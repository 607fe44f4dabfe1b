"""The graphics items of the map: each paints one part and reports gestures, none edits."""

from cxdesigner.canvas.items.backdrop import LaneBackgroundItem, StageHeaderItem
from cxdesigner.canvas.items.blueprint_items import BlueprintArrowsItem, BlueprintItemItem
from cxdesigner.canvas.items.emotion_item import EmotionCurveItem
from cxdesigner.canvas.items.flow_item import FlowItem
from cxdesigner.canvas.items.indicators import ConnectLineItem, DropIndicatorItem
from cxdesigner.canvas.items.lane_cells import TouchpointLanesItem
from cxdesigner.canvas.items.note_item import NoteItem
from cxdesigner.canvas.items.touchpoint_item import TouchpointItem

__all__ = [
    "BlueprintArrowsItem",
    "BlueprintItemItem",
    "ConnectLineItem",
    "DropIndicatorItem",
    "EmotionCurveItem",
    "FlowItem",
    "LaneBackgroundItem",
    "NoteItem",
    "StageHeaderItem",
    "TouchpointItem",
    "TouchpointLanesItem",
]
