"""The rules of editing, decided once for the map, the inspector and the panels.

Whoever edits a project (a title typed on a card, a field of the inspector, the people
dock, the persona editor) asks the document, which applies these rules and then the
model's own (lengths, the emotion scale from -3 to +3, severities, ids, references):

- A **name** (a touchpoint's or a blueprint item's title; the name of a stage, a journey,
  a persona, a channel or an interlocutor; the project's title) is one line, as printed on
  the map: the spaces at both ends go and each run of spaces, tabs or line breaks becomes
  one space. It may not be empty: the map and the inspector both refuse an empty title,
  and the old one stays.
- Personas, channels and interlocutors are picked by their name (the K key on the map,
  the inspector's lists, the persona in view): two of a kind may not share a name,
  whatever the case and the spacing. So are the players of the barometer and its waves
  (the score import names them), and the indicators given the value of a point (an
  action's KPI finds its value by name).
- A **sticky note**, and a question of the workshop's parking lot, needs some text; the
  spaces at its ends go, its line breaks stay.
- **Tags** lose the spaces at their ends; blank tags and repeats go.
- A blueprint item's **owner** is one line, like a name (it may be empty); what the item
  serves is listed once each.
- Free texts (descriptions, what the customer does, thinks and feels, notes, quotes) are
  kept exactly as typed.

These are rules of editing, not of the file: a file written by another program may hold
an empty title, and still opens. So they are applied when an edit is made, by the undo
commands and by the editors that ask first, and not when undo or redo puts back a state
the project already had.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from cxdesigner.document.checks import DocumentRuleError
from cxdesigner.model.wording import edit_rule_sentence

NAME_FIELDS: dict[str, str] = {
    "touchpoints": "title", "stages": "name", "journeys": "name", "personas": "name",
    "channels": "name", "interlocutors": "name", "notes": "text", "parking_lot": "text",
    "project": "title", "blueprint": "title", "players": "name", "waves": "name",
    "point_values": "indicator"}
"""The field that names (or, for a note, is) an entity of each kind; it may not be empty."""

UNIQUE_NAMES = frozenset({"personas", "channels", "interlocutors", "players", "waves",
                          "point_values"})
"""Kinds of entity whose names differ from one another."""

FREE_TEXTS = frozenset({"notes", "parking_lot"})
"""Kinds named by a text that keeps its line breaks (only the spaces at its ends go)."""


def clean_name(text: str) -> str:
    """A name on one line: no spaces at the ends, one space between words."""
    return " ".join(text.split())


def name_key(text: str) -> str:
    """What two names must not share: the name without case or extra spaces."""
    return clean_name(text).casefold()


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Tags trimmed, without blank ones and repeats, in their order."""
    return list(dict.fromkeys(tag.strip() for tag in tags if tag.strip()))


def cleaned(kind: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` (fields of an entity of ``kind``, or all its data) with the rules applied."""
    result = dict(values)
    field = NAME_FIELDS.get(kind)
    if field is not None and isinstance(result.get(field), str):
        text = result[field]
        result[field] = text.strip() if kind in FREE_TEXTS else clean_name(text)
    if kind == "touchpoints" and isinstance(result.get("tags"), list):
        result["tags"] = clean_tags(tag for tag in result["tags"] if isinstance(tag, str))
    if kind == "blueprint":
        if isinstance(result.get("owner"), str):
            result["owner"] = clean_name(result["owner"])
        if isinstance(result.get("serves_ids"), list):
            result["serves_ids"] = list(dict.fromkeys(result["serves_ids"]))
    return result


def check_name(kind: str, entity: Any, others: Iterable[Any] = ()) -> None:
    """Refuse ``entity`` of ``kind`` when its name is empty or, where names must differ,
    taken by one of ``others`` (the other entities of its list).

    Raises:
        DocumentRuleError: saying what to type.
    """
    field = NAME_FIELDS.get(kind)
    if field is None:
        return
    name = getattr(entity, field)
    if not name.strip():
        raise DocumentRuleError(lambda language: [edit_rule_sentence(
            "name_required", kind, language)])
    if kind in UNIQUE_NAMES:
        key = name_key(name)
        taken = next((getattr(other, field) for other in others
                      if other.id != entity.id and name_key(getattr(other, field)) == key), None)
        if taken is not None:
            raise DocumentRuleError(lambda language: [edit_rule_sentence(
                "name_taken", kind, language, taken)])


def unique_name(base: str, taken: Iterable[str]) -> str:
    """``base``, else ``base 2``, ``base 3``…: the first no name of ``taken`` matches."""
    keys = {name_key(name) for name in taken}
    candidate, number = base, 1
    while name_key(candidate) in keys:
        number += 1
        candidate = f"{base} {number}"
    return candidate
