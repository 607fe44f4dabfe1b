"""Words the map shows, translated with one fixed context ("Map")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from cxdesigner.model import Criticality, FlowKind, Lane, MomentOfTruth

CONTEXT = "Map"
translate = QCoreApplication.translate
"""Called as ``translate("Map", "literal")`` so that lupdate finds every string."""


def lane_name(lane: Lane) -> str:
    """The label of a lane (row)."""
    names = {
        Lane.ACTIONS: translate("Map", "Customer actions"),
        Lane.TOUCHPOINTS: translate("Map", "Touchpoints"),
        Lane.CHANNELS: translate("Map", "Channels"),
        Lane.INTERLOCUTORS: translate("Map", "Interlocutors"),
        Lane.MOMENTS: translate("Map", "Moments of truth"),
        Lane.CRITICALITY: translate("Map", "Criticality"),
        Lane.EMOTION: translate("Map", "Emotion"),
        Lane.VERBATIMS: translate("Map", "Verbatims"),
        Lane.IRRITANTS: translate("Map", "Irritants"),
        Lane.OPPORTUNITIES: translate("Map", "Opportunities"),
        Lane.NOTES: translate("Map", "Sticky notes"),
    }
    return names[lane]


def moment_name(moment: MomentOfTruth) -> str:
    """The label of a moment of truth."""
    names = {
        MomentOfTruth.NONE: translate("Map", "None"),
        MomentOfTruth.ESSENTIAL: translate("Map", "Essential"),
        MomentOfTruth.CRITICAL: translate("Map", "Critical"),
        MomentOfTruth.WOW: translate("Map", "Wow"),
    }
    return names[moment]


def criticality_name(value: Criticality) -> str:
    """The label of a criticality level."""
    names = {
        Criticality.LOW: translate("Map", "Low / neutral"),
        Criticality.SENSITIVE: translate("Map", "Sensitive"),
        Criticality.VERY_SENSITIVE: translate("Map", "Very sensitive"),
    }
    return names[value]


_FLOW_KINDS = {
    FlowKind.NEXT: QT_TRANSLATE_NOOP("Map", "Next step"),
    FlowKind.ALTERNATIVE: QT_TRANSLATE_NOOP("Map", "Alternative"),
    FlowKind.BACK: QT_TRANSLATE_NOOP("Map", "Going back / loop"),
    FlowKind.TRANSFER: QT_TRANSLATE_NOOP("Map", "Transfer"),
}


def flow_kind_name(kind: FlowKind) -> str:
    """The label of a kind of flow (asked for every arrow of a map: one translation)."""
    return translate("Map", str(_FLOW_KINDS[kind]))


def path_rule_text() -> str:
    """The rule of the journey's path, in the consultant's words (tooltips, help)."""
    return translate(
        "Map", "A touchpoint leads to the next one on the map unless a flow drawn from it "
               "says otherwise: a “next step” flow further along the map, or any flow to the "
               "next touchpoint. Loops back, transfers and alternatives come on top. Check "
               "this when the customer's path stops here, or goes on only through the flows "
               "drawn from this touchpoint.")


# Default content is data, in the project's language rather than the interface's.
_DEFAULTS = {
    "touchpoint": ("Nouveau point de contact", "New touchpoint"),
    "stage": ("Nouvelle étape", "New stage"),
    "note": ("Note", "Note"),
}


def default_text(what: str, language: str) -> str:
    """The text a new touchpoint, stage or note starts with, in the project's language."""
    french, english = _DEFAULTS[what]
    return french if language == "fr" else english
