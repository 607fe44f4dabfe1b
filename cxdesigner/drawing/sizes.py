"""Font sizes (in points on the map) and fixed dimensions of the map's parts.

The same on screen at 100 % and on paper at scale 1: a size is tried first, then the
smaller ones of its tuple, before text is elided.
"""

from __future__ import annotations

STAGE_NAME = (16.0, 15.0, 14.0, 13.0, 12.0)
STAGE_COUNT = 11.0
LANE_LABEL = (12.0, 11.0, 10.0)
EMOTION_SCALE = 10.0
CARD_TITLE = (14.0, 13.0, 12.0, 11.0, 10.0)
CARD_TITLE_OVERVIEW = (15.0, 14.0)
"""Zoomed far out, a card shows only its title, as large as it fits."""
CARD_TEXT = (11.0, 10.0, 9.0)
CELL_TEXT = (11.0, 10.0, 9.0)
"""Customer actions, channel and interlocutor chips, list items."""
MARKER_WORD = (12.0, 11.0, 10.0)
"""The name beside a moment-of-truth or criticality symbol."""
NOTE_TEXT = (12.0, 11.0, 10.0, 9.0)
FLOW_LABEL = (10.0, 9.0)
EMOTION_VALUE = 11.0
BADGE_TEXT = 10.0

CARD_RADIUS = 6.0
CARD_PADDING = 9.0
ACCENT_HEIGHT = 5.0
MOMENT_ON_CARD = 15.0
"""The moment-of-truth symbol in a card's top-right corner."""
NOTE_FOLD = 10.0
EMOTION_DOT = 6.0
FLOW_WIDTH = 1.8
FLOW_HIGHLIGHT_WIDTH = 3.0
ARROW_HEAD = 8.0
FLOW_BADGE = 13.0
