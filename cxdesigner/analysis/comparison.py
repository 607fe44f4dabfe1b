"""Compare a current journey with a target journey: what goes, what comes, what improves.

Definitions, as the results are meant to be checked by hand:

- **folded text**: case, accents and runs of spaces ignored (:func:`fold_title`), so
  ``"Appel  au SAV"`` and ``"appel au sav"`` are the same title.
- **stage pairs**: a stage of one journey and a stage of the other with the same folded
  name, one to one in map order (with an id table from
  :func:`cxdesigner.document.targets.make_target_journey`, its pairs come first). A stage
  of one journey only is listed with None for the other.
- **touchpoint pairs**: the model keeps no link between a copied touchpoint and its
  original, so touchpoints are paired, one to one and in map order, by (1) the id table
  when one is given, then (2) the same folded title in stages of the same folded name,
  then (3) the same folded title anywhere. Untitled touchpoints pair only by the id table.
  Current touchpoints left unpaired are **removed**; target ones left unpaired are **added**.
- **irritant removed**: an irritant of the current journey whose touchpoint is removed,
  or whose folded text is not among the irritants of the paired touchpoint.
- **critical moment turned around**: a current touchpoint whose moment of truth is
  critical and whose pair is not (the pair's moment is given); a critical touchpoint that
  is removed is counted among the removed touchpoints, not here.
- **wow moment added**: a target touchpoint that is a wow moment while its pair is not
  (or that has no pair).
- **channels added / dropped**: channels used by some touchpoint of the target and none
  of the current journey, and the reverse; in map order of first use.
- **channel switches, hand-offs, loops, dead ends, unreachable steps, repeated steps**:
  as in :mod:`cxdesigner.analysis.flow_graph` (implied links count like drawn flows),
  counted in each journey; loops as found within that module's limits.
- **emotion**: the mean of the set emotions (unset ones left out, ``rated`` is the n),
  for the persona when one is given (:meth:`Touchpoint.emotion_for`); the **gain** of a
  stage pair is target mean minus current mean, None when either is missing. The persona
  changes only the emotions: moments of truth are not per persona in the model.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from cxdesigner.analysis.flow_graph import FlowAnalysis, analyse_flows, repeated_steps
from cxdesigner.analysis.journey_stats import emotion_by_stage
from cxdesigner.model import Journey, MomentOfTruth, Project, Stage, Touchpoint
from cxdesigner.model.text import fold

fold_title = fold
"""Case, accents and spacing folded: the key titles and stage names are compared by."""


@dataclass(frozen=True)
class CountChange:
    """A count in the current journey and in the target journey."""

    before: int
    after: int

    @property
    def change(self) -> int:
        """``after - before``: negative when the target has fewer."""
        return self.after - self.before


@dataclass(frozen=True)
class RemovedIrritant:
    """An irritant of the current journey that the target journey no longer has.

    Attributes:
        irritant_id: the irritant, in the current journey.
        text: its text.
        severity: its severity (1 minor … 4 blocking).
        stage_name: the stage of its touchpoint.
        touchpoint_title: the touchpoint it was on.
        touchpoint_removed: True when the whole touchpoint is gone, False when the
            touchpoint is still there without this irritant.
    """

    irritant_id: str
    text: str
    severity: int
    stage_name: str
    touchpoint_title: str
    touchpoint_removed: bool


@dataclass(frozen=True)
class TurnedMoment:
    """A critical moment of the current journey whose paired target touchpoint is not critical."""

    touchpoint_title: str
    target_title: str
    new_moment: MomentOfTruth


@dataclass(frozen=True)
class RepeatedStep:
    """A title several touchpoints of one journey share (as first written), and how many."""

    title: str
    count: int


@dataclass(frozen=True)
class StageEmotionGain:
    """The mean emotion of a stage pair and its gain; a side is None when the stage is absent.

    Attributes:
        stage_name: the current stage's name, or the target's when only it exists.
        current_stage_id: the stage in the current journey, None if only in the target.
        target_stage_id: the stage in the target journey, None if only in the current.
        current_mean: mean emotion of the current stage (-3 … +3), None if nothing is rated.
        current_rated: how many of its touchpoints have an emotion (the n of the mean).
        target_mean: mean emotion of the target stage.
        target_rated: the n of the target mean.
        gain: ``target_mean - current_mean``, None when either is None.
    """

    stage_name: str
    current_stage_id: str | None
    target_stage_id: str | None
    current_mean: float | None
    current_rated: int
    target_mean: float | None
    target_rated: int
    gain: float | None


@dataclass(frozen=True)
class JourneyComparison:
    """What changes from a current journey to a target journey (see the module's definitions).

    Touchpoints, irritants and moments are listed in the map order of their journey;
    ``current_flows`` and ``target_flows`` hold what each journey's flow graph says (the
    switches, loops, dead ends… the counts are made of).
    """

    current_id: str
    target_id: str
    persona_id: str | None
    touchpoint_pairs: tuple[tuple[str, str], ...]
    touchpoints_removed: tuple[str, ...]
    touchpoints_added: tuple[str, ...]
    irritants: CountChange
    irritants_removed: tuple[RemovedIrritant, ...]
    critical_turned_around: tuple[TurnedMoment, ...]
    wow_added: tuple[str, ...]
    channels_added: tuple[str, ...]
    channels_dropped: tuple[str, ...]
    channel_switches: CountChange
    handoffs: CountChange
    loops: CountChange
    dead_ends: CountChange
    unreachable: CountChange
    repeated_before: tuple[RepeatedStep, ...]
    repeated_after: tuple[RepeatedStep, ...]
    stage_emotions: tuple[StageEmotionGain, ...]
    emotion_before: float | None
    emotion_after: float | None
    current_flows: FlowAnalysis
    target_flows: FlowAnalysis

    @property
    def irritants_removed_count(self) -> int:
        """How many irritants of the current journey are gone."""
        return len(self.irritants_removed)


def _pair_in_order(left: Iterable[tuple[str, tuple[str, ...]]],
                   right: Iterable[tuple[str, tuple[str, ...]]],
                   pairs: dict[str, str]) -> None:
    """Pair ids of ``left`` and ``right`` with equal keys, one to one in order, into ``pairs``.

    Ids already in ``pairs`` (as key or value) and empty keys are skipped.
    """
    taken = set(pairs.values())
    waiting: dict[tuple[str, ...], deque[str]] = {}
    for right_id, key in right:
        if right_id not in taken and all(key):
            waiting.setdefault(key, deque()).append(right_id)
    for left_id, key in left:
        queue = waiting.get(key)
        if left_id not in pairs and queue:
            pairs[left_id] = queue.popleft()


def pair_stages(current: Journey, target: Journey,
                id_map: Mapping[str, str] | None = None) -> list[tuple[Stage | None, Stage | None]]:
    """The stages of both journeys side by side, paired as the module docstring says.

    Rows follow the current journey's order; a stage only in the target comes right after
    the row of the nearest earlier target stage that has a pair (first if none).
    """
    target_ids = {stage.id for stage in target.stages}
    pairs = {stage.id: id_map[stage.id] for stage in current.stages
             if id_map is not None and id_map.get(stage.id) in target_ids}
    _pair_in_order(((s.id, (fold(s.name),)) for s in current.stages),
                   ((s.id, (fold(s.name),)) for s in target.stages), pairs)
    by_target = {target_id: current_id for current_id, target_id in pairs.items()}
    target_by_id = {stage.id: stage for stage in target.stages}
    # Target-only stages, keyed by the current stage they follow (None: before all).
    after: dict[str | None, list[Stage]] = {}
    anchor: str | None = None
    for stage in target.stages:
        if stage.id in by_target:
            anchor = by_target[stage.id]
        else:
            after.setdefault(anchor, []).append(stage)
    rows: list[tuple[Stage | None, Stage | None]] = [(None, s) for s in after.get(None, [])]
    for stage in current.stages:
        paired = pairs.get(stage.id)
        rows.append((stage, target_by_id[paired] if paired is not None else None))
        rows += [(None, s) for s in after.get(stage.id, [])]
    return rows


def pair_touchpoints(current: Journey, target: Journey,
                     id_map: Mapping[str, str] | None = None) -> dict[str, str]:
    """Current touchpoint id -> paired target touchpoint id, as the module docstring says."""
    target_ids = set(target.touchpoint_index())
    pairs: dict[str, str] = {}
    if id_map is not None:
        for _, touchpoint in current.touchpoints():
            copy_id = id_map.get(touchpoint.id)
            if copy_id is not None and copy_id in target_ids:
                pairs[touchpoint.id] = copy_id
                target_ids.discard(copy_id)  # one to one, even with an odd table
    keys: tuple[Callable[[Stage, Touchpoint], tuple[str, ...]], ...] = (
        lambda stage, tp: (fold(stage.name) or "\0", fold(tp.title)),  # unnamed stages match
        lambda _, tp: (fold(tp.title),),
    )
    for key in keys:
        _pair_in_order(((tp.id, key(stage, tp)) for stage, tp in current.touchpoints()),
                       ((tp.id, key(stage, tp)) for stage, tp in target.touchpoints()), pairs)
    return pairs


def _mean_emotion(journey: Journey, persona_id: str | None) -> float | None:
    values = [emotion for _, tp in journey.touchpoints()
              if (emotion := tp.emotion_for(persona_id)) is not None]
    return sum(values) / len(values) if values else None


def _channels(journey: Journey) -> list[str]:
    """Channel ids used by the journey's touchpoints, in map order of first use."""
    return list(dict.fromkeys(tp.channel_id for _, tp in journey.touchpoints()
                              if tp.channel_id is not None))


