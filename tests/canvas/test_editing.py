"""Editing through the view: delete and undo, clipboard, whole-history undo/redo, menus."""

from __future__ import annotations

from canvas_support import ViewFactory, card_point, click, empty_project, small_project, type_text
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cxdesigner.canvas import JourneyView, menus
from cxdesigner.canvas.items import FlowItem, NoteItem, StageHeaderItem, TouchpointItem
from cxdesigner.document.commands import EditTouchpoint
from cxdesigner.io.templates import bundled_template
from cxdesigner.model import FlowKind, Lane, MomentOfTruth

CTRL = Qt.KeyboardModifier.ControlModifier


def test_delete_and_undo_restores_cards_and_flows(qtbot: QtBot, view: JourneyView) -> None:
    before = view.document.project.model_dump()
    click(qtbot, view, card_point(view, "t2"))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    journey = view.document.project.journeys[0]
    assert "t2" not in journey.touchpoint_index() and not journey.flows
    assert "t2" not in view.map_scene.touchpoint_items and not view.map_scene.flow_items
    view.document.undo_stack.undo()
    assert view.document.project.model_dump() == before
    assert set(view.map_scene.flow_items) == {"f1", "f2"}


def test_delete_a_selected_flow(qtbot: QtBot, view: JourneyView) -> None:
    item = view.map_scene.flow_items["f1"]
    item.setSelected(True)
    assert view.map_actions.selected_flow_ids() == ["f1"]
    view.map_actions.delete_selection()
    assert [f.id for f in view.document.project.journeys[0].flows] == ["f2"]


def test_copy_paste_remaps_ids(qtbot: QtBot, view: JourneyView,
                               make_view: ViewFactory) -> None:
    click(qtbot, view, card_point(view, "t1"))
    click(qtbot, view, card_point(view, "t2"), CTRL)
    qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    click(qtbot, view, card_point(view, "t6"))
    qtbot.keyClick(view, Qt.Key.Key_V, CTRL)
    journey = view.document.project.journeys[0]
    last = [tp for tp in journey.stages[2].touchpoints]
    assert [tp.title for tp in last] == ["Colis", "Avis", "Publicité", "Site web"]
    new_ids = {last[2].id, last[3].id}
    assert not new_ids & {"t1", "t2"}
    assert view.selected_touchpoint_ids() == [last[2].id, last[3].id]
    pasted_flow = journey.flows[-1]
    assert (pasted_flow.source_id, pasted_flow.target_id) == (last[2].id, last[3].id)
    assert last[2].channel_id == "ch-web"
    # Into another project: channels are matched by name, ids are new again.
    other = make_view(empty_project())
    other.map_actions.add_stage(after=True)
    qtbot.keyClick(other, Qt.Key.Key_Return)
    other.map_actions.paste()
    pasted = other.document.project.journeys[0].stages[0].touchpoints
    assert [tp.title for tp in pasted] == ["Publicité", "Site web"]
    assert pasted[0].channel_id == "ch-web"
    # Cut: copied, then removed in one step.
    view.map_actions.cut_selection()
    assert len(view.document.project.journeys[0].stages[2].touchpoints) == 2
    mime = QApplication.clipboard().mimeData()
    assert mime is not None and "Publicité" in mime.text()


def test_undo_everything_then_redo_everything(qtbot: QtBot, make_view: ViewFactory) -> None:
    view = make_view(empty_project())
    empty = view.document.project.model_dump()
    qtbot.keyClick(view, Qt.Key.Key_Return, CTRL)
    type_text(qtbot, view, "Découverte")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    for title in ("Annonce", "Site", "Appel"):
        qtbot.keyClick(view, Qt.Key.Key_Return)
        qtbot.keyClicks(view, title)
        qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    view.map_actions.add_stage(after=True)
    qtbot.keyClicks(view, "Achat")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    full = view.document.project.model_dump()
    stack = view.document.undo_stack
    while stack.canUndo():
        stack.undo()
    assert view.document.project.model_dump() == empty
    assert not view.map_scene.touchpoint_items and not view.map_scene.stage_items
    while stack.canRedo():
        stack.redo()
    assert view.document.project.model_dump() == full
    assert len(view.map_scene.touchpoint_items) == 2


def test_a_title_edit_keeps_every_other_item(view: JourneyView) -> None:
    scene = view.map_scene
    before = {key: dict(items) for key, items in (
        ("cards", scene.touchpoint_items), ("cells", scene.lane_items),
        ("flows", scene.flow_items), ("stages", scene.stage_items))}
    count = len(scene.items())
    view.document.undo_stack.push(EditTouchpoint(view.document, "j1", "t3", {"title": "X"}))
    assert len(scene.items()) == count
    for key, items in (("cards", scene.touchpoint_items), ("cells", scene.lane_items),
                       ("flows", scene.flow_items), ("stages", scene.stage_items)):
        assert all(items[k] is v for k, v in before[key].items()), key
    assert scene.touchpoint_items["t3"].touchpoint.title == "X"
    # A structural edit adds one card and its cells, and keeps the others.
    view.editor.add_touchpoint("s1", 0)
    assert len(scene.items()) == count + 2
    assert all(scene.touchpoint_items[k] is v for k, v in before["cards"].items())


