"""The service blueprint on the map, driven with real mouse and key events."""

from __future__ import annotations

import pytest
from canvas_support import ViewFactory, demo_with_blueprint, small_project
from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from cxdesigner.canvas import JourneyView, menus
from cxdesigner.canvas.items import BlueprintItemItem
from cxdesigner.document.commands import AddItem, EditTouchpoint
from cxdesigner.drawing.detail import Detail
from cxdesigner.drawing.primitives import Primitive, Symbol
from cxdesigner.model import (
    BlueprintItem,
    BlueprintLayer,
    Evidence,
    Irritant,
    KpiValue,
    Project,
    SurveyAnswer,
)

BACK = BlueprintLayer.BACK_STAGE


def _shown(project: Project) -> Project:
    project.journeys[0].show_blueprint = True
    return Project.model_validate(project.model_dump())


def _demo() -> Project:
    return demo_with_blueprint()


def _in_view(view: JourneyView, scene_point: QPointF) -> QPoint:
    """The viewport point of ``scene_point``, scrolled into view first."""
    view.centerOn(scene_point)
    return view.mapFromScene(scene_point)


def _band_point(view: JourneyView, layer: BlueprintLayer, stage_id: str) -> QPointF:
    layout = view.map_scene.map_layout
    assert layout is not None and layout.blueprint is not None
    band = layout.blueprint.band(layer).band
    stage = layout.stage(stage_id)
    assert stage is not None
    return QPointF(stage.column.center.x, band.bottom - 8)


def _hatched(parts: tuple[Primitive, ...]) -> bool:
    return any(isinstance(part, Symbol) and part.key[0] == "hatch" for part in parts)


def test_the_items_and_arrows_are_on_the_map_where_the_layout_puts_them(
        make_view: ViewFactory) -> None:
    view = make_view(_demo())
    scene = view.map_scene
    layout = scene.map_layout
    assert layout is not None and layout.blueprint is not None
    assert set(scene.blueprint.items) == set(layout.blueprint.items)
    for item_id, item in scene.blueprint.items.items():
        rect = layout.blueprint.items[item_id].rect
        assert (item.pos().x(), item.pos().y()) == (rect.x, rect.y)
    # The planning causes the postponed delivery's pain point: a failure point.
    assert [i for i, item in scene.blueprint.items.items() if item.failing] == ["bp-planning"]
    assert len(scene.blueprint.arrows.drawing(Detail.FULL)) > 5


def test_double_click_in_a_row_adds_an_item_there_and_types_its_title(
        qtbot: QtBot, make_view: ViewFactory) -> None:
    view = make_view(_shown(small_project()))
    point = _in_view(view, _band_point(view, BACK, "s2"))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    journey = view.document.journey("j1")
    (item,) = journey.blueprint
    assert (item.layer, item.stage_id, item.title) == (BACK, "s2", "Nouvelle action back-office")
    assert view.inline_editor is not None
    qtbot.keyClick(view.inline_editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.inline_editor, "Preparation")
    qtbot.keyClick(view.inline_editor, Qt.Key.Key_Return)
    assert view.document.journey("j1").blueprint[0].title == "Preparation"
    assert view.document.undo_stack.count() == 2
    assert view.selected_blueprint_ids() == [item.id]
    view.document.undo_stack.undo()
    view.document.undo_stack.undo()
    assert view.document.journey("j1").blueprint == []
    assert view.map_scene.blueprint.items == {}


def test_an_empty_title_is_refused_and_the_old_one_stays(qtbot: QtBot,
                                                         make_view: ViewFactory) -> None:
    project = _shown(small_project())
    project.journeys[0].blueprint = [BlueprintItem(id="b", layer=BACK, title="Stock",
                                                   stage_id="s1")]
    view = make_view(Project.model_validate(project.model_dump()))
    item = view.map_scene.blueprint.items["b"]
    point = _in_view(view, item.sceneBoundingRect().center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.inline_editor is not None and view.inline_editor.text() == "Stock"
    messages: list[str] = []
    view.status_message.connect(messages.append)
    qtbot.keyClick(view.inline_editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.inline_editor, Qt.Key.Key_Delete)
    qtbot.keyClick(view.inline_editor, Qt.Key.Key_Return)
    assert view.document.journey("j1").blueprint[0].title == "Stock"
    assert messages == ["A blueprint item needs a title: type one."]


def test_click_selects_an_item_and_delete_removes_it_with_its_links(
        qtbot: QtBot, make_view: ViewFactory) -> None:
    view = make_view(_demo())
    item = view.map_scene.blueprint.items["bp-planning"]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=_in_view(view, item.sceneBoundingRect().center()))
    assert view.selected_blueprint_ids() == ["bp-planning"]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    journey = view.document.journey(view.journey_id)
    assert "bp-planning" not in {item.id for item in journey.blueprint}
    assert "bp-planning" not in view.map_scene.blueprint.items
    orders = next(item for item in journey.blueprint if item.id == "bp-commandes")
    assert orders.serves_ids == []
    assert journey.failure_points() == {}
    view.document.undo_stack.undo()
    assert view.document.journey(view.journey_id).blueprint[0].id == "bp-planning"
    assert view.map_scene.blueprint.items["bp-planning"].failing


