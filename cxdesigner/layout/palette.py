"""The map's colours and symbol shapes as plain ``#rrggbb`` strings: one palette, screen and print.

Every colour that carries meaning is paired with something that survives a black-and-white
photocopy: moments of truth have a shape, criticality a number of bars, flows a dash pattern.
And the colours of one family differ in lightness too, so that a grey print still tells them
apart (tests/export/test_pdf_grayscale.py measures it): the three moments of truth, the
three criticality levels, and the positive and negative halves of the emotion lane.
"""

from __future__ import annotations

from typing import Final

from cxdesigner.model import BlueprintLayer, Criticality, FlowKind, MomentOfTruth

# --------------------------------------------------------------------------- ink and paper

PAPER: Final = "#ffffff"
INK: Final = "#1f2933"
"""Body text."""
INK_MUTED: Final = "#52606d"
"""Secondary text: captions, units, sources."""
INK_FAINT: Final = "#9aa5b1"
RULE: Final = "#cbd2d9"
"""Thin separating lines and grids."""

# --------------------------------------------------------------------------- stages and lanes

STAGE_HEADER_COLOURS: Final = (
    "#1d3557",
    "#2a6f97",
    "#168aad",
    "#2a9d8f",
    "#577590",
    "#6d597a",
)
"""Stage header fills, used in turn from the first stage (dark enough for white text)."""
STAGE_HEADER_TEXT: Final = "#ffffff"
STAGE_SEPARATOR: Final = "#b8c2cc"

JOURNEY_CURRENT: Final = "#1d3557"
"""The badge of a current journey ("parcours actuel")."""
JOURNEY_TARGET: Final = "#2a9d8f"
"""The badge of a target journey ("parcours cible")."""

LANE_BAND_FILLS: Final = ("#f5f7fa", "#ffffff")
"""Lane (row) backgrounds, alternating from the first visible lane."""
LANE_LABEL_FILL: Final = "#e4e7eb"
LANE_LABEL_TEXT: Final = "#323f4b"

# --------------------------------------------------------------------------- cards and lists

CARD_FILL: Final = "#ffffff"
CARD_BORDER: Final = "#9aa5b1"
CARD_TITLE: Final = "#1f2933"
CARD_TEXT: Final = "#3e4c59"

CHANNEL_FILL: Final = "#e6f0f7"
CHANNEL_BORDER: Final = "#8fb3cf"
INTERLOCUTOR_FILL: Final = "#f0ecf5"
INTERLOCUTOR_BORDER: Final = "#b3a4c6"

VERBATIM_FILL: Final = "#eef2fb"
VERBATIM_BORDER: Final = "#c3cde6"
IRRITANT_FILL: Final = "#fdf0f0"
IRRITANT_BORDER: Final = "#efb8b8"
IRRITANT_SEVERITY: Final = "#c0392b"
"""Filled severity dots of an irritant (1 minor … 4 blocking)."""
OPPORTUNITY_FILL: Final = "#edf7f0"
OPPORTUNITY_BORDER: Final = "#a9d6b5"

# --------------------------------------------------------------------------- moments of truth

MOMENT_COLOURS: Final[dict[MomentOfTruth, str]] = {
    MomentOfTruth.ESSENTIAL: "#3b82e1",
    MomentOfTruth.CRITICAL: "#8c291f",
    MomentOfTruth.WOW: "#f0a633",
}
"""Mid blue, dark red, light amber: in grey, 120, 70 and 175 of 255."""
MOMENT_SHAPES: Final[dict[MomentOfTruth, str]] = {
    MomentOfTruth.ESSENTIAL: "square",
    MomentOfTruth.CRITICAL: "triangle",  # drawn with a "!" inside
    MomentOfTruth.WOW: "star",
}
"""The shape of each moment of truth, so that it reads without colour."""

# --------------------------------------------------------------------------- criticality

CRITICALITY_COLOURS: Final[dict[Criticality, str]] = {
    Criticality.LOW: "#b6bdc4",
    Criticality.SENSITIVE: "#bb780e",
    Criticality.VERY_SENSITIVE: "#8c291f",
}
"""Darker as the level rises: in grey, 188, 128 and 70 of 255."""
CRITICALITY_LEVELS: Final[dict[Criticality, int]] = {
    Criticality.LOW: 1,
    Criticality.SENSITIVE: 2,
    Criticality.VERY_SENSITIVE: 3,
}
"""How many of the three bars are filled."""
CRITICALITY_EMPTY: Final = "#e4e7eb"

# --------------------------------------------------------------------------- emotion curve

EMOTION_CURVE: Final = "#2a6f97"
EMOTION_POSITIVE: Final = "#2f9e44"
EMOTION_NEGATIVE: Final = "#8b1d1d"
EMOTION_NEUTRAL: Final = "#7b8794"
EMOTION_NEUTRAL_LINE: Final = "#9aa5b1"
EMOTION_POSITIVE_TINT: Final = "#f5fbf6"
EMOTION_NEGATIVE_TINT: Final = "#f5d8d8"
"""The lane's halves: the negative one darker (in grey, 249 and 225 of 255)."""

# --------------------------------------------------------------------------- flows

