"""A project as an indented outline, one field a line: what ``git diff`` compares line by line
(git's ``textconv``), so that a change reads ``- emotion: -1`` / ``+ emotion: +2`` under the
card it belongs to."""

from __future__ import annotations

from enum import Enum
from typing import Any

from pydantic import BaseModel
from pydantic_core import to_jsonable_python

from cxdesigner.model import MergeConflict, Project, Side, Snapshot
from cxdesigner.versions.report import conflict_summary, conflict_values, say, side_name
from cxdesigner.versions.tree import ROOT, FlatProject, entity_lists, flatten
from cxdesigner.versions.words import (
    NAME_FIELDS,
    entity_label,
    field_label,
    list_title,
    phrase,
    value_text,
)

_INDENT = "  "
_HIDDEN = {"format", "format_version", "title"}


def _default(model: type[BaseModel], name: str) -> Any:
    info = model.model_fields[name]
    if info.is_required():
        return object()  # never equal: a required field is always shown
    value = info.get_default(call_default_factory=True)
    return value.value if isinstance(value, Enum) else to_jsonable_python(value)


def _fields(flat: FlatProject, model: type[BaseModel], fields: dict[str, Any], depth: int,
            language: str, lines: list[str], skip: set[str]) -> None:
    for name, value in fields.items():
        if name in skip or value in (None, "", [], {}) or value == _default(model, name):
            continue
        text = phrase("colon", language, what=field_label(name, language),
                      rest=value_text(flat, model, name, value, language, full=True))
        lines.append(_INDENT * depth + text)


def _entity(flat: FlatProject, entity_id: str, depth: int, language: str,
            lines: list[str]) -> None:
    node = flat.nodes[entity_id]
    if node.model is MergeConflict:
        conflict = MergeConflict.model_validate({"id": entity_id, **node.fields})
        lines.append(_INDENT * depth + conflict_summary(conflict, flat, language))
        for key, text in conflict_values(conflict, flat, language).items():
            label = say("base", language) if key == "base" else side_name(Side(key), language)
            lines.append(_INDENT * (depth + 1) + phrase("colon", language, what=label,
                                                        rest=text))
        return
    lines.append(_INDENT * depth + entity_label(flat, entity_id, language))
    named = NAME_FIELDS.get(node.kind)
    _fields(flat, node.model, node.fields, depth + 1, language, lines,
            {named} if named and named not in ("text", "description") else set())
    _lists(flat, entity_id, depth + 1, language, lines)


def _lists(flat: FlatProject, holder: str, depth: int, language: str,
           lines: list[str]) -> None:
    for key in entity_lists(flat.model_of(holder)):
        ids = flat.orders.get((holder, key), [])
        if not ids:
            continue
        if holder == ROOT:
            lines.append("")
            lines.append(list_title(key, language))
        for entity_id in ids:
            _entity(flat, entity_id, depth, language, lines)


def outline(project: Project, language: str = "en") -> str:
    """The project as text: its fields, then each list and entity with its fields."""
    flat = flatten(project)
    lines = [phrase("colon", language, what=phrase("project", language),
                    rest=value_text(flat, Project, "title", project.title, language))]
    _fields(flat, Project, flat.fields, 1, language, lines, _HIDDEN)
    _lists(flat, ROOT, 1, language, lines)
    if project.history.snapshots:
        lines.append("")
        lines.append(list_title("snapshots", language))
        for snapshot in project.history.snapshots:
            data = snapshot.model_dump(mode="json")
            state = data.pop("state")
            name = data.pop("name")
            del data["id"]
            lines.append(_INDENT + value_text(flat, Snapshot, "name", name, language))
            _fields(flat, Snapshot, {**data, "state": state}, 2, language, lines, {"state"})
    return "\n".join(lines) + "\n"
