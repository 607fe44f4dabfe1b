"""Three-way merge of two versions of a project by id, by field and by place in lists.

Both versions are compared with their common base, entity by entity (every entity has an
id): what one side changed is taken; what both changed the same way is taken once. When
both changed a field differently, or moved an entity to different places, or reordered a
list differently, ours is kept and a :class:`~cxdesigner.model.MergeConflict` records
both values in the project. When one side removed an entity the other changed (or added
something to, or still points to), the entity is kept as the other side has it, and that
is recorded too: nothing either side wrote is lost. The result always loads.

The merge is the same whichever side is called ours, except for the side it keeps in
conflicts: each conflict stores how the lists are ordered when the other side is chosen,
so that choosing theirs everywhere gives exactly ``merge(base, theirs, ours)``.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from cxdesigner.model import (
    History,
    MergeConflict,
    Project,
)
from cxdesigner.versions.conflicts import Decisions, record, recorded_conflicts
from cxdesigner.versions.diff import MISSING
from cxdesigner.versions.kinship import related
from cxdesigner.versions.links import broken_links, links, reference_fields
from cxdesigner.versions.orders import merge_order
from cxdesigner.versions.snapshots import merged_history
from cxdesigner.versions.tree import (
    ROOT,
    Container,
    FlatProject,
    Node,
    entity_lists,
    flatten,
    unflatten,
)


class MergeError(ValueError):
    """The versions could not be merged into a project that loads (nothing is written)."""


class UnrelatedVersionsError(MergeError):
    """One of the versions is not a version of the base's project: they share no item.

    Attributes:
        side: ``"ours"`` or ``"theirs"``.
    """

    def __init__(self, side: str) -> None:
        self.side = side
        super().__init__(f"{side} is not a version of the same project as the base: they "
                         "have no journey, stage, card, persona or other item in common "
                         "(every copy of a project keeps the ids of what it holds)")


@dataclass
class MergeResult:
    """A merged project and the conflicts this merge recorded in it."""

    project: Project
    conflicts: list[MergeConflict]

    @property
    def clean(self) -> bool:
        return not self.conflicts


def merge_projects(base: Project, ours: Project, theirs: Project) -> MergeResult:
    """Merge ``ours`` and ``theirs``, two versions of ``base``.

    Raises:
        UnrelatedVersionsError: ``ours`` or ``theirs`` is another project (see
            :mod:`cxdesigner.versions.kinship`).
        MergeError: the merged project would not load (a rule between entities the merge
            cannot keep alone); the message says what.
    """
    flat_base, flat_ours, flat_theirs = flatten(base), flatten(ours), flatten(theirs)
    for side, flat in (("ours", flat_ours), ("theirs", flat_theirs)):
        if not related(flat_base, flat):
            raise UnrelatedVersionsError(side)
    # A removal is kept back when either way of settling the conflicts would leave a
    # reference pointing to it: so choosing either side later always gives a sound project.
    forced: set[str] = set()
    while True:
        kept, decisions, mine = _solve(flat_base, (flat_ours, flat_theirs), forced)
        other, _, yours = _solve(flat_base, (flat_theirs, flat_ours), forced)
        if mine | yours == forced:
            break
        forced = mine | yours
    conflicts = recorded_conflicts(flat_base, flat_ours, flat_theirs, kept, other, decisions)
    record(kept, conflicts)
    data = unflatten(kept)
    try:
        project = Project.model_validate(data)
    except ValidationError as error:
        raise MergeError(_first_problems(error)) from error
    return MergeResult(project, conflicts)


def _first_problems(error: ValidationError) -> str:
    problems = [f"{'.'.join(str(part) for part in problem['loc'])}: {problem['msg']}"
                for problem in error.errors()[:5]]
    return "the merged project would not load: " + "; ".join(problems)


# --------------------------------------------------------------------------- one run


def _solve(base: FlatProject, sides: tuple[FlatProject, FlatProject], forced: set[str],
           ) -> tuple[FlatProject, Decisions, set[str]]:
    """Merge preferring ``sides[0]``; removals that would leave a reference pointing
    nowhere (or that are in ``forced``) are kept back, until none does. Returns the merge,
    its decisions and the removals kept back for a reference."""
    forced = set(forced)
    while True:
        merged, decisions = _merge_once(base, sides, forced)
        pointed = {link.target for link in broken_links(merged)
                   if link.target in base.nodes and link.target not in forced
                   and any(link.target in side.nodes for side in sides)}
        if not pointed:
            return merged, decisions, forced
        forced |= pointed


def _touched(base: FlatProject, side: FlatProject) -> set[str]:
    """The entities ``side`` added, changed or moved, or whose lists it added to or
    reordered (removing from a list touches nothing)."""
    found = {entity_id for entity_id, node in side.nodes.items()
             if (before := base.nodes.get(entity_id)) is None
             or before.fields != node.fields or before.container != node.container}
    for container, ids in side.orders.items():
        before_ids = base.orders.get(container)
        if before_ids is not None:
            kept = set(ids)
            if ids != [entity_id for entity_id in before_ids if entity_id in kept]:
                found.add(container[0])
    found.discard(ROOT)
    return found


def _kept_back(base: FlatProject, sides: tuple[FlatProject, FlatProject],
               forced: set[str], decisions: Decisions,
               ) -> tuple[set[str], set[str]]:
    """The entities one side removed that stay, as the other side has them.

    Each removal is judged at its top (a stage removed with its touchpoints is one
    removal): it is kept back when the other side touched anything in it, or something
    still points into it (``forced``). What the same side removed only because it pointed
    to what is kept back (the flows of a card, the answers about it) is kept back too.
    """
    kept: tuple[set[str], set[str]] = (set(), set())
    for index in (0, 1):
        keeper, other = sides[index], sides[1 - index]
        touched = _touched(base, keeper)
        removed = {entity_id for entity_id in keeper.nodes
                   if entity_id in base.nodes and entity_id not in other.nodes}
        tops: dict[str, list[str]] = defaultdict(list)
        for entity_id in removed:
            top = entity_id
            while keeper.nodes[top].parent in removed:
                top = keeper.nodes[top].parent
            tops[top].append(entity_id)
        waiting = []
        for top in sorted(tops):
            inside = keeper.subtree(top)
            if any(entity_id in touched for entity_id in inside) or \
                    any(entity_id in forced for entity_id in tops[top]):
                kept[index].update(e for e in inside if e not in other.nodes)
                decisions.removed.append((top, index))
            else:
                waiting.append(top)
        pointing: dict[str, set[str]] = defaultdict(set)
        for link in links(keeper):
            pointing[link.source].add(link.target)
        grew = True
        while grew:
            grew = False
            for top in list(waiting):
                inside = keeper.subtree(top)
                if any(pointing[e] & kept[index] for e in inside):
                    kept[index].update(e for e in inside if e not in other.nodes)
                    waiting.remove(top)
                    grew = True
    return kept


def _references_back(base: FlatProject, side: FlatProject, back: set[str]) -> FlatProject:
    """``side`` with the references it cleared to what it removed but is kept back put back
    as the base had them (removing a persona cleared its emotions on every card)."""
    if not back:
        return side
    nodes = dict(side.nodes)
    for entity_id, node in side.nodes.items():
        before = base.nodes.get(entity_id)
        if before is None or before.fields == node.fields:
            continue
        fields = node.fields
        for name in reference_fields(node.model):
            old, new = before.fields.get(name), fields.get(name)
            if old == new:
                continue
            if not only_dropped(old, new, back):
                continue
            if fields is node.fields:
                fields = dict(node.fields)
            fields[name] = copy.deepcopy(old)
        if fields is not node.fields:
            nodes[entity_id] = Node(node.model, node.container, fields)
    return FlatProject(side.fields, nodes, side.orders, side.special)


def only_dropped(old: Any, new: Any, gone: set[str]) -> bool:
    """Whether a reference field went from ``old`` to ``new`` only by losing ids of ``gone``."""
    if isinstance(old, str):
        return old in gone and new is None
    if isinstance(old, list) and isinstance(new, list):
        return new == [item for item in old if item not in gone]
    if isinstance(old, dict) and isinstance(new, dict):
        return new == {key: item for key, item in old.items() if key not in gone}
    return False


def _merge_once(base: FlatProject, sides: tuple[FlatProject, FlatProject],
                forced: set[str]) -> tuple[FlatProject, Decisions]:
    decisions = Decisions()
    kept = _kept_back(base, sides, forced, decisions)
    sides = (_references_back(base, sides[0], kept[1]), _references_back(base, sides[1], kept[0]))
    first, second = sides
    fields, clashes = merge_fields(base.fields, first.fields, second.fields)
    decisions.fields += [(ROOT, name, *values) for name, values in clashes.items()]
    merged = FlatProject(fields=fields)

    present: list[str] = []
    for entity_id in [*first.nodes, *(e for e in second.nodes if e not in first.nodes)]:
        in_first, in_second = entity_id in first.nodes, entity_id in second.nodes
        if (in_first and in_second) or entity_id not in base.nodes \
                or entity_id in kept[0] or entity_id in kept[1]:
            present.append(entity_id)
    alive = set(present)
    for entity_id in present:
        merged.nodes[entity_id] = _merged_node(base, sides, entity_id, alive, decisions)

    members: dict[Container, set[str]] = defaultdict(set)
    for entity_id, node in merged.nodes.items():
        members[node.container].add(entity_id)
    for container, ids in members.items():
        merged.orders[container] = merge_order(
            base.orders.get(container, []), first.orders.get(container, []),
            second.orders.get(container, []), ids)
    for entity_id in present:  # every list of every entity, empty or not
        for key in entity_lists(merged.nodes[entity_id].model):
            merged.orders.setdefault((entity_id, key), [])
    for key in entity_lists(Project):
        merged.orders.setdefault((ROOT, key), [])
    merged.special["history"] = merged_history(
        *(History.model_validate(flat.special.get("history") or {})
          for flat in (base, first, second))).model_dump(mode="json")
    return merged, decisions


def merge_fields(base: dict[str, Any], first: dict[str, Any], second: dict[str, Any],
                 ) -> tuple[dict[str, Any], dict[str, tuple[Any, Any, Any]]]:
    """Fields merged one by one, and the clashes: (base, first, second) of each field both
    sides changed differently (the first side's value is taken)."""
    merged: dict[str, Any] = {}
    clashes: dict[str, tuple[Any, Any, Any]] = {}
    for name in [*first, *(n for n in second if n not in first),
                 *(n for n in base if n not in first and n not in second)]:
        old, mine, yours = (values.get(name, MISSING) for values in (base, first, second))
        if mine == yours or yours == old:
            value = mine
        elif mine == old:
            value = yours
        else:
            value = mine
            clashes[name] = (old, mine, yours)
        if value is not MISSING:
            merged[name] = copy.deepcopy(value)
    return merged, clashes


def _merged_node(base: FlatProject, sides: tuple[FlatProject, FlatProject], entity_id: str,
                 alive: set[str], decisions: Decisions) -> Node:
    first, second = sides
    mine, yours = first.nodes.get(entity_id), second.nodes.get(entity_id)
    if mine is None or yours is None:  # added by one side, or kept back from a removal
        only = mine or yours
        assert only is not None
        return Node(only.model, only.container, copy.deepcopy(only.fields))
    old = base.nodes.get(entity_id)
    fields, clashes = merge_fields(old.fields if old else {}, mine.fields, yours.fields)
    if clashes or (fields != mine.fields and fields != yours.fields):
        fields, clashes = _sound_fields(mine.model, entity_id, fields, clashes,
                                        old.fields if old else {}, mine.fields, yours.fields)
    decisions.fields += [(entity_id, name, *values) for name, values in clashes.items()]
    old_place = old.container if old else None
    if mine.container == yours.container or yours.container == old_place:
        container = mine.container
    elif mine.container == old_place:
        container = yours.container
    else:
        container = mine.container
        decisions.moved.append((entity_id, old_place, mine.container, yours.container))
    if container[0] != ROOT and container[0] not in alive:  # cannot happen: kept back above
        container = mine.container
    return Node(mine.model, container, fields)


def _sound_fields(model: type[BaseModel], entity_id: str, fields: dict[str, Any],
                  clashes: dict[str, tuple[Any, Any, Any]], base: dict[str, Any],
                  first: dict[str, Any], second: dict[str, Any],
                  ) -> tuple[dict[str, Any], dict[str, tuple[Any, Any, Any]]]:
    """Fields taken from both sides may break a rule of the entity (a survey answer's value
    on the other side's scale): then the first side's entity is kept whole, and every field
    where the sides differ is a clash."""
    lists: dict[str, list[Any]] = {name: [] for name in entity_lists(model)}
    try:
        model.model_validate({"id": entity_id, **fields, **lists})
    except ValidationError:
        differing = {name: (base.get(name, MISSING), first.get(name, MISSING),
                            second.get(name, MISSING))
                     for name in {*first, *second}
                     if first.get(name, MISSING) != second.get(name, MISSING)}
        return copy.deepcopy(first), differing
    return fields, clashes
