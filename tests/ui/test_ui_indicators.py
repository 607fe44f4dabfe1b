"""The indicator panel: worked NPS, CSAT and CES with n, few-answer warnings, imports, barometer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLineEdit, QStyleOptionGraphicsItem, QWidget
from pytestqt.qtbot import QtBot
from ui_support import WindowFactory, small_project

from cxdesigner.canvas.context import SELECTION
from cxdesigner.cli import main
from cxdesigner.document.commands import RemoveTouchpoints
from cxdesigner.export import ExportOptions, PaperSize, Section, export_pdf
from cxdesigner.io import load_project, save_project
from cxdesigner.model import (
    CriterionScore,
    Project,
    Scorecard,
    SurveyAnswer,
    SurveyIndicator,
)
from cxdesigner.ui.indicators import answers as answers_module
from cxdesigner.ui.indicators.answers import ProblemsDialog
from cxdesigner.ui.indicators.map_badges import card_badges
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.prompts import Prompts

NPS = SurveyIndicator.NPS


def answered_project() -> Project:
    """NPS on "Appel" (t-2): 10, 9, 9, 8, 3 -> 3 promoters, 1 detractor of 5: +40, n=5.

    On the whole current journey, 30 more NPS answers of 10 about the journey itself:
    33 promoters and 1 detractor of 35 -> (33 - 1) / 35 = +91.4, n=35.
    CSAT on "Paiement" (t-3), 1-5 satisfied from 4: 5, 4, 2 -> 2 of 3 = 66.7 %.
    """
    project = small_project()
    project.answers = [SurveyAnswer(scope_id="t-2", indicator=NPS, value=float(v))
                       for v in (10, 9, 9, 8, 3)]
    project.answers += [SurveyAnswer(scope_id="j-now", indicator=NPS, value=10.0)
                        for _ in range(30)]
    project.answers += [SurveyAnswer(scope_id="t-3", indicator=SurveyIndicator.CSAT,
                                     value=float(v)) for v in (5, 4, 2)]
    project.scorecards = [
        Scorecard(id="sc-now", scope_id="s-1", name="Mars", scores=[
            CriterionScore(criterion="Cognitif", score=4.0),
            CriterionScore(criterion="Émotionnel", score=5.0)]),
        Scorecard(id="sc-next", scope_id="s-3", scores=[
            CriterionScore(criterion="cognitif", score=8.0)])]
    return project


@pytest.fixture
def indicator_window(make_window: WindowFactory) -> MainWindow:
    window = make_window(project=answered_project())
    window.indicators.show()
    window.indicators.raise_()
    return window


def table_cells(window: MainWindow) -> dict[str, list[str]]:
    model = window.indicators.panel.survey.model
    return {model.index(row, 0).data().strip(): [model.index(row, c).data() for c in (1, 2, 3)]
            for row in range(model.rowCount())}


def test_scores_show_their_n_and_warn_when_few(indicator_window: MainWindow) -> None:
    cells = table_cells(indicator_window)
    assert cells["Parcours actuel"][0] == "+91.4 · n=35"
    assert cells["Appel"][0] == "+40 · n=5 · few answers"
    assert cells["Découverte"][0] == "+40 · n=5 · few answers"
    assert cells["Paiement"][1] == "66.7\u00a0% · n=3 · few answers"
    assert cells["Achat"][2] == "\u2014"
    assert "Publicité" not in cells  # a step without answers, hidden until asked
    indicator_window.indicators.panel.survey.with_empty.setChecked(True)
    assert "Publicité" in table_cells(indicator_window)
    model = indicator_window.indicators.panel.survey.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data().strip() == "Appel")
    tip = model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "3 promoters (9-10), 1 passives (7-8), 1 detractors (0-6)" in tip
    assert "Only 5 answers" in tip


def test_charts_and_card_chips_follow_the_answers(indicator_window: MainWindow) -> None:
    survey = indicator_window.indicators.panel.survey
    chart = survey.charts[NPS].data
    assert chart is not None
    assert chart.annotations() == [("Découverte", "+40", "n=5"), ("Achat", "", "n=0")]
    assert "journey: +91.4 · n=35" in survey.titles[NPS].text()
    project = indicator_window.document.project
    assert card_badges(project, project.journeys[0]) == {"t-2": "NPS +40 · n=5",
                                                         "t-3": "CSAT 66.7\u00a0% · n=3"}
    view = indicator_window.tabs.current_view()
    assert view is not None
    assert view.map_scene.context.card_badges["t-2"] == "NPS +40 · n=5"
    card = view.map_scene.touchpoint_items["t-2"]
    assert card.boundingRect().top() < 0  # room for the chip astride the top edge
    image = QImage(card.boundingRect().size().toSize(), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.translate(-card.boundingRect().topLeft())
    card.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    assert QColor(image.pixel(int(card.boundingRect().width()) - 30, 1)).alpha() > 0


def _near(found: QColor, wanted: str) -> bool:
    other = QColor(wanted)
    return max(abs(found.red() - other.red()), abs(found.green() - other.green()),
               abs(found.blue() - other.blue())) < 48


def test_the_selection_frame_goes_around_a_cards_chip_not_across_it(
        indicator_window: MainWindow, qtbot: QtBot) -> None:
    view = indicator_window.tabs.current_view()
    assert view is not None
    layout = view.map_scene.map_layout
    assert layout is not None
    card = layout.touchpoints["t-2"].card
    view.centerOn(QPointF(card.center.x, card.center.y))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.mapFromScene(QPointF(card.center.x, card.center.y + 10)))
    assert view.selected_touchpoint_ids() == ["t-2"]
    shot = view.viewport().grab().toImage()

    def seen(x: float, y: float) -> QColor:
        point = view.mapFromScene(QPointF(card.x + x, card.y + y))
        return QColor(shot.pixel(point))

    chip_right = int(card.width) - 8  # the chip astride the top edge, at the right
    # On the card's top edge, inside the chip: the chip, not the frame across it.
    assert not any(_near(seen(x, 0), SELECTION) for x in range(chip_right - 30, chip_right - 8))
    # Above the chip: the frame, around it.
    assert _near(seen(chip_right - 20, -10), SELECTION)
    # And the frame along the rest of the card's top edge, as on any card.
    assert _near(seen(card.width / 3, 0), SELECTION)


def test_typing_an_answer_is_one_undoable_step(indicator_window: MainWindow,
                                               qtbot: QtBot) -> None:
    form = indicator_window.indicators.panel.survey.form
    document = indicator_window.document
    form.scope.setCurrentIndex(form.scope.findData("t-1"))
    form.indicator.setCurrentIndex(form.indicator.findData("ces"))
    form.scale.setText("1-7 inverse")
    qtbot.keyClicks(form.value, "2")
    qtbot.keyClicks(form.respondent, "Mme Roux")
    form.date.setDate(form.date.date().addDays(-1))

    form.add_button.click()

    answer = document.project.answers[-1]
    assert (answer.scope_id, answer.indicator, answer.value, answer.respondent) == (
        "t-1", SurveyIndicator.CES, 2.0, "Mme Roux")
    assert answer.scale is not None and not answer.scale.higher_is_better
    assert answer.date == dt.date.today() - dt.timedelta(days=1)
    assert table_cells(indicator_window)["Publicité"][2] == "2 / 7 · n=1 · few answers"
    document.undo_stack.undo()
    assert "Publicité" not in table_cells(indicator_window)

    form.scale.setText("n'importe quoi")
    assert form.add() is None
    assert "Not added" in form.message.text()



def test_an_answer_outside_its_scale_is_refused_not_cut_short(indicator_window: MainWindow,
                                                              qtbot: QtBot) -> None:
    """"11" typed for an NPS stays 11 in the field and is refused; it never becomes 1."""
    form = indicator_window.indicators.panel.survey.form
    document = indicator_window.document
    before = list(document.project.answers)
    form.scope.setCurrentIndex(form.scope.findData("t-1"))
    form.indicator.setCurrentIndex(form.indicator.findData("nps"))
    assert form.value.placeholderText() == "0 to 10"
    qtbot.mouseClick(form.value, Qt.MouseButton.LeftButton)
    qtbot.keyClick(form.value, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.value, "11")
    assert form.value.text() == "11"
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert document.project.answers == before
    assert form.message.text() == (
        "Not added: NPS answers are numbers from 0 to 10 (typed “11”).")
    # Each kind its own range: a CSAT answer on the usual 1-5 scale.
    form.indicator.setCurrentIndex(form.indicator.findData("csat"))
    assert form.value.placeholderText() == "1 to 5"
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert document.project.answers == before
    assert "from 1 to 5" in form.message.text()
    form.value.clear()
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert form.message.text() == (
        "Not added: type the answer: CSAT answers are numbers from 1 to 5.")
    qtbot.keyClicks(form.value, "5")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert document.project.answers[-1].value == 5.0
    assert document.project.answers[:-1] == before and form.message.text() == ""

def _import(window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    def choose(parent: QWidget, folder: Path) -> Path:
        return path

    monkeypatch.setattr(answers_module, "choose_answers_file", choose)
    action = next(a for a in window.menus.import_menu.actions()
                  if a.text() == "Survey Answers (Excel or CSV)…")
    action.trigger()


def test_an_answers_file_with_errors_shows_them_all_and_adds_nothing(
        indicator_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "réponses.csv"
    path.write_text("point de contact;indicateur;valeur\nAppel;nps;12\nInconnu;nps;8\n"
                    "Paiement;effort;3\n", encoding="utf-8")
    shown: list[ProblemsDialog] = []

    def run(self: Prompts, dialog: ProblemsDialog) -> bool:
        shown.append(dialog)
        return False

    monkeypatch.setattr(Prompts, "run", run)
    before = indicator_window.document.project.model_dump()

    _import(indicator_window, monkeypatch, path)

    assert len(shown) == 1
    problems = shown[0].problems
    assert len(problems) == 3
    assert any("12" in p for p in problems) and any("Inconnu" in p for p in problems)
    assert all(p in shown[0].text.toPlainText() for p in problems)
    assert indicator_window.document.project.model_dump() == before
    assert indicator_window.document.undo_stack.count() == 0


def test_a_good_answers_file_is_one_undo_step(indicator_window: MainWindow, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "answers.csv"
    path.write_text("touchpoint;indicator;value;segment\nPublicité;nps;0;Jeunes\n"
                    "Publicité;nps;10;Jeunes\nt-1;csat;5;\n", encoding="utf-8")
    document = indicator_window.document

    _import(indicator_window, monkeypatch, path)

    assert len(document.project.answers) == 38 + 3
    assert [s.name for s in document.project.segments] == ["Jeunes"]
    assert table_cells(indicator_window)["Publicité"][0] == "0 · n=2 · few answers"
    assert document.undo_stack.count() == 1
    assert "3 answers imported" in indicator_window.statusBar().currentMessage()
    document.undo_stack.undo()
    assert len(document.project.answers) == 38 and document.project.segments == []


def test_the_barometer_is_edited_and_compared(indicator_window: MainWindow,
                                              qtbot: QtBot) -> None:
    tab = indicator_window.indicators.panel.barometer
    document = indicator_window.document
    overview = tab.chart.data  # the journey has no scorecard: its stages' means
    assert overview is not None and overview.categories == ("Découverte", "Achat")
    assert [s.values for s in overview.series] == [(4.5, None), (8.0, None)]
    tab.scope.setCurrentIndex(tab.scope.findData("s-1"))
    assert tab.card.currentText() == "Mars"
    chart = tab.chart.data
    assert chart is not None  # current "Découverte" against the target's
    assert chart.categories == ("Cognitif", "Émotionnel")
    assert [s.values for s in chart.series] == [(4.0, 5.0), (8.0, None)]
    assert "mean gain +3.5" in tab.title.text()

    index = tab.model.index(1, 1)
    tab.table.setFocus()
    tab.table.setCurrentIndex(index)
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    editor = tab.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.clear()
    qtbot.keyClicks(editor, "7.5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the loop
    assert document.item("scorecards", "sc-now").scores[1].score == 7.5
    assert tab.model.index(1, 1).data() == "7.5"
    assert not tab.model.setData(tab.model.index(0, 1), 11.0)  # beyond 10: refused

    tab.add_row()
    assert [c.criterion for c in document.item("scorecards", "sc-now").scores][-1] == (
        "New criterion")
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.item("scorecards", "sc-now").scores[1].score == 5.0

    tab.scope.setCurrentIndex(tab.scope.findData("s-2"))
    assert tab.card.count() == 0 and tab.chart.data is None
    tab.new_button.click()
    card = document.project.scorecards[-1]
    assert card.scope_id == "s-2" and card.scores[0].criterion == "Fonctionnel"
    assert tab.card.currentData() == card.id


def test_card_chips_leave_and_come_back_with_a_deleted_step(indicator_window: MainWindow) -> None:
    document = indicator_window.document
    journey_id = document.project.journeys[0].id
    view = indicator_window.tabs.current_view()
    assert view is not None
    document.undo_stack.push(RemoveTouchpoints(document, journey_id, ["t-2"]))
    assert "t-2" not in view.map_scene.context.card_badges  # its answers went with it
    document.undo_stack.undo()
    assert view.map_scene.context.card_badges["t-2"] == "NPS +40 · n=5"


def test_an_nps_reads_the_same_in_every_output(make_window: WindowFactory, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """13 promoters, 11 passives and 16 detractors of 40: (13 - 16) / 40 = -7.5, written
    -7.5 by the panel, the map's chip, `stats`, the spreadsheet and the printed report."""
    project = small_project()
    project.answers = [SurveyAnswer(scope_id="t-2", indicator=NPS, value=float(value))
                       for value in [10] * 13 + [8] * 11 + [3] * 16]
    path = tmp_path / "nps.cxd"
    save_project(project, path)
    window = make_window(project=load_project(path))
    window.indicators.show()
    window.indicators.raise_()
    assert table_cells(window)["Appel"][0] == "-7.5 · n=40"
    assert card_badges(project, project.journeys[0])["t-2"] == "NPS -7.5 · n=40"

    assert main(["stats", str(path)]) == 0
    lines = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert ["touchpoint", "Appel", "NPS", "-7.5,", "n=40"] in lines
    book = tmp_path / "nps.xlsx"
    assert main(["export-xlsx", str(path), "-o", str(book)]) == 0
    sheet = load_workbook(book)["Indicateurs"]
    assert [row[3:] for row in sheet.iter_rows(values_only=True)
            if row[1] == "Appel"] == [(-7.5, 40)]
    pdf = tmp_path / "nps.pdf"
    export_pdf(project, pdf, ExportOptions(paper=PaperSize.parse("A3"),
                                           sections=frozenset({Section.INDICATORS})))
    with pdfplumber.open(pdf) as read:
        text = "\n".join(page.extract_text() for page in read.pages)
    assert "Point de contact · Appel NPS -7,5 40" in text  # the project speaks French
