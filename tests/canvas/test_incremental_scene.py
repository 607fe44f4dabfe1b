"""Edits update the scene in place: afterwards it equals a scene built afresh, item by item."""

from __future__ import annotations

import random

import pytest
from canvas_support import ViewFactory
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem
from test_rendering import busy_project

from cxdesigner.canvas import JourneyScene, JourneyView
from cxdesigner.document.commands import (
    AddFlow,
    AddNote,
    AddStage,
    EditJourney,
    EditTouchpoint,
    MoveStage,
    RemoveFlows,
    RemoveStage,
    SetPathEnds,
)
from cxdesigner.drawing.primitives import Curve
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout import layout_journey, smooth_segments
from cxdesigner.model import (
    Flow,
    FlowKind,
    Lane,
    LaneSetting,
    Project,
    Stage,
    StickyNote,
    default_lanes,
)


def _near(a: QRectF, b: QRectF) -> bool:
    return all(abs(x - y) < 1e-6 for x, y in zip(a.getCoords(), b.getCoords(), strict=True))


def assert_like_a_fresh_scene(view: JourneyView) -> None:
    """Every item of the view's scene has the id, place and content of a fresh scene's."""
    scene = view.map_scene
    fresh = JourneyScene(view.document, view.journey_id)
    try:
        journey = view.document.journey(view.journey_id)
        assert scene.map_layout == fresh.map_layout == layout_journey(journey)
        assert scene.sceneRect() == fresh.sceneRect()
        for name in ("touchpoint_items", "lane_items", "flow_items", "stage_items",
                     "note_items"):
            ours, theirs = getattr(scene, name), getattr(fresh, name)
            assert set(ours) == set(theirs), name
            for key, item in ours.items():
                other = theirs[key]
                assert _near(item.sceneBoundingRect(), other.sceneBoundingRect()), (name, key)
        for key, card in scene.touchpoint_items.items():
            other = fresh.touchpoint_items[key]
            assert (card.touchpoint, card.box, card.stage_index) == \
                (other.touchpoint, other.box, other.stage_index), key
        for key, cells in scene.lane_items.items():
            other = fresh.lane_items[key]
            assert (cells.touchpoint, cells.channel_switch) == \
                (other.touchpoint, other.channel_switch), key
            assert cells.pos() == other.pos() and cells.boundingRect() == other.boundingRect()
        for key, flow in scene.flow_items.items():
            assert flow.route == fresh.flow_items[key].route, key
        for key, header in scene.stage_items.items():
            other = fresh.stage_items[key]
            assert (header.stage, header.box) == (other.stage, other.box), key
        for key, note in scene.note_items.items():
            assert note.note == fresh.note_items[key].note, key
        assert scene.emotion.boundingRect() == fresh.emotion.boundingRect()
        assert scene.background.boundingRect() == fresh.background.boundingRect()
    finally:
        fresh.deleteLater()


def typed_in_part(project: Project) -> Project:
    """The busy project with the cards of every other stage linked by their order only
    (no "next step" flow drawn from them), and one card in seven ending the path."""
    journey = project.journeys[0]
    typed = {tp.id for stage in journey.stages[1::2] for tp in stage.touchpoints}
    journey.flows = [flow for flow in journey.flows
                     if not (flow.kind is FlowKind.NEXT and flow.source_id in typed)]
    for stage in journey.stages:
        stage.touchpoints = [tp.model_copy(update={"ends_path": int(tp.id[1:]) % 7 == 3})
                             for tp in stage.touchpoints]
    return project


def test_a_move_to_the_next_stage_matches_a_fresh_scene(make_view: ViewFactory) -> None:
    view = make_view(busy_project(120))
    cards = dict(view.map_scene.touchpoint_items)
    view.editor.move_touchpoints(["b35"], "bs4", 5)
    assert_like_a_fresh_scene(view)
    # The same items were kept and moved, none was made again.
    assert all(view.map_scene.touchpoint_items[key] is card for key, card in cards.items())
    view.document.undo_stack.undo()
    assert_like_a_fresh_scene(view)
    view.document.undo_stack.redo()
    assert_like_a_fresh_scene(view)


