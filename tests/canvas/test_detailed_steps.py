"""A step detailed by another journey, on the map: chosen in the card's menu (one undo step,
a cycle refused), opened with D or a double-click on the card's band."""

from __future__ import annotations

import pytest
from canvas_support import card_point, click
from linked_support import lifecycle_project
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from cxdesigner.canvas import JourneyView, menus
from cxdesigner.document import JourneyDocument


@pytest.fixture
def document() -> JourneyDocument:
    return JourneyDocument(lifecycle_project())


def _view(qtbot: QtBot, document: JourneyDocument, journey_id: str) -> JourneyView:
    view = JourneyView(document, journey_id)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    view.setFocus()
    return view


def _details_menu(view: JourneyView, tp_id: str) -> QMenu:
    layout = view.map_scene.map_layout
    assert layout is not None
    centre = layout.touchpoints[tp_id].card.center
    menu = menus.build_menu(view.map_actions, QPointF(centre.x, centre.y), view, view.capture,
                            view.links)
    sub = menu.findChild(QMenu, "detailsMenu")
    assert sub is not None
    return sub


def _entry(menu: QMenu, text: str) -> QAction:
    return next(action for action in menu.actions() if action.text() == text)


def test_the_card_s_menu_links_a_step_to_a_journey_in_one_undo_step(
        qtbot: QtBot, document: JourneyDocument) -> None:
    view = _view(qtbot, document, "j-cycle")
    click(qtbot, view, card_point(view, "t-pub"))
    menu = _details_menu(view, "t-pub")
    assert _entry(menu, "None").isChecked()
    _entry(menu, "Support").trigger()
    stack = document.undo_stack
    assert document.touchpoint("j-cycle", "t-pub").details_journey_id == "j-support"
    assert stack.count() == 1 and stack.undoText() == "Set the journey that details the step"
    card = view.map_scene.touchpoint_items["t-pub"]
    assert card.link_band() is not None  # the band shows at once
    stack.undo()
    assert document.touchpoint("j-cycle", "t-pub").details_journey_id is None
    assert card.link_band() is None
    stack.redo()
    assert document.touchpoint("j-cycle", "t-pub").details_journey_id == "j-support"


def test_a_journey_that_would_close_a_cycle_cannot_be_chosen(
        qtbot: QtBot, document: JourneyDocument) -> None:
    view = _view(qtbot, document, "j-support")
    told: list[str] = []
    view.status_message.connect(told.append)
    click(qtbot, view, card_point(view, "t-appel"))
    menu = _details_menu(view, "t-appel")
    cycle = _entry(menu, "Cycle de vie")
    assert not cycle.isEnabled()
    assert cycle.toolTip().startswith(  # the refusal itself, naming the journeys
        "Journey “Cycle de vie” cannot detail the step “Appel”: through the steps it details")
    assert _entry(menu, "Achat en ligne").isEnabled()
    # Asked anyway (a stale menu, a script): refused, said why, nothing changed.
    assert not view.map_actions.details.set_detailed("j-cycle")
    assert document.touchpoint("j-support", "t-appel").details_journey_id is None
    assert document.undo_stack.count() == 0
    assert told[-1] == (
        "Journey “Cycle de vie” cannot detail the step “Appel”: through the steps it details, "
        "it already leads down to journey “Support”, and the links would make a cycle. Choose "
        "a more detailed journey, or remove one of the links first.")


def test_d_opens_the_journey_that_details_the_selected_card(
        qtbot: QtBot, document: JourneyDocument) -> None:
    view = _view(qtbot, document, "j-cycle")
    click(qtbot, view, card_point(view, "t-aide"))
    with qtbot.waitSignal(view.journey_requested) as opened:
        qtbot.keyClick(view, Qt.Key.Key_D)
    assert opened.args == ["j-support"]
    told: list[str] = []
    view.status_message.connect(told.append)
    click(qtbot, view, card_point(view, "t-pub"))
    with qtbot.assertNotEmitted(view.journey_requested):
        qtbot.keyClick(view, Qt.Key.Key_D)
    assert told[-1].startswith("No journey details this step.")


def test_a_double_click_on_the_band_opens_the_journey_elsewhere_renames(
        qtbot: QtBot, document: JourneyDocument) -> None:
    view = _view(qtbot, document, "j-cycle")
    card = view.map_scene.touchpoint_items["t-acheter"]
    band = card.link_band()
    assert band is not None
    on_band = view.mapFromScene(card.mapToScene(band.center()))
    with qtbot.waitSignal(view.journey_requested) as opened:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=on_band)
    assert opened.args == ["j-achat"] and view.inline_editor is None
    above = view.mapFromScene(card.mapToScene(band.center().x(), band.top() - 20))
    with qtbot.assertNotEmitted(view.journey_requested):
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=above)
    assert view.inline_editor is not None  # the title is typed in place, as on any card


def test_the_linking_card_sums_up_the_detailed_journey(
        qtbot: QtBot, document: JourneyDocument) -> None:
    view = _view(qtbot, document, "j-cycle")
    mark = view.map_scene.context.drawing.details["j-achat"]
    assert (mark.name, mark.emotion, mark.irritants) == ("Achat en ligne", -0.5, 1)
    # A change in the detailed journey shows on the linking card.
    from cxdesigner.document.commands import EditTouchpoint

    document.undo_stack.push(EditTouchpoint(document, "j-achat", "t-paiement", {"emotion": 3}))
    assert view.map_scene.context.drawing.details["j-achat"].emotion == 2.0
