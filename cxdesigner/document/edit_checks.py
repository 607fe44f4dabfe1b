"""The checks of each kind of insertion and change the document makes (no Qt).

Each method returns what the document would store (a validated entity, or validated and
cleaned changes) or raises :class:`~cxdesigner.document.checks.DocumentRuleError`, and
changes nothing. With ``edit=True`` (the default: an edit being made) the rules of editing
apply too (:mod:`cxdesigner.document.rules`); the document's own methods pass
``edit=False``, for undo and redo put back states the project already had.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pydantic import BaseModel

from cxdesigner.document import rules
from cxdesigner.document.checks import (
    Place,
    check_new_ids,
    check_references,
    plain,
    validated,
    validated_changes,
)
from cxdesigner.document.link_rules import check_link
from cxdesigner.document.lookup import find_blueprint_item, find_flow, find_note
from cxdesigner.model import (
    BlueprintItem,
    Entity,
    Flow,
    Journey,
    Project,
    Stage,
    StickyNote,
    Touchpoint,
)
from cxdesigner.model.references import entity_ids

if TYPE_CHECKING:
    from cxdesigner.document.journey_document import JourneyDocument

M = TypeVar("M", bound=BaseModel)

PROJECT_FIELDS = frozenset(name for name, field in Project.model_fields.items()
                           if typing.get_origin(field.annotation) is not list)
"""The project's own fields (title, client…), as opposed to its lists."""


@dataclass(frozen=True)
class Changed(Generic[M]):
    """An entity as it would be after some changes.

    Attributes:
        entity: the changed copy, validated.
        changes: the changes as they would be stored (names cleaned…).
        old: the values these fields have now.
    """

    entity: M
    changes: dict[str, Any]
    old: dict[str, Any]

    @property
    def anything(self) -> bool:
        """Whether the changes change anything."""
        return self.changes != self.old


def _item_class(collection: str) -> type[Entity]:
    item_type: type[Entity] = typing.get_args(Project.model_fields[collection].annotation)[0]
    return item_type


