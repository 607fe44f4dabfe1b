"""The action plan: cells edited in place by keys and editors, undone, filtered, exported."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from ui_support import WindowFactory, small_project

from cxdesigner.model import Action, ActionStatus, Irritant, Project
from cxdesigner.ui.action_plan import export as export_module
from cxdesigner.ui.action_plan.delegates import read_number
from cxdesigner.ui.action_plan.model import KEYS
from cxdesigner.ui.action_plan.panel import ActionPlanPanel
from cxdesigner.ui.main_window import MainWindow


def plan_project() -> Project:
    project = small_project()
    call = project.journeys[0].stages[0].touchpoints[1]
    call.irritants = [Irritant(id="i-wait", text="Attente", severity=3)]
    project.journeys[0].stages[1].touchpoints[0].irritants = [
        Irritant(id="i-card", text="Carte refusée")]
    project.actions = [
        Action(id="a-1", description="Rappel automatique", owner="Téléphonie",
               status=ActionStatus.PLANNED, irritant_id="i-wait", touchpoint_id="t-2",
               due_date=dt.date(2025, 6, 30), kpi="Appels perdus", kpi_target=5.0),
        Action(id="a-2", description="Deux moyens de paiement", owner="Digital",
               status=ActionStatus.IDEA),
        Action(id="a-3", description="Former les conseillers", owner="téléphonie",
               status=ActionStatus.DONE, completed_on=dt.date(2025, 4, 1)),
    ]
    return project


@pytest.fixture
def plan_window(make_window: WindowFactory) -> MainWindow:
    window = make_window(project=plan_project())
    window.action_plan.show()
    window.action_plan.raise_()
    return window


def cell(dock: ActionPlanPanel, row: int, key: str) -> QModelIndex:
    return dock.proxy.index(row, KEYS.index(key))


def shown(dock: ActionPlanPanel, key: str) -> list[str | None]:
    return [cell(dock, row, key).data() for row in range(dock.proxy.rowCount())]


def open_editor(dock: ActionPlanPanel, qtbot: QtBot, row: int, key: str) -> QWidget:
    index = cell(dock, row, key)
    dock.table.setFocus()
    dock.table.setCurrentIndex(index)
    qtbot.keyClick(dock.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not dock.table
    return editor


def test_typing_in_a_cell_is_one_undoable_edit(plan_window: MainWindow, qtbot: QtBot) -> None:
    dock, document = plan_window.action_plan.panel, plan_window.document
    editor = open_editor(dock, qtbot, 1, "root_cause")
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Un seul prestataire")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the loop

    assert document.item("actions", "a-2").root_cause == "Un seul prestataire"
    assert shown(dock, "root_cause")[1] == "Un seul prestataire"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.item("actions", "a-2").root_cause == ""
    assert shown(dock, "root_cause")[1] is None


def test_an_empty_description_is_refused(plan_window: MainWindow, qtbot: QtBot) -> None:
    dock = plan_window.action_plan.panel
    editor = open_editor(dock, qtbot, 0, "description")
    assert isinstance(editor, QLineEdit)
    editor.clear()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the loop
    assert plan_window.document.item("actions", "a-1").description == "Rappel automatique"
    assert plan_window.document.undo_stack.count() == 0


def test_status_and_irritant_are_chosen_from_lists(plan_window: MainWindow,
                                                   qtbot: QtBot) -> None:
    dock, document = plan_window.action_plan.panel, plan_window.document
    editor = open_editor(dock, qtbot, 1, "status")
    assert isinstance(editor, QComboBox)
    assert editor.currentText() == "Idea"
    qtbot.keyClick(editor, Qt.Key.Key_Down)  # choosing commits at once
    assert document.item("actions", "a-2").status is ActionStatus.PLANNED
    assert shown(dock, "status")[1] == "Planned"

    editor = open_editor(dock, qtbot, 1, "irritant")
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == [
        "(no pain point)", "Appel — Attente", "Paiement — Carte refusée"]
    qtbot.keyClick(editor, Qt.Key.Key_End)
    action = document.item("actions", "a-2")
    assert (action.irritant_id, action.touchpoint_id) == ("i-card", "t-3")
    assert shown(dock, "irritant")[1] == "Paiement — Carte refusée"

    document.undo_stack.undo()
    assert document.item("actions", "a-2").irritant_id is None
    document.undo_stack.undo()
    assert document.item("actions", "a-2").status is ActionStatus.IDEA


def test_dates_and_numbers_have_their_editors(plan_window: MainWindow, qtbot: QtBot) -> None:
    dock, document = plan_window.action_plan.panel, plan_window.document
    editor = open_editor(dock, qtbot, 1, "due_date")
    assert isinstance(editor, QDateEdit)
    editor.setDate(QDate(2025, 9, 15))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the loop
    assert document.item("actions", "a-2").due_date == dt.date(2025, 9, 15)

    editor = open_editor(dock, qtbot, 0, "kpi_target")
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "5"
    editor.clear()
    qtbot.keyClicks(editor, "12.5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the loop
    assert document.item("actions", "a-1").kpi_target == 12.5
    assert shown(dock, "kpi_target")[0] == "12.5"

    editor = open_editor(dock, qtbot, 0, "kpi_target")
    assert isinstance(editor, QLineEdit)
    editor.clear()
    qtbot.keyClicks(editor, "beaucoup")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the loop
    assert document.item("actions", "a-1").kpi_target == 12.5  # not a number: kept
    assert document.undo_stack.count() == 2

    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.item("actions", "a-2").due_date is None
    assert document.item("actions", "a-1").kpi_target == 5.0


def test_numbers_are_read_in_either_notation() -> None:
    assert read_number(" 12.5 ") == 12.5
    assert read_number("12,5") == 12.5
    assert read_number("") is None
    with pytest.raises(ValueError):
        read_number("douze")


def test_rows_are_added_and_deleted_with_undo(plan_window: MainWindow, qtbot: QtBot) -> None:
    dock, document = plan_window.action_plan.panel, plan_window.document
    dock.add_button.click()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # typing the new action's description right away
    editor.selectAll()
    qtbot.keyClicks(editor, "Suivre les colis")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the loop
    assert [a.description for a in document.project.actions][-1] == "Suivre les colis"
    assert document.undo_stack.count() == 2

    dock.table.selectRow(0)
    dock.remove_button.click()
    assert [a.id for a in document.project.actions][:2] == ["a-2", "a-3"]
    document.undo_stack.undo()
    assert [a.id for a in document.project.actions][:3] == ["a-1", "a-2", "a-3"]


def test_filter_and_sort(plan_window: MainWindow, qtbot: QtBot) -> None:
    dock = plan_window.action_plan.panel
    dock.owner.setCurrentIndex(dock.owner.findData("Téléphonie"))
    assert shown(dock, "description") == ["Rappel automatique", "Former les conseillers"]
    dock.status.setCurrentIndex(dock.status.findData(ActionStatus.DONE.value))
    assert shown(dock, "description") == ["Former les conseillers"]
    dock.status.setCurrentIndex(0)
    dock.owner.setCurrentIndex(0)
    qtbot.keyClicks(dock.search, "attente")  # the irritant's text counts
    assert shown(dock, "description") == ["Rappel automatique"]
    dock.search.clear()
    assert dock.count.text() == "3 of 3 actions"
    dock.table.sortByColumn(KEYS.index("status"), Qt.SortOrder.AscendingOrder)
    assert shown(dock, "status") == ["Idea", "Planned", "Done"]


def test_the_plan_is_exported_as_csv_safe_from_formulas(
        plan_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dock = plan_window.action_plan.panel
    assert dock.model.setData(dock.model.index(1, KEYS.index("description")),
                              '=HYPERLINK("http://x.example","clic")')
    target = tmp_path / "plan.csv"
    asked: list[Path] = []

    def choose(parent: QWidget, suggested: Path) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(export_module, "choose_csv_path", choose)
    export = next(a for a in plan_window.menus.export_menu.actions()
                  if a.text() == "Action Plan (CSV)…")
    export.trigger()

    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:4] == ["Action", "Statut", "Parcours", "Étape"]  # the project's language
    assert rows[1][:6] == ["Rappel automatique", "Planifiée", "Parcours actuel", "Découverte",
                           "Appel", "Attente"]
    assert rows[2][0] == '\'=HYPERLINK("http://x.example","clic")'
    assert rows[1][rows[0].index("Cible du KPI")] == "5"
    assert rows[1][rows[0].index("Échéance")] == "30/06/2025"
    assert len(rows) == 4
    assert "plan.csv" in plan_window.statusBar().currentMessage()
    assert asked and asked[0].suffix == ".csv"


def test_every_column_header_is_read_whole(plan_window: MainWindow) -> None:
    dock = plan_window.action_plan.panel
    header = dock.table.horizontalHeader()
    metrics = header.fontMetrics()
    for column, key in enumerate(KEYS):
        text = str(dock.proxy.headerData(column, Qt.Orientation.Horizontal))
        # The text and the section's padding (at least 4 px a side) fit the column.
        assert header.sectionSize(column) >= metrics.horizontalAdvance(text) + 8, (key, text)
