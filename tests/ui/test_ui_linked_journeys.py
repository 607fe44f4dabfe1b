"""A lifecycle map linking two detailed journeys, navigated both ways in the window: D on a
step opens its journey, the breadcrumb above the map goes back to the step."""

from __future__ import annotations

from linked_support import lifecycle_project
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot
from ui_support import WindowFactory

from cxdesigner.canvas import JourneyView
from cxdesigner.document.commands import (
    AddTouchpoint,
    EditJourney,
    EditTouchpoint,
    RemoveTouchpoints,
)
from cxdesigner.model import Touchpoint


def _select(qtbot: QtBot, view: JourneyView, tp_id: str) -> None:
    layout = view.map_scene.map_layout
    assert layout is not None
    centre = layout.touchpoints[tp_id].card.center
    point = view.mapFromScene(QPointF(centre.x, centre.y))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_a_lifecycle_map_and_its_detailed_journeys_are_navigated_both_ways(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(project=lifecycle_project())
    tabs = window.tabs
    tabs.show_journey("j-cycle")
    assert tabs.breadcrumb.isHidden()  # nothing details the lifecycle map
    for step, detailed, title in (("t-acheter", "j-achat", "Acheter"),
                                  ("t-aide", "j-support", "Obtenir de l’aide")):
        view = tabs.current_view()
        assert view is not None and view.journey_id == "j-cycle"
        _select(qtbot, view, step)
        qtbot.keyClick(view, Qt.Key.Key_D)
        assert tabs.current_journey_id() == detailed
        assert tabs.breadcrumb.isVisible()
        (back,) = tabs.breadcrumb.steps
        assert back.text() == f"Cycle de vie \u203a {title}"
        qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
        assert tabs.current_journey_id() == "j-cycle"
        view = tabs.current_view()
        assert view is not None and view.selected_touchpoint_ids() == [step]
        assert tabs.breadcrumb.isHidden()


def test_the_breadcrumb_follows_names_and_links(qtbot: QtBot,
                                                make_window: WindowFactory) -> None:
    window = make_window(project=lifecycle_project())
    document, tabs = window.document, window.tabs
    tabs.show_journey("j-support")
    document.undo_stack.push(EditJourney(document, "j-cycle", {"name": "Vie du client"}))
    assert tabs.breadcrumb.steps[0].text() == "Vie du client \u203a Obtenir de l’aide"
    document.undo_stack.push(EditTouchpoint(document, "j-cycle", "t-aide",
                                            {"details_journey_id": None}))
    assert tabs.breadcrumb.isHidden()
    document.undo_stack.undo()
    assert tabs.breadcrumb.isVisible() and tabs.breadcrumb.here.text() == "Support"


def test_the_breadcrumb_follows_a_linking_step_added_removed_undone_and_redone(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(project=lifecycle_project())
    document, tabs = window.document, window.tabs
    stack = document.undo_stack
    tabs.show_journey("j-support")
    assert tabs.breadcrumb.isVisible()
    stack.push(RemoveTouchpoints(document, "j-cycle", ["t-aide"]))
    assert tabs.breadcrumb.isHidden() and tabs.breadcrumb.steps == []
    stack.undo()
    assert tabs.breadcrumb.isVisible()
    assert [step.text() for step in tabs.breadcrumb.steps] == [
        "Cycle de vie \u203a Obtenir de l’aide"]
    stack.redo()
    assert tabs.breadcrumb.isHidden()
    stack.push(AddTouchpoint(document, "j-cycle", "s-decouvrir", 1, Touchpoint(
        id="t-rappel", title="Rappel", details_journey_id="j-support")))
    assert [step.text() for step in tabs.breadcrumb.steps] == ["Cycle de vie \u203a Rappel"]
    stack.undo()
    assert tabs.breadcrumb.isHidden()
    stack.redo()
    assert tabs.breadcrumb.isVisible() and tabs.breadcrumb.here.text() == "Support"
    # A step added where nothing is detailed leaves the support journey's trail as it was.
    stack.push(AddTouchpoint(document, "j-cycle", "s-decouvrir", 0,
                             Touchpoint(id="t-salon", title="Salon")))
    assert [step.text() for step in tabs.breadcrumb.steps] == ["Cycle de vie \u203a Rappel"]
