"""Mouse gestures on the map: drag cards and stages, connect cards, double-click, select."""

from __future__ import annotations

from canvas_support import card_point, click, drag
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from cxdesigner.canvas import JourneyView
from cxdesigner.model import FlowKind


def stage_ids(view: JourneyView) -> list[list[str]]:
    journey = view.document.project.journeys[0]
    return [[tp.id for tp in stage.touchpoints] for stage in journey.stages]


def test_drag_a_card_to_another_stage_is_one_undo_step(qtbot: QtBot, view: JourneyView) -> None:
    stack = view.document.undo_stack
    before = view.document.project.model_dump()
    # Between "Panier" (t3) and "Paiement" (t4) of the second stage.
    target = card_point(view, "t3", dx=110)
    drag(qtbot, view, card_point(view, "t1"), target)
    assert stage_ids(view) == [["t2"], ["t3", "t1", "t4"], ["t5", "t6"]]
    assert stack.count() == 1
    layout = view.map_scene.map_layout
    assert layout is not None
    item = view.map_scene.touchpoint_items["t1"]
    assert item.scenePos().x() == layout.touchpoints["t1"].card.x  # the layout reflowed
    assert item.opacity() == 1.0
    stack.undo()
    assert view.document.project.model_dump() == before


def test_a_card_dragged_over_a_later_stage_shows_above_its_cards(qtbot: QtBot,
                                                                  view: JourneyView) -> None:
    scene = view.map_scene
    item = scene.touchpoint_items["t1"]
    holder = item.parentItem()
    start, over = card_point(view, "t1"), card_point(view, "t5")
    viewport = view.viewport()
    qtbot.mouseMove(viewport, start)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 7):
        qtbot.mouseMove(viewport, start + (over - start) * step / 6)
    # On top of the third stage's card while dragged there (above that stage's items).
    assert scene.touchpoint_at(view.mapToScene(over)) is item
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=over)
    assert view.document.undo_stack.count() == 0
    assert item.parentItem() is holder and item.opacity() == 1.0
    layout = scene.map_layout
    assert layout is not None and item.scenePos().x() == layout.touchpoints["t1"].card.x


def test_drag_within_a_stage_reorders(qtbot: QtBot, view: JourneyView) -> None:
    drag(qtbot, view, card_point(view, "t5"), card_point(view, "t6", dx=60))
    assert stage_ids(view)[2] == ["t6", "t5"]


def test_a_drag_that_lands_where_it_started_pushes_nothing(qtbot: QtBot,
                                                           view: JourneyView) -> None:
    drag(qtbot, view, card_point(view, "t3"), card_point(view, "t3", dx=20, dy=10))
    assert view.document.undo_stack.count() == 0


def test_drag_several_selected_cards(qtbot: QtBot, view: JourneyView) -> None:
    click(qtbot, view, card_point(view, "t1"))
    click(qtbot, view, card_point(view, "t3"), Qt.KeyboardModifier.ControlModifier)
    assert view.selected_touchpoint_ids() == ["t1", "t3"]
    drag(qtbot, view, card_point(view, "t3"), card_point(view, "t6", dx=60))
    assert stage_ids(view) == [["t2"], ["t4"], ["t5", "t6", "t1", "t3"]]
    assert view.document.undo_stack.count() == 1


