"""The layout tracker: after any edit its layout equals a fresh one, and it says what moved."""

from __future__ import annotations

import dataclasses
import itertools
import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cxdesigner.layout import ImpliedLink, RouteShape, layout_journey, path_links, placed
from cxdesigner.layout.flows import assign_tracks, first_fit
from cxdesigner.layout.incremental import LayoutChanges, LayoutTracker
from cxdesigner.layout.map_layout import MapLayout, TouchpointBox
from cxdesigner.layout.placed import translated
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


def _moved(box: TouchpointBox, dx: float) -> TouchpointBox:
    return dataclasses.replace(
        box, column=box.column + round(dx / box.slot.width),
        slot=dataclasses.replace(box.slot, x=box.slot.x + dx),
        card=dataclasses.replace(box.card, x=box.card.x + dx))


def _check(before: MapLayout | None, after: MapLayout, changes: LayoutChanges) -> None:
    """Everything that differs between two layouts is named in the changes: a touchpoint or
    flow that only moved with its stage, by its stage."""
    if before is None or changes.full:
        return
    old_stages = {box.stage_id: box for box in before.stages}
    for box in after.stages:
        if old_stages.get(box.stage_id) != box:
            assert box.stage_id in changes.stages, box.stage_id

    def shift(stage_id: str) -> float:
        """How far a stage named in the changes moved along the map."""
        assert stage_id in changes.stages, stage_id
        box = after.stage(stage_id)
        assert box is not None
        return box.column.x - old_stages[stage_id].column.x

    for tp_id, box in after.touchpoints.items():
        old = before.touchpoints.get(tp_id)
        if old != box and tp_id not in changes.touchpoints:
            assert old is not None and old.stage_id == box.stage_id, tp_id
            assert _moved(old, shift(box.stage_id)) == box, tp_id
    assert set(before.touchpoints) - set(after.touchpoints) <= changes.removed_touchpoints
    old_routes = {route.flow_id: route for route in before.flows}
    new_routes = {route.flow_id: route for route in after.flows}
    for flow_id, route in new_routes.items():
        old_route = old_routes.get(flow_id)
        if old_route != route and flow_id not in changes.flows:
            stage_id = after.touchpoints[route.source_id].stage_id
            assert old_route is not None, flow_id
            assert before.touchpoints[old_route.source_id].stage_id == stage_id, flow_id
            assert translated(old_route, shift(stage_id)) == route, flow_id
    assert set(old_routes) - set(new_routes) <= changes.removed_flows
    if not changes.notes:  # notes that moved moved with their stage
        old_notes = {box.note_id: box.rect for box in before.notes}
        assert [box.note_id for box in after.notes] == list(old_notes)
        for box in after.notes:
            old_rect = old_notes[box.note_id]
            if old_rect != box.rect:
                stage = after.stage_at(box.rect.x)
                assert stage is not None
                assert dataclasses.replace(old_rect, x=old_rect.x + shift(stage.stage_id)) \
                    == box.rect
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


