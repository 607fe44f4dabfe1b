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
    SetPathEnds,
)
from cxdesigner.drawing.primitives import Curve
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout import layout_journey, smooth_segments
from cxdesigner.model import (
    BlueprintItem,
    BlueprintLayer,
    Flow,
    FlowKind,
    Irritant,
    Lane,
    LaneSetting,
    Project,
    Stage,
    StickyNote,
    default_lanes,
)


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
            assert (cells.touchpoint, cells.incoming) == (other.touchpoint, other.incoming), key
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
        assert set(scene.blueprint.items) == set(fresh.blueprint.items)
        for key, item in scene.blueprint.items.items():
            other = fresh.blueprint.items[key]
            assert (item.entity, item.failing, item.sceneBoundingRect()) == \
                (other.entity, other.failing, other.sceneBoundingRect()), key
        assert scene.blueprint.arrows.boundingRect() == fresh.blueprint.arrows.boundingRect()
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


def with_blueprint(project: Project) -> Project:
    """The project's journey with a blueprint shown below it: in each stage a front-stage
    item serving a card, a back-stage item serving it, and support items serving items of
    stages further on (arrows across rows and columns), one of them a failure point."""
    journey = project.journeys[0]
    items: list[BlueprintItem] = []
    for number, stage in enumerate(journey.stages):
        items += [BlueprintItem(id=f"front{number}", layer=BlueprintLayer.FRONT_STAGE,
                                title="Accueil", stage_id=stage.id, owner="Boutique",
                                serves_ids=[stage.touchpoints[2].id]),
                  BlueprintItem(id=f"back{number}", layer=BlueprintLayer.BACK_STAGE,
                                title="Préparation", stage_id=stage.id, owner="Entrepôt",
                                serves_ids=[f"front{number}"])]
    items += [BlueprintItem(id=f"support{number}", layer=BlueprintLayer.SUPPORT,
                            title="Logiciel", stage_id=journey.stages[number].id, owner="DSI",
                            serves_ids=[f"back{number + 3}", journey.stages[-1].touchpoints[0].id])
              for number in range(0, len(journey.stages) - 3, 2)]
    journey.blueprint = items
    journey.show_blueprint = True
    card = journey.stages[5].touchpoints[4]
    journey.stages[5].touchpoints[4] = card.model_copy(update={"irritants": [
        Irritant(text="Colis en retard", cause_ids=["back7"])]})
    return project


def test_adding_a_card_keeps_the_path_marks_and_the_blueprint_in_step(
        make_view: ViewFactory) -> None:
    view = make_view(with_blueprint(typed_in_part(busy_project(120))))
    scene, stack = view.map_scene, view.document.undo_stack
    layout = scene.map_layout
    assert layout is not None and layout.blueprint is not None
    assert scene.blueprint.items["back7"].failing
    items = dict(scene.blueprint.items)
    before = {key: item.scenePos() for key, item in items.items()}
    # Stage 3 is linked by its order only: its cards lead to one another by implied links.
    assert scene.lane_items["b32"].incoming is not None
    new = view.editor.add_touchpoint("bs3", 2)
    assert_like_a_fresh_scene(view)
    incoming = scene.lane_items[new].incoming
    assert incoming is not None and incoming.source_id == "b31"
    following = scene.lane_items["b32"].incoming
    assert following is not None and following.source_id == new
    # Blueprint items were kept, those of later stages moved one column along.
    slot = scene.context.metrics.slot_width
    assert all(scene.blueprint.items[key] is item for key, item in items.items())
    for number in range(4, 12):
        for key in (f"front{number}", f"back{number}"):
            assert items[key].scenePos() == before[key] + QPointF(slot, 0), key
    assert items["front2"].scenePos() == before["front2"]
    view.editor.delete(touchpoints=["b32"])  # a card the blueprint serves, after the new one
    assert_like_a_fresh_scene(view)
    following = scene.lane_items["b33"].incoming
    assert following is not None and following.source_id == new
    for _ in range(2):
        stack.undo()
        assert_like_a_fresh_scene(view)
    assert all(item.scenePos() == before[key] for key, item in items.items())
    assert scene.lane_items["b32"].incoming is not None
    assert scene.lane_items["b32"].incoming.source_id == "b31"


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
