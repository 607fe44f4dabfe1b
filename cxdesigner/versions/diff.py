"""What changed between two versions of a project, entity by entity, and replaying it.

A :class:`ProjectDiff` says which entities were added, removed, changed (which fields,
from what to what) and moved, and the new order of every list whose order changed; so
applying the diff of A and B to A gives B exactly (:func:`apply_diff`).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from cxdesigner.model import History, Project
from cxdesigner.versions.orders import stable_ids
from cxdesigner.versions.tree import (
    ROOT,
    Container,
    FlatProject,
    Node,
    flatten,
    to_project,
)


class _Missing:
    """A field one version does not have."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


@dataclass
class HistoryChange:
    """The snapshots of the newer version, and the pieces that came and went."""

    old_ids: list[str]
    snapshots: list[dict[str, Any]]
    pieces_added: dict[str, dict[str, Any]]
    pieces_removed: list[str]

    @property
    def added(self) -> list[dict[str, Any]]:
        known = set(self.old_ids)
        return [snapshot for snapshot in self.snapshots if snapshot["id"] not in known]

    @property
    def removed(self) -> list[str]:
        kept = {snapshot["id"] for snapshot in self.snapshots}
        return [snapshot_id for snapshot_id in self.old_ids if snapshot_id not in kept]


@dataclass
class ProjectDiff:
    """The changes from an older to a newer version of a project.

    Attributes:
        old, new: both versions laid flat (for the names and places of what changed).
        project_fields: the project's own fields that changed: (old value, new value).
        added: the entities of the newer version only, as it has them.
        removed: the entities of the older version only, as it had them.
        changed: per entity, the fields that changed: (old value, new value).
        moved: entities now in another list: (old list, new list).
        reordered: entities moved within their list.
        orders: the new order of each list whose order changed.
        history: the snapshots, when they changed.
    """

    old: FlatProject
    new: FlatProject
    project_fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    added: dict[str, Node] = field(default_factory=dict)
    removed: dict[str, Node] = field(default_factory=dict)
    changed: dict[str, dict[str, tuple[Any, Any]]] = field(default_factory=dict)
    moved: dict[str, tuple[Container, Container]] = field(default_factory=dict)
    reordered: set[str] = field(default_factory=set)
    orders: dict[Container, list[str]] = field(default_factory=dict)
    history: HistoryChange | None = None

    def is_empty(self) -> bool:
        return not (self.project_fields or self.added or self.removed or self.changed
                    or self.moved or self.orders or self.history)


def field_changes(old: dict[str, Any], new: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """The fields whose values differ, in the newer version's field order."""
    names = [*new, *(name for name in old if name not in new)]
    return {name: (old.get(name, MISSING), new.get(name, MISSING)) for name in names
            if old.get(name, MISSING) != new.get(name, MISSING)}


def diff_projects(old: Project, new: Project) -> ProjectDiff:
    """The changes that turn ``old`` into ``new``."""
    return diff_flat(flatten(old), flatten(new))


def diff_flat(old: FlatProject, new: FlatProject) -> ProjectDiff:
    """The changes that turn the flat project ``old`` into ``new``."""
    diff = ProjectDiff(old, new, project_fields=field_changes(old.fields, new.fields))
    for entity_id, node in new.nodes.items():
        before = old.nodes.get(entity_id)
        if before is None:
            diff.added[entity_id] = node
            continue
        changes = field_changes(before.fields, node.fields)
        if changes:
            diff.changed[entity_id] = changes
        if before.container != node.container:
            diff.moved[entity_id] = (before.container, node.container)
    diff.removed = {entity_id: node for entity_id, node in old.nodes.items()
                    if entity_id not in new.nodes}
    for container, ids in new.orders.items():
        before_ids = old.orders.get(container, [])
        if ids != before_ids:
            diff.orders[container] = list(ids)
            kept = [entity_id for entity_id in before_ids if entity_id in new.nodes]
            common = [entity_id for entity_id in ids if entity_id in set(kept)]
            steady = stable_ids(kept, common)
            diff.reordered |= {entity_id for entity_id in common if entity_id not in steady}
    diff.history = history_change(old.special.get("history"), new.special.get("history"))
    return diff


def history_change(old: dict[str, Any] | None, new: dict[str, Any] | None) -> HistoryChange | None:
    """How the snapshots changed, or None when they did not."""
    empty: dict[str, Any] = {"snapshots": [], "pieces": {}}
    old, new = old or empty, new or empty
    if old == new:
        return None
    return HistoryChange(
        old_ids=[snapshot["id"] for snapshot in old["snapshots"]],
        snapshots=copy.deepcopy(new["snapshots"]),
        pieces_added={key: copy.deepcopy(piece) for key, piece in new["pieces"].items()
                      if old["pieces"].get(key) != piece},
        pieces_removed=sorted(key for key in old["pieces"] if key not in new["pieces"]))


def apply_diff(project: Project, diff: ProjectDiff) -> Project:
    """``project`` with the changes of ``diff``: the newer version when ``project`` is the
    older one.

    Raises:
        pydantic.ValidationError: the changes do not fit ``project``.
    """
    flat = flatten(project)
    for name, (_, value) in diff.project_fields.items():
        _set(flat.fields, name, value)
    for entity_id in diff.removed:
        flat.nodes.pop(entity_id, None)
    for entity_id, node in diff.added.items():
        flat.nodes[entity_id] = Node(node.model, node.container, copy.deepcopy(node.fields))
    for entity_id, changes in diff.changed.items():
        for name, (_, value) in changes.items():
            _set(flat.nodes[entity_id].fields, name, copy.deepcopy(value))
    for entity_id, (_, container) in diff.moved.items():
        flat.nodes[entity_id].container = container
    for container, ids in diff.orders.items():
        flat.orders[container] = list(ids)
    flat.orders = {container: ids for container, ids in flat.orders.items()
                   if container[0] == ROOT or container[0] in flat.nodes}
    if diff.history is not None:
        flat.special["history"] = _applied_history(flat.special.get("history"), diff.history)
    return to_project(flat)


def _set(fields: dict[str, Any], name: str, value: Any) -> None:
    if value is MISSING:
        fields.pop(name, None)
    else:
        fields[name] = copy.deepcopy(value)


def _applied_history(old: dict[str, Any] | None, change: HistoryChange) -> dict[str, Any]:
    pieces = dict((old or {}).get("pieces", {}))
    for key in change.pieces_removed:
        pieces.pop(key, None)
    pieces.update(copy.deepcopy(change.pieces_added))
    data = {"snapshots": copy.deepcopy(change.snapshots), "pieces": pieces}
    return History.model_validate(data).model_dump(mode="json")
