"""The references between entities of a flat project: finding broken ones, and removing an
entity with everything that cannot stand without it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel

from cxdesigner.model import Journey, Touchpoint
from cxdesigner.model.references import POINTERS
from cxdesigner.versions.tree import ROOT, FlatProject

_EXTRA_POINTERS: dict[type[BaseModel], tuple[str, ...]] = {
    Journey: ("improves_journey_id",),
}
_KEYED_BY_PERSONA = ("persona_emotions", "persona_criticality")
_REQUIRED = {"source_id", "target_id", "scope_id"}
"""References an entity cannot lose: without what they point to, it goes too."""


@dataclass(frozen=True)
class Link:
    """Entity ``source`` points to ``target`` through ``field``."""

    source: str
    field: str
    target: str


def pointer_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``model`` that hold ids of other entities."""
    return tuple(name for name, _ in POINTERS.get(model, ())) + _EXTRA_POINTERS.get(model, ())


def reference_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """Every field of ``model`` that holds ids, as values or as keys (persona emotions)."""
    keyed = _KEYED_BY_PERSONA if model is Touchpoint else ()
    return pointer_fields(model) + keyed


def links(flat: FlatProject) -> Iterator[Link]:
    """Every reference of the project, from each entity to another."""
    for entity_id, node in flat.nodes.items():
        for name in pointer_fields(node.model):
            value = node.fields.get(name)
            for target in value if isinstance(value, list) else (value,):
                if isinstance(target, str):
                    yield Link(entity_id, name, target)
        if node.model is Touchpoint:
            for name in _KEYED_BY_PERSONA:
                for persona_id in node.fields.get(name) or {}:
                    yield Link(entity_id, name, persona_id)


def broken_links(flat: FlatProject) -> list[Link]:
    """The references to entities the project does not hold."""
    return [link for link in links(flat) if link.target not in flat.nodes]


def remove_entities(flat: FlatProject, entity_ids: set[str]) -> set[str]:
    """Remove these entities with all they hold, and whatever pointed to them: a reference
    that may be empty is cleared; an entity that needs it (a flow, a survey answer) goes.

    Returns every id removed.
    """
    gone: set[str] = set()
    pending = set(entity_ids)
    while pending:
        for entity_id in pending:
            if entity_id in flat.nodes:
                for inner in flat.subtree(entity_id):
                    gone.add(inner)
        for entity_id in gone:
            node = flat.nodes.pop(entity_id, None)
            if node is not None and node.container in flat.orders:
                flat.orders[node.container] = [
                    other for other in flat.orders[node.container] if other != entity_id]
        flat.orders = {container: ids for container, ids in flat.orders.items()
                       if container[0] == ROOT or container[0] in flat.nodes}
        pending = set()
        for link in broken_links(flat):
            node = flat.nodes[link.source]
            value = node.fields.get(link.field)
            if link.field in _REQUIRED:
                pending.add(link.source)
            elif isinstance(value, list):
                node.fields[link.field] = [item for item in value if item != link.target]
            elif isinstance(value, dict):
                node.fields[link.field] = {key: item for key, item in value.items()
                                           if key != link.target}
            else:
                node.fields[link.field] = None
    return gone