def test_many_edits_keep_the_scene_like_a_fresh_one(make_view: ViewFactory) -> None:
    view = make_view(typed_in_part(busy_project(80)))
    assert any(cells.channel_switch for cells in view.map_scene.lane_items.values())
    document, editor = view.document, view.editor
    stack = document.undo_stack
    rng = random.Random(3)

    def ids() -> list[str]:
        return [tp.id for _, tp in document.journey("j1").touchpoints()]

    def stages() -> list[str]:
        return [stage.id for stage in document.journey("j1").stages]

    edits = [
        lambda: editor.move_touchpoints([rng.choice(ids())], rng.choice(stages()),
                                        rng.randint(0, 9)),
        lambda: editor.move_touchpoints(rng.sample(ids(), 3), rng.choice(stages()), 0),
        lambda: editor.add_touchpoint(rng.choice(stages()), rng.randint(0, 3)),
        lambda: editor.delete(touchpoints=[rng.choice(ids())]),
        lambda: editor.set_title(rng.choice(ids()), f"Titre {rng.random()}"),
        lambda: editor.set_channel([rng.choice(ids())], rng.choice(("ch-web", "ch-chat", None))),
        lambda: stack.push(EditTouchpoint(document, "j1", rng.choice(ids()),
                                          {"emotion": rng.choice((None, -3, 2))})),
        lambda: stack.push(AddFlow(document, "j1", Flow(
            source_id=rng.choice(ids()), target_id=rng.choice(ids()), kind=FlowKind.BACK))),
        lambda: stack.push(RemoveFlows(document, "j1", [rng.choice(
            document.journey("j1").flows).id])),
        lambda: stack.push(AddStage(document, "j1", rng.randint(0, len(stages())),
                                    Stage(name="Vide"))),
        lambda: stack.push(MoveStage(document, "j1", rng.choice(stages()),
                                     rng.randrange(len(stages())))),
        lambda: stack.push(RemoveStage(document, "j1", rng.choice(stages()))),
        lambda: stack.push(AddNote(document, "j1", StickyNote(
            text="Note", stage_id=rng.choice(stages())))),
        lambda: stack.push(EditTouchpoint(document, "j1", rng.choice(ids()), {
            "verbatims": []})),
        lambda: stack.push(SetPathEnds(document, "j1", rng.sample(ids(), 2),
                                       rng.random() < 0.5)),
        lambda: stack.push(AddFlow(document, "j1", Flow(
            source_id=rng.choice(ids()), target_id=rng.choice(ids()), kind=FlowKind.NEXT))),
        lambda: stack.push(EditJourney(document, "j1", {"lanes": [
            LaneSetting(lane=lane.lane, visible=lane.lane is not Lane.CHANNELS)
            for lane in default_lanes()]})),
    ]
    for step in range(60):
        rng.choice(edits)()
        assert_like_a_fresh_scene(view)
        if step % 7 == 6:
            for _ in range(3):
                if stack.canUndo():
                    stack.undo()
                    assert_like_a_fresh_scene(view)


@pytest.mark.parametrize("far", [False, True])
def test_moving_a_card_keeps_the_switch_markers_right(make_view: ViewFactory,
                                                      far: bool) -> None:
    view = make_view(typed_in_part(busy_project(60)))
    view.editor.move_touchpoints(["b12"], "bs5" if far else "bs1", 0)
    assert_like_a_fresh_scene(view)
    view.editor.set_channel(["b13"], "ch-chat")
    assert_like_a_fresh_scene(view)


def test_the_curve_painted_in_part_is_the_whole_curve_there(make_view: ViewFactory) -> None:
    project = busy_project(120)
    stages = project.journeys[0].stages
    stages.insert(4, Stage(id="empty", name="Vide"))
    stages.insert(5, Stage(id="empty2", name="Vide aussi"))
    view = make_view(project)
    scene = view.map_scene
    item, layout = scene.emotion, scene.map_layout
    journey = view.document.journey("j1")
    assert layout is not None
    series = item.series()
    assert series is not None
    whole = {segment for run in layout.emotion_runs(journey) for segment in smooth_segments(run)}
    for left in range(0, int(layout.width), 397):
        right = left + 640.0
        pad = Sketch(scene.context.drawing.fonts)
        series.draw(pad, scene.context.drawing, (float(left), right))
        drawn = {segment for part in pad.take() if isinstance(part, Curve)
                 for segment in part.segments}
        assert drawn <= whole
        assert {s for s in whole if s.start.x <= right and s.end.x >= left} <= drawn


def test_cards_are_cached_close_up_only(make_view: ViewFactory) -> None:
    view = make_view(busy_project(200))
    cached = QGraphicsItem.CacheMode.DeviceCoordinateCache
    cards = view.map_scene.touchpoint_items
    assert all(card.cacheMode() == cached for card in cards.values())
    view.fit_to_window()
    assert view.zoom() < 0.2
    assert all(card.cacheMode() == QGraphicsItem.CacheMode.NoCache for card in cards.values())
    view.editor.add_touchpoint("bs3", 0)  # a card made while zoomed out
    assert all(card.cacheMode() == QGraphicsItem.CacheMode.NoCache for card in cards.values())
    view.reset_zoom()
    assert all(cell.cacheMode() == cached for cell in view.map_scene.lane_items.values())