def _on_the_path(rng: random.Random, touchpoint: Touchpoint) -> Touchpoint:
    """The card with a channel, an interlocutor and maybe the end of the path: what its
    implied links carry (switches, hand-offs, broken links)."""
    return touchpoint.model_copy(update={"channel_id": rng.choice(CHANNELS),
                                         "interlocutor_id": rng.choice(("a", "b", None)),
                                         "ends_path": rng.random() < 0.15})


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_cards_added_and_removed_anywhere_keep_the_layout_exact(seed: int) -> None:
    """Many stages and many flows across them, jumps and loops of every length, cards linked
    by their order only (implied links, some broken) and a blueprint serving cards: adding
    and removing cards moves later stages along, and routes, implied links and the
    blueprint stay those of a fresh layout."""
    rng = random.Random(seed)
    journey = _long_journey(stages=rng.randint(3, 12), per_stage=rng.randint(1, 6))
    counter = [0]
    for stage in journey.stages:
        del stage.touchpoints[rng.randint(0, len(stage.touchpoints)):]
        stage.touchpoints[:] = [_on_the_path(rng, tp) for tp in stage.touchpoints]
    ids = [tp.id for _, tp in journey.touchpoints()]
    drawn = rng.choice((0.0, 0.5, 1.0))  # "next step" flows drawn, or left to the map's order
    journey.flows[:] = [f for f in journey.flows if f.source_id in ids and f.target_id in ids
                        and rng.random() < drawn]
    for number in range(rng.randint(0, 40) if ids else 0):
        journey.flows.append(Flow(id=f"x{number}", source_id=rng.choice(ids),
                                  target_id=rng.choice(ids), kind=rng.choice(list(FlowKind))))
    journey.blueprint = [_blueprint_item(rng, journey, f"b{i}") for i in range(rng.randint(0, 8))]
    journey.show_blueprint = rng.random() < 0.6
    tracker = LayoutTracker()
    tracker.update(journey)
    for _ in range(30):
        stage = rng.choice(journey.stages)
        if stage.touchpoints and rng.random() < 0.45:
            gone = stage.touchpoints.pop(rng.randrange(len(stage.touchpoints)))
            journey.flows[:] = [f for f in journey.flows
                                if gone.id not in (f.source_id, f.target_id)]
            journey.blueprint[:] = [item.model_copy(update={"serves_ids": [
                served for served in item.serves_ids if served != gone.id]})
                if gone.id in item.serves_ids else item for item in journey.blueprint]
        else:
            counter[0] += 1
            new = _on_the_path(rng, Touchpoint(id=f"n{counter[0]}", title="Nouveau"))
            stage.touchpoints.insert(rng.randint(0, len(stage.touchpoints)), new)
            ids = [tp.id for _, tp in journey.touchpoints()]
            for _ in range(rng.choice((0, 1, 2))):
                ends = [new.id, rng.choice(ids)]
                rng.shuffle(ends)
                journey.flows.insert(rng.randint(0, len(journey.flows)), Flow(
                    id=f"y{counter[0]}-{len(journey.flows)}", source_id=ends[0],
                    target_id=ends[1], kind=rng.choice(list(FlowKind))))
            if rng.random() < 0.3:  # in the same update: the blueprint serves the new card
                journey.blueprint.append(BlueprintItem(
                    id=f"c{counter[0]}", layer=rng.choice(list(BlueprintLayer)),
                    title="Coulisses", stage_id=rng.choice(journey.stages).id,
                    serves_ids=[new.id]))
        if journey.flows and rng.random() < 0.3:  # in the same update: a flow taken away
            del journey.flows[rng.randrange(len(journey.flows))]
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


def _long_journey(stages: int = 8, per_stage: int = 10) -> Journey:
    """Stages of cards in a row, each card leading to the next."""
    journey = Journey(id="j", name="Parcours", stages=[
        Stage(id=f"s{s}", name="Étape", touchpoints=[
            Touchpoint(id=f"t{s}-{i}", title="Point") for i in range(per_stage)])
        for s in range(stages)])
    ids = [tp.id for _, tp in journey.touchpoints()]
    journey.flows = [Flow(id=f"f-{a}", source_id=a, target_id=b)
                     for a, b in itertools.pairwise(ids)]
    return journey


def test_a_move_to_the_next_stage_touches_only_what_lies_between() -> None:
    journey = _long_journey()
    stages = journey.stages
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
    # The card, the four after it in its stage and the five after its new place in the
    # next one moved within their stages; the next stage's first five moved with it.
    assert changes.touchpoints == {"t3-5", *(f"t3-{i}" for i in range(6, 10)),
                                   *(f"t4-{i}" for i in range(5, 10))}
    assert changes.stages == {"s3", "s4"}
    assert len(changes.flows) <= 2 * len(changes.touchpoints) + 2


def test_adding_a_card_lays_out_its_stage_and_moves_the_later_ones(
        monkeypatch: pytest.MonkeyPatch) -> None:
    journey = _long_journey(stages=12)
    # A jump and a loop within later stages move with them; a loop across the new card
    # grows by one column.
    journey.flows += [Flow(id="jump", source_id="t8-1", target_id="t8-6"),
                      Flow(id="loop", source_id="t10-2", target_id="t9-4", kind=FlowKind.BACK),
                      Flow(id="across", source_id="t6-0", target_id="t1-5", kind=FlowKind.BACK)]
    tracker = LayoutTracker()
    tracker.update(journey)
    made: list[str] = []
    original = placed.touchpoint_box

    def counted(touchpoint_id: str, *args: Any) -> TouchpointBox:
        made.append(touchpoint_id)
        return original(touchpoint_id, *args)

    monkeypatch.setattr(placed, "touchpoint_box", counted)
    journey.stages[2].touchpoints.insert(3, Touchpoint(id="new", title="Nouveau"))
    changes = tracker.update(journey)
    # Only the stage that changed and the stages of the ends of re-routed flows were laid
    # out again: here stage 2 (the new card), 3 (the flow to it) and 1 and 6 (the loop
    # across it).
    assert set(made) <= {tp.id for s in (1, 2, 3, 6) for tp in journey.stages[s].touchpoints}
    assert changes.touchpoints == {"new", *(f"t2-{i}" for i in range(3, 10))}
    assert changes.stages == {f"s{s}" for s in range(2, 12)}
    # The flows from the cards that moved in their stage, the one now jumping over the new
    # card and the loop across it; not those moving with the later stages.
    assert changes.flows == {*(f"f-t2-{i}" for i in range(2, 10)), "across"}
    assert not changes.full and not changes.touchpoints & changes.removed_touchpoints
    assert tracker.layout == layout_journey(journey)
    _check_whole_undo(tracker, journey)