def test_the_menu_of_a_row_adds_there_and_the_menu_of_an_item_moves_it(
        make_view: ViewFactory) -> None:
    view = make_view(_demo())
    point = _band_point(view, BlueprintLayer.SUPPORT, "st-livraison") + QPointF(300, 0)
    menu = menus.build_menu(view.map_actions, point, view, view.capture, view.links)
    (add,) = [a for a in menu.actions() if a.text()]
    assert add.text() == "Add support process here"
    add.trigger()
    journey = view.document.journey(view.journey_id)
    assert journey.blueprint[-1].layer is BlueprintLayer.SUPPORT
    view.inline.close(commit=False)
    item = view.map_scene.blueprint.items["bp-entrepot"]
    menu = menus.build_menu(view.map_actions, item.sceneBoundingRect().center(), view,
                            view.capture, view.links)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == ["Rename", "Move left", "Move right", "Delete"]
    next(a for a in menu.actions() if a.text() == "Move left").trigger()
    back = [i.id for i in view.document.journey(view.journey_id).blueprint
            if i.layer is BACK]
    assert back == ["bp-entrepot", "bp-planning", "bp-transport"]
    layout = view.map_scene.map_layout
    assert layout is not None and layout.blueprint is not None
    assert layout.blueprint.items["bp-entrepot"].slot < layout.blueprint.items["bp-planning"].slot
    assert view.map_scene.blueprint.items["bp-entrepot"].pos().x() == \
        layout.blueprint.items["bp-entrepot"].rect.x


def test_a_failure_point_is_marked_as_soon_as_a_pain_point_names_it(
        make_view: ViewFactory) -> None:
    view = make_view(_demo())
    document = view.document
    item = view.map_scene.blueprint.items["bp-transport"]
    assert not item.failing
    document.undo_stack.push(EditTouchpoint(document, view.journey_id, "tp-livraison", {
        "irritants": [Irritant(text="Tambour abîmé", cause_ids=["bp-transport"])]}))
    assert item.failing
    assert any(isinstance(part, Symbol) and part.key[0] == "failure"
               for part in item.drawing(Detail.FULL))
    document.undo_stack.undo()
    assert not item.failing


def test_a_card_is_hatched_while_it_rests_on_a_hypothesis(make_view: ViewFactory) -> None:
    view = make_view(small_project())
    document = view.document
    card = view.map_scene.touchpoint_items["t1"]
    assert _hatched(card.drawing(Detail.FULL))
    document.undo_stack.push(EditTouchpoint(document, "j1", "t1", {
        "kpis": [KpiValue(name="Clics", value=3.0)]}))
    assert not _hatched(card.drawing(Detail.FULL))  # measured
    document.undo_stack.undo()
    document.undo_stack.push(EditTouchpoint(document, "j1", "t1",
                                            {"evidence": Evidence.OBSERVED}))
    assert not _hatched(card.drawing(Detail.FULL))
    assert not _hatched(card.drawing(Detail.OVERVIEW))


@pytest.mark.parametrize("answers", [0, 30])
def test_answers_about_a_touchpoint_take_its_hatching_away(make_view: ViewFactory,
                                                          answers: int) -> None:
    view = make_view(small_project())
    document = view.document
    document.undo_stack.beginMacro("answers")
    for _ in range(max(answers, 1)):
        document.undo_stack.push(AddItem(document, "answers", SurveyAnswer(
            scope_id="t2", indicator="nps", value=9.0)))
    document.undo_stack.endMacro()
    card = view.map_scene.touchpoint_items["t2"]
    assert not _hatched(card.drawing(Detail.FULL))  # one answer: observed; 30: measured
    document.undo_stack.undo()
    assert _hatched(card.drawing(Detail.FULL))


def test_a_blueprint_item_is_found_under_the_mouse(make_view: ViewFactory) -> None:
    view = make_view(_demo())
    item = view.map_scene.blueprint.items["bp-crm"]
    assert isinstance(view.map_scene.item_at(item.sceneBoundingRect().center()),
                      BlueprintItemItem)