def test_context_menus_and_their_actions(qtbot: QtBot, view: JourneyView) -> None:
    scene = view.map_scene
    card = scene.touchpoint_items["t3"]
    menu = menus.build_menu(view.map_actions, card.sceneBoundingRect().center(), view,
                            view.capture, view.links)
    texts = [a.text() for a in menu.actions()]
    assert "Moment of truth" in texts and "Delete" in texts
    moments = next(a.menu() for a in menu.actions() if a.text() == "Moment of truth")
    next(a for a in moments.actions() if a.text() == "Wow").trigger()
    assert view.document.touchpoint("j1", "t3").moment is MomentOfTruth.WOW
    flow = scene.flow_items["f2"]
    middle = flow.route.points[1]
    menu = menus.build_menu(view.map_actions, QPointF(middle.x, middle.y), view,
                            view.capture, view.links)
    kinds = next(a.menu() for a in menu.actions() if a.text() == "Kind")
    next(a for a in kinds.actions() if a.text() == "Transfer").trigger()
    assert view.document.project.journeys[0].flows[1].kind is FlowKind.TRANSFER
    header = scene.stage_items["s1"]
    menu = menus.build_menu(view.map_actions, header.sceneBoundingRect().center(), view,
                            view.capture, view.links)
    next(a for a in menu.actions() if a.text() == "Add stage before").trigger()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert len(view.document.project.journeys[0].stages) == 4
    layout = scene.map_layout
    assert layout is not None
    notes = layout.lane(Lane.NOTES)
    assert notes is not None
    point = QPointF(layout.stages[1].column.center.x, notes.band.center.y)
    menu = menus.build_menu(view.map_actions, point, view, view.capture, view.links)
    next(a for a in menu.actions() if a.text() == "Add sticky note here").trigger()
    assert view.inline_editor is not None
    qtbot.keyClicks(view, "A revoir")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    note = view.document.project.journeys[0].notes[0]
    assert note.text == "A revoir" and note.id in scene.note_items
    assert all(isinstance(i, TouchpointItem | FlowItem | StageHeaderItem | NoteItem)
               for i in scene.selectedItems())


def test_apply_a_template_to_an_empty_journey(make_view: ViewFactory) -> None:
    view = make_view(empty_project())
    view.map_actions.apply_template(bundled_template("general/five_as", "fr").stage_names())
    names = [s.name for s in view.document.project.journeys[0].stages]
    assert names[0] == "Prise de conscience" and len(names) == 5
    assert len(view.map_scene.stage_items) == 5
    messages: list[str] = []
    view.status_message.connect(messages.append)
    view.map_actions.apply_template(bundled_template("general/support", "fr").stage_names())
    assert len(view.document.project.journeys[0].stages) == 5 and messages


def test_persona_highlights_and_chrome_repaint_without_errors(view: JourneyView) -> None:
    view.set_persona("p1")
    view.set_highlights(True, True)
    view.set_dark_chrome(True)
    view.fit_to_window()
    image = view.grab()
    assert not image.isNull()
    switches = [i for i in view.map_scene.flow_items.values() if i.highlighted()]
    assert [i.flow_id for i in switches] == ["f2"]  # web -> chat


def test_a_removed_journey_empties_the_scene(view: JourneyView) -> None:
    from cxdesigner.document.cleanup import without_journey
    from cxdesigner.document.commands import ReplaceProjectState

    view.document.undo_stack.push(ReplaceProjectState(
        view.document, without_journey(view.document.project, "j1"), "Delete journey"))
    assert not view.map_scene.touchpoint_items and view.map_scene.map_layout is None
    view.document.undo_stack.undo()
    assert len(view.map_scene.touchpoint_items) == 6
    assert small_project().model_dump() == view.document.project.model_dump()


def test_an_undo_while_typing_leaves_nothing_broken(qtbot: QtBot, view: JourneyView) -> None:
    click(qtbot, view, card_point(view, "t6"))
    qtbot.keyClick(view, Qt.Key.Key_Return)  # a new card, its title being typed
    qtbot.keyClicks(view, "Tard")
    view.document.undo_stack.undo()  # the window's Undo removes the new card
    qtbot.keyClick(view, Qt.Key.Key_Return)  # the commit finds nothing to rename
    assert view.inline_editor is None
    assert [tp.id for tp in view.document.project.journeys[0].stages[2].touchpoints] == \
        ["t5", "t6"]
