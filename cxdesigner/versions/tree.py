"""A project as a table of entities by id, each with its place: what diff and merge compare.

Every entity of a project (journey, stage, touchpoint, flow, persona, verbatim…) has an id
unique in the whole project. Laid flat, a project is: for each id, what kind of entity it
is, which list of which entity holds it, and its own fields (its lists of entities left
out); and for each list of entities, the ids in their order. Two versions of a project
then compare id by id and field by field, whatever moved.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pydantic import BaseModel

from cxdesigner.model import Entity, Project

ROOT = ""
"""The id under which the project itself is laid in the table."""

SPECIAL_FIELDS = ("history",)
"""Project fields that diff and merge treat on their own (snapshots are merged by union)."""

Container = tuple[str, str]
"""A list of entities: the id of the entity holding it (ROOT: the project) and its key."""


@cache
def entity_lists(model: type[BaseModel]) -> dict[str, type[Entity]]:
    """The fields of ``model`` that hold lists of entities, with the entities' class."""
    found: dict[str, type[Entity]] = {}
    for name, info in model.model_fields.items():
        if typing.get_origin(info.annotation) is list:
            (item,) = typing.get_args(info.annotation)
            if isinstance(item, type) and issubclass(item, Entity):
                found[name] = item
    return found


@dataclass
class Node:
    """One entity laid flat.

    Attributes:
        model: its class (Touchpoint, Persona…).
        container: the list that holds it.
        fields: its own fields as JSON values, without its id and its lists of entities.
    """

    model: type[BaseModel]
    container: Container
    fields: dict[str, Any]

    @property
    def kind(self) -> str:
        """The key of the list it is in (``touchpoints``), which says what it is."""
        return self.container[1]

    @property
    def parent(self) -> str:
        return self.container[0]


@dataclass
class FlatProject:
    """A project as a table: its own fields, its entities by id, its lists' orders.

    ``orders`` has every list of every entity, empty or not; ``special`` holds the
    :data:`SPECIAL_FIELDS` as JSON.
    """

    fields: dict[str, Any]
    nodes: dict[str, Node] = field(default_factory=dict)
    orders: dict[Container, list[str]] = field(default_factory=dict)
    special: dict[str, Any] = field(default_factory=dict)

    def node_fields(self, entity_id: str) -> dict[str, Any]:
        """The fields of an entity, or of the project for ROOT."""
        return self.fields if entity_id == ROOT else self.nodes[entity_id].fields

    def model_of(self, entity_id: str) -> type[BaseModel]:
        return Project if entity_id == ROOT else self.nodes[entity_id].model

    def children(self, entity_id: str) -> list[str]:
        """Every id held by the entity's lists, in field order then list order."""
        model = self.model_of(entity_id)
        return [child for key in entity_lists(model)
                for child in self.orders.get((entity_id, key), [])]

    def subtree(self, entity_id: str) -> list[str]:
        """The entity and everything it holds, depth first."""
        found: list[str] = []
        pending = [entity_id]
        while pending:
            current = pending.pop()
            found.append(current)
            pending.extend(reversed(self.children(current)))
        return found

    def ancestors(self, entity_id: str) -> list[str]:
        """The entities holding this one, nearest first (ROOT excluded)."""
        found: list[str] = []
        current = self.nodes[entity_id].parent
        while current != ROOT and current in self.nodes:
            found.append(current)
            current = self.nodes[current].parent
        return found


def flatten(project: Project | dict[str, Any]) -> FlatProject:
    """``project`` (a model, or its JSON data) laid flat."""
    data = project.model_dump(mode="json") if isinstance(project, Project) else project
    flat = FlatProject(fields={})
    flat.fields = _split(flat, Project, ROOT, data)
    flat.special = {name: data[name] for name in SPECIAL_FIELDS if name in data}
    return flat


def _split(flat: FlatProject, model: type[BaseModel], entity_id: str,
           data: dict[str, Any]) -> dict[str, Any]:
    """Lay the entity lists of ``data`` into ``flat``; return its own fields."""
    lists = entity_lists(model)
    own: dict[str, Any] = {}
    for name, value in data.items():
        if name in lists:
            item_model = lists[name]
            ids = flat.orders[(entity_id, name)] = []
            for item in value:
                item_id = item["id"]
                ids.append(item_id)
                fields = _split(flat, item_model, item_id, item)
                flat.nodes[item_id] = Node(item_model, (entity_id, name), fields)
        elif name != "id" and (entity_id != ROOT or name not in SPECIAL_FIELDS):
            own[name] = value
    return own


def unflatten(flat: FlatProject) -> dict[str, Any]:
    """The JSON data of the project ``flat`` describes (to validate as a Project)."""
    data = _join(flat, Project, ROOT, flat.fields)
    data.update(flat.special)
    return data


def _join(flat: FlatProject, model: type[BaseModel], entity_id: str,
          fields: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {} if entity_id == ROOT else {"id": entity_id}
    data.update(fields)
    for name, item_model in entity_lists(model).items():
        data[name] = [_join(flat, item_model, item_id, flat.nodes[item_id].fields)
                      for item_id in flat.orders.get((entity_id, name), [])]
    return data


def to_project(flat: FlatProject) -> Project:
    """The project ``flat`` describes, validated (pydantic's ValidationError otherwise)."""
    return Project.model_validate(unflatten(flat))