def _repeated(journey: Journey) -> tuple[RepeatedStep, ...]:
    index = journey.touchpoint_index()
    return tuple(RepeatedStep(index[group[0]].title, len(group))
                 for group in repeated_steps(journey))


def _removed_irritants(current: Journey, target: Journey,
                       pairs: Mapping[str, str]) -> tuple[RemovedIrritant, ...]:
    target_index = target.touchpoint_index()
    removed = []
    for stage, touchpoint in current.touchpoints():
        pair = target_index.get(pairs.get(touchpoint.id, ""))
        kept = set() if pair is None else {fold(irritant.text) for irritant in pair.irritants}
        removed += [RemovedIrritant(irritant.id, irritant.text, irritant.severity, stage.name,
                                    touchpoint.title, pair is None)
                    for irritant in touchpoint.irritants if fold(irritant.text) not in kept]
    return tuple(removed)


def _stage_emotions(current: Journey, target: Journey, persona_id: str | None,
                    id_map: Mapping[str, str] | None) -> tuple[StageEmotionGain, ...]:
    before = {row.stage_id: row for row in emotion_by_stage(current, persona_id)}
    after = {row.stage_id: row for row in emotion_by_stage(target, persona_id)}
    rows = []
    for old, new in pair_stages(current, target, id_map):
        old_row = before[old.id] if old is not None else None
        new_row = after[new.id] if new is not None else None
        old_mean = old_row.mean if old_row is not None else None
        new_mean = new_row.mean if new_row is not None else None
        named = old if old is not None else new
        assert named is not None  # a row always has at least one side
        rows.append(StageEmotionGain(
            stage_name=named.name,
            current_stage_id=old.id if old is not None else None,
            target_stage_id=new.id if new is not None else None,
            current_mean=old_mean,
            current_rated=old_row.rated if old_row is not None else 0,
            target_mean=new_mean,
            target_rated=new_row.rated if new_row is not None else 0,
            gain=new_mean - old_mean if new_mean is not None and old_mean is not None else None,
        ))
    return tuple(rows)