def test_adding_a_card_works_out_only_the_implied_links_around_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    journey = _long_journey(stages=12)
    journey.flows = []  # every card leads to the next by the map's order alone
    tracker = LayoutTracker()
    tracker.update(journey)
    worked_out: list[str] = []
    original = path_links.implied_link

    def counted(source: Touchpoint, *args: Any) -> ImpliedLink | None:
        worked_out.append(source.id)
        return original(source, *args)

    monkeypatch.setattr(path_links, "implied_link", counted)
    for undo in (False, True):
        if undo:
            journey.stages[2].touchpoints.pop(3)
        else:
            journey.stages[2].touchpoints.insert(3, Touchpoint(id="new", title="Nouveau"))
        changes = tracker.update(journey)
        # The cards of the stage that changed and those on either side of it: not the map.
        assert set(worked_out) <= {"new", *(tp.id for tp in journey.stages[2].touchpoints),
                                   "t1-9", "t3-0"}
        assert changes.implied_links == {"t2-2", "new"}
        assert tracker.layout == layout_journey(journey)
        worked_out.clear()
    links = tracker.layout.implied_links if tracker.layout is not None else {}
    assert links["t2-2"].target_id == "t2-3" and "new" not in links


def _check_whole_undo(tracker: LayoutTracker, journey: Journey) -> None:
    """Taking the card out again gives the first layout back, naming the same things."""
    before = tracker.layout
    journey.stages[2].touchpoints.pop(3)
    changes = tracker.update(journey)
    assert tracker.layout == layout_journey(journey)
    assert changes.removed_touchpoints == {"new"}
    assert changes.touchpoints == {f"t2-{i}" for i in range(3, 10)}
    assert changes.stages == {f"s{s}" for s in range(2, 12)}
    assert tracker.layout is not None
    _check(before, tracker.layout, changes)


def test_a_flow_taken_away_as_later_stages_move_frees_its_track() -> None:
    journey = _long_journey(stages=6, per_stage=4)
    # A short jump from stage 0 into stage 1 takes the track nearest the cards; a longer
    # one from the same card of stage 1 goes above it. No other flow links the two stages.
    # Jumps in the last stages keep the map over the size where every track is assigned
    # again at each edit.
    journey.flows[:] = [flow for flow in journey.flows if flow.source_id != "t0-3"]
    journey.flows += [Flow(id="short", source_id="t0-1", target_id="t1-0"),
                      Flow(id="long", source_id="t1-0", target_id="t2-0")]
    journey.flows += [Flow(id=f"far{i}", source_id=f"t{4 + i % 2}-0", target_id=f"t{4 + i % 2}-2")
                      for i in range(20)]
    tracker = LayoutTracker()
    tracker.update(journey)
    short, long = tracker.route("short"), tracker.route("long")
    assert short is not None and long is not None and long.points[1].y < short.points[1].y
    # In one update: the short jump goes, and a card at the end of stage 0 moves the
    # long one along; alone now, it comes down to the track nearest the cards.
    journey.flows[:] = [flow for flow in journey.flows if flow.id != "short"]
    journey.stages[0].touchpoints.append(Touchpoint(id="new", title="Nouveau"))
    tracker.update(journey)
    assert tracker.layout == layout_journey(journey)


def test_a_card_added_at_the_end_of_a_stage_bends_the_flow_to_the_next() -> None:
    journey = _long_journey(stages=3, per_stage=3)
    journey.flows.append(Flow(source_id="t2-0", target_id="t2-2"))  # a track over the cards
    tracker = LayoutTracker()
    tracker.update(journey)
    assert tracker.route("f-t0-2") is not None
    journey.stages[0].touchpoints.append(Touchpoint(id="new", title="Nouveau"))
    changes = tracker.update(journey)
    assert tracker.layout == layout_journey(journey)
    route = tracker.route("f-t0-2")
    assert route is not None and route.shape is RouteShape.OVER
    assert not changes.full and "f-t0-2" in changes.flows and "f-t1-2" not in changes.flows


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
