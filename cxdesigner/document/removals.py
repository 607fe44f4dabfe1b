"""Take touchpoints and stages out of a project with everything that points to them, and
put it all back exactly as it was (no Qt).

A removal record keeps every index, so that undo restores order as well as content.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cxdesigner.document.lookup import (
    TouchpointPlace,
    find_journey,
    find_stage,
    find_touchpoint,
)
from cxdesigner.model import BlueprintItem, Flow, Journey, Project, Stage, StickyNote, Touchpoint

# Project lists whose items point to a journey, stage or touchpoint through ``scope_id``.
_SCOPED = ("answers", "indicator_records", "scorecards")


@dataclass
class DependentsRecord:
    """What was removed or cleared because it pointed to removed things."""

    flows: list[tuple[int, Flow]] = field(default_factory=list)
    scoped: list[tuple[str, int, Any]] = field(default_factory=list)
    cleared_actions: list[tuple[int, str | None, str | None]] = field(default_factory=list)
    """(action index, old touchpoint_id, old irritant_id)."""
    cleared_contacts: list[tuple[int, str | None, str | None]] = field(default_factory=list)
    """(contact index, old stage_id, old touchpoint_id)."""
    profile_links: list[tuple[int, list[str]]] = field(default_factory=list)
    """(contact profile index, its old touchpoint_ids)."""
    blueprint_links: list[tuple[int, BlueprintItem]] = field(default_factory=list)
    """(index in the journey's blueprint, the item before it lost what it served)."""


@dataclass
class BlueprintRemoval:
    """Blueprint items taken out of a journey, and the links to them that went with them."""

    journey_id: str
    items: list[tuple[int, BlueprintItem]]
    """The removed items with their indexes, in order."""
    serving: list[tuple[int, BlueprintItem]]
    """Other items as they were before they stopped serving a removed one."""
    causes: list[tuple[int, int, Touchpoint]]
    """(stage index, index) of touchpoints as they were before their pain points lost a
    removed cause."""


@dataclass
class TouchpointRemoval:
    """Touchpoints taken out of a journey, with their places and dependents."""

    journey_id: str
    touchpoints: list[tuple[str, int, Touchpoint]]
    """(stage id, index in the stage, touchpoint), in map order."""
    dependents: DependentsRecord


@dataclass
class StageRemoval:
    """A stage taken out of a journey with its touchpoints, notes and dependents."""

    journey_id: str
    index: int
    stage: Stage
    notes: list[tuple[int, StickyNote]]
    dependents: DependentsRecord
    blueprint: BlueprintRemoval
    """The stage's blueprint items."""


def dependent_entities(record: DependentsRecord) -> list[Any]:
    """The entities a removal took out with what it removed (the others were only changed)."""
    return [flow for _, flow in record.flows] + [item for _, _, item in record.scoped]


def touchpoint_entities(removal: TouchpointRemoval) -> list[Any]:
    """Every entity :func:`remove_touchpoints` took out of the project."""
    return [tp for *_, tp in removal.touchpoints] + dependent_entities(removal.dependents)


def stage_entities(removal: StageRemoval) -> list[Any]:
    """Every entity :func:`remove_stage` took out of the project."""
    return ([removal.stage] + [note for _, note in removal.notes]
            + dependent_entities(removal.dependents)
            + [item for _, item in removal.blueprint.items])


def _remove_dependents(project: Project, journey_id: str, ids: set[str],
                       irritant_ids: set[str]) -> DependentsRecord:
    journey = find_journey(project, journey_id)
    record = DependentsRecord()
    # Most removals take nothing else away: each list is rebuilt only when it must, by
    # slice assignment (replacing a field would re-validate the whole project).
    record.flows = [(index, flow) for index, flow in enumerate(journey.flows)
                    if flow.source_id in ids or flow.target_id in ids]
    if record.flows:
        journey.flows[:] = [flow for flow in journey.flows
                            if flow.source_id not in ids and flow.target_id not in ids]
    for name in _SCOPED:
        items = getattr(project, name)
        scoped = [(name, index, item) for index, item in enumerate(items)
                  if item.scope_id in ids]
        if scoped:
            record.scoped += scoped
            items[:] = [item for item in items if item.scope_id not in ids]
    _free_actions(project, ids, irritant_ids, record)
    for index, contact in enumerate(project.contacts):
        if contact.stage_id in ids or contact.touchpoint_id in ids:
            record.cleared_contacts.append((index, contact.stage_id, contact.touchpoint_id))
            project.contacts[index] = contact.model_copy(update={
                "stage_id": None if contact.stage_id in ids else contact.stage_id,
                "touchpoint_id": None if contact.touchpoint_id in ids else contact.touchpoint_id,
            })
    record.blueprint_links = _unlink_served(journey, ids)
    for index, profile in enumerate(project.contact_profiles):
        if any(tp_id in ids for tp_id in profile.touchpoint_ids):
            record.profile_links.append((index, profile.touchpoint_ids))
            kept_ids = [tp_id for tp_id in profile.touchpoint_ids if tp_id not in ids]
            project.contact_profiles[index] = profile.model_copy(
                update={"touchpoint_ids": kept_ids})
    return record


def _free_actions(project: Project, ids: set[str], irritant_ids: set[str],
                  record: DependentsRecord) -> None:
    """Actions stay in the plan when what they aim at goes: they aim at nothing."""
    for index, action in enumerate(project.actions):
        touches = action.touchpoint_id in ids
        aims = action.irritant_id in irritant_ids
        if touches or aims:
            record.cleared_actions.append((index, action.touchpoint_id, action.irritant_id))
            project.actions[index] = action.model_copy(update={
                "touchpoint_id": None if touches else action.touchpoint_id,
                "irritant_id": None if aims else action.irritant_id,
            })


def _restore_actions(project: Project, record: DependentsRecord) -> None:
    for index, touchpoint_id, irritant_id in record.cleared_actions:
        action = project.actions[index]
        project.actions[index] = action.model_copy(
            update={"touchpoint_id": touchpoint_id, "irritant_id": irritant_id})


def _unlink_served(journey: Journey, ids: set[str]) -> list[tuple[int, BlueprintItem]]:
    """Take ``ids`` out of what the journey's blueprint items serve; the items as they were."""
    changed = []
    for index, item in enumerate(journey.blueprint):
        if any(served in ids for served in item.serves_ids):
            changed.append((index, item))
            journey.blueprint[index] = item.model_copy(update={
                "serves_ids": [served for served in item.serves_ids if served not in ids]})
    return changed


def _restore_dependents(project: Project, journey_id: str, record: DependentsRecord) -> None:
    journey = find_journey(project, journey_id)
    for index, item in record.blueprint_links:
        journey.blueprint[index] = item
    for index, flow in record.flows:
        journey.flows.insert(index, flow)
    for name, index, item in record.scoped:
        getattr(project, name).insert(index, item)
    _restore_actions(project, record)
    for index, stage_id, touchpoint_id in record.cleared_contacts:
        project.contacts[index] = project.contacts[index].model_copy(
            update={"stage_id": stage_id, "touchpoint_id": touchpoint_id})
    for index, touchpoint_ids in record.profile_links:
        project.contact_profiles[index] = project.contact_profiles[index].model_copy(
            update={"touchpoint_ids": touchpoint_ids})


def release_irritants(project: Project, irritant_ids: set[str]) -> DependentsRecord:
    """Free the actions aimed at pain points taken off a card's list (they stay in the plan,
    aimed at nothing); :func:`restore_released` aims them again."""
    record = DependentsRecord()
    _free_actions(project, set(), irritant_ids, record)
    return record


def restore_released(project: Project, record: DependentsRecord) -> None:
    """Undo :func:`release_irritants`."""
    _restore_actions(project, record)


def remove_touchpoints(project: Project, journey_id: str, ids: list[str],
                       find: Callable[[Journey, str], TouchpointPlace] = find_touchpoint,
                       ) -> TouchpointRemoval:
    """Remove touchpoints, their flows, and what is scoped on them; ``find`` tells where a
    touchpoint is (the document's remembered places answer without a scan)."""
    journey = find_journey(project, journey_id)
    places = sorted((find(journey, tp_id) for tp_id in set(ids)),
                    key=lambda place: (place.stage_index, place.index))
    removed = [(place.stage.id, place.index, place.touchpoint) for place in places]
    for place in reversed(places):
        del place.stage.touchpoints[place.index]
    irritants = {irritant.id for _, _, tp in removed for irritant in tp.irritants}
    dependents = _remove_dependents(project, journey_id, {tp.id for *_, tp in removed},
                                    irritants)
    return TouchpointRemoval(journey_id, removed, dependents)


def restore_touchpoints(project: Project, removal: TouchpointRemoval) -> None:
    """Undo :func:`remove_touchpoints`."""
    journey = find_journey(project, removal.journey_id)
    for stage_id, index, touchpoint in removal.touchpoints:
        find_stage(journey, stage_id)[1].touchpoints.insert(index, touchpoint)
    _restore_dependents(project, removal.journey_id, removal.dependents)


def remove_stage(project: Project, journey_id: str, stage_id: str) -> StageRemoval:
    """Remove a stage with its touchpoints, its notes and what points to them."""
    journey = find_journey(project, journey_id)
    index, stage = find_stage(journey, stage_id)
    del journey.stages[index]
    notes = [(i, note) for i, note in enumerate(journey.notes) if note.stage_id == stage_id]
    journey.notes[:] = [note for note in journey.notes if note.stage_id != stage_id]
    ids = {tp.id for tp in stage.touchpoints} | {stage_id}
    irritants = {irritant.id for tp in stage.touchpoints for irritant in tp.irritants}
    dependents = _remove_dependents(project, journey_id, ids, irritants)
    blueprint = remove_blueprint_items(project, journey_id, [
        item.id for item in journey.blueprint if item.stage_id == stage_id])
    return StageRemoval(journey_id, index, stage, notes, dependents, blueprint)


def restore_stage(project: Project, removal: StageRemoval) -> None:
    """Undo :func:`remove_stage`."""
    journey = find_journey(project, removal.journey_id)
    restore_blueprint_items(project, removal.blueprint)
    journey.stages.insert(removal.index, removal.stage)
    for index, note in removal.notes:
        journey.notes.insert(index, note)
    _restore_dependents(project, removal.journey_id, removal.dependents)


def remove_blueprint_items(project: Project, journey_id: str,
                           ids: list[str]) -> BlueprintRemoval:
    """Remove blueprint items, what serves them and the pain points they cause keeping the
    rest of their links."""
    journey = find_journey(project, journey_id)
    gone = set(ids)
    removed = [(index, item) for index, item in enumerate(journey.blueprint) if item.id in gone]
    journey.blueprint[:] = [item for item in journey.blueprint if item.id not in gone]
    serving = _unlink_served(journey, gone)
    causes: list[tuple[int, int, Touchpoint]] = []
    for stage_index, stage in enumerate(journey.stages):
        for index, touchpoint in enumerate(stage.touchpoints):
            if any(cause in gone for irritant in touchpoint.irritants
                   for cause in irritant.cause_ids):
                causes.append((stage_index, index, touchpoint))
                stage.touchpoints[index] = touchpoint.model_copy(update={"irritants": [
                    irritant.model_copy(update={"cause_ids": [
                        cause for cause in irritant.cause_ids if cause not in gone]})
                    for irritant in touchpoint.irritants]})
    return BlueprintRemoval(journey_id, removed, serving, causes)


def restore_blueprint_items(project: Project, removal: BlueprintRemoval) -> None:
    """Undo :func:`remove_blueprint_items`."""
    journey = find_journey(project, removal.journey_id)
    for stage_index, index, touchpoint in removal.causes:
        journey.stages[stage_index].touchpoints[index] = touchpoint
    for index, item in removal.serving:
        journey.blueprint[index] = item
    for index, item in removal.items:
        journey.blueprint.insert(index, item)
