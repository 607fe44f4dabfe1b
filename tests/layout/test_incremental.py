"""The layout tracker: after any edit its layout equals a fresh one, and it says what moved."""

from __future__ import annotations

import itertools
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from cxdesigner.layout import layout_journey
from cxdesigner.layout.flows import assign_tracks, first_fit
from cxdesigner.layout.incremental import LayoutChanges, LayoutTracker
from cxdesigner.layout.map_layout import MapLayout
from cxdesigner.model import (
    BlueprintItem,
    BlueprintLayer,
    Flow,
    FlowKind,
    Irritant,
    Journey,
    Lane,
    LaneSetting,
    Stage,
    StickyNote,
    Touchpoint,
    Verbatim,
    default_lanes,
)

CHANNELS = ("web", "shop", "phone", None)


def _touchpoint(rng: random.Random, number: int) -> Touchpoint:
    return Touchpoint(id=f"t{number}", title=f"Point {number}",
                      channel_id=rng.choice(CHANNELS),
                      interlocutor_id=rng.choice(("a", "b", None)),
                      emotion=rng.choice((None, -2, 0, 3)),
                      verbatims=[Verbatim(text="v")] * rng.choice((0, 0, 1, 2, 5)),
                      irritants=[Irritant(text="i")] * rng.choice((0, 0, 1, 3)),
                      ends_path=rng.random() < 0.1)


def _journey(rng: random.Random, counter: list[int]) -> Journey:
    stages = []
    for s in range(rng.randint(0, 6)):
        touchpoints = []
        for _ in range(rng.choice((0, 1, 3, 8, 20))):
            counter[0] += 1
            touchpoints.append(_touchpoint(rng, counter[0]))
        stages.append(Stage(id=f"s{s}", name=f"Étape {s}", touchpoints=touchpoints))
    journey = Journey(id="j", name="Parcours", stages=stages)
    ids = [tp.id for _, tp in journey.touchpoints()]
    # Drawn card to card, or typed (implied links), or a bit of both.
    linked = rng.choice((0.0, 0.5, 1.0))
    flows = [Flow(id=f"f{i}", source_id=a, target_id=b)
             for i, (a, b) in enumerate(itertools.pairwise(ids)) if rng.random() < linked]
    for i in range(rng.randint(0, 25) if ids else 0):
        flows.append(Flow(id=f"g{i}", source_id=rng.choice(ids), target_id=rng.choice(ids),
                          kind=rng.choice(list(FlowKind))))
    journey.flows = flows
    journey.notes = [StickyNote(id=f"n{i}", text="Note",
                                stage_id=rng.choice([None, *(s.id for s in stages), "nowhere"]))
                     for i in range(rng.randint(0, 6))]
    journey.blueprint = [_blueprint_item(rng, journey, f"b{i}") for i in range(rng.randint(0, 8))
                         if stages]
    journey.show_blueprint = rng.random() < 0.7
    return journey


def _blueprint_item(rng: random.Random, journey: Journey, item_id: str) -> BlueprintItem:
    """An item of a random stage and layer serving a few touchpoints and items (some of them
    gone: the map shows what it can while an edit is in progress)."""
    targets = [tp.id for _, tp in journey.touchpoints()] + [b.id for b in journey.blueprint]
    return BlueprintItem(
        id=item_id, layer=rng.choice(list(BlueprintLayer)), title="Coulisses",
        stage_id=rng.choice([*(s.id for s in journey.stages), "nowhere"]),
        owner=rng.choice(("", "Entrepôt", "DSI")),
        serves_ids=list(dict.fromkeys(rng.sample(targets, min(len(targets), rng.randint(0, 3)))
                                      + ["gone"] * (rng.random() < 0.1))))


