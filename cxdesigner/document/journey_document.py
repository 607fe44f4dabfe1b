"""The editing document: the one mutator of a project, with its undo stack and signals."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from cxdesigner.document.edit_checks import EditChecks
from cxdesigner.document.history import EditHistory
from cxdesigner.document.lookup import (
    Places,
    TouchpointPlace,
    find_blueprint_item,
    find_flow,
    find_journey,
    find_note,
)
from cxdesigner.document.map_moves import MapMoves
from cxdesigner.document.project_ids import ProjectIds
from cxdesigner.document.project_state import ProjectState
from cxdesigner.document.removal_edits import RemovalEdits
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

# Project lists of entities that the document edits generically.
COLLECTIONS = ("personas", "segments", "channels", "interlocutors", "verbatims", "actions",
               "answers", "indicator_records", "scorecards", "contacts", "contact_profiles",
               "parking_lot", "players", "waves", "point_values")


# A journey's fields that hold ids (besides its own).
_JOURNEY_ID_FIELDS = frozenset({"id", "stages", "flows", "notes", "blueprint"})


class JourneyDocument(QObject, ProjectState, RemovalEdits, MapMoves):
    """Holds the project being edited; every change goes through its methods.

    Undo commands call these methods and nothing else; views listen to the signals. Each
    method that inserts or replaces an entity first checks it with the model's rules and
    against the project (:attr:`checks`), and raises
    :class:`~cxdesigner.document.checks.DocumentRuleError` (changing nothing, emitting
    nothing) when it breaks them. The undo commands run the same checks, with the rules of
    editing, when they are made: a refused edit never reaches the undo stack. Moving
    touchpoints or stages, and putting back what a removal took out, change no entity and
    are not checked again.

    Swapping whole projects (:class:`ProjectState`), removals that reach other entities
    (:class:`RemovalEdits`) and moves (:class:`MapMoves`) live in their own modules.

    Signals:
        project_replaced: a whole other project was loaded (or a snapshot restored).
        journeys_changed: a journey was added, removed, renamed or reordered.
        structure_changed(journey_id): stages, touchpoints, flows, notes or lanes were added,
            removed or moved; the map geometry may have changed.
        touchpoint_changed(journey_id, touchpoint_id, fields): fields of one touchpoint.
        stage_changed(journey_id, stage_id, fields)
        flow_changed(journey_id, flow_id, fields)
        note_changed(journey_id, note_id, fields)
        blueprint_changed(journey_id, item_id, fields): fields of one blueprint item (which
            also emits structure_changed: its place, arrows and marks may follow).
        collection_changed(name): personas, channels, actions… (see COLLECTIONS).
        project_changed(fields): the project's own fields (title, client…).
        path_changed: the file the project is saved to.
    """

    project_replaced = Signal()
    journeys_changed = Signal()
    structure_changed = Signal(str)
    touchpoint_changed = Signal(str, str, list)
    stage_changed = Signal(str, str, list)
    flow_changed = Signal(str, str, list)
    note_changed = Signal(str, str, list)
    blueprint_changed = Signal(str, str, list)
    collection_changed = Signal(str)
    project_changed = Signal(list)
    path_changed = Signal()

    def __init__(self, project: Project, path: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.path = path
        self.undo_stack = EditHistory(self)
        self.checks = EditChecks(self)
        """What each insertion and change must pass; editors ask it before editing."""
        self._places = Places()
        """Remembered places of touchpoints and stages: look-ups that do not scan the map."""
        self._ids = ProjectIds(project)

    # ------------------------------------------------------------------ the project's own fields

    def update_project(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Change the project's own fields (title, client…); returns their old values."""
        changed = self.checks.project_changes(changes, edit=False)
        for name, value in changed.changes.items():
            # Validated above on their own; assigning through pydantic would check the
            # references of the whole project again, for a title.
            self.project.__dict__[name] = value
        self.project_changed.emit(list(changes))
        return changed.old

    # ------------------------------------------------------------------ look-ups

    def journey(self, journey_id: str) -> Journey:
        return find_journey(self.project, journey_id)

    def touchpoint(self, journey_id: str, touchpoint_id: str) -> Touchpoint:
        return self._places.touchpoint(self.journey(journey_id), touchpoint_id).touchpoint

    @contextmanager
    def one_structure_change(self, journey_id: str) -> Iterator[None]:
        """The edits made inside announce themselves as one change of the journey's
        structure, so that the map lays itself out once for an edit of several parts (a
        move and the flows it re-stitches)."""
        blocked = self.blockSignals(True)
        try:
            yield
        finally:
            self.blockSignals(blocked)
            if not blocked:
                self.structure_changed.emit(journey_id)

    def holds_touchpoint(self, journey: Journey, touchpoint_id: str) -> bool:
        """Whether ``journey`` holds this touchpoint (its place remembered, not searched)."""
        try:
            self._places.touchpoint(journey, touchpoint_id)
        except KeyError:
            return False
        return True

    def touchpoint_place(self, journey_id: str, touchpoint_id: str) -> TouchpointPlace:
        """Where a touchpoint is: its stage, the stage's index and its own (KeyError if none)."""
        return self._places.touchpoint(self.journey(journey_id), touchpoint_id)

    def stage(self, journey_id: str, stage_id: str) -> Stage:
        return self._places.stage(self.journey(journey_id), stage_id)[1]

    def stage_place(self, journey_id: str, stage_id: str) -> tuple[int, Stage]:
        """A stage and its index in its journey (KeyError if none)."""
        return self._places.stage(self.journey(journey_id), stage_id)

    def item(self, collection: str, item_id: str) -> Any:
        """The entity ``item_id`` of a project list (see COLLECTIONS)."""
        return next(item for item in getattr(self.project, collection) if item.id == item_id)

    # ------------------------------------------------------------------ journeys

    def insert_journey(self, index: int, journey: Journey) -> None:
        journey = self.checks.journey(journey, index, edit=False)
        self.project.journeys.insert(index, journey)
        self.ids_in_use().added([journey])
        self.journeys_changed.emit()

    def remove_journey(self, journey_id: str) -> tuple[int, Journey]:
        """Remove a journey (the caller takes care of what pointed to it)."""
        index = next(i for i, j in enumerate(self.project.journeys) if j.id == journey_id)
        journey = self.project.journeys.pop(index)
        self.ids_in_use().removed([journey])
        self.journeys_changed.emit()
        return index, journey

    def update_journey(self, journey_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Change a journey's fields (name, kind, lanes, personas…); returns old values."""
        changed = self.checks.journey_changes(journey_id, changes, edit=False)
        journey = self.journey(journey_id)
        holds_ids = bool(_JOURNEY_ID_FIELDS & set(changed.changes))
        if holds_ids:
            self.ids_in_use().removed([journey])
        for name, value in changed.changes.items():
            setattr(journey, name, value)  # the journey stays the same object
        if holds_ids:
            self.ids_in_use().added([journey])
        self.journeys_changed.emit()
        if {"lanes", "show_blueprint"} & set(changes):
            self.structure_changed.emit(journey_id)
        return changed.old

    # ------------------------------------------------------------------ stages

    def insert_stage(self, journey_id: str, index: int, stage: Stage) -> None:
        (stage,) = self.checks.stages(journey_id, index, [stage], edit=False)
        self.journey(journey_id).stages.insert(index, stage)
        self.ids_in_use().added([stage])
        self.structure_changed.emit(journey_id)

    def update_stage(self, journey_id: str, stage_id: str,
                     changes: Mapping[str, Any]) -> dict[str, Any]:
        changed = self.checks.stage_changes(journey_id, stage_id, changes, edit=False)
        journey = self.journey(journey_id)
        index, stage = self._places.stage(journey, stage_id)
        journey.stages[index] = changed.entity
        self.ids_in_use().replaced(stage, changed.entity)
        self.stage_changed.emit(journey_id, stage_id, list(changes))
        return changed.old

    # ------------------------------------------------------------------ touchpoints

    def insert_touchpoint(self, journey_id: str, stage_id: str, index: int,
                          touchpoint: Touchpoint) -> None:
        (touchpoint,) = self.checks.touchpoints(journey_id, stage_id, index, [touchpoint],
                                                edit=False)
        journey = self.journey(journey_id)
        stage_index, stage = self._places.stage(journey, stage_id)
        stage.touchpoints.insert(index, touchpoint)
        # Remembered, so that its undo finds it without scanning the map.
        self._places.remember(journey, stage_index, min(index, len(stage.touchpoints) - 1))
        self.ids_in_use().added([touchpoint])
        self.structure_changed.emit(journey_id)

    def update_touchpoint(self, journey_id: str, touchpoint_id: str,
                          changes: Mapping[str, Any]) -> dict[str, Any]:
        """Change fields of a touchpoint; returns their old values.

        Raises:
            DocumentRuleError: a value is invalid or points to something that does not exist.
        """
        changed = self.checks.touchpoint_changes(journey_id, touchpoint_id, changes,
                                                 edit=False)
        place = self._places.touchpoint(self.journey(journey_id), touchpoint_id)
        place.stage.touchpoints[place.index] = changed.entity
        self.ids_in_use().replaced(place.touchpoint, changed.entity)
        self.touchpoint_changed.emit(journey_id, touchpoint_id, list(changes))
        if {"verbatims", "irritants", "opportunities"} & set(changes):
            self.structure_changed.emit(journey_id)  # list lanes may need more room
        return changed.old

    # ------------------------------------------------------------------ flows and notes

    def insert_flow(self, journey_id: str, index: int, flow: Flow) -> None:
        """Insert a flow; both its ends must be touchpoints of the journey."""
        (flow,) = self.checks.flows(journey_id, [flow], edit=False)
        self.journey(journey_id).flows.insert(index, flow)
        self.ids_in_use().added([flow])
        self.structure_changed.emit(journey_id)

    def remove_flow(self, journey_id: str, flow_id: str) -> tuple[int, Flow]:
        journey = self.journey(journey_id)
        index, flow = find_flow(journey, flow_id)
        del journey.flows[index]
        self.ids_in_use().removed([flow])
        self.structure_changed.emit(journey_id)
        return index, flow

    def update_flow(self, journey_id: str, flow_id: str,
                    changes: Mapping[str, Any]) -> dict[str, Any]:
        changed = self.checks.flow_changes(journey_id, flow_id, changes, edit=False)
        journey = self.journey(journey_id)
        index, flow = find_flow(journey, flow_id)
        journey.flows[index] = changed.entity
        self.ids_in_use().replaced(flow, changed.entity)
        self.flow_changed.emit(journey_id, flow_id, list(changes))
        return changed.old

    def insert_note(self, journey_id: str, index: int, note: StickyNote) -> None:
        note = self.checks.note(journey_id, note, index, edit=False)
        self.journey(journey_id).notes.insert(index, note)
        self.ids_in_use().added([note])
        self.structure_changed.emit(journey_id)

    def remove_note(self, journey_id: str, note_id: str) -> tuple[int, StickyNote]:
        journey = self.journey(journey_id)
        index, note = find_note(journey, note_id)
        del journey.notes[index]
        self.ids_in_use().removed([note])
        self.structure_changed.emit(journey_id)
        return index, note

    def update_note(self, journey_id: str, note_id: str,
                    changes: Mapping[str, Any]) -> dict[str, Any]:
        changed = self.checks.note_changes(journey_id, note_id, changes, edit=False)
        journey = self.journey(journey_id)
        index, note = find_note(journey, note_id)
        journey.notes[index] = changed.entity
        self.ids_in_use().replaced(note, changed.entity)
        self.note_changed.emit(journey_id, note_id, list(changes))
        if "stage_id" in changes:
            self.structure_changed.emit(journey_id)
        return changed.old

    # ------------------------------------------------------------------ the blueprint

    def insert_blueprint_item(self, journey_id: str, index: int, item: BlueprintItem) -> None:
        """Insert an item of the journey's service blueprint."""
        item = self.checks.blueprint_item(journey_id, item, index, edit=False)
        self.journey(journey_id).blueprint.insert(index, item)
        self.ids_in_use().added([item])
        self.structure_changed.emit(journey_id)

    def update_blueprint_item(self, journey_id: str, item_id: str,
                              changes: Mapping[str, Any]) -> dict[str, Any]:
        changed = self.checks.blueprint_item_changes(journey_id, item_id, changes, edit=False)
        journey = self.journey(journey_id)
        index, item = find_blueprint_item(journey, item_id)
        journey.blueprint[index] = changed.entity
        self.ids_in_use().replaced(item, changed.entity)
        self.blueprint_changed.emit(journey_id, item_id, list(changes))
        self.structure_changed.emit(journey_id)
        return changed.old

    # ------------------------------------------------------------------ project lists

    def insert_item(self, collection: str, index: int, item: Entity) -> None:
        """Insert an entity into a project list (see COLLECTIONS)."""
        item = self.checks.item(collection, item, index, edit=False)
        getattr(self.project, collection).insert(index, item)
        self.ids_in_use().added([item])
        self.collection_changed.emit(collection)

    def remove_item(self, collection: str, item_id: str) -> tuple[int, Any]:
        items = getattr(self.project, collection)
        index = next(i for i, item in enumerate(items) if item.id == item_id)
        item = items.pop(index)
        self.ids_in_use().removed([item])
        self.collection_changed.emit(collection)
        return index, item

    def update_item(self, collection: str, item_id: str,
                    changes: Mapping[str, Any]) -> dict[str, Any]:
        changed = self.checks.item_changes(collection, item_id, changes, edit=False)
        items = getattr(self.project, collection)
        index = next(i for i, item in enumerate(items) if item.id == item_id)
        self.ids_in_use().replaced(items[index], changed.entity)
        items[index] = changed.entity
        self.collection_changed.emit(collection)
        return changed.old
