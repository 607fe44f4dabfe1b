"""The pain-point panel: the ranking as analysed, dot votes cast by keys and clicks, undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QTableView
from pytestqt.qtbot import QtBot
from ui_support import WindowFactory, small_project

from cxdesigner.analysis.pain_points import SCORE_RULE, rank_pain_points
from cxdesigner.drawing.cells import VOTES_COLOUR
from cxdesigner.model import Criticality, Irritant, MomentOfTruth, Opportunity, Project
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.pain_points.ranking import IRRITANT_COLUMNS, OPPORTUNITY_COLUMNS
from cxdesigner.ui.pain_points.voting import VotingSetupDialog
from cxdesigner.ui.prompts import Prompts


def ranked_project() -> Project:
    """Scores by hand: 2*1*1*1 = 2; 1*3*2*2 = 12; 4*2*1.5*(1+1/3) = 16; 3*1*1*1 + 2 votes = 5."""
    project = small_project()
    ad, call = project.journeys[0].stages[0].touchpoints
    pay = project.journeys[0].stages[1].touchpoints[0]
    ad.irritants = [Irritant(id="i-small", text="Publicité floue", severity=2),
                    Irritant(id="i-voted", text="Pas de prix", severity=3, votes=2)]
    call.criticality, call.moment, call.emotion = (Criticality.VERY_SENSITIVE,
                                                   MomentOfTruth.CRITICAL, -3)
    call.irritants = [Irritant(id="i-wait", text="Attente au téléphone", severity=1)]
    pay.criticality, pay.moment, pay.emotion = (Criticality.SENSITIVE, MomentOfTruth.ESSENTIAL,
                                                -1)
    pay.persona_criticality = {"p-ana": Criticality.LOW}
    pay.irritants = [Irritant(id="i-card", text="Carte refusée", severity=4)]
    pay.opportunities = [Opportunity(id="o-apple", text="Paiement mobile"),
                         Opportunity(id="o-split", text="Paiement en trois fois", votes=1)]
    return project


@pytest.fixture
def ranking_window(make_window: WindowFactory) -> MainWindow:
    window = make_window(project=ranked_project())
    window.pain_points.show()
    window.pain_points.raise_()
    return window


def column(table: QTableView, key: str, keys: tuple[str, ...] = IRRITANT_COLUMNS) -> list[str]:
    model = table.model()
    return [model.index(row, keys.index(key)).data() for row in range(model.rowCount())]


def test_the_view_shows_the_analysis_order_and_scores(ranking_window: MainWindow) -> None:
    dock = ranking_window.pain_points.panel
    table = dock.irritant_table
    expected = rank_pain_points(ranking_window.document.journey("j-now"))
    assert [p.irritant_id for p in expected] == ["i-card", "i-wait", "i-voted", "i-small"]
    assert column(table, "text") == [p.text for p in expected]
    assert column(table, "score") == ["16.0", "12.0", "5.0", "2.0"]
    assert column(table, "votes") == ["", "", "\u25cf 2", ""]
    assert column(table, "rank") == ["1", "2", "3", "4"]
    assert column(table, "touchpoint") == ["Paiement", "Appel", "Publicité", "Publicité"]
    assert dock.tabs.tabText(0) == "Pain points (4)"
    assert column(dock.opportunity_table, "text", OPPORTUNITY_COLUMNS) == [
        "Paiement en trois fois", "Paiement mobile"]


def test_a_persona_weighs_with_its_own_criticality(ranking_window: MainWindow) -> None:
    dock = ranking_window.pain_points.panel
    dock.persona.setCurrentIndex(dock.persona.findData("p-ana"))
    expected = rank_pain_points(ranking_window.document.journey("j-now"), "p-ana")
    assert column(dock.irritant_table, "text") == [p.text for p in expected]
    assert column(dock.irritant_table, "score")[0] == "12.0"  # the card: 4*1*1.5*4/3 = 8


def test_the_question_mark_explains_the_score(ranking_window: MainWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(Prompts, "inform", lambda self, title, text: told.append(text))
    ranking_window.pain_points.panel.rule_button.click()
    assert told == [SCORE_RULE["en"]]
    assert ranking_window.pain_points.panel.rule_button.toolTip() == SCORE_RULE["en"]


def test_dot_votes_by_keys_and_clicks_and_their_undo(ranking_window: MainWindow,
                                                     qtbot: QtBot) -> None:
    dock, document = ranking_window.pain_points.panel, ranking_window.document
    assert dock.voting.start(["Table A", "Table B"], 2)
    assert dock.remaining.text() == "<b>Table A: 2 left</b> · Table B: 2 left"
    table = dock.irritant_table
    table.setFocus()
    table.selectRow(3)  # "Publicité floue", score 2

    qtbot.keyClick(table, Qt.Key.Key_Plus)

    assert document.touchpoint("j-now", "t-1").irritants[0].votes == 1
    assert column(table, "votes")[3] == "\u25cf 1"
    assert column(table, "score")[3] == "3.0"
    assert dock.remaining.text() == "<b>Table A: 1 left</b> · Table B: 2 left"
    qtbot.keyClick(table, Qt.Key.Key_2)  # Table B now votes
    assert dock.group.currentText() == "Table B"
    rect = table.visualRect(table.model().index(0, IRRITANT_COLUMNS.index("text")))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert document.touchpoint("j-now", "t-3").irritants[0].votes == 1
    assert column(table, "votes")[0] == "\u25cf 1"
    assert dock.remaining.text() == "Table A: 1 left · <b>Table B: 1 left</b>"
    assert document.undo_stack.count() == 2

    document.undo_stack.undo()
    assert column(table, "votes")[0] == ""
    assert dock.remaining.text() == "Table A: 1 left · <b>Table B: 2 left</b>"
    document.undo_stack.undo()
    assert document.touchpoint("j-now", "t-1").irritants[0].votes == 0
    assert dock.remaining.text() == "Table A: 2 left · <b>Table B: 2 left</b>"
    document.undo_stack.redo()
    assert dock.remaining.text() == "Table A: 1 left · <b>Table B: 2 left</b>"


def test_a_group_cannot_vote_beyond_its_dots(ranking_window: MainWindow, qtbot: QtBot,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[str] = []
    monkeypatch.setattr(Prompts, "show_error",
                        lambda self, title, text, details="": errors.append(text))
    dock, document = ranking_window.pain_points.panel, ranking_window.document
    dock.tabs.setCurrentWidget(dock.opportunity_table)
    assert dock.voting.start(["Solo"], 1)
    table = dock.opportunity_table
    table.setFocus()
    table.selectRow(1)  # "Paiement mobile", no vote yet

    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert column(table, "text", OPPORTUNITY_COLUMNS)[0] == "Paiement mobile"  # 1 vote, tie
    qtbot.keyClick(table, Qt.Key.Key_Plus)
    assert errors and "used all its 1 votes" in errors[0]
    assert document.undo_stack.count() == 1
    qtbot.keyClick(table, Qt.Key.Key_Minus)
    assert document.touchpoint("j-now", "t-3").opportunities[0].votes == 0
    qtbot.keyClick(table, Qt.Key.Key_Minus)
    assert "no vote on this item" in errors[-1]


def test_scores_in_thirds_read_like_whole_ones(make_window: WindowFactory) -> None:
    """2 * 1 * 2 * (1 + 1/3) = 5.33…: shown with one decimal, as the whole scores are."""
    project = small_project()
    call = project.journeys[0].stages[0].touchpoints[1]
    call.moment, call.emotion = MomentOfTruth.CRITICAL, -1
    call.irritants = [Irritant(id="i-wait", text="Attente", severity=2)]
    project.journeys[0].stages[0].touchpoints[0].irritants = [
        Irritant(id="i-ad", text="Publicité floue", severity=3)]
    window = make_window(project=project)
    window.pain_points.show()
    assert column(window.pain_points.panel.irritant_table, "score") == ["5.3", "3.0"]

def test_the_setup_dialog_starts_the_vote(ranking_window: MainWindow,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(self: Prompts, dialog: VotingSetupDialog) -> bool:
        dialog.groups.setPlainText("Bleus\n\nRouges\n")
        dialog.votes.setValue(3)
        return True

    monkeypatch.setattr(Prompts, "run", fill)
    dock = ranking_window.pain_points.panel
    dock.start_button.click()
    assert dock.voting.remaining() == [("Bleus", 3), ("Rouges", 3)]
    assert dock.vote_button.isVisibleTo(dock) and not dock.start_button.isVisibleTo(dock)
    dock.stop_button.click()
    assert not dock.voting.running and dock.start_button.isVisibleTo(dock)


def test_a_panel_asked_for_comes_to_the_front(make_window: WindowFactory,
                                              qtbot: QtBot) -> None:
    window = make_window(project=ranked_project())
    window.voice.toggleViewAction().trigger()
    window.pain_points.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window.voice.visibleRegion().isEmpty())  # behind its tab
    assert not window.pain_points.visibleRegion().isEmpty()
    window.voice.toggleViewAction().trigger()  # hide it
    window.voice.toggleViewAction().trigger()  # ask for it again
    qtbot.waitUntil(lambda: window.pain_points.visibleRegion().isEmpty())
    assert not window.voice.visibleRegion().isEmpty()


def test_votes_show_on_the_map(ranking_window: MainWindow) -> None:
    view = ranking_window.tabs.current_view()
    assert view is not None
    cells = view.map_scene.lane_items["t-1"]  # "Pas de prix" has 2 votes

    def blue_pixels() -> int:
        box = cells.boundingRect()
        image = QImage(box.size().toSize(), QImage.Format.Format_ARGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.translate(-box.topLeft())
        cells.paint(painter, QStyleOptionGraphicsItem(), None)
        painter.end()
        wanted = QColor(VOTES_COLOUR).rgb()
        return sum(1 for x in range(image.width()) for y in range(image.height())
                   if image.pixel(x, y) == wanted)

    voted = blue_pixels()
    assert voted > 0
    document = ranking_window.document
    touchpoint = document.touchpoint("j-now", "t-1")
    irritants = [i.model_copy(update={"votes": 0}) for i in touchpoint.irritants]
    document.update_touchpoint("j-now", "t-1", {"irritants": irritants})
    assert blue_pixels() == 0
