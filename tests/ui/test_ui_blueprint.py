"""The service blueprint and the evidence levels in the editor window: the map, the
inspector and the panel behind the scenes, with real events."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QListWidget
from pytestqt.qtbot import QtBot
from ui_support import WindowFactory, current_view

from cxdesigner.document.commands.touchpoints import AddTouchpoint
from cxdesigner.drawing.detail import Detail
from cxdesigner.drawing.primitives import Symbol
from cxdesigner.io.templates import bundled_template
from cxdesigner.model import BlueprintLayer, Evidence, Irritant, Touchpoint
from cxdesigner.ui.inspector import item_dialogs
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.project_factory import new_project

DELIVERY = "st-livraison"


@pytest.fixture
def demo_window(window: MainWindow, demo_copy: Path) -> MainWindow:
    assert window.files.open_path(demo_copy)
    window.views.set_blueprint_shown(True)
    return window


def _choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _tick(checklist: QListWidget, words: str) -> None:
    """Tick the entry whose label holds ``words``, as a click on its box does."""
    row = next(row for row in range(checklist.count()) if words in checklist.item(row).text())
    checklist.item(row).setCheckState(Qt.CheckState.Checked)


def _add_on_map(qtbot: QtBot, window: MainWindow, layer: BlueprintLayer, title: str) -> str:
    """Double-click in a row of the delivery stage and type the new item's title."""
    view = current_view(window)
    layout = view.map_scene.map_layout
    assert layout is not None and layout.blueprint is not None
    band = layout.blueprint.band(layer).band
    stage = layout.stage(DELIVERY)
    assert stage is not None
    point = QPointF(stage.column.right - 20, band.bottom - 6)
    view.centerOn(point)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(point))
    editor = view.inline_editor
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, title)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    return window.document.journey(view.journey_id).blueprint[-1].id


def test_an_item_added_on_the_map_is_edited_in_the_inspector(demo_window: MainWindow,
                                                            qtbot: QtBot) -> None:
    document = demo_window.document
    journey_id = current_view(demo_window).journey_id
    item_id = _add_on_map(qtbot, demo_window, BlueprintLayer.BACK_STAGE, "Planification")
    form = demo_window.inspector.blueprint_form
    assert form.item_id == item_id  # selected on the map: shown in the inspector
    assert form.title.editor.isVisibleTo(demo_window)
    owner = form.owner.editor
    assert isinstance(owner, QLineEdit)
    owner.setFocus()
    qtbot.keyClicks(owner, "Planification ")
    qtbot.keyClick(owner, Qt.Key.Key_Tab)
    _tick(form.serves, "Livraison et installation \u203a Livraison et installation")
    _tick(form.causes, "Report annoncé la veille")
    journey = document.journey(journey_id)
    item = journey.blueprint[-1]
    assert (item.title, item.owner, item.serves_ids) == ("Planification", "Planification",
                                                         ["tp-livraison"])
    assert list(journey.failure_points()) == [item_id]
    assert [form.causes.item(row).text() for row in range(form.causes.count())
            if form.causes.item(row).checkState() == Qt.CheckState.Checked] == [
        "Livraison et installation \u203a Livraison reportée par SMS \u203a Report annoncé "
        "la veille, sans excuse ni nouvelle date"]
    assert current_view(demo_window).map_scene.blueprint.items[item_id].failing
    assert [document.undo_stack.text(i) for i in range(document.undo_stack.count())][-5:] == [
        "Add blueprint item", "Rename blueprint item", "Change owner",
        "Change what a blueprint item serves", "Change the causes of a pain point"]
    _choose(form.layer, BlueprintLayer.SUPPORT.value)
    assert document.journey(journey_id).blueprint[-1].layer is BlueprintLayer.SUPPORT
    layout = current_view(demo_window).map_scene.map_layout
    assert layout is not None and layout.blueprint is not None
    assert layout.blueprint.items[item_id].layer is BlueprintLayer.SUPPORT
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.journey(journey_id).failure_points() == {}
    assert [form.causes.item(row).text() for row in range(form.causes.count())
            if form.causes.item(row).checkState() == Qt.CheckState.Checked] == []


def test_deleting_the_item_shown_in_the_inspector_shows_the_journey(
        demo_window: MainWindow, qtbot: QtBot) -> None:
    _add_on_map(qtbot, demo_window, BlueprintLayer.SUPPORT, "CRM")
    view = current_view(demo_window)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert demo_window.document.journey(view.journey_id).blueprint == []
    inspector = demo_window.inspector
    assert inspector.pages.currentWidget().widget() is inspector.journey_form
    demo_window.document.undo_stack.undo()  # the item comes back selected, and inspected
    (item,) = demo_window.document.journey(view.journey_id).blueprint
    assert view.selected_blueprint_ids() == [item.id]
    assert inspector.pages.currentWidget().widget() is inspector.blueprint_form