def test_connect_two_cards_by_dragging_the_handle(qtbot: QtBot, view: JourneyView) -> None:
    click(qtbot, view, card_point(view, "t3"))
    card = view.map_scene.touchpoint_items["t3"]
    handle = view.mapFromScene(card.mapToScene(card.handle_centre()))
    drag(qtbot, view, handle, card_point(view, "t6"))
    flows = view.document.project.journeys[0].flows
    assert (flows[-1].source_id, flows[-1].target_id, flows[-1].kind) == \
        ("t3", "t6", FlowKind.NEXT)
    assert flows[-1].id in view.map_scene.flow_items
    assert stage_ids(view)[1] == ["t3", "t4"]  # the card itself did not move
    # Shift makes a going-back flow; released on empty space, nothing is added.
    handle = view.mapFromScene(card.mapToScene(card.handle_centre()))  # the map reflowed
    drag(qtbot, view, handle, card_point(view, "t1"), Qt.KeyboardModifier.ShiftModifier)
    assert view.document.project.journeys[0].flows[-1].kind is FlowKind.BACK
    count = view.document.undo_stack.count()
    drag(qtbot, view, handle, card_point(view, "t3", dy=300))
    assert view.document.undo_stack.count() == count


def test_escape_cancels_a_connection(qtbot: QtBot, view: JourneyView) -> None:
    click(qtbot, view, card_point(view, "t3"))
    card = view.map_scene.touchpoint_items["t3"]
    handle = view.mapFromScene(card.mapToScene(card.handle_centre()))
    viewport = view.viewport()
    items = len(view.map_scene.items())
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=handle)
    qtbot.mouseMove(viewport, card_point(view, "t5"))
    assert len(view.map_scene.items()) == items + 1  # the rubber line
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=card_point(view, "t5"))
    assert len(view.map_scene.items()) == items
    assert view.document.undo_stack.count() == 0


def test_double_click_on_empty_place_adds_a_card_there(qtbot: QtBot, view: JourneyView) -> None:
    layout = view.map_scene.map_layout
    assert layout is not None
    # Below the cards of stage 2, right of "Panier": between t3 and t4.
    box = layout.touchpoints["t3"]
    point = view.mapFromScene(QPointF(box.card.right + 2, box.card.bottom + 8))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    ids = stage_ids(view)[1]
    assert len(ids) == 3 and ids[0] == "t3" and ids[2] == "t4"
    assert view.inline_editor is not None
    qtbot.keyClicks(view, "Relance")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.document.touchpoint("j1", ids[1]).title == "Relance"


def test_double_click_a_header_renames_the_stage(qtbot: QtBot, view: JourneyView) -> None:
    header = view.map_scene.stage_items["s2"]
    point = view.mapFromScene(header.sceneBoundingRect().center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.keyClicks(view, "Commande")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.document.stage("j1", "s2").name == "Commande"


def test_drag_a_header_reorders_stages(qtbot: QtBot, view: JourneyView) -> None:
    header = view.map_scene.stage_items["s1"]
    start = view.mapFromScene(header.sceneBoundingRect().center())
    end = view.mapFromScene(view.map_scene.stage_items["s3"].sceneBoundingRect().center()
                            + QPointF(80, 0))
    drag(qtbot, view, start, end)
    assert [s.id for s in view.document.project.journeys[0].stages] == ["s2", "s3", "s1"]
    assert view.document.undo_stack.count() == 1


def test_rubber_band_selects_cards(qtbot: QtBot, view: JourneyView) -> None:
    layout = view.map_scene.map_layout
    assert layout is not None
    first, last = layout.touchpoints["t2"].card, layout.touchpoints["t4"].card
    start = view.mapFromScene(QPointF(first.x + 20, first.y - 8))
    end = view.mapFromScene(QPointF(last.x + 20, last.bottom + 4))
    drag(qtbot, view, start, end)
    assert view.selected_touchpoint_ids() == ["t2", "t3", "t4"]


def test_ctrl_wheel_zooms_and_middle_button_pans(qtbot: QtBot, view: JourneyView) -> None:
    view.set_zoom(3.0)
    bar = view.horizontalScrollBar()
    value = bar.value()
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.MiddleButton, pos=card_point(view, "t1"))
    qtbot.mouseMove(viewport, card_point(view, "t1", dx=-40))
    qtbot.mouseRelease(viewport, Qt.MouseButton.MiddleButton, pos=card_point(view, "t1", dx=-40))
    assert bar.value() > value
