"""Edits update the scene in place: afterwards it equals a scene built afresh, item by item."""

from __future__ import annotations

import random

import pytest
from canvas_support import ViewFactory
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem
from test_rendering import busy_project

from cxdesigner.canvas import JourneyScene, JourneyView
from cxdesigner.canvas.stage_layers import StageLayerItem
from cxdesigner.document.commands import (
    AddFlow,
    AddNote,
    AddStage,
    EditJourney,
    EditTouchpoint,
    MoveStage,
    RemoveFlows,
    RemoveStage,
)
from cxdesigner.drawing.primitives import Curve
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout import layout_journey, smooth_segments
from cxdesigner.model import Flow, FlowKind, Lane, LaneSetting, Stage, StickyNote, default_lanes


def _near(a: QRectF, b: QRectF) -> bool:
    return all(abs(x - y) < 1e-6 for x, y in zip(a.getCoords(), b.getCoords(), strict=True))


def _holder(item: QGraphicsItem) -> str:
    """The stage whose layer holds an item."""
    holder = item.parentItem()
    assert isinstance(holder, StageLayerItem)
    return holder.stage_id


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
                assert item.scene() is scene, (name, key)
                assert _near(item.sceneBoundingRect(), other.sceneBoundingRect()), (name, key)
                holder = item.parentItem()
                if name != "stage_items":  # held by their stage, within its layer's bounds
                    assert isinstance(holder, StageLayerItem), (name, key)
                    assert holder.sceneBoundingRect().contains(item.sceneBoundingRect())
        layout = scene.map_layout
        assert layout is not None
        for key, card in scene.touchpoint_items.items():
            other = fresh.touchpoint_items[key]
            assert (card.touchpoint, card.stage_index) == (other.touchpoint, other.stage_index)
            stage_id = layout.touchpoints[key].stage_id
            assert _holder(card) == _holder(scene.lane_items[key]) == stage_id, key
        for key, cells in scene.lane_items.items():
            other = fresh.lane_items[key]
            assert (cells.touchpoint, cells.channel_switch) == \
                (other.touchpoint, other.channel_switch), key
            assert cells.scenePos() == other.scenePos()
            assert cells.boundingRect() == other.boundingRect()
        for key, flow in scene.flow_items.items():
            assert flow.route == fresh.flow_items[key].route, key
            assert _holder(flow) == layout.touchpoints[flow.route.source_id].stage_id, key
        for key, header in scene.stage_items.items():
            other = fresh.stage_items[key]
            assert (header.stage, header.box) == (other.stage, other.box), key
        for key, note in scene.note_items.items():
            assert note.note == fresh.note_items[key].note, key
        assert scene.emotion.boundingRect() == fresh.emotion.boundingRect()
        assert scene.background.boundingRect() == fresh.background.boundingRect()
    finally:
        fresh.deleteLater()


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


def _tiles(scene: JourneyScene, count: int = 6) -> list[QImage]:
    """The map painted in ``count`` tiles from left to right (items off a tile are skipped
    by their stage's layer: what a layer bounds wrongly goes missing there)."""
    layout = scene.map_layout
    assert layout is not None
    width = layout.width / count
    images = []
    for index in range(count):
        image = QImage(400, 400, QImage.Format.Format_RGB32)
        image.fill(0xFFFFFF)
        painter = QPainter(image)
        scene.render(painter, QRectF(0, 0, 400, 400),
                     QRectF(index * width, 0, width, layout.height))
        painter.end()
        images.append(image)
    return images


def test_adding_a_card_moves_later_stages_and_leaves_their_items_alone(
        make_view: ViewFactory) -> None:
    project = busy_project(120)
    journey = project.journeys[0]
    # A loop from the last stage back to the first one, across the new card.
    journey.flows.append(Flow(id="back", source_id="b115", target_id="b3", kind=FlowKind.BACK))
    view = make_view(project)
    scene = view.map_scene
    items: dict[str, QGraphicsItem] = {**scene.touchpoint_items, **scene.flow_items}
    items.update({f"cells-{key}": cells for key, cells in scene.lane_items.items()})
    before = {key: (item.pos(), item.scenePos()) for key, item in items.items()}
    loop = scene.flow_items["back"].route
    view.editor.add_touchpoint("bs3", 2)
    assert_like_a_fresh_scene(view)
    later = {tp.id for stage in journey.stages[4:] for tp in stage.touchpoints}
    slot = view.map_scene.context.metrics.slot_width
    for key, item in items.items():
        tp_id = key.removeprefix("cells-")
        flow = scene.flow_items.get(key)
        if tp_id in later or (flow is not None and flow.route.source_id in later
                              and flow.route.target_id in later):
            # Moved with its stage: the same place in it, one column further on the map.
            local, moved = before[key]
            assert item.pos() == local, key
            assert item.scenePos() == moved + QPointF(slot, 0), key
    # The loop across the new card grew by a column at its start.
    route = scene.flow_items["back"].route
    assert (route.points[0].x, route.points[-1].x) == (loop.points[0].x + slot,
                                                       loop.points[-1].x)
    fresh = JourneyScene(view.document, view.journey_id)
    try:
        assert all(ours == theirs for ours, theirs in zip(_tiles(scene), _tiles(fresh),
                                                          strict=True))
    finally:
        fresh.deleteLater()
    view.document.undo_stack.undo()
    assert_like_a_fresh_scene(view)
    assert all(item.scenePos() == before[key][1] for key, item in items.items())


def test_many_edits_keep_the_scene_like_a_fresh_one(make_view: ViewFactory) -> None:
    view = make_view(busy_project(80))
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
    view = make_view(busy_project(60))
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
