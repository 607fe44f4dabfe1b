"""The document's removals that reach other entities, and putting back what they took."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import SignalInstance

from cxdesigner.document import removals
from cxdesigner.document.lookup import Places
from cxdesigner.document.project_ids import ProjectIds
from cxdesigner.model import Project


class RemovalEdits:
    """The part of :class:`~cxdesigner.document.JourneyDocument` that removes stages,
    touchpoints and blueprint items, and frees the actions of pain points a card dropped.

    Each keeps a record of what it changed elsewhere (actions, contacts, scoped lists) so
    that undo puts it all back; putting back is not checked again.
    """

    project: Project
    structure_changed: SignalInstance
    collection_changed: SignalInstance
    _places: Places
    ids_in_use: Callable[[], ProjectIds]  # kept by ProjectState

    def remove_stage(self, journey_id: str, stage_id: str) -> removals.StageRemoval:
        removal = removals.remove_stage(self.project, journey_id, stage_id)
        self.ids_in_use().removed(removals.stage_entities(removal))
        self._after_dependents_changed(removal.dependents)
        self.structure_changed.emit(journey_id)
        return removal

    def restore_stage(self, removal: removals.StageRemoval) -> None:
        removals.restore_stage(self.project, removal)
        self.ids_in_use().added(removals.stage_entities(removal))
        self._after_dependents_changed(removal.dependents)
        self.structure_changed.emit(removal.journey_id)

    def remove_touchpoints(self, journey_id: str,
                           ids: Sequence[str]) -> removals.TouchpointRemoval:
        removal = removals.remove_touchpoints(self.project, journey_id, list(ids),
                                              self._places.touchpoint)
        self.ids_in_use().removed(removals.touchpoint_entities(removal))
        self._after_dependents_changed(removal.dependents)
        self.structure_changed.emit(journey_id)
        return removal

    def restore_touchpoints(self, removal: removals.TouchpointRemoval) -> None:
        removals.restore_touchpoints(self.project, removal)
        self.ids_in_use().added(removals.touchpoint_entities(removal))
        self._after_dependents_changed(removal.dependents)
        self.structure_changed.emit(removal.journey_id)

    def release_irritants(self, irritant_ids: set[str]) -> removals.DependentsRecord:
        """Free the actions aimed at pain points a card no longer has."""
        record = removals.release_irritants(self.project, irritant_ids)
        self._after_dependents_changed(record)
        return record

    def restore_released(self, record: removals.DependentsRecord) -> None:
        removals.restore_released(self.project, record)
        self._after_dependents_changed(record)

    def remove_blueprint_items(self, journey_id: str,
                               ids: Sequence[str]) -> removals.BlueprintRemoval:
        """Remove blueprint items, with the arrows to them and the pain points' links to them."""
        removal = removals.remove_blueprint_items(self.project, journey_id, list(ids))
        self.ids_in_use().removed(item for _, item in removal.items)
        self.structure_changed.emit(journey_id)
        return removal

    def restore_blueprint_items(self, removal: removals.BlueprintRemoval) -> None:
        removals.restore_blueprint_items(self.project, removal)
        self.ids_in_use().added(item for _, item in removal.items)
        self.structure_changed.emit(removal.journey_id)

    def _after_dependents_changed(self, record: removals.DependentsRecord) -> None:
        for name in sorted({name for name, _, _ in record.scoped}):
            self.collection_changed.emit(name)
        if record.cleared_actions:
            self.collection_changed.emit("actions")
        if record.cleared_contacts:
            self.collection_changed.emit("contacts")
        if record.profile_links:
            self.collection_changed.emit("contact_profiles")