def _edit(rng: random.Random, journey: Journey, counter: list[int]) -> None:
    """One edit the way the document makes it: lists changed in place, entities replaced."""
    stages = journey.stages
    places = [(stage, index) for stage in stages for index in range(len(stage.touchpoints))]
    ids = [stage.touchpoints[index].id for stage, index in places]
    kind = rng.randrange(15)
    if kind == 0 and places and stages:  # move one or a few touchpoints
        moving = rng.sample(places, min(len(places), rng.randint(1, 3)))
        taken = [stage.touchpoints[index] for stage, index in moving]
        for tp in taken:
            for stage in stages:
                if tp in stage.touchpoints:
                    stage.touchpoints.remove(tp)
        target = rng.choice(stages)
        at = rng.randint(0, len(target.touchpoints))
        target.touchpoints[at:at] = taken
    elif kind == 1 and stages:  # add a touchpoint
        counter[0] += 1
        stage = rng.choice(stages)
        stage.touchpoints.insert(rng.randint(0, len(stage.touchpoints)),
                                 _touchpoint(rng, counter[0]))
    elif kind == 2 and places:  # delete touchpoints with their flows
        gone = set()
        for stage, index in sorted(rng.sample(places, min(len(places), rng.randint(1, 2))),
                                   key=lambda place: -place[1]):
            gone.add(stage.touchpoints[index].id)
        for stage in stages:
            stage.touchpoints[:] = [tp for tp in stage.touchpoints if tp.id not in gone]
        journey.flows[:] = [f for f in journey.flows
                            if f.source_id not in gone and f.target_id not in gone]
    elif kind == 3 and places:  # edit a touchpoint: a replaced object
        stage, index = rng.choice(places)
        old = stage.touchpoints[index]
        changes = rng.choice(({"channel_id": rng.choice(CHANNELS)}, {"title": "Autre"},
                              {"verbatims": [Verbatim(text="w")] * rng.randint(0, 6)},
                              {"interlocutor_id": rng.choice(("a", "b", None))},
                              {"ends_path": not old.ends_path}))
        stage.touchpoints[index] = old.model_copy(update=changes)
    elif kind == 4 and ids:  # add a flow
        counter[0] += 1
        journey.flows.insert(rng.randint(0, len(journey.flows)), Flow(
            id=f"h{counter[0]}", source_id=rng.choice(ids), target_id=rng.choice(ids),
            kind=rng.choice(list(FlowKind))))
    elif kind == 5 and journey.flows:  # delete a flow
        del journey.flows[rng.randrange(len(journey.flows))]
    elif kind == 6 and journey.flows and ids:  # edit a flow
        index = rng.randrange(len(journey.flows))
        journey.flows[index] = journey.flows[index].model_copy(update=rng.choice((
            {"kind": rng.choice(list(FlowKind))}, {"label": "Relais"},
            {"target_id": rng.choice(ids)})))
    elif kind == 7:  # add a stage, empty or not
        counter[0] += 1
        touchpoints = [_touchpoint(rng, counter[0] * 1000 + i) for i in range(rng.randint(0, 3))]
        stages.insert(rng.randint(0, len(stages)),
                      Stage(id=f"x{counter[0]}", name="Nouvelle", touchpoints=touchpoints))
    elif kind == 8 and stages:  # delete a stage with its touchpoints, flows and notes
        stage = stages.pop(rng.randrange(len(stages)))
        gone = {tp.id for tp in stage.touchpoints}
        journey.flows[:] = [f for f in journey.flows
                            if f.source_id not in gone and f.target_id not in gone]
        journey.notes[:] = [n for n in journey.notes if n.stage_id != stage.id]
    elif kind == 9 and len(stages) > 1:  # move a stage
        stage = stages.pop(rng.randrange(len(stages)))
        stages.insert(rng.randint(0, len(stages)), stage)
    elif kind == 10:  # notes
        if journey.notes and rng.random() < 0.5:
            index = rng.randrange(len(journey.notes))
            journey.notes[index] = journey.notes[index].model_copy(
                update={"stage_id": rng.choice([None, *(s.id for s in stages)])})
        else:
            counter[0] += 1
            journey.notes.append(StickyNote(id=f"m{counter[0]}", text="Note",
                                            stage_id=rng.choice([None, *(s.id for s in stages)])))
    elif kind == 11:  # lanes shown, hidden, reordered
        lanes = [LaneSetting(lane=s.lane, visible=rng.random() < 0.8) for s in default_lanes()]
        rng.shuffle(lanes)
        journey.lanes = lanes if rng.random() < 0.5 else default_lanes()
    elif kind == 12 and len(ids) > 2:  # a far loop: back from the end to the start
        counter[0] += 1
        journey.flows.append(Flow(id=f"loop{counter[0]}", source_id=ids[-1], target_id=ids[0],
                                  kind=FlowKind.BACK))
    elif kind == 13 and stages:  # the blueprint: an item added, replaced or removed
        counter[0] += 1
        item = _blueprint_item(rng, journey, f"b{counter[0]}")
        if journey.blueprint and rng.random() < 0.6:
            index = rng.randrange(len(journey.blueprint))
            if rng.random() < 0.5:
                del journey.blueprint[index]
            else:
                journey.blueprint[index] = item.model_copy(
                    update={"id": journey.blueprint[index].id})
        else:
            journey.blueprint.insert(rng.randint(0, len(journey.blueprint)), item)
    elif kind == 14:  # the blueprint shown or hidden
        journey.show_blueprint = not journey.show_blueprint