FLOW_COLOURS: Final[dict[FlowKind, str]] = {
    FlowKind.NEXT: "#52606d",
    FlowKind.ALTERNATIVE: "#2a6f97",
    FlowKind.BACK: "#c2410c",
    FlowKind.TRANSFER: "#7b3fa0",
}
FLOW_DASHES: Final[dict[FlowKind, tuple[float, ...]]] = {
    FlowKind.NEXT: (),
    FlowKind.ALTERNATIVE: (5.0, 2.5),
    FlowKind.BACK: (2.0, 2.0),
    FlowKind.TRANSFER: (6.0, 2.0, 1.5, 2.0),
}
"""Dash pattern of each flow kind in points at 100 % (empty: solid)."""

IMPLIED_LINK: Final = "#9aa5b1"
"""The link implied between neighbouring cards (drawn flows are darker)."""
PATH_END: Final = "#52606d"
"""The bar where a consultant said the path ends."""

CHANNEL_SWITCH: Final = "#0f766e"
"""The badge on a flow that changes channel."""
HANDOFF: Final = "#b45309"
"""The badge on a flow that hands the customer to another interlocutor."""

# --------------------------------------------------------------------------- evidence

HYPOTHESIS_HATCH: Final = "#b3bcc6"
"""The hatching over a card or a pain point that rests on a hypothesis."""

# --------------------------------------------------------------------------- service blueprint

BLUEPRINT_BAND_FILLS: Final[dict[BlueprintLayer, str]] = {
    BlueprintLayer.FRONT_STAGE: "#f3f7fb",
    BlueprintLayer.BACK_STAGE: "#f6f4fa",
    BlueprintLayer.SUPPORT: "#f5f7f2",
}
"""The rows of the blueprint, tinted apart from the customer's lanes."""
BLUEPRINT_ITEM_ACCENTS: Final[dict[BlueprintLayer, str]] = {
    BlueprintLayer.FRONT_STAGE: "#4a7fb0",
    BlueprintLayer.BACK_STAGE: "#7b64a8",
    BlueprintLayer.SUPPORT: "#5e8a4f",
}
"""The band along an item's left edge: its row's colour."""
BLUEPRINT_LINE: Final = "#323f4b"
"""The lines of interaction, visibility and internal interaction."""
BLUEPRINT_ARROW: Final = "#52606d"
FAILURE: Final = "#c0392b"
"""A blueprint item that causes a pain point: its border and its mark."""

# --------------------------------------------------------------------------- the benchmark

PLAYER_COLOURS: Final = ("#1d3557", "#c2410c", "#52b69a", "#f2cc60", "#7b3fa0", "#8d99a6")
"""The colours offered to the players of a sector, in turn: in grey, about 50, 98, 149,
203, 92 and 151 of 255, the first four 48 or more apart (each player also has its own
mark and dash, so that a grey print tells them apart whatever colours the user picks)."""
PLAYER_MARKS: Final = ("disc", "square", "triangle", "diamond", "ring", "cross")
"""Each player's mark on the chart, in turn: filled and open shapes alternate."""
PLAYER_DASHES: Final[tuple[tuple[float, ...], ...]] = (
    (), (6.0, 3.0), (1.5, 2.0), (8.0, 3.0, 1.5, 3.0), (3.0, 3.0), (10.0, 2.5))
"""Each player's line on the chart, in turn: the first (usually the client) solid."""


def player_colour(index: int) -> str:
    """The colour offered to the player at ``index``."""
    return PLAYER_COLOURS[index % len(PLAYER_COLOURS)]


GREYS: Final = frozenset({
    PAPER, INK, INK_MUTED, INK_FAINT, RULE, STAGE_SEPARATOR, *LANE_BAND_FILLS, LANE_LABEL_FILL,
    LANE_LABEL_TEXT, CARD_FILL, CARD_BORDER, CARD_TITLE, CARD_TEXT, CRITICALITY_EMPTY,
    CRITICALITY_COLOURS[Criticality.LOW], EMOTION_NEUTRAL, EMOTION_NEUTRAL_LINE,
    FLOW_COLOURS[FlowKind.NEXT], IMPLIED_LINK, PATH_END, HYPOTHESIS_HATCH, BLUEPRINT_LINE,
    BLUEPRINT_ARROW,
})
"""The palette's greys (cool, slightly blue): a press prints them with black ink alone."""


def stage_header_colour(index: int) -> str:
    """The header colour of the stage at ``index``."""
    return STAGE_HEADER_COLOURS[index % len(STAGE_HEADER_COLOURS)]


def lane_band_fill(index: int) -> str:
    """The background of the visible lane at ``index``."""
    return LANE_BAND_FILLS[index % len(LANE_BAND_FILLS)]


def emotion_colour(value: float) -> str:
    """The dot colour of an emotion value."""
    if value > 0:
        return EMOTION_POSITIVE
    if value < 0:
        return EMOTION_NEGATIVE
    return EMOTION_NEUTRAL


def mix(colour: str, other: str, share: float) -> str:
    """``colour`` with ``share`` (0 to 1) of ``other`` mixed in: a tint without transparency,
    which prints the same on every press."""
    a = int(colour[1:], 16)
    b = int(other[1:], 16)
    channels = []
    for shift in (16, 8, 0):
        x, y = (a >> shift) & 0xFF, (b >> shift) & 0xFF
        channels.append(round(x + (y - x) * share))
    return "#{:02x}{:02x}{:02x}".format(*channels)


def darker(colour: str, factor: float) -> str:
    """``colour`` darker by ``factor`` (1.35: a third darker), its hue kept."""
    value = int(colour[1:], 16)
    channels = [round(((value >> shift) & 0xFF) / factor) for shift in (16, 8, 0)]
    return "#{:02x}{:02x}{:02x}".format(*channels)
