"""Journeys linked from a step: which journey details which step, where a journey comes from,
and the figures of a detailed journey rolled up onto the step that opens it.

A step of a lifecycle map (discover, buy, use, get help, leave) opens onto the journey that
details it, which may open onto finer ones. A step that is detailed stands for its journey:
rolled up, it counts the steps of that journey (and of the journeys below it) in its place,
each journey once. A journey that details itself, even through others, has no figures: the
links make a cycle, which :class:`LinkCycleError` names so that it can be undone.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from cxdesigner.model import Journey, MomentOfTruth, Project, Touchpoint


@dataclass(frozen=True)
class StepLink:
    """A step of ``journey`` (in ``stage``) that ``detailed`` details."""

    journey: Journey
    stage_name: str
    touchpoint: Touchpoint
    detailed: Journey


def step_links(project: Project) -> Iterator[StepLink]:
    """Every step detailed by another journey, in the project's order (links to a journey
    that does not exist are left out: the file's checks report them)."""
    journeys = {journey.id: journey for journey in project.journeys}
    for journey in project.journeys:
        for stage, touchpoint in journey.touchpoints():
            detailed = journeys.get(touchpoint.details_journey_id or "")
            if detailed is not None:
                yield StepLink(journey, stage.name, touchpoint, detailed)


def links_of(journey: Journey, journeys: dict[str, Journey]) -> Iterator[StepLink]:
    """The steps of ``journey`` that another journey of ``journeys`` details, in map order."""
    for stage, touchpoint in journey.touchpoints():
        detailed = journeys.get(touchpoint.details_journey_id or "")
        if detailed is not None:
            yield StepLink(journey, stage.name, touchpoint, detailed)


class LinkCycleError(ValueError):
    """Journeys that detail themselves through their steps: no figure can roll up.

    Attributes:
        cycle: the links, from a journey back to itself.
    """

    def __init__(self, cycle: list[StepLink]) -> None:
        self.cycle = cycle
        chain = "; ".join(f"step '{link.touchpoint.title}' of journey '{link.journey.name}' "
                          f"is detailed by journey '{link.detailed.name}'" for link in cycle)
        first = cycle[0].journey.name
        super().__init__(
            f"the links between journeys make a cycle: {chain}. Journey '{first}' would "
            "detail itself, so its figures cannot roll up: remove one of these links (select "
            "the step's card, then Detailed by journey ▸ None in its menu).")


def _reach(journey: Journey, journeys: dict[str, Journey]) -> list[Journey]:
    """``journey`` and every journey below it, each once, depth first.

    Raises:
        LinkCycleError: a journey below details one of the journeys above it.
    """
    found: dict[str, Journey] = {}
    path: list[StepLink] = []
    on_path: list[str] = []

    def visit(current: Journey) -> None:
        found[current.id] = current
        on_path.append(current.id)
        for link in links_of(current, journeys):
            target = link.detailed.id
            if target in on_path:
                start = on_path.index(target)
                raise LinkCycleError([*path[start:], link])
            if target not in found:
                path.append(link)
                visit(link.detailed)
                path.pop()
        on_path.pop()

    visit(journey)
    return list(found.values())


def find_link_cycle(project: Project) -> list[StepLink] | None:
    """The links of a cycle of journeys that detail themselves, or None when there is none."""
    journeys = {journey.id: journey for journey in project.journeys}
    for journey in project.journeys:
        try:
            _reach(journey, journeys)
        except LinkCycleError as error:
            return error.cycle
    return None


def check_no_link_cycle(project: Project) -> None:
    """Raises :class:`LinkCycleError` when journeys detail themselves through their steps."""
    cycle = find_link_cycle(project)
    if cycle is not None:
        raise LinkCycleError(cycle)


