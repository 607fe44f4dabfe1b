"""Pure geometry of the map, shared by the canvas and the PDF so that print matches screen."""

from cxdesigner.layout.curves import CubicSegment, smooth_segments
from cxdesigner.layout.flows import FlowRoute, RouteShape
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.layout.map_layout import (
    DEFAULT_METRICS,
    LaneBox,
    MapLayout,
    NoteBox,
    StageBox,
    TouchpointBox,
    layout_journey,
)
from cxdesigner.layout.metrics import LIST_LANES, LayoutMetrics
from cxdesigner.layout.path_links import ImpliedLink
from cxdesigner.layout.text import FittedText, Measure, elide, fit_text, normalise, wrap

__all__ = [
    "DEFAULT_METRICS",
    "LIST_LANES",
    "CubicSegment",
    "FittedText",
    "FlowRoute",
    "ImpliedLink",
    "LaneBox",
    "LayoutMetrics",
    "MapLayout",
    "Measure",
    "NoteBox",
    "Point",
    "Rect",
    "RouteShape",
    "StageBox",
    "TouchpointBox",
    "elide",
    "fit_text",
    "layout_journey",
    "normalise",
    "smooth_segments",
    "wrap",
]
