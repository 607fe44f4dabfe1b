"""The segments panel: per-segment figures, profile values, contact-log import, impact."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from ui_support import WindowFactory

from cxdesigner.model import (
    Action,
    ActionStatus,
    Channel,
    ContactProfile,
    ContactRecord,
    Journey,
    Project,
    Segment,
    Stage,
    SurveyAnswer,
    SurveyIndicator,
    Touchpoint,
)
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.segments.contact_dialog import ContactDialog
from cxdesigner.ui.segments.panel import SegmentsPanel
from cxdesigner.ui.segments.prompts import SegmentPrompts

WHERE = "Où est ma commande ?"


def _contact(day: str, segment: str | None, channel: str, reason: str, count: int,
             stage: str | None = None, touchpoint: str | None = None,
             resolved: bool | None = None, minutes: float | None = None) -> ContactRecord:
    return ContactRecord(date=dt.date.fromisoformat(day), segment_id=segment,
                         channel_id=channel, reason=reason, count=count, stage_id=stage,
                         touchpoint_id=touchpoint, resolved=resolved,
                         duration_minutes=minutes)


def _answer(indicator: SurveyIndicator, value: float, segment: str, scope: str = "j-1",
            day: str | None = None) -> SurveyAnswer:
    return SurveyAnswer(scope_id=scope, indicator=indicator, value=value, segment_id=segment,
                        date=dt.date.fromisoformat(day) if day else None)


def segmented_project() -> Project:
    """Two segments, their contacts, answers, two profiles and one action (see the tests)."""
    journey = Journey(id="j-1", name="Commande", stages=[
        Stage(id="s-buy", name="Achat", touchpoints=[Touchpoint(id="t-pay", title="Paiement")]),
        Stage(id="s-after", name="Après-vente",
              touchpoints=[Touchpoint(id="t-help", title="Suivi")])])
    ces, nps = SurveyIndicator.CES, SurveyIndicator.NPS
    return Project(
        title="Segments", language="fr",
        channels=[Channel(id="ch-web", name="Site web"), Channel(id="ch-phone", name="Téléphone")],
        segments=[Segment(id="seg-young", name="Jeunes actifs", size=1200),
                  Segment(id="seg-old", name="Seniors")],
        journeys=[journey],
        contacts=[
            _contact("2025-01-06", "seg-young", "ch-web", "Paiement refusé", 30, "s-buy",
                     resolved=True, minutes=4.0),
            _contact("2025-01-20", "seg-young", "ch-phone", WHERE, 10, "s-after",
                     resolved=False, minutes=10.0),
            _contact("2025-02-03", "seg-old", "ch-phone", WHERE, 50, "s-after",
                     resolved=False, minutes=12.0),
            _contact("2025-02-10", "seg-old", "ch-phone", "Paiement refusé", 20,
                     touchpoint="t-pay"),
            _contact("2025-03-03", None, "ch-web", "Retour", 5),
            _contact("2025-04-07", "seg-old", "ch-phone", WHERE, 20, "s-after",
                     resolved=True, minutes=6.0),
            _contact("2025-05-05", "seg-old", "ch-phone", WHERE, 10, "s-after",
                     resolved=True, minutes=6.0),
            _contact("2025-06-02", "seg-old", "ch-phone", "ou est ma commande?", 6, "s-after",
                     resolved=True, minutes=6.0)],
        answers=[
            _answer(ces, 8, "seg-young", "t-pay", "2025-01-15"),
            _answer(ces, 6, "seg-young", "t-pay", "2025-01-15"),
            *(_answer(ces, value, "seg-old", "t-help", "2025-02-15") for value in (3, 4, 5)),
            *(_answer(nps, value, "seg-young") for value in (10, 9, 3)),
            *(_answer(nps, value, "seg-old") for value in (6, 7))],
        contact_profiles=[
            ContactProfile(id="prof-where", name="Suivi de commande", reasons=[WHERE],
                           touchpoint_ids=["t-help"], customer_value=1, business_value=1),
            ContactProfile(id="prof-pay", name="Paiement", reasons=["Paiement refusé"],
                           touchpoint_ids=["t-pay"], customer_value=3, business_value=2)],
        actions=[Action(id="act-sms", description="Prévenir par SMS", profile_ids=["prof-where"],
                        status=ActionStatus.DONE, completed_on=dt.date(2025, 4, 1),
                        due_date=dt.date(2025, 3, 31))])


def _texts(table: QTableWidget) -> list[list[str]]:
    rows = []
    for row in range(table.rowCount()):
        cells = []
        for column in range(table.columnCount()):
            item = table.item(row, column)
            cells.append(item.text().replace("\u00a0", " ") if item is not None else "")
        rows.append(cells)
    return rows


def _headers(table: QTableWidget) -> list[str]:
    return [table.horizontalHeaderItem(column).text() for column in range(table.columnCount())]


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window(project=segmented_project())


@pytest.fixture
def dock(window: MainWindow) -> SegmentsPanel:
    dock = window.segments.panel
    dock.show_tab(dock.segments)
    dock.refresh_all()
    return dock


def test_the_segments_tab_shows_who_gets_in_touch_and_on_which_channel(
        dock: SegmentsPanel) -> None:
    # Jeunes actifs: 30 (web) + 10 (phone) = 40 of 151 contacts = 26.5 %;
    # Seniors: 50 + 20 + 20 + 10 + 6 = 106, all by phone = 70.2 %;
    # without a segment: 5 on the web = 3.3 %. Minutes per contact, weighted by count:
    # (30 x 4 + 10 x 10) / 40 = 5.5; Seniors (50 x 12 + 36 x 6) / 86 = 9.5 (the 20 contacts
    # of 10 February say nothing of their duration).
    table = dock.segments.table
    assert _headers(table) == ["Segment", "Customers", "Site web", "Téléphone", "Contacts",
                               "Share", "Minutes / contact", "Resolved"]
    assert _texts(table) == [
        ["Jeunes actifs", "1,200", "30", "10", "40", "26.5 %", "5.5", "75 %"],
        ["Seniors", "—", "0", "106", "106", "70.2 %", "9.5", "42 %"],
        ["(no segment)", "—", "5", "0", "5", "3.3 %", "—", "—"]]
    assert "151 contacts from 6 Jan 2025 to 2 Jun 2025" in dock.segments.summary.text()
    dock.segments.view.setCurrentIndex(dock.segments.view.findData("stage"))
    # The contact of 10 February has no stage, only a touchpoint: it counts in Achat; the
    # one of 3 March has neither.
    assert _headers(table)[2:5] == ["Achat", "Après-vente", "(not given)"]
    assert [row[2:6] for row in _texts(table)] == [["30", "10", "0", "40"],
                                                    ["20", "86", "0", "106"],
                                                    ["0", "0", "5", "5"]]
    chart = dock.segments.chart.data
    assert chart is not None
    assert [series.name for series in chart.series] == ["Jeunes actifs", "Seniors",
                                                        "(no segment)"]


def test_the_effort_tab_puts_segments_side_by_side_with_their_n(dock: SegmentsPanel) -> None:
    # CES (1-10, higher is better): Jeunes actifs (8 + 6) / 2 = 7.0, Seniors (3 + 4 + 5) / 3
    # = 4.0: the Seniors struggle most. NPS: Jeunes actifs two promoters and one detractor
    # of three = +33; Seniors one detractor and one passive of two = -50.
    dock.tabs.setCurrentWidget(dock.effort)
    rows = _texts(dock.effort.table)
    assert rows == [
        ["Jeunes actifs", "7 / 10", "2", "+33.3", "3", "2", "few answers"],
        ["Seniors", "4 / 10", "3", "-50", "2", "1", "struggles most · few answers"],
        ["(no segment)", "—", "0", "—", "0", "—", "no answers"]]
    assert "Struggling most: Seniors (CES 4 / 10, n = 3)" in dock.effort.intro.text()
    bars = dock.effort.ces_chart.data
    assert bars is not None
    assert [(bar.label, bar.n, bar.highlight, bar.few) for bar in bars.bars] == [
        ("Jeunes actifs", 2, False, True), ("Seniors", 3, True, True),
        ("(no segment)", 0, False, True)]


def test_editing_a_profile_value_is_one_undoable_step(dock: SegmentsPanel,
                                                      qtbot: QtBot) -> None:
    dock.tabs.setCurrentWidget(dock.profiles)
    document = dock.document
    verdicts = [row[6] for row in _texts(dock.profiles.table)]
    assert verdicts == ["Remove (no value)", "Act (worth improving)"]

    combo = dock.profiles.value_combo("prof-where", "customer_value")
    combo.setCurrentIndex(combo.findData(3))

    assert document.item("contact_profiles", "prof-where").customer_value == 3
    assert document.undo_stack.count() == 1
    qtbot.waitUntil(lambda: _texts(dock.profiles.table)[0][6] == "Act (worth improving)")
    document.undo_stack.undo()
    assert document.item("contact_profiles", "prof-where").customer_value == 1
    qtbot.waitUntil(lambda: dock.profiles.value_combo("prof-where", "customer_value")
                    .currentData() == 1)
    assert _texts(dock.profiles.table)[0][6] == "Remove (no value)"


def test_unassigned_reasons_come_with_a_suggestion(dock: SegmentsPanel) -> None:
    dock.tabs.setCurrentWidget(dock.profiles)
    panel = dock.unassigned
    assert "5 contacts (3.3 %) belong to no profile" in panel.summary.text().replace("\u00a0",
                                                                                      " ")
    assert _texts(panel.table) == [["Retour", "5", "a profile of its own"]]


def test_an_unassigned_reason_joins_a_profile_in_one_step(dock: SegmentsPanel,
                                                          qtbot: QtBot) -> None:
    dock.tabs.setCurrentWidget(dock.profiles)
    panel = dock.unassigned
    panel.table.selectRow(0)
    panel.target.setCurrentIndex(panel.target.findData("prof-where"))

    panel.add_button.click()

    assert dock.document.item("contact_profiles", "prof-where").reasons == [WHERE, "Retour"]
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0)
    assert panel.summary.text() == "Every contact belongs to a profile."
    dock.document.undo_stack.undo()
    assert dock.document.item("contact_profiles", "prof-where").reasons == [WHERE]


def test_profiles_are_followed_per_month_or_per_week(dock: SegmentsPanel) -> None:
    dock.tabs.setCurrentWidget(dock.profiles)
    profiles = dock.profiles
    profiles.select("prof-where")
    chart = profiles.chart.data
    assert chart is not None
    # Suivi de commande: 10 in January, 50 in February, 20, 10 and 6 from April to June.
    assert [point.value for point in chart.points] == [10.0, 50.0, 0.0, 20.0, 10.0, 6.0]
    profiles.period.setCurrentIndex(profiles.period.findData("week"))
    chart = profiles.chart.data
    assert chart is not None
    # ISO weeks 2 (6 January) to 23 (2 June 2025): 22 weeks, the quiet ones at 0.
    assert len(chart.points) == 22
    assert sum(point.value or 0.0 for point in chart.points) == 96.0


def _import(window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """File ▸ Import ▸ Contact Log (CSV)… on ``path``; returns the problems shown."""
    shown: list[str] = []
    monkeypatch.setattr(SegmentPrompts, "contact_log_path", lambda self, folder: path)
    monkeypatch.setattr(SegmentPrompts, "show_import_problems",
                        lambda self, p, problems, warnings: shown.extend(problems))
    action = window.findChild(QAction, "importContactLog")
    assert isinstance(action, QAction)
    assert action in window.menus.import_menu.actions()
    action.trigger()
    return shown


def test_a_broken_contact_log_shows_every_problem_and_changes_nothing(
        window: MainWindow, dock: SegmentsPanel, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "contacts.csv"
    log.write_text("date;segment;canal;motif;nombre\n"
                   "2025-13-01;Seniors;Téléphone;Retard;2\n"
                   "2025-07-01;Seniors;Téléphone;Retard;-3\n"
                   ";Jeunes actifs;Site web;Retard;1\n", encoding="utf-8")
    before = window.document.project.model_dump()

    problems = _import(window, monkeypatch, log)

    assert len(problems) == 3
    assert [problem.split(",")[0] for problem in problems] == ["row 2", "row 3", "row 4"]
    assert window.document.project.model_dump() == before
    assert window.document.undo_stack.count() == 0


def test_a_good_contact_log_is_added_in_one_undo_step(
        window: MainWindow, dock: SegmentsPanel, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    log = tmp_path / "contacts.csv"
    log.write_text("date;segment;canal;motif;nombre\n"
                   "2025-07-01;Seniors;Téléphone;Où est ma commande ?;12\n"
                   "2025-07-02;Familles;Site web;Paiement refusé;3\n", encoding="utf-8")
    document = window.document

    assert _import(window, monkeypatch, log) == []

    assert len(document.project.contacts) == 10
    assert [s.name for s in document.project.segments] == ["Jeunes actifs", "Seniors",
                                                           "Familles"]
    assert document.undo_stack.count() == 1
    assert "15 contacts added (2 rows)" in window.statusBar().currentMessage()
    assert dock.isVisible() and dock.tabs.currentWidget() is dock.segments
    qtbot.waitUntil(lambda: "166 contacts" in dock.segments.summary.text())
    document.undo_stack.undo()
    assert len(document.project.contacts) == 8
    assert [s.name for s in document.project.segments] == ["Jeunes actifs", "Seniors"]


def test_a_typed_contact_count_is_added_and_undone(
        dock: SegmentsPanel, monkeypatch: pytest.MonkeyPatch) -> None:
    def fill_in(self: SegmentPrompts, dialog: ContactDialog) -> bool:
        dialog.segment.setCurrentIndex(dialog.segment.findData("seg-old"))
        dialog.channel.setCurrentIndex(dialog.channel.findData("ch-web"))
        dialog.reason.setText("Retour")
        dialog.count.setValue(25)
        return True

    monkeypatch.setattr(SegmentPrompts, "run", fill_in)
    document = dock.document

    dock.segments.list.setCurrentRow(1)
    dock.segments.count_button.click()

    added = document.project.contacts[-1]
    assert (added.segment_id, added.channel_id, added.reason, added.count) == (
        "seg-old", "ch-web", "Retour", 25)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert len(document.project.contacts) == 8


def test_the_impact_table_shows_before_and_after_with_n(dock: SegmentsPanel) -> None:
    # The SMS went out on 1 April 2025 (completed_on): before is January to March, after is
    # April to June. "Suivi de commande": 10 + 50 = 60 contacts before, 20 / month; 20 + 10 +
    # 6 = 36 after, 12 / month: -40 %. Minutes: (10 x 10 + 50 x 12) / 60 = 11.7 before, 6
    # after. Resolved: none of 60 before, all 36 after. CES of its touchpoint: 4 (n = 3)
    # before, no answer after.
    dock.tabs.setCurrentWidget(dock.impact)
    impact = dock.impact
    assert _texts(impact.list) == [["Prévenir par SMS", "Suivi de commande",
                                    "1 Apr 2025 (completed)", "20 → 12", "-40 % · better"]]
    impact.list.selectRow(0)
    assert _texts(impact.figures) == [
        ["Contacts per month", "20 (n = 60)", "12 (n = 36)", "-40 % · better"],
        ["Mean duration (min)", "11.7 (n = 60)", "6 (n = 36)", "-48.6 % · better"],
        ["Resolution rate", "0 % (n = 60)", "100 % (n = 36)", "better"],
        ["CES of its touchpoints", "4 (n = 3)", "—", "nothing measured after"]]
    assert "Jan 2025 – Mar 2025 (3 months in the log)" in impact.windows.text()
    chart = impact.chart.data
    assert chart is not None
    assert [(m.label, m.value, m.window) for m in chart.months] == [
        ("Jan 2025", 10.0, "before"), ("Feb 2025", 50.0, "before"), ("Mar 2025", 0.0, "before"),
        ("Apr 2025", 20.0, "after"), ("May 2025", 10.0, "after"), ("Jun 2025", 6.0, "after")]
    impact.months.setValue(1)
    # One month: March (no contact of the profile) against April (20): a rise from nothing.
    assert _texts(impact.list)[0][3:] == ["0 → 20", "worse"]


def test_a_read_only_window_shows_the_figures_but_offers_no_edits(
        make_window: WindowFactory) -> None:
    window = make_window(project=segmented_project(), read_only=True)
    dock = window.segments.panel
    dock.show_tab(dock.profiles)
    assert not dock.profiles.value_combo("prof-where", "customer_value").isEnabled()
    assert not dock.segments.add_button.isVisibleTo(dock)
