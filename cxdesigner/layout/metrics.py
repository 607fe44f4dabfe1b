"""The map's fixed dimensions, in points: one place to tune the look of screen and print."""

from __future__ import annotations

from dataclasses import dataclass, field

from cxdesigner.model import Lane


def _default_lane_heights() -> dict[Lane, float]:
    return {
        Lane.ACTIONS: 64.0,
        Lane.TOUCHPOINTS: 96.0,
        Lane.CHANNELS: 30.0,
        Lane.INTERLOCUTORS: 30.0,
        Lane.MOMENTS: 40.0,
        Lane.CRITICALITY: 30.0,
        Lane.EMOTION: 132.0,
        Lane.NOTES: 64.0,
    }


@dataclass(frozen=True)
class LayoutMetrics:
    """Sizes of the parts of the map. Lists (verbatims…) grow by ``item_height`` per item."""

    slot_width: float = 168.0
    """Width of one touchpoint column, gap included."""
    slot_gap: float = 14.0
    stage_header_height: float = 44.0
    lane_label_width: float = 120.0
    lane_gap: float = 6.0
    lane_padding: float = 6.0
    item_height: float = 40.0
    max_items_shown: int = 4
    """A list lane shows at most this many items per touchpoint, then "+N"."""
    flow_track_height: float = 14.0
    max_flow_tracks: int = 12
    margin: float = 24.0
    blueprint_item_height: float = 60.0
    """A front-stage, back-stage or support item of the service blueprint."""
    blueprint_line_gap: float = 26.0
    """Above each row of the blueprint: the line that separates it, and the line's name."""
    lane_heights: dict[Lane, float] = field(default_factory=_default_lane_heights)

    @property
    def card_width(self) -> float:
        return self.slot_width - self.slot_gap


LIST_LANES = (Lane.VERBATIMS, Lane.IRRITANTS, Lane.OPPORTUNITIES)