def test_the_evidence_of_a_touchpoint_is_suggested_and_set_by_hand(
        demo_window: MainWindow) -> None:
    document = demo_window.document
    view = current_view(demo_window)
    view.select_touchpoint("tp-choix-creneau")
    form = demo_window.inspector.touchpoint_form
    touchpoint = document.touchpoint(view.journey_id, "tp-choix-creneau")
    assert touchpoint.evidence is None
    assert form.evidence.currentText().startswith("Suggested: ")
    assert "verbatim" in form.evidence_basis.text() or "KPI" in form.evidence_basis.text() \
        or "answers" in form.evidence_basis.text()
    _choose(form.evidence, Evidence.HYPOTHESIS.value)
    assert document.touchpoint(view.journey_id, "tp-choix-creneau").evidence \
        is Evidence.HYPOTHESIS
    card = view.map_scene.touchpoint_items["tp-choix-creneau"]
    assert any(isinstance(part, Symbol) and part.key[0] == "hatch"
               for part in card.drawing(Detail.FULL))
    assert document.undo_stack.undoText() == "Change evidence level"
    _choose(form.evidence, "")
    assert document.touchpoint(view.journey_id, "tp-choix-creneau").evidence is None


def test_a_pain_points_evidence_and_causes_in_its_dialog(demo_window: MainWindow,
                                                         qtbot: QtBot,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    item_id = _add_on_map(qtbot, demo_window, BlueprintLayer.BACK_STAGE, "Planification")
    view = current_view(demo_window)
    view.select_touchpoint("tp-report-livraison")

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, item_dialogs.IrritantDialog)
        assert dialog.causes.count() == 1
        dialog.causes.item(0).setCheckState(Qt.CheckState.Checked)
        _choose(dialog.evidence, Evidence.OBSERVED.value)
        return True

    monkeypatch.setattr(item_dialogs, "run_dialog", fill)
    editor = demo_window.inspector.touchpoint_form.irritants
    editor.list.setCurrentRow(0)
    editor.edit_current()
    irritant = demo_window.document.touchpoint(view.journey_id,
                                               "tp-report-livraison").irritants[0]
    assert (irritant.evidence, irritant.cause_ids) == (Evidence.OBSERVED, [item_id])
    assert "caused behind the scenes (1)" in editor.list.item(0).text()


def test_the_panel_behind_the_scenes(demo_window: MainWindow, qtbot: QtBot) -> None:
    _add_on_map(qtbot, demo_window, BlueprintLayer.BACK_STAGE, "Planification")
    panel = demo_window.backstage.show_panel()
    rows = {panel.stages.item(row, 0).text(): row for row in range(panel.stages.rowCount())}
    delivery = rows["Livraison et installation"]
    assert panel.stages.item(delivery, 2).text() == "Planification"
    unsupported = panel.stages.item(delivery, 7).text().split("\n")
    assert "Livraison et installation" in unsupported
    assert panel.blueprint_summary.text().startswith("Items behind the scenes: 1 · teams: 0 ")
    assert panel.hypotheses.rowCount() > 0
    assert panel.hypotheses.item(0, 0).text() == "1"
    touchpoint_id = panel.hypotheses.item(0, 0).data(Qt.ItemDataRole.UserRole)
    panel.hypotheses.cellDoubleClicked.emit(0, 2)
    assert current_view(demo_window).selected_touchpoint_ids() == [touchpoint_id]
    # The ranking follows the evidence: measured, the first moment leaves the list.
    view = current_view(demo_window)
    view.select_touchpoint(touchpoint_id)
    _choose(demo_window.inspector.touchpoint_form.evidence, Evidence.MEASURED.value)
    ids = [panel.hypotheses.item(row, 0).data(Qt.ItemDataRole.UserRole)
           for row in range(panel.hypotheses.rowCount())]
    assert touchpoint_id not in ids


def test_an_item_of_a_journey_without_pain_points_shows_a_sentence_not_an_empty_list(
        make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(project=new_project(
        "Banque", "fr", bundled_template("banking/account_opening", "fr").project))
    window.views.set_blueprint_shown(True)
    view = current_view(window)
    journey = window.document.journey(view.journey_id)
    item = journey.blueprint[0]
    layout = view.map_scene.map_layout
    assert layout is not None and layout.blueprint is not None
    place = layout.blueprint.items[item.id].rect
    centre = QPointF(place.x + place.width / 2, place.y + place.height / 2)
    view.centerOn(centre)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(centre))
    form = window.inspector.blueprint_form
    assert form.item_id == item.id and form.isVisibleTo(window)
    assert not form.causes.isVisibleTo(window)
    assert form.causes_hint.isVisibleTo(window)
    assert form.causes_hint.text() == "The journey has no pain point yet: add them on its " \
                                      "touchpoints."
    box = form.causes.parentWidget()
    assert box is not None
    assert box.sizeHint().height() < form.causes.minimumHeight()  # no empty list to fill

    stage = journey.stages[0]
    window.document.undo_stack.push(AddTouchpoint(
        window.document, journey.id, stage.id, 0, Touchpoint(
            title="Appel", irritants=[Irritant(text="Attente trop longue")])))
    assert form.item_id == item.id
    assert form.causes.isVisibleTo(window) and not form.causes_hint.isVisibleTo(window)
    assert [form.causes.item(row).text() for row in range(form.causes.count())] == [
        f"{stage.name} \u203a Appel \u203a Attente trop longue"]
