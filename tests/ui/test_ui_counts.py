"""The counts tab: indicators from counts with their n, typed by a form, edited, undone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem
from ui_support import WindowFactory, small_project

from cxdesigner.model import CountIndicator, IndicatorRecord, Project
from cxdesigner.ui.indicators.counts_tab import CountsTab
from cxdesigner.ui.main_window import MainWindow


def counted_project() -> Project:
    """Churn on the current journey: 15,800 lost of 126,400 at the start -> 12.5 %, n=126,400.

    Referral on "Appel" (t-2) lacks all_purchases, so it cannot be computed.
    """
    project = small_project()
    project.indicator_records = [
        IndicatorRecord(id="r-churn", scope_id="j-now", indicator=CountIndicator.CHURN,
                        inputs={"customers_at_start": 126400.0, "customers_lost": 15800.0},
                        period="2024", date=dt.date(2024, 12, 31)),
        IndicatorRecord(id="r-referral", scope_id="t-2",
                        indicator=CountIndicator.REFERRAL_RATE,
                        inputs={"referral_purchases": 40.0}, period="T1")]
    return project


@pytest.fixture(autouse=True)
def _english_numbers() -> Iterator[None]:
    """Numbers read as in English (126,400) whatever the machine's locale."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


def counts_tab(window: MainWindow) -> CountsTab:
    window.indicators.show()
    window.indicators.raise_()
    tab = window.indicators.panel.tabs.widget(2)
    assert isinstance(tab, CountsTab)
    window.indicators.panel.tabs.setCurrentWidget(tab)
    assert window.indicators.panel.tabs.tabText(2) == "Counts"
    return tab


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def rows(tab: CountsTab) -> list[list[str]]:
    table = tab.table
    return [[cell(table, row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())]


def test_churn_shows_its_value_with_n(make_window: WindowFactory) -> None:
    tab = counts_tab(make_window(project=counted_project()))
    churn = rows(tab)[0]
    assert churn[0] == "Parcours actuel"
    assert churn[1] == "Churn rate"
    assert churn[2] == "2024"
    assert churn[4] == "12.5\u00a0% · n=126,400"


def test_a_missing_input_shows_the_reason(make_window: WindowFactory) -> None:
    tab = counts_tab(make_window(project=counted_project()))
    referral = rows(tab)[1]
    assert referral[0] == "Parcours actuel ▸ Découverte ▸ Appel"
    assert referral[4] == "Not computed: missing All purchases"


def test_adding_by_the_form_then_undoing(make_window: WindowFactory) -> None:
    window = make_window(project=counted_project())
    tab = counts_tab(window)
    form = tab.form
    form.set_indicator(CountIndicator.ACQUISITION_COST)
    assert list(form.fields) == ["sales_marketing_cost", "customers_acquired"]
    form.scope.setCurrentIndex(form.scope.findData("s-2"))
    form.period.setText("2025 T1")
    form.fields["sales_marketing_cost"].setText("12,500")
    form.fields["customers_acquired"].setText("250")
    record = form.add()
    assert record is not None
    assert window.document.project.indicator_records[-1].inputs == {
        "sales_marketing_cost": 12500.0, "customers_acquired": 250.0}
    added = rows(tab)[-1]
    assert added[:3] == ["Parcours actuel ▸ Achat", "Customer acquisition cost", "2025 T1"]
    assert added[4] == "50 · n=250"
    window.document.undo_stack.undo()
    assert len(rows(tab)) == 2
    assert [r.id for r in window.document.project.indicator_records] == ["r-churn", "r-referral"]


def test_a_wrong_number_is_not_added(make_window: WindowFactory) -> None:
    window = make_window(project=counted_project())
    form = counts_tab(window).form
    form.fields["customers_at_start"].setText("beaucoup")
    assert form.add() is None
    assert "not a number" in form.message.text()
    assert len(window.document.project.indicator_records) == 2


def test_editing_an_input_in_place_then_deleting(make_window: WindowFactory) -> None:
    window = make_window(project=counted_project())
    tab = counts_tab(window)
    tab.table.selectRow(1)
    labels = [cell(tab.inputs, row, 0).text() for row in range(tab.inputs.rowCount())]
    assert labels == ["Purchases by referral", "All purchases"]
    cell(tab.inputs, 1, 1).setText("400")  # as the in-place editor does
    assert rows(tab)[1][4] == "10\u00a0% · n=400"
    assert tab.selected_record() is not None
    assert tab.selected_record().id == "r-referral"  # type: ignore[union-attr]
    window.document.undo_stack.undo()
    assert rows(tab)[1][4].startswith("Not computed")
    tab.table.selectRow(0)
    tab.delete_button.click()
    assert [r.id for r in window.document.project.indicator_records] == ["r-referral"]
    window.document.undo_stack.undo()
    assert len(rows(tab)) == 2


def test_replacing_the_project_refreshes(make_window: WindowFactory) -> None:
    window = make_window(project=small_project())
    tab = counts_tab(window)
    assert rows(tab) == []
    assert "No counts yet" in tab.summary.text()
    window.document.replace_project(counted_project(), None)
    assert len(rows(tab)) == 2
