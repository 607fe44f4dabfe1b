"""Find things in a project by id (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from cxdesigner.model import BlueprintItem, Flow, Journey, Project, Stage, StickyNote, Touchpoint


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


def find_blueprint_item(journey: Journey, item_id: str) -> tuple[int, BlueprintItem]:
    """The blueprint item with this id and its index."""
    for index, item in enumerate(journey.blueprint):
        if item.id == item_id:
            return index, item
    raise KeyError(f"no blueprint item {item_id}")


class Places:
    """Where touchpoints and stages were last found, checked on every use.

    A look-up first tries the remembered place (then the rest of that stage); only when the
    touchpoint is not there does it scan the journey, remembering every place on the way.
    Edits move a few things at a time, so look-ups cost the same on a map of 100 or 10,000
    touchpoints. A stale place is never trusted: the id found there must match.
    """

    def __init__(self) -> None:
        self._touchpoints: dict[str, tuple[int, int]] = {}
        self._stages: dict[str, int] = {}

    def remember(self, journey: Journey, stage_index: int, index: int) -> None:
        """Note where the touchpoint at (``stage_index``, ``index``) is."""
        stage = journey.stages[stage_index]
        self._touchpoints[stage.touchpoints[index].id] = (stage_index, index)

    def touchpoint(self, journey: Journey, touchpoint_id: str) -> TouchpointPlace:
        """Like :func:`find_touchpoint`."""
        hint = self._touchpoints.get(touchpoint_id)
        if hint is not None:
            stage_index, index = hint
            if stage_index < len(journey.stages):
                stage = journey.stages[stage_index]
                items = stage.touchpoints
                if index < len(items) and items[index].id == touchpoint_id:
                    return TouchpointPlace(stage, stage_index, index, items[index])
                for index, touchpoint in enumerate(items):
                    if touchpoint.id == touchpoint_id:
                        self._touchpoints[touchpoint_id] = (stage_index, index)
                        return TouchpointPlace(stage, stage_index, index, touchpoint)
        places = self._touchpoints
        for stage_index, stage in enumerate(journey.stages):
            for index, touchpoint in enumerate(stage.touchpoints):
                places[touchpoint.id] = (stage_index, index)
        place = find_touchpoint(journey, touchpoint_id)  # the first one, as ever
        places[touchpoint_id] = (place.stage_index, place.index)
        return place

    def stage(self, journey: Journey, stage_id: str) -> tuple[int, Stage]:
        """Like :func:`find_stage`."""
        index = self._stages.get(stage_id)
        stages = journey.stages
        if index is not None and index < len(stages) and stages[index].id == stage_id:
            return index, stages[index]
        for index in range(len(stages) - 1, -1, -1):  # the first of equal ids wins
            self._stages[stages[index].id] = index
        return find_stage(journey, stage_id)
