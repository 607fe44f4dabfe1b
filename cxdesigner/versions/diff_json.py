"""A diff as JSON for other tools, complete enough to be applied again."""

from __future__ import annotations

import copy
from typing import Any

from pydantic import BaseModel

from cxdesigner.model import Project
from cxdesigner.versions.diff import MISSING, HistoryChange, ProjectDiff, apply_diff
from cxdesigner.versions.tree import ROOT, Container, FlatProject, Node, entity_lists, flatten
from cxdesigner.versions.words import entity_name, location, noun

DIFF_FORMAT = "cxdesigner-diff"
DIFF_FORMAT_VERSION = 1


def _values(old: Any, new: Any) -> dict[str, Any]:
    found: dict[str, Any] = {}
    if old is not MISSING:
        found["old"] = copy.deepcopy(old)
    if new is not MISSING:
        found["new"] = copy.deepcopy(new)
    return found


def _place(container: Container) -> dict[str, Any]:
    return {"parent_id": container[0] or None, "list": container[1]}


def _entry(change: str, flat: FlatProject, entity_id: str, node: Node,
           language: str) -> dict[str, Any]:
    return {"change": change, "kind": noun(node.kind, "en"),
            "list": node.kind, "id": entity_id, "name": entity_name(flat, entity_id),
            "where": location(flat, entity_id, language, include_self=False)}


def diff_to_json(diff: ProjectDiff, language: str = "en") -> dict[str, Any]:
    """``diff`` as JSON data: each change with its kind, id, name and place in words, the
    new order of each list that changed, and the snapshots that came and went."""
    changes: list[dict[str, Any]] = []
    if diff.project_fields:
        changes.append({"change": "changed", "kind": "project", "list": None, "id": None,
                        "name": diff.new.fields.get("title"), "where": "",
                        "fields": {name: _values(*values)
                                   for name, values in diff.project_fields.items()}})
    for entity_id, node in diff.added.items():
        entry = _entry("added", diff.new, entity_id, node, language)
        entry["parent_id"] = node.parent or None
        entry["inside_added"] = node.parent in diff.added
        entry["fields"] = copy.deepcopy(node.fields)
        changes.append(entry)
    for entity_id, node in diff.removed.items():
        entry = _entry("removed", diff.old, entity_id, node, language)
        entry["parent_id"] = node.parent or None
        entry["inside_removed"] = node.parent in diff.removed
        changes.append(entry)
    for entity_id, fields in diff.changed.items():
        entry = _entry("changed", diff.new, entity_id, diff.new.nodes[entity_id], language)
        entry["fields"] = {name: _values(*values) for name, values in fields.items()}
        changes.append(entry)
    for entity_id in [*diff.moved, *sorted(diff.reordered - set(diff.moved))]:
        node = diff.new.nodes[entity_id]
        before = diff.moved.get(entity_id, (node.container, node.container))[0]
        entry = _entry("moved" if entity_id in diff.moved else "reordered", diff.new,
                       entity_id, node, language)
        entry["from"], entry["to"] = _place(before), _place(node.container)
        changes.append(entry)
    counts = {kind: sum(1 for c in changes if c["change"] == kind and not c.get("inside_added")
                        and not c.get("inside_removed"))
              for kind in ("added", "removed", "changed", "moved", "reordered")}
    history = None
    if diff.history is not None:
        history = {"old_ids": list(diff.history.old_ids),
                   "snapshots": copy.deepcopy(diff.history.snapshots),
                   "pieces_added": copy.deepcopy(diff.history.pieces_added),
                   "pieces_removed": list(diff.history.pieces_removed)}
    return {"format": DIFF_FORMAT, "format_version": DIFF_FORMAT_VERSION, "summary": counts,
            "changes": changes,
            "orders": [{**_place(container), "ids": list(ids)}
                       for container, ids in diff.orders.items()],
            "snapshots": history}


def _unvalues(values: dict[str, Any]) -> tuple[Any, Any]:
    return values.get("old", MISSING), values.get("new", MISSING)


def _container(place: dict[str, Any]) -> Container:
    return (place.get("parent_id") or ROOT, str(place["list"]))


def diff_from_json(data: dict[str, Any], old: Project) -> ProjectDiff:
    """The diff that :func:`diff_to_json` wrote, to apply to ``old``.

    Raises:
        ValueError: the data is not a diff of this format.
    """
    if data.get("format") != DIFF_FORMAT or data.get("format_version") != DIFF_FORMAT_VERSION:
        raise ValueError(f"not a {DIFF_FORMAT} version {DIFF_FORMAT_VERSION} document")
    flat = flatten(old)
    diff = ProjectDiff(flat, flat)
    added = {c["id"]: c for c in data["changes"] if c["change"] == "added"}

    def model_of(entity_id: str) -> type[BaseModel]:
        if entity_id == ROOT:
            return Project
        if entity_id in flat.nodes:
            return flat.nodes[entity_id].model
        entry = added[entity_id]
        return entity_lists(model_of(entry["parent_id"] or ROOT))[entry["list"]]

    for change in data["changes"]:
        kind, entity_id = change["change"], change["id"]
        if change["kind"] == "project":
            diff.project_fields = {name: _unvalues(values)
                                   for name, values in change["fields"].items()}
        elif kind == "added":
            diff.added[entity_id] = Node(model_of(entity_id),
                                         (change["parent_id"] or ROOT, change["list"]),
                                         copy.deepcopy(change["fields"]))
        elif kind == "removed":
            diff.removed[entity_id] = flat.nodes[entity_id]
        elif kind == "changed":
            diff.changed[entity_id] = {name: _unvalues(values)
                                       for name, values in change["fields"].items()}
        elif kind == "moved":
            diff.moved[entity_id] = (_container(change["from"]), _container(change["to"]))
        elif kind == "reordered":
            diff.reordered.add(entity_id)
    diff.orders = {(order["parent_id"] or ROOT, order["list"]): list(order["ids"])
                   for order in data["orders"]}
    history = data.get("snapshots")
    if history is not None:
        diff.history = HistoryChange(list(history["old_ids"]), history["snapshots"],
                                     history["pieces_added"], list(history["pieces_removed"]))
    return diff


def apply_diff_json(project: Project, data: dict[str, Any]) -> Project:
    """``project`` with the changes of a JSON diff applied."""
    return apply_diff(project, diff_from_json(data, project))
