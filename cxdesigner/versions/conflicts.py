"""The conflicts a merge records: what each is about, both values, and the orders of the
lists when the other side is chosen."""

from __future__ import annotations

import copy
import hashlib
from dataclasses import dataclass, field
from typing import Any

from cxdesigner.model import ConflictKind, ListOrder, MergeConflict, Side
from cxdesigner.versions.diff import MISSING
from cxdesigner.versions.tree import ROOT, Container, FlatProject, Node


@dataclass
class Decisions:
    """Where one run of the merge had to prefer its first side, or keep a removal back."""

    fields: list[tuple[str, str, Any, Any, Any]] = field(default_factory=list)
    """(entity id, field, base value, first value, second value)."""
    removed: list[tuple[str, int]] = field(default_factory=list)
    """(entity id, index of the side that kept it): removed by the other side."""
    moved: list[tuple[str, Container | None, Container, Container]] = field(default_factory=list)
    """(entity id, base list, first side's list, second side's list)."""


def _json(value: Any) -> Any:
    return None if value is MISSING else copy.deepcopy(value)


def _place(container: Container | None) -> dict[str, Any] | None:
    if container is None:
        return None
    return {"parent_id": container[0] or None, "key": container[1]}


def _order(flat: FlatProject, container: Container) -> ListOrder:
    return ListOrder(parent_id=container[0] or None, key=container[1],
                     ids=list(flat.orders.get(container, [])))


def conflict_id(kind: ConflictKind, entity_id: str, name: str) -> str:
    """The same conflict gets the same id, whoever merges and however often."""
    digest = hashlib.sha256(f"{kind.value}|{entity_id}|{name}".encode()).hexdigest()
    return f"conflict-{digest[:16]}"


def _list_of(flat: FlatProject, entity_id: str) -> str:
    node = flat.nodes.get(entity_id)
    return node.kind if node is not None else ""


def recorded_conflicts(base: FlatProject, ours: FlatProject, theirs: FlatProject,
                       kept: FlatProject, other: FlatProject,
                       decisions: Decisions) -> list[MergeConflict]:
    """The conflicts of the merge ``kept`` (ours preferred), with the orders the lists take
    in ``other`` (the same merge, theirs preferred), for choosing theirs later."""
    found: list[MergeConflict] = []
    for entity_id, name, old, mine, yours in decisions.fields:
        found.append(MergeConflict(
            id=conflict_id(ConflictKind.CHANGED, entity_id, name), kind=ConflictKind.CHANGED,
            entity_id=entity_id or None, entity_list=_list_of(kept, entity_id), field=name,
            base=_json(old), ours=_json(mine), theirs=_json(yours)))
    for entity_id, keeper in decisions.removed:
        found.append(MergeConflict(
            id=conflict_id(ConflictKind.REMOVED, entity_id, ""), kind=ConflictKind.REMOVED,
            entity_id=entity_id, entity_list=_list_of(kept, entity_id),
            base=_json(base.nodes[entity_id].fields),
            ours=_json(ours.nodes[entity_id].fields) if entity_id in ours.nodes else None,
            theirs=_json(theirs.nodes[entity_id].fields) if entity_id in theirs.nodes else None,
            chosen=Side.OURS if keeper == 0 else Side.THEIRS))
    for entity_id, old_place, mine, yours in decisions.moved:
        found.append(MergeConflict(
            id=conflict_id(ConflictKind.MOVED, entity_id, ""), kind=ConflictKind.MOVED,
            entity_id=entity_id, entity_list=_list_of(kept, entity_id),
            base=_place(old_place), ours=_place(mine), theirs=_place(yours),
            other_orders=[_order(other, mine), _order(other, yours)]))
    elsewhere = {entity_id for entity_id, node in kept.nodes.items()
                 if entity_id in other.nodes and other.nodes[entity_id].container
                 != node.container}
    for container in sorted(kept.orders.keys() | other.orders.keys()):
        mine_ids = [e for e in kept.orders.get(container, []) if e not in elsewhere]
        yours_ids = [e for e in other.orders.get(container, []) if e not in elsewhere]
        common = set(mine_ids) & set(yours_ids)
        if [e for e in mine_ids if e in common] != [e for e in yours_ids if e in common]:
            holder, key = container
            found.append(MergeConflict(
                id=conflict_id(ConflictKind.ORDER, holder, key), kind=ConflictKind.ORDER,
                entity_id=holder or None, entity_list=_list_of(kept, holder), field=key,
                base=list(base.orders.get(container, [])),
                ours=list(kept.orders.get(container, [])),
                theirs=list(other.orders.get(container, [])),
                other_orders=[_order(other, container)]))
    return found


def record(merged: FlatProject, conflicts: list[MergeConflict]) -> None:
    """Write the conflicts into the merged project, replacing any older record of the same."""
    order = merged.orders.setdefault((ROOT, "conflicts"), [])
    for conflict in conflicts:
        data = conflict.model_dump(mode="json")
        del data["id"]
        merged.nodes[conflict.id] = Node(MergeConflict, (ROOT, "conflicts"), data)
        if conflict.id not in order:
            order.append(conflict.id)
