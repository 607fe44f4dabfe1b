"""Find things in a project by id (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from cxdesigner.model import Flow, Journey, Project, Stage, StickyNote, Touchpoint


@dataclass(frozen=True)
class TouchpointPlace:
    """Where a touchpoint is: its stage, the stage's index and its index in the stage."""

    stage: Stage
    stage_index: int
    index: int
    touchpoint: Touchpoint


def find_journey(project: Project, journey_id: str) -> Journey:
    """The journey with this id."""
    for journey in project.journeys:
        if journey.id == journey_id:
            return journey
    raise KeyError(f"no journey {journey_id}")


def find_stage(journey: Journey, stage_id: str) -> tuple[int, Stage]:
    """The stage with this id and its index."""
    for index, stage in enumerate(journey.stages):
        if stage.id == stage_id:
            return index, stage
    raise KeyError(f"no stage {stage_id}")


def find_touchpoint(journey: Journey, touchpoint_id: str) -> TouchpointPlace:
    """The touchpoint with this id and where it is."""
    for stage_index, stage in enumerate(journey.stages):
        for index, touchpoint in enumerate(stage.touchpoints):
            if touchpoint.id == touchpoint_id:
                return TouchpointPlace(stage, stage_index, index, touchpoint)
    raise KeyError(f"no touchpoint {touchpoint_id}")


def find_flow(journey: Journey, flow_id: str) -> tuple[int, Flow]:
    """The flow with this id and its index."""
    for index, flow in enumerate(journey.flows):
        if flow.id == flow_id:
            return index, flow
    raise KeyError(f"no flow {flow_id}")


def find_note(journey: Journey, note_id: str) -> tuple[int, StickyNote]:
    """The sticky note with this id and its index."""
    for index, note in enumerate(journey.notes):
        if note.id == note_id:
            return index, note
    raise KeyError(f"no note {note_id}")
