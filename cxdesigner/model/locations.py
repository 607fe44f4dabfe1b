"""Say where something is in a project in a consultant's words, not as a JSON path.

``("journeys", 0, "stages", 2, "touchpoints", 1, "emotion")`` becomes
``journey 'Achat en ligne', stage 3 'Commande', touchpoint 'Appel au support', emotion``.
Works on the raw JSON data (before validation) as well as on model objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cxdesigner.model.wording import ITEM_NOUNS, ITEM_WORD, field_words, flow_name, quoted

__all__ = ["describe_location", "field_words", "touchpoint_titles"]

# List key -> the attribute that names one item (its noun is in wording.ITEM_NOUNS).
_NAMES: dict[str, str | None] = {
    "journeys": "name", "stages": "name", "touchpoints": "title", "flows": None,
    "notes": None, "blueprint": "title", "lanes": "lane", "personas": "name", "segments": "name",
    "channels": "name", "interlocutors": "name", "verbatims": None, "irritants": None,
    "opportunities": None, "kpis": "name", "actions": None, "answers": None,
    "indicator_records": None, "scorecards": "name", "scores": "criterion",
    "contacts": "reason", "contact_profiles": "name", "conflicts": None, "snapshots": "name",
    "parking_lot": None, "players": "name", "waves": "name", "point_values": "indicator",
}

_SHOWN_STEPS = 8
"""A location deeper than this is shortened: its first and last steps, "…" between."""

# Numbered items also show their name, except where a number reads better alone.
_NUMBERED = {"stages", "flows", "notes", "verbatims", "irritants", "opportunities", "actions",
             "answers", "indicator_records", "scores", "contacts", "conflicts", "parking_lot"}


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


def touchpoint_titles(journey: Any) -> dict[str, str]:
    """The title of each touchpoint of ``journey`` (data or model), by id."""
    return {tp_id: title
            for stage in _child(journey, "stages") or []
            for touchpoint in _child(stage, "touchpoints") or []
            if isinstance(tp_id := _child(touchpoint, "id"), str)
            and isinstance(title := _child(touchpoint, "title"), str)}


def _clipped(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "…"


def _name_of(item: Any, attribute: str | None, owner: Any = None) -> str | None:
    if attribute is None:
        if owner is not None and isinstance(_child(item, "source_id"), str):  # a flow
            titles = touchpoint_titles(owner)
            return _clipped(flow_name(titles.get(_child(item, "source_id")),
                                      titles.get(_child(item, "target_id"))))
        return None
    value = _child(item, attribute)
    if hasattr(value, "value"):  # an enum
        value = value.value
    if isinstance(value, str) and value.strip():
        return _clipped(value)
    return None


def describe_location(root: Any, loc: Sequence[str | int], language: str = "en",
                      flow_ends: bool = False) -> str:
    """The location ``loc`` inside ``root`` in words (in ``language``); empty for the root.

    With ``flow_ends``, a flow is named by its ends too (``flow 2 'Panier → Paiement'``), as
    where two versions are compared; an error in a flow's ends names it by number only."""
    parts: list[str] = []
    node = root
    index = 0
    while index < len(loc):
        key = loc[index]
        following = loc[index + 1] if index + 1 < len(loc) else None
        if isinstance(key, str) and key in _NAMES and isinstance(following, int):
            noun, attribute = ITEM_NOUNS[key][language], _NAMES[key]
            item = _child(_child(node, key), following)
            name = _name_of(item, attribute, node if flow_ends and key == "flows" else None)
            number = f" {following + 1}" if key in _NUMBERED or name is None else ""
            parts.append(f"{noun}{number}" + (f" {quoted(name, language)}" if name else ""))
            node = item
            index += 2
            continue
        if isinstance(key, str):
            parts.append(field_words(key, language))
        else:
            parts.append(f"{ITEM_WORD[language]} {key + 1}")
        node = _child(node, key)
        index += 1
    if len(parts) > _SHOWN_STEPS:  # data nested absurdly deep: name its ends, not each level
        parts = [*parts[:_SHOWN_STEPS - 3], "…", *parts[-2:]]
    return ", ".join(parts)
