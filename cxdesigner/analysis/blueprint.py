"""Behind the scenes: what a journey's service blueprint says, stage by stage.

Definitions, to be checked by hand:

- an item **serves** what its arrows point to: touchpoints, and items it hands its work to;
- a touchpoint is **supported** when some back-stage or support item leads to it through
  arrows (directly, or through other items, front-stage ones included); a front-stage
  action alone does not support it from behind the scenes. The stage's **unsupported**
  touchpoints are the others, in map order;
- the **teams** of a stage are the owners of its items, once each (case, accents and
  spacing aside), as first written, in the order of the items;
- a **hand-off** is an arrow between two items whose owners are both given and differ
  (:func:`cxdesigner.model.is_blueprint_handoff`); it is counted in the stage of the item
  that hands the work over;
- a **failure point** is an item named as the cause of some pain point.

The blueprint is no part of the customer's path: its items and arrows change none of the
journey's figures (channel switches, hand-offs between interlocutors, loops, dead ends…;
see :mod:`cxdesigner.analysis.flow_graph`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

from cxdesigner.model import (
    BlueprintItem,
    BlueprintLayer,
    Journey,
    is_blueprint_handoff,
)
from cxdesigner.model.text import fold

BEHIND_THE_SCENES = (BlueprintLayer.BACK_STAGE, BlueprintLayer.SUPPORT)
"""The layers the customer does not see, which support touchpoints from behind."""


@dataclass(frozen=True)
class Handoff:
    """An arrow where work changes hands between two teams or systems."""

    source_id: str
    target_id: str
    source_owner: str
    target_owner: str


@dataclass(frozen=True)
class StageBlueprint:
    """The blueprint of one stage.

    Attributes:
        stage_id: the stage.
        stage_name: its name.
        items: the stage's items by layer, in their order (every layer listed).
        teams: the owners involved, as first written.
        unsupported: the ids of the stage's touchpoints no back-stage or support item serves.
        handoffs: the hand-offs from the stage's items.
        failure_points: the ids of the stage's items that cause a pain point.
    """

    stage_id: str
    stage_name: str
    items: dict[BlueprintLayer, tuple[BlueprintItem, ...]]
    teams: tuple[str, ...]
    unsupported: tuple[str, ...]
    handoffs: tuple[Handoff, ...]
    failure_points: tuple[str, ...]

    @property
    def behind_the_scenes(self) -> tuple[BlueprintItem, ...]:
        """The stage's back-stage and support items."""
        return tuple(item for layer in BEHIND_THE_SCENES for item in self.items[layer])


@dataclass(frozen=True)
class BlueprintSummary:
    """A journey's blueprint, stage by stage, with the journey's totals."""

    stages: tuple[StageBlueprint, ...]

    @property
    def item_count(self) -> int:
        return sum(len(items) for stage in self.stages for items in stage.items.values())

    def count(self, layer: BlueprintLayer) -> int:
        """How many items the journey has in ``layer``."""
        return sum(len(stage.items[layer]) for stage in self.stages)

    @property
    def teams(self) -> tuple[str, ...]:
        """Every owner of the journey's items, once, as first written."""
        return _distinct(team for stage in self.stages for team in stage.teams)

    @property
    def unsupported(self) -> tuple[str, ...]:
        return tuple(tp_id for stage in self.stages for tp_id in stage.unsupported)

    @property
    def handoffs(self) -> tuple[Handoff, ...]:
        return tuple(handoff for stage in self.stages for handoff in stage.handoffs)

    @property
    def failure_points(self) -> tuple[str, ...]:
        return tuple(item_id for stage in self.stages for item_id in stage.failure_points)


def _distinct(names: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        if name.strip():
            seen.setdefault(fold(name), " ".join(name.split()))
    return tuple(seen.values())


def supported_touchpoints(journey: Journey) -> set[str]:
    """The touchpoints some back-stage or support item leads to, through arrows."""
    items = {item.id: item for item in journey.blueprint}
    touchpoints = set(journey.touchpoint_index())
    queue = deque(item.id for item in journey.blueprint if item.layer in BEHIND_THE_SCENES)
    seen = set(queue)
    reached: set[str] = set()
    while queue:
        for target in items[queue.popleft()].serves_ids:
            if target in touchpoints:
                reached.add(target)
            elif target in items and target not in seen:
                seen.add(target)
                queue.append(target)
    return reached


def summarise_blueprint(journey: Journey) -> BlueprintSummary:
    """The journey's blueprint stage by stage (definitions in the module docstring)."""
    items = {item.id: item for item in journey.blueprint}
    supported = supported_touchpoints(journey)
    failing = journey.failure_points()
    stages = []
    for stage in journey.stages:
        own = [item for item in journey.blueprint if item.stage_id == stage.id]
        handoffs = tuple(
            Handoff(item.id, target.id, item.owner, target.owner)
            for item in own for target_id in item.serves_ids
            if (target := items.get(target_id)) is not None and is_blueprint_handoff(item, target))
        stages.append(StageBlueprint(
            stage_id=stage.id,
            stage_name=stage.name,
            items={layer: tuple(item for item in own if item.layer is layer)
                   for layer in BlueprintLayer},
            teams=_distinct(item.owner for item in own),
            unsupported=tuple(tp.id for tp in stage.touchpoints if tp.id not in supported),
            handoffs=handoffs,
            failure_points=tuple(item.id for item in own if item.id in failing),
        ))
    return BlueprintSummary(tuple(stages))
