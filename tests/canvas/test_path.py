"""The map and the journey's path: switch markers from the links, breaking a link by hand."""

from __future__ import annotations

from canvas_support import ViewFactory, card_point, click, small_project
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot
from test_incremental_scene import assert_like_a_fresh_scene

from cxdesigner.canvas import JourneyView, menus
from cxdesigner.canvas.menus import path_rule_text
from cxdesigner.document.commands import SetPathEnds
from cxdesigner.model import FlowKind
from cxdesigner.ui.i18n import LanguageInstaller


def markers(view: JourneyView) -> set[str]:
    """The cards whose channel cell shows a switch marker."""
    return {tp_id for tp_id, cells in view.map_scene.lane_items.items() if cells.channel_switch}


def test_switch_markers_come_from_the_implied_links(view: JourneyView) -> None:
    # t1 web, t2 web | t3 shop, t4 -, | t5 chat, t6 -; flows t1>t2 and t2>t5 ("next step"
    # over t3 and t4). t2 does not lead to t3: no marker there, though the channel changes.
    layout = view.map_scene.map_layout
    assert layout is not None
    assert {(link.source_id, link.target_id) for link in layout.implied_links.values()} == \
        {("t3", "t4"), ("t4", "t5"), ("t5", "t6")}
    assert markers(view) == set()
    view.editor.set_channel(["t4"], "ch-web")  # t3~t4 shop to web, t4~t5 web to chat
    assert markers(view) == {"t4", "t5"}
    assert layout is not view.map_scene.map_layout
    assert view.map_scene.map_layout is not None
    link = view.map_scene.map_layout.implied_links["t3"]
    assert (link.channel_switch, link.ends_path) == (True, False)
    view.document.undo_stack.push(SetPathEnds(view.document, "j1", ["t3"], True))
    assert markers(view) == {"t5"}  # t3~t4 is broken: no switch on it
    broken = view.map_scene.map_layout.implied_links["t3"]
    assert (broken.target_id, broken.ends_path, broken.channel_switch) == ("t4", True, False)
    assert_like_a_fresh_scene(view)
    view.document.undo_stack.undo()
    assert markers(view) == {"t4", "t5"}
    assert_like_a_fresh_scene(view)


def test_a_drawn_flow_to_the_next_card_takes_the_place_of_the_marker(
        make_view: ViewFactory) -> None:
    project = small_project()
    project.journeys[0].flows = []  # typed: every card leads to the next one
    view = make_view(project)
    # web web | shop - | chat -: switches web>shop (t3) only; t4 and t6 have no channel.
    assert markers(view) == {"t3"}
    view.editor.connect("t2", "t3", FlowKind.TRANSFER)
    route = next(iter(view.map_scene.flow_items.values())).route
    assert (route.source_id, route.target_id, route.channel_switch) == ("t2", "t3", True)
    assert markers(view) == set()  # the transfer's badge says it now
    assert_like_a_fresh_scene(view)


def test_the_e_key_ends_the_path_and_lets_it_lead_on_again(qtbot: QtBot,
                                                           view: JourneyView) -> None:
    stack = view.document.undo_stack
    click(qtbot, view, card_point(view, "t3"))
    count = stack.count()
    qtbot.keyClick(view, Qt.Key.Key_E)
    assert view.document.touchpoint("j1", "t3").ends_path
    assert stack.count() == count + 1
    layout = view.map_scene.map_layout
    assert layout is not None and layout.implied_links["t3"].ends_path
    qtbot.keyClick(view, Qt.Key.Key_E)
    assert not view.document.touchpoint("j1", "t3").ends_path
    assert stack.count() == count + 2
    stack.undo()
    assert view.document.touchpoint("j1", "t3").ends_path
    view.map_scene.clearSelection()
    messages: list[str] = []
    view.status_message.connect(messages.append)
    qtbot.keyClick(view, Qt.Key.Key_E)
    assert messages == ["Select a touchpoint to end the path there."]
    assert (stack.count(), stack.index()) == (count + 2, count + 1)  # nothing pushed


def test_the_card_menu_ends_the_path_of_the_selection(view: JourneyView) -> None:
    scene = view.map_scene
    view.document.undo_stack.push(SetPathEnds(view.document, "j1", ["t4"], True))
    scene.select_only([scene.touchpoint_items["t3"], scene.touchpoint_items["t4"]])
    card = scene.touchpoint_items["t3"].sceneBoundingRect().center()
    menu = menus.build_menu(view.map_actions, card, view, view.capture, view.links)
    action = next(a for a in menu.actions() if a.text() == "Path ends here")
    assert action.isCheckable() and not action.isChecked()  # t3 leads on
    assert action.toolTip() == path_rule_text()
    assert "unless a flow drawn from it" in action.toolTip()
    assert menu.toolTipsVisible()
    assert action.shortcut() == QKeySequence(Qt.Key.Key_E)
    count = view.document.undo_stack.count()
    action.trigger()
    assert [view.document.touchpoint("j1", i).ends_path for i in ("t3", "t4")] == [True, True]
    assert view.document.undo_stack.count() == count + 1  # only t3 changed: one step
    card = scene.touchpoint_items["t4"].sceneBoundingRect().center()
    menu = menus.build_menu(view.map_actions, card, view, view.capture, view.links)
    action = next(a for a in menu.actions() if a.text() == "Path ends here")
    assert action.isChecked()
    action.trigger()
    assert not any(view.document.touchpoint("j1", i).ends_path for i in ("t3", "t4"))
    assert view.document.undo_stack.undoText() == "Lead on to the next touchpoint"


def test_the_rule_is_told_in_french(view: JourneyView) -> None:
    installer = LanguageInstaller()
    assert installer.install("fr")
    try:
        card = view.map_scene.touchpoint_items["t3"].sceneBoundingRect().center()
        menu = menus.build_menu(view.map_actions, card, view, view.capture, view.links)
        action = next(a for a in menu.actions() if a.text() == "Le parcours s’arrête ici")
        assert action.toolTip().startswith("Un point de contact mène au suivant sur la carte, "
                                           "sauf si un flux tracé depuis lui dit autre chose")
        action.trigger()
        assert view.document.undo_stack.undoText() == "Arrêter le parcours ici"
    finally:
        installer.remove()
