"""Settling a conflict a merge recorded: keep the side the project has, or take the other."""

from __future__ import annotations

import copy
from typing import Any

from pydantic import ValidationError

from cxdesigner.model import ConflictKind, MergeConflict, Project, Side
from cxdesigner.versions.links import remove_entities
from cxdesigner.versions.orders import reorder_like
from cxdesigner.versions.tree import ROOT, Container, FlatProject, flatten, unflatten


class ResolutionError(ValueError):
    """The side chosen no longer fits the project (what it needs was since removed)."""


def find_conflict(project: Project, conflict_id: str) -> MergeConflict:
    """The conflict with this id (KeyError if none)."""
    for conflict in project.conflicts:
        if conflict.id == conflict_id:
            return conflict
    raise KeyError(conflict_id)


def resolved_data(project: Project, conflict_id: str, side: Side) -> dict[str, Any]:
    """The JSON data of ``project`` with the conflict settled on ``side`` and its record
    gone (to validate: see :func:`resolved`).

    Raises:
        KeyError: no such conflict.
        ResolutionError: the other side cannot be put back (its place was removed).
    """
    conflict = find_conflict(project, conflict_id)
    flat = flatten(project)
    if side is not conflict.chosen and _still_there(flat, conflict):
        _APPLY[conflict.kind](flat, conflict, side)
    _forget(flat, conflict_id)
    return unflatten(flat)


def resolved(project: Project, conflict_id: str, side: Side) -> Project:
    """``project`` with the conflict settled on ``side``, validated.

    Raises:
        ResolutionError: the result would not load; says why.
    """
    data = resolved_data(project, conflict_id, side)
    try:
        return Project.model_validate(data)
    except ValidationError as error:
        raise ResolutionError(str(error)) from error


def _still_there(flat: FlatProject, conflict: MergeConflict) -> bool:
    """Whether what the conflict is about is still in the project (it may have been
    removed since: then there is nothing left to apply)."""
    entity_id = conflict.entity_id or ROOT
    return entity_id == ROOT or entity_id in flat.nodes


def _forget(flat: FlatProject, conflict_id: str) -> None:
    flat.nodes.pop(conflict_id, None)
    container = (ROOT, "conflicts")
    flat.orders[container] = [e for e in flat.orders.get(container, []) if e != conflict_id]


def _value(conflict: MergeConflict, side: Side) -> Any:
    return copy.deepcopy(conflict.ours if side is Side.OURS else conflict.theirs)


def _apply_changed(flat: FlatProject, conflict: MergeConflict, side: Side) -> None:
    fields = flat.node_fields(conflict.entity_id or ROOT)
    fields[conflict.field] = _value(conflict, side)


def _apply_removed(flat: FlatProject, conflict: MergeConflict, side: Side) -> None:
    # The project keeps the entity (the side that changed it); the other side removed it.
    assert conflict.entity_id is not None
    remove_entities(flat, {conflict.entity_id})


def _container(place: Any) -> Container:
    if not isinstance(place, dict):
        raise ResolutionError("this conflict does not say where to move")
    return (place.get("parent_id") or ROOT, str(place.get("key")))


def _apply_orders(flat: FlatProject, conflict: MergeConflict) -> None:
    for order in conflict.other_orders:
        container = (order.parent_id or ROOT, order.key)
        if container in flat.orders:
            flat.orders[container] = reorder_like(flat.orders[container], order.ids)


def _apply_moved(flat: FlatProject, conflict: MergeConflict, side: Side) -> None:
    assert conflict.entity_id is not None
    node = flat.nodes[conflict.entity_id]
    target = _container(_value(conflict, side))
    if target[0] != ROOT and target[0] not in flat.nodes:
        raise ResolutionError("the place it was moved to on that side no longer exists")
    old = flat.orders.get(node.container, [])
    flat.orders[node.container] = [e for e in old if e != conflict.entity_id]
    flat.orders.setdefault(target, []).append(conflict.entity_id)
    node.container = target
    _apply_orders(flat, conflict)


def _apply_order(flat: FlatProject, conflict: MergeConflict, side: Side) -> None:
    _apply_orders(flat, conflict)


_APPLY = {
    ConflictKind.CHANGED: _apply_changed,
    ConflictKind.REMOVED: _apply_removed,
    ConflictKind.MOVED: _apply_moved,
    ConflictKind.ORDER: _apply_order,
}

