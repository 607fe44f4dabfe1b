"""The words of the method in the interface language: moments, criticality, sources, lanes."""

from __future__ import annotations

from cxdesigner.model import (
    Criticality,
    JourneyKind,
    Lane,
    MomentOfTruth,
    Pillar,
    StageTemplate,
    VerbatimSource,
)
from cxdesigner.ui.i18n import translate


def moment_label(moment: MomentOfTruth) -> str:
    return {
        MomentOfTruth.NONE: translate("Labels", "Not a moment of truth"),
        MomentOfTruth.ESSENTIAL: translate("Labels", "Essential"),
        MomentOfTruth.CRITICAL: translate("Labels", "Critical"),
        MomentOfTruth.WOW: translate("Labels", "Wow"),
    }[moment]


def criticality_label(criticality: Criticality | None) -> str:
    if criticality is None:
        return translate("Labels", "Not set")
    return {
        Criticality.LOW: translate("Labels", "Low / neutral"),
        Criticality.SENSITIVE: translate("Labels", "Sensitive"),
        Criticality.VERY_SENSITIVE: translate("Labels", "Very sensitive"),
    }[criticality]


def emotion_label(emotion: int | None) -> str:
    if emotion is None:
        return translate("Labels", "Not set")
    words = {
        -3: translate("Labels", "very negative"),
        -2: translate("Labels", "negative"),
        -1: translate("Labels", "slightly negative"),
        0: translate("Labels", "neutral"),
        1: translate("Labels", "slightly positive"),
        2: translate("Labels", "positive"),
        3: translate("Labels", "very positive"),
    }
    sign = "+" if emotion > 0 else ("\u2212" if emotion < 0 else "")
    return f"{sign}{abs(emotion)} \u2014 {words[emotion]}"


def journey_kind_label(kind: JourneyKind) -> str:
    if kind is JourneyKind.TARGET:
        return translate("Labels", "Target journey")
    return translate("Labels", "Current journey")


def source_label(source: VerbatimSource) -> str:
    return {
        VerbatimSource.COMPLAINT: translate("Labels", "Complaint"),
        VerbatimSource.REVIEW: translate("Labels", "Published review"),
        VerbatimSource.SURVEY: translate("Labels", "Survey"),
        VerbatimSource.USER_TEST: translate("Labels", "User test"),
        VerbatimSource.INTERVIEW: translate("Labels", "Interview"),
        VerbatimSource.FOCUS_GROUP: translate("Labels", "Focus group"),
        VerbatimSource.ADVISER_CALL: translate("Labels", "Adviser: call"),
        VerbatimSource.ADVISER_EMAIL: translate("Labels", "Adviser: email"),
        VerbatimSource.ADVISER_CHAT: translate("Labels", "Adviser: chat"),
        VerbatimSource.SALES_STAFF: translate("Labels", "Sales staff"),
        VerbatimSource.MAINTENANCE_STAFF: translate("Labels", "Maintenance staff"),
        VerbatimSource.SOCIAL_NETWORK: translate("Labels", "Social network"),
        VerbatimSource.FORUM: translate("Labels", "Forum"),
        VerbatimSource.EMPLOYEE: translate("Labels", "Employee"),
        VerbatimSource.OTHER: translate("Labels", "Other"),
    }[source]


def pillar_label(pillar: Pillar) -> str:
    return {
        Pillar.INTEGRITY: translate("Labels", "Integrity"),
        Pillar.RESOLUTION: translate("Labels", "Resolution"),
        Pillar.EXPECTATIONS: translate("Labels", "Expectations"),
        Pillar.TIME_AND_EFFORT: translate("Labels", "Time and effort"),
        Pillar.PERSONALISATION: translate("Labels", "Personalisation"),
        Pillar.EMPATHY: translate("Labels", "Empathy"),
    }[pillar]


def severity_label(severity: int) -> str:
    return {
        1: translate("Labels", "1 \u2014 minor"),
        2: translate("Labels", "2 \u2014 annoying"),
        3: translate("Labels", "3 \u2014 serious"),
        4: translate("Labels", "4 \u2014 blocking"),
    }[severity]


def lane_label(lane: Lane) -> str:
    return {
        Lane.ACTIONS: translate("Labels", "Customer actions"),
        Lane.TOUCHPOINTS: translate("Labels", "Touchpoints"),
        Lane.CHANNELS: translate("Labels", "Channels"),
        Lane.INTERLOCUTORS: translate("Labels", "Interlocutors"),
        Lane.MOMENTS: translate("Labels", "Moments of truth"),
        Lane.CRITICALITY: translate("Labels", "Criticality"),
        Lane.EMOTION: translate("Labels", "Emotion curve"),
        Lane.VERBATIMS: translate("Labels", "Verbatims"),
        Lane.IRRITANTS: translate("Labels", "Irritants"),
        Lane.OPPORTUNITIES: translate("Labels", "Opportunities"),
        Lane.NOTES: translate("Labels", "Sticky notes"),
    }[lane]


def template_label(template: StageTemplate | None) -> str:
    if template is None:
        return translate("Labels", "Empty (no stages)")
    return {
        StageTemplate.FIVE_AS: translate("Labels", "The five A's (Kotler)"),
        StageTemplate.PURCHASE: translate("Labels", "Before / during / after purchase"),
        StageTemplate.SUPPORT: translate("Labels", "Customer support"),
    }[template]


def language_label(language: str) -> str:
    return {
        "fr": translate("Labels", "French"),
        "en": translate("Labels", "English"),
    }.get(language, translate("Labels", "System language"))