def would_make_cycle(project: Project, journey_id: str, detailed_id: str) -> bool:
    """Whether a step of journey ``journey_id`` detailed by ``detailed_id`` would close a
    cycle: ``detailed_id`` is ``journey_id`` or already leads down to it."""
    if detailed_id == journey_id:
        return True
    journeys = {journey.id: journey for journey in project.journeys}
    detailed = journeys.get(detailed_id)
    if detailed is None:
        return False
    try:
        below = _reach(detailed, journeys)
    except LinkCycleError:
        return True
    return any(journey.id == journey_id for journey in below)


@dataclass(frozen=True)
class RolledUp:
    """The figures of a journey and of the journeys below it, as its linking step shows them.

    Attributes:
        journey_ids: the journeys counted, the detailed one first, each once.
        steps: the steps counted (a detailed step counts its journey's steps instead).
        emotion: the mean emotion of the steps that have one (None: none has).
        emotions: how many steps have an emotion (the n of the mean).
        moments: how many moments of truth of each kind (none left out).
        irritants: how many pain points.
        worst_severity: the highest severity of those pain points (0: none).
    """

    journey_ids: tuple[str, ...]
    steps: int = 0
    emotion: float | None = None
    emotions: int = 0
    moments: dict[MomentOfTruth, int] = field(default_factory=dict)
    irritants: int = 0
    worst_severity: int = 0


def roll_up(project: Project, journey_id: str, persona_id: str | None = None) -> RolledUp:
    """The figures of journey ``journey_id`` and of the journeys below it, for ``persona_id``'s
    emotions (None: the steps' own).

    Raises:
        KeyError: no such journey.
        LinkCycleError: the journey details itself through others.
    """
    journeys = {journey.id: journey for journey in project.journeys}
    reached = _reach(journeys[journey_id], journeys)
    emotions: list[int] = []
    moments: dict[MomentOfTruth, int] = {kind: 0 for kind in MomentOfTruth
                                         if kind is not MomentOfTruth.NONE}
    steps = irritants = worst = 0
    for journey in reached:
        for _, touchpoint in journey.touchpoints():
            if touchpoint.details_journey_id in journeys:
                continue  # the journey below counts in its place
            steps += 1
            emotion = touchpoint.emotion_for(persona_id)
            if emotion is not None:
                emotions.append(emotion)
            if touchpoint.moment is not MomentOfTruth.NONE:
                moments[touchpoint.moment] += 1
            irritants += len(touchpoint.irritants)
            worst = max([worst, *(irritant.severity for irritant in touchpoint.irritants)])
    mean = sum(emotions) / len(emotions) if emotions else None
    return RolledUp(tuple(journey.id for journey in reached), steps, mean, len(emotions),
                    moments, irritants, worst)


def below(project: Project, journey_id: str) -> set[str]:
    """The journeys whose content changes what ``journey_id``'s linking steps show: the
    journey and every journey below it (as far as the links go without a cycle)."""
    journeys = {journey.id: journey for journey in project.journeys}
    found: set[str] = set()
    pending = [journey_id]
    while pending:
        current = pending.pop()
        if current in found or current not in journeys:
            continue
        found.add(current)
        pending += [link.detailed.id for link in links_of(journeys[current], journeys)]
    return found


def parents(project: Project, journey_id: str) -> list[StepLink]:
    """The steps that open journey ``journey_id``, in the project's order."""
    return [link for link in step_links(project) if link.detailed.id == journey_id]


def breadcrumb(project: Project, journey_id: str) -> list[StepLink]:
    """Where journey ``journey_id`` comes from, from the top: the step that opens it, the
    step that opens that step's journey, and so on (the first one at each level; a cycle
    stops the walk). Empty for a journey no step details."""
    trail: list[StepLink] = []
    seen = {journey_id}
    current = journey_id
    while True:
        above = parents(project, current)
        if not above or above[0].journey.id in seen:
            break
        trail.append(above[0])
        current = above[0].journey.id
        seen.add(current)
    trail.reverse()
    return trail