def origin_map(target: Journey) -> dict[str, str]:
    """Current id -> target id, from the ``origin_id`` each copied stage and step keeps."""
    links = {stage.origin_id: stage.id for stage in target.stages if stage.origin_id}
    links.update({tp.origin_id: tp.id for _, tp in target.touchpoints() if tp.origin_id})
    return links


def compare_journeys(project: Project, current: Journey, target: Journey,
                     persona_id: str | None = None,
                     id_map: Mapping[str, str] | None = None) -> JourneyComparison:
    """What changes from ``current`` to ``target`` (definitions in the module docstring).

    Args:
        project: the project, for channel names.
        current: the journey of today ("parcours actuel").
        target: the journey designed ("parcours cible"); any journey may be compared.
        persona_id: compare the emotions this persona feels (its own values where set).
        id_map: old id -> new id, to pair copied stages and touchpoints even after they
            were renamed; by default the target's ``origin_id`` links.
    """
    if id_map is None:
        id_map = origin_map(target)
    pairs = pair_touchpoints(current, target, id_map)
    paired_targets = {new: old for old, new in pairs.items()}
    current_index = current.touchpoint_index()
    target_index = target.touchpoint_index()
    turned = tuple(
        TurnedMoment(tp.title, target_index[pairs[tp.id]].title,
                     target_index[pairs[tp.id]].moment)
        for _, tp in current.touchpoints()
        if tp.moment is MomentOfTruth.CRITICAL and tp.id in pairs
        and target_index[pairs[tp.id]].moment is not MomentOfTruth.CRITICAL)
    wow_added = tuple(
        tp.title for _, tp in target.touchpoints()
        if tp.moment is MomentOfTruth.WOW
        and (tp.id not in paired_targets
             or current_index[paired_targets[tp.id]].moment is not MomentOfTruth.WOW))
    names = project.channel_names()
    before_channels, after_channels = _channels(current), _channels(target)
    before, after = analyse_flows(current), analyse_flows(target)
    return JourneyComparison(
        current_id=current.id,
        target_id=target.id,
        persona_id=persona_id,
        touchpoint_pairs=tuple(pairs.items()),
        touchpoints_removed=tuple(tp.title for _, tp in current.touchpoints()
                                  if tp.id not in pairs),
        touchpoints_added=tuple(tp.title for _, tp in target.touchpoints()
                                if tp.id not in paired_targets),
        irritants=CountChange(sum(len(tp.irritants) for _, tp in current.touchpoints()),
                              sum(len(tp.irritants) for _, tp in target.touchpoints())),
        irritants_removed=_removed_irritants(current, target, pairs),
        critical_turned_around=turned,
        wow_added=wow_added,
        channels_added=tuple(names.get(c, c) for c in after_channels
                             if c not in before_channels),
        channels_dropped=tuple(names.get(c, c) for c in before_channels
                               if c not in after_channels),
        channel_switches=CountChange(len(before.channel_switches),
                                     len(after.channel_switches)),
        handoffs=CountChange(len(before.handoffs), len(after.handoffs)),
        loops=CountChange(len(before.loops.loops), len(after.loops.loops)),
        dead_ends=CountChange(len(before.dead_ends), len(after.dead_ends)),
        unreachable=CountChange(len(before.unreachable), len(after.unreachable)),
        repeated_before=_repeated(current),
        repeated_after=_repeated(target),
        stage_emotions=_stage_emotions(current, target, persona_id, id_map),
        emotion_before=_mean_emotion(current, persona_id),
        emotion_after=_mean_emotion(target, persona_id),
        current_flows=before,
        target_flows=after,
    )
