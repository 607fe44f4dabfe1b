"""Say where something is in a project in a consultant's words, not as a JSON path.

``("journeys", 0, "stages", 2, "touchpoints", 1, "emotion")`` becomes
``journey 'Achat en ligne', stage 3 'Commande', touchpoint 'Appel au support', emotion``.
Works on the raw JSON data (before validation) as well as on model objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# List key -> (what one item is called, the attribute that names it).
_ITEMS: dict[str, tuple[str, str | None]] = {
    "journeys": ("journey", "name"),
    "stages": ("stage", "name"),
    "touchpoints": ("touchpoint", "title"),
    "flows": ("flow", None),
    "notes": ("sticky note", None),
    "lanes": ("lane", "lane"),
    "personas": ("persona", "name"),
    "segments": ("segment", "name"),
    "channels": ("channel", "name"),
    "interlocutors": ("interlocutor", "name"),
    "verbatims": ("verbatim", None),
    "irritants": ("irritant", None),
    "opportunities": ("opportunity", None),
    "kpis": ("KPI", "name"),
    "actions": ("action", None),
    "answers": ("survey answer", None),
    "indicator_records": ("indicator record", None),
    "scorecards": ("scorecard", "name"),
    "scores": ("criterion", "criterion"),
    "contacts": ("contact", "reason"),
    "contact_profiles": ("contact profile", "name"),
}

# Numbered items also show their name, except where a number reads better alone.
_NUMBERED = {"stages", "flows", "notes", "verbatims", "irritants", "opportunities", "actions",
             "answers", "indicator_records", "scores", "contacts"}

_FIELD_WORDS = {
    "channel_id": "channel",
    "interlocutor_id": "interlocutor",
    "persona_id": "persona",
    "segment_id": "segment",
    "source_id": "start of the flow",
    "target_id": "end of the flow",
    "stage_id": "stage",
    "scope_id": "what it is about",
    "profile_id": "contact profile",
    "profile_ids": "contact profiles",
    "touchpoint_ids": "touchpoints",
    "origin_id": "step it was made from",
    "irritant_id": "irritant",
    "touchpoint_id": "touchpoint",
    "improves_journey_id": "current journey it improves",
    "persona_ids": "personas",
    "persona_emotions": "emotion per persona",
    "persona_criticality": "criticality per persona",
    "photo_png_base64": "photo",
    "format_version": "format version",
    "customer_action": "customer action",
}


def _child(node: Any, key: str | int) -> Any:
    """Step into a dict, list or model; None when the step does not exist."""
    try:
        if isinstance(node, dict):
            return node.get(key)
        if isinstance(node, list | tuple):
            return node[key] if isinstance(key, int) else None
        return getattr(node, key, None) if isinstance(key, str) else None
    except (IndexError, TypeError):
        return None


def _name_of(item: Any, attribute: str | None) -> str | None:
    if attribute is None:
        return None
    value = _child(item, attribute)
    if hasattr(value, "value"):  # an enum
        value = value.value
    if isinstance(value, str) and value.strip():
        text = " ".join(value.split())
        return text if len(text) <= 60 else text[:57] + "…"
    return None


def field_words(field: str) -> str:
    """A field name as words (``channel_id`` -> ``channel``)."""
    return _FIELD_WORDS.get(field, field.replace("_", " "))


def describe_location(root: Any, loc: Sequence[str | int]) -> str:
    """The location ``loc`` inside ``root`` in words; empty for the root itself."""
    parts: list[str] = []
    node = root
    index = 0
    while index < len(loc):
        key = loc[index]
        following = loc[index + 1] if index + 1 < len(loc) else None
        if isinstance(key, str) and key in _ITEMS and isinstance(following, int):
            noun, attribute = _ITEMS[key]
            item = _child(_child(node, key), following)
            name = _name_of(item, attribute)
            number = f" {following + 1}" if key in _NUMBERED or name is None else ""
            parts.append(f"{noun}{number}" + (f" '{name}'" if name else ""))
            node = item
            index += 2
            continue
        if isinstance(key, str):
            parts.append(field_words(key))
        else:
            parts.append(f"item {key + 1}")
        node = _child(node, key)
        index += 1
    return ", ".join(parts)