def _check(before: MapLayout | None, after: MapLayout, changes: LayoutChanges) -> None:
    """Everything that differs between two layouts is named in the changes."""
    if before is None or changes.full:
        return
    for tp_id, box in after.touchpoints.items():
        if before.touchpoints.get(tp_id) != box:
            assert tp_id in changes.touchpoints, tp_id
    assert set(before.touchpoints) - set(after.touchpoints) <= changes.removed_touchpoints
    old_stages = {box.stage_id: box for box in before.stages}
    for box in after.stages:
        if old_stages.get(box.stage_id) != box:
            assert box.stage_id in changes.stages, box.stage_id
    old_routes = {route.flow_id: route for route in before.flows}
    new_routes = {route.flow_id: route for route in after.flows}
    for flow_id, route in new_routes.items():
        if old_routes.get(flow_id) != route:
            assert flow_id in changes.flows, flow_id
    assert set(old_routes) - set(new_routes) <= changes.removed_flows
    if before.notes != after.notes:
        assert changes.notes
    if before.lanes != after.lanes:
        assert changes.lanes
    if (before.width, before.height) != (after.width, after.height):
        assert changes.bounds
    if before.blueprint != after.blueprint:
        assert changes.blueprint
    for source_id in set(before.implied_links) | set(after.implied_links):
        if before.implied_links.get(source_id) != after.implied_links.get(source_id):
            assert source_id in changes.implied_links, source_id


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_the_tracker_matches_a_fresh_layout_after_any_edit(seed: int) -> None:
    rng = random.Random(seed)
    counter = [0]
    journey = _journey(rng, counter)
    tracker = LayoutTracker()
    tracker.update(journey)
    assert tracker.layout == layout_journey(journey)
    for _ in range(25):
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            _edit(rng, journey, counter)
        before = tracker.layout
        changes = tracker.update(journey)
        assert tracker.layout == layout_journey(journey)
        assert tracker.layout is not None
        _check(before, tracker.layout, changes)


def test_an_unchanged_journey_changes_nothing() -> None:
    journey = _journey(random.Random(4), [0])
    tracker = LayoutTracker()
    tracker.update(journey)
    assert not tracker.update(journey).any


def test_a_move_to_the_next_stage_touches_only_what_lies_between() -> None:
    stages = [Stage(id=f"s{s}", name="Étape", touchpoints=[
        Touchpoint(id=f"t{s}-{i}", title="Point") for i in range(10)]) for s in range(8)]
    journey = Journey(id="j", name="Parcours", stages=stages)
    ids = [tp.id for _, tp in journey.touchpoints()]
    journey.flows = [Flow(source_id=a, target_id=b) for a, b in itertools.pairwise(ids)]
    # Jumps over cards and a loop under them, far away: the map already has the tracks the
    # moved card's flows need (two over the cards, one under).
    journey.flows += [Flow(source_id="t0-0", target_id="t0-5"),
                      Flow(source_id="t0-1", target_id="t0-4"),
                      Flow(source_id="t7-5", target_id="t7-0", kind=FlowKind.BACK)]
    tracker = LayoutTracker()
    tracker.update(journey)
    moving = stages[3].touchpoints.pop(5)
    stages[4].touchpoints.insert(5, moving)
    changes = tracker.update(journey)
    assert tracker.layout == layout_journey(journey)
    assert not changes.full and not changes.lanes and not changes.bounds
    # The card and the ones it jumped over: the four after it in its stage, five in the next.
    assert changes.touchpoints == {"t3-5", *(f"t3-{i}" for i in range(6, 10)),
                                   *(f"t4-{i}" for i in range(5))}
    assert changes.stages == {"s3", "s4"}
    assert len(changes.flows) <= 2 * len(changes.touchpoints) + 2


def test_a_far_loop_keeps_tracks_exact() -> None:
    rng = random.Random(9)
    journey = _journey(rng, [0])
    ids = [tp.id for _, tp in journey.touchpoints()]
    if len(ids) > 2:
        journey.flows.append(Flow(source_id=ids[-1], target_id=ids[0], kind=FlowKind.BACK))
    tracker = LayoutTracker()
    tracker.update(journey)
    counter = [1000]  # one counter for every edit: ids stay unique, as in a real journey
    for _ in range(20):
        _edit(rng, journey, counter)
        tracker.update(journey)
        assert tracker.layout == layout_journey(journey)


def test_first_fit_reports_when_tracks_run_out() -> None:
    spans = [(0, 9), (1, 8), (2, 7)]
    assert first_fit(spans, 3) == ([2, 1, 0], False)
    tracks, overflow = first_fit(spans, 2)
    assert overflow and tracks == assign_tracks(spans, 2) == [0, 1, 0]


def test_hidden_cards_lane_leaves_no_routes() -> None:
    journey = _journey(random.Random(2), [0])
    tracker = LayoutTracker()
    tracker.update(journey)
    journey.lanes = [s for s in default_lanes() if s.lane is not Lane.TOUCHPOINTS]
    tracker.update(journey)
    assert tracker.layout == layout_journey(journey)
    assert tracker.layout is not None and not tracker.layout.flows