class EditChecks:
    """Checks each insertion and change of one document's project, before it is made."""

    def __init__(self, document: JourneyDocument) -> None:
        self._doc = document

    @property
    def _project(self) -> Project:
        return self._doc.project

    # ------------------------------------------------------------------ shared steps

    def _new(self, kind: str, cls: type[M], entity: Any, place: Place, edit: bool,
             others: Sequence[Any] = (), also: set[str] | None = None) -> M:
        data = plain(entity)
        if edit and isinstance(data, dict):
            data = rules.cleaned(kind, data)
        new = validated(cls, data, place)
        if edit:
            rules.check_name(kind, new, others)
        check_references(self._project, new, place)
        check_new_ids(self._doc.ids_in_use(), new, place, also=also or ())
        if also is not None:
            also.update(identifier for _, identifier in entity_ids(new, ()))
        return new

    def _changed(self, kind: str, entity: M, changes: Mapping[str, Any], place: Place,
                 edit: bool, others: Sequence[Any] = ()) -> Changed[M]:
        wanted = rules.cleaned(kind, changes) if edit else dict(changes)
        new = validated_changes(entity, wanted, place)
        if edit and rules.NAME_FIELDS.get(kind) in wanted:
            rules.check_name(kind, new, others)
        check_references(self._project, new, place, wanted.keys(),
                         holds_touchpoint=self._doc.holds_touchpoint)
        check_new_ids(self._doc.ids_in_use(), new, place, before=entity)
        return Changed(new, {name: getattr(new, name) for name in wanted},
                       {name: getattr(entity, name) for name in wanted})

    def _journey_steps(self, journey_id: str) -> tuple[int, Journey]:
        journeys = self._project.journeys
        index = next(i for i, journey in enumerate(journeys) if journey.id == journey_id)
        return index, journeys[index]

    # ------------------------------------------------------------------ journeys

    def journey(self, journey: Journey, index: int | None = None, edit: bool = True) -> Journey:
        """The journey ``journey`` as it would be added at ``index`` (the end when None)."""
        journeys = self._project.journeys
        place = Place((("journeys", len(journeys) if index is None else index, None),))
        return self._new("journeys", Journey, journey, place, edit, journeys)

    def journey_changes(self, journey_id: str, changes: Mapping[str, Any],
                        edit: bool = True) -> Changed[Journey]:
        """A journey's fields (name, kind, lanes, personas…) changed."""
        index, journey = self._journey_steps(journey_id)
        place = Place((("journeys", index, journey),))
        changed = self._changed("journeys", journey, changes, place, edit,
                                self._project.journeys)
        if "kind" in changed.changes or "id" in changed.changes:
            # The journeys that improve this one must still improve a current journey.
            after = [changed.entity if other is journey else other
                     for other in self._project.journeys]
            for other_index, other in enumerate(self._project.journeys):
                if other is not journey and other.improves_journey_id == journey.id:
                    check_references(self._project, other,
                                     Place((("journeys", other_index, other),)),
                                     ("improves_journey_id",), after)
        return changed

    # ------------------------------------------------------------------ stages

    def stages(self, journey_id: str, index: int, stages: Sequence[Stage],
               edit: bool = True) -> list[Stage]:
        """Stages as they would be added at ``index`` of a journey, in this order."""
        journey_index, journey = self._journey_steps(journey_id)
        brought: set[str] = set()
        return [self._new("stages", Stage, stage, Place(
            (("journeys", journey_index, journey), ("stages", index + offset, None)),
            journey), edit, also=brought) for offset, stage in enumerate(stages)]

    def stage_changes(self, journey_id: str, stage_id: str, changes: Mapping[str, Any],
                      edit: bool = True) -> Changed[Stage]:
        """A stage's name or description changed."""
        journey_index, journey = self._journey_steps(journey_id)
        index, stage = self._doc.stage_place(journey_id, stage_id)
        place = Place((("journeys", journey_index, journey), ("stages", index, stage)),
                      journey)
        return self._changed("stages", stage, changes, place, edit)

    # ------------------------------------------------------------------ touchpoints

    def touchpoints(self, journey_id: str, stage_id: str, index: int,
                    touchpoints: Sequence[Touchpoint], edit: bool = True) -> list[Touchpoint]:
        """Touchpoints as they would be added at ``index`` of a stage, in this order."""
        journey_index, journey = self._journey_steps(journey_id)
        stage_index, stage = self._doc.stage_place(journey_id, stage_id)
        brought: set[str] = set()
        return [self._new("touchpoints", Touchpoint, touchpoint, Place(
            (("journeys", journey_index, journey), ("stages", stage_index, stage),
             ("touchpoints", index + offset, None)), journey), edit, also=brought)
            for offset, touchpoint in enumerate(touchpoints)]

    def touchpoint_changes(self, journey_id: str, touchpoint_id: str,
                           changes: Mapping[str, Any], edit: bool = True) -> Changed[Touchpoint]:
        """Fields of a touchpoint changed."""
        journey_index, journey = self._journey_steps(journey_id)
        where = self._doc.touchpoint_place(journey_id, touchpoint_id)
        place = Place((("journeys", journey_index, journey),
                       ("stages", where.stage_index, where.stage),
                       ("touchpoints", where.index, where.touchpoint)), journey)
        if edit:
            check_link(self._doc.project, journey_id, where.touchpoint, changes)
        return self._changed("touchpoints", where.touchpoint, changes, place, edit)

    # ------------------------------------------------------------------ flows and notes

    def flows(self, journey_id: str, flows: Sequence[Flow],
              adding: Sequence[Touchpoint] = (), edit: bool = True) -> list[Flow]:
        """Flows as they would be added at the end of a journey's, with ``adding``: the
        touchpoints added by the same edit, which the flows may link."""
        journey_index, journey = self._journey_steps(journey_id)
        inside = journey.model_copy(update={"stages": [
            *journey.stages, Stage(name="", touchpoints=list(adding))]}) if adding else journey
        brought: set[str] = set()
        return [self._new("flows", Flow, flow, Place(
            (("journeys", journey_index, journey), ("flows", len(journey.flows) + offset, None)),
            inside), edit, also=brought) for offset, flow in enumerate(flows)]

    def flow_changes(self, journey_id: str, flow_id: str, changes: Mapping[str, Any],
                     edit: bool = True) -> Changed[Flow]:
        """A flow's kind, label or ends changed."""
        journey_index, journey = self._journey_steps(journey_id)
        index, flow = find_flow(journey, flow_id)
        place = Place((("journeys", journey_index, journey), ("flows", index, flow)), journey)
        return self._changed("flows", flow, changes, place, edit)

    def note(self, journey_id: str, note: StickyNote, index: int | None = None,
             edit: bool = True) -> StickyNote:
        """A sticky note as it would be added at ``index`` of a journey's (the end: None)."""
        journey_index, journey = self._journey_steps(journey_id)
        at = len(journey.notes) if index is None else index
        place = Place((("journeys", journey_index, journey), ("notes", at, None)), journey)
        return self._new("notes", StickyNote, note, place, edit)

    def note_changes(self, journey_id: str, note_id: str, changes: Mapping[str, Any],
                     edit: bool = True) -> Changed[StickyNote]:
        """A note's text, colour or stage changed."""
        journey_index, journey = self._journey_steps(journey_id)
        index, note = find_note(journey, note_id)
        place = Place((("journeys", journey_index, journey), ("notes", index, note)), journey)
        return self._changed("notes", note, changes, place, edit)

    # ------------------------------------------------------------------ the blueprint

    def blueprint_item(self, journey_id: str, item: BlueprintItem, index: int | None = None,
                       edit: bool = True) -> BlueprintItem:
        """A blueprint item as it would be added at ``index`` of a journey's (the end: None)."""
        journey_index, journey = self._journey_steps(journey_id)
        at = len(journey.blueprint) if index is None else index
        place = Place((("journeys", journey_index, journey), ("blueprint", at, None)), journey)
        return self._new("blueprint", BlueprintItem, item, place, edit)

    def blueprint_item_changes(self, journey_id: str, item_id: str, changes: Mapping[str, Any],
                               edit: bool = True) -> Changed[BlueprintItem]:
        """A blueprint item's title, owner, layer, stage or arrows changed."""
        journey_index, journey = self._journey_steps(journey_id)
        index, item = find_blueprint_item(journey, item_id)
        place = Place((("journeys", journey_index, journey), ("blueprint", index, item)),
                      journey)
        return self._changed("blueprint", item, changes, place, edit)

    # ------------------------------------------------------------------ project lists

    def item(self, collection: str, item: Entity, index: int | None = None,
             edit: bool = True) -> Entity:
        """An entity as it would be added at ``index`` of a project list (the end: None)."""
        items = getattr(self._project, collection)
        place = Place(((collection, len(items) if index is None else index, None),))
        return self._new(collection, _item_class(collection), item, place, edit, items)

    def item_changes(self, collection: str, item_id: str, changes: Mapping[str, Any],
                     edit: bool = True) -> Changed[Entity]:
        """Fields of an entity of a project list changed."""
        items = getattr(self._project, collection)
        index = next(i for i, item in enumerate(items) if item.id == item_id)
        place = Place(((collection, index, items[index]),))
        return self._changed(collection, items[index], changes, place, edit, items)

    # ------------------------------------------------------------------ the project

    def project_changes(self, changes: Mapping[str, Any],
                        edit: bool = True) -> Changed[Project]:
        """The project's own fields (title, client, description, language…) changed.

        The values are validated on their own: the project's lists, and so its references,
        do not change.
        """
        unknown = set(changes) - PROJECT_FIELDS
        if unknown:
            raise ValueError(f"not a field of the project itself: {', '.join(sorted(unknown))}")
        wanted = rules.cleaned("project", changes) if edit else dict(changes)
        project = self._project
        # The snapshots are checked only when they change: a title edit need not read them.
        own = {name: getattr(project, name) for name in PROJECT_FIELDS
               if name != "history" or name in wanted}
        alone = validated(Project, {**own, **wanted}, Place())
        if edit and "title" in wanted:
            rules.check_name("project", alone)
        return Changed(alone, {name: getattr(alone, name) for name in wanted},
                       {name: getattr(project, name) for name in wanted})

    def project(self, project: Project) -> Project:
        """A whole project as it would replace this one: validated, as a file is on reading."""
        return validated(Project, project, Place())
