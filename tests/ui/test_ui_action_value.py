"""The value of a point typed in, undone, and the actions ranked and totalled by it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from benchmark_support import valued
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from cxdesigner.document import JourneyDocument
from cxdesigner.model import Project
from cxdesigner.ui.action_plan.model import KEYS
from cxdesigner.ui.action_plan.panel import ActionPlanPanel
from cxdesigner.ui.action_plan.point_values import PointValuesPanel, parse_amount
from cxdesigner.ui.panel_context import PanelContext
from cxdesigner.ui.prompts import Prompts

NB, THIN = "\u00a0", "\u202f"


def _context(project: Project, qtbot: QtBot) -> PanelContext:
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    return PanelContext(JourneyDocument(project, parent=host), host)


def _undone_and_redone(document: JourneyDocument, edit: Callable[[], object]) -> None:
    before, steps = document.project.model_dump(), document.undo_stack.count()
    edit()
    QApplication.processEvents()
    after: dict[str, Any] = document.project.model_dump()
    assert after != before and document.undo_stack.count() == steps + 1
    document.undo_stack.undo()
    assert document.project.model_dump() == before
    document.undo_stack.redo()
    assert document.project.model_dump() == after


def _type(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:  # QTest types ASCII only: the rest goes in as an input method would put it
        field.insert(text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


@pytest.mark.parametrize(("typed", "amount"), [
    ("120 000", 120_000.0), ("120000", 120_000.0), ("1,5", 1.5), ("120,000", 120_000.0),
    ("120,000.50", 120_000.5), ("12\u202f000", 12_000.0), ("0", None), ("-3", None),
    ("beaucoup", None), ("", None)])
def test_amounts_are_read_the_french_or_the_english_way(typed: str,
                                                        amount: float | None) -> None:
    assert parse_amount(typed) == amount


def test_a_value_of_a_point_is_typed_in_and_values_the_actions(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    project = valued()
    project.point_values = []
    context = _context(project, qtbot)
    document = context.document
    panel = PointValuesPanel(context, context.dialog_parent)
    panel.show()
    assert "State what one point of an indicator is worth" in panel.report.text()
    _undone_and_redone(document, lambda: qtbot.mouseClick(panel.add_button,
                                                          Qt.MouseButton.LeftButton))
    assert document.project.point_values[0].indicator == "NPS"
    _undone_and_redone(document, lambda: _type(qtbot, panel.amount, "120 000"))
    _undone_and_redone(document, lambda: _type(qtbot, panel.unit, "€ / an"))
    _undone_and_redone(document, lambda: _type(qtbot, panel.effect, "0,4 % de réachat"))
    _undone_and_redone(document, lambda: _type(qtbot, panel.source, "Étude fidélité 2024"))
    point = document.project.point_values[0]
    assert (point.amount, point.unit, point.source) == (120_000, "€ / an", "Étude fidélité 2024")
    report = panel.report.text()
    assert (f"• 1 point de NPS = 120{THIN}000{NB}€ / an (0,4 % de réachat){NB}; "
            f"source{NB}: Étude fidélité 2024.") in report
    # NPS only: rappel 960 000, dedie 360 000, formation 240 000, pire 480 000,
    # vitrine 240 000 = 2 280 000 expected; obtained dedie 480 000 - pire 240 000.
    assert (f"€ / an{NB}: attendu 2{THIN}280{THIN}000{NB}€ / an (5 actions), obtenu "
            f"240{THIN}000{NB}€ / an (2 mesurées), encore ouvert 1{THIN}440{THIN}000{NB}€ / an "
            f"(3 actions non mesurées).") in report
    assert report.index("1. dedie") < report.index("2. pire") < report.index("3. rappel")
    assert (f"1. dedie{NB}: 360{THIN}000{NB}€ / an ÷ 5 j = 72{THIN}000{NB}€ / an par "
            "jour-homme") in report

    refused: list[str] = []
    monkeypatch.setattr(Prompts, "show_warning",
                        lambda self, title, text, details="": refused.append(text))
    before = document.project.model_dump()
    _type(qtbot, panel.amount, "beaucoup")
    assert refused == ["“beaucoup” is not an amount: type what one point is worth, a number "
                       "above 0 (120000 or 120 000 or 1,5)."]
    assert document.project.model_dump() == before
    assert panel.amount.text() == f"120{THIN}000"  # the stored value, shown again

    def lower_is_better() -> None:
        panel.direction.setFocus()
        qtbot.keyClick(panel.direction, Qt.Key.Key_Down)

    _undone_and_redone(document, lower_is_better)
    assert document.project.point_values[0].higher_is_better is False
    _undone_and_redone(document, lambda: qtbot.mouseClick(panel.delete_button,
                                                          Qt.MouseButton.LeftButton))
    assert document.project.point_values == []


def test_the_action_plan_ranks_by_value_for_effort_and_says_what_is_missing(
        qtbot: QtBot) -> None:
    context = _context(valued(), qtbot)
    plan = ActionPlanPanel(context, context.dialog_parent)
    plan.show()
    rank, expected = KEYS.index("value_rank"), KEYS.index("expected_value")
    plan.table.sortByColumn(rank, Qt.SortOrder.AscendingOrder)
    order = [plan.proxy.index(row, KEYS.index("description")).data()
             for row in range(plan.proxy.rowCount())]
    assert order[:4] == ["dedie", "pire", "rappel", "vitrine"]  # the € / an unit
    cells = {plan.proxy.index(row, KEYS.index("description")).data():
             (plan.proxy.index(row, rank).data(), plan.proxy.index(row, expected).data(),
              plan.proxy.index(row, expected).data(Qt.ItemDataRole.ToolTipRole))
             for row in range(plan.proxy.rowCount())}
    assert cells["rappel"][:2] == ("3", f"960{THIN}000{NB}€ / an")
    # No figure from a missing input: "retour" lacks its baseline, and says so.
    assert cells["retour"] == ("\u2014", "\u2014", f"manque{NB}: le KPI avant l’action")
    assert not plan.model.flags(plan.model.index(0, expected)) & Qt.ItemFlag.ItemIsEditable

    # The baseline typed in the plan values the action at once.
    document = context.document
    row = next(r for r in range(plan.proxy.rowCount())
               if plan.proxy.index(r, KEYS.index("description")).data() == "retour")
    index = plan.proxy.index(row, KEYS.index("kpi_baseline"))

    def type_baseline() -> None:
        plan.table.setFocus()
        plan.table.setCurrentIndex(index)
        qtbot.keyClick(plan.table, Qt.Key.Key_F2)
        editor = plan.table.focusWidget()
        assert isinstance(editor, QLineEdit)
        editor.clear()
        qtbot.keyClicks(editor, "41")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        QApplication.processEvents()

    _undone_and_redone(document, type_baseline)
    assert document.item("actions", "retour").kpi_baseline == 41.0
    row = next(r for r in range(plan.proxy.rowCount())
               if plan.proxy.index(r, KEYS.index("description")).data() == "retour")
    # (45 - 41) x 120 000
    assert plan.proxy.index(row, expected).data() == f"480{THIN}000{NB}€ / an"
