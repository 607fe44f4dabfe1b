"""The sector barometer panel: players, waves and scores typed in, undone, and read back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from benchmark_support import sector, two_waves_one_criterion_short
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_support import WindowFactory

from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import EditItem, EditStage, RemoveItem
from cxdesigner.layout.palette import PLAYER_COLOURS
from cxdesigner.model import AssessmentMethod, Journey, Project, Stage
from cxdesigner.ui.benchmark import importing
from cxdesigner.ui.benchmark.panel import BenchmarkPanel
from cxdesigner.ui.i18n import interface_locale
from cxdesigner.ui.indicators.answers import ProblemsDialog
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.panel_context import PanelContext
from cxdesigner.ui.prompts import Prompts


def _panel(project: Project, qtbot: QtBot, *, read_only: bool = False) -> BenchmarkPanel:
    host = QWidget()
    qtbot.addWidget(host)
    context = PanelContext(JourneyDocument(project, parent=host), host, read_only=read_only)
    context.set_view(project.journeys[0].id, [])
    panel = BenchmarkPanel(context, host)
    panel.resize(1100, 420)
    host.show()
    panel.show()
    return panel


def _dump(document: JourneyDocument) -> dict[str, Any]:
    return document.project.model_dump()


def _undone_and_redone(document: JourneyDocument, edit: Callable[[], object]) -> None:
    """Do ``edit`` through the widgets: one undo step, undone then redone, compared whole."""
    before, steps = _dump(document), document.undo_stack.count()
    edit()
    QApplication.processEvents()
    after = _dump(document)
    assert after != before and document.undo_stack.count() == steps + 1
    document.undo_stack.undo()
    assert _dump(document) == before
    document.undo_stack.redo()
    assert _dump(document) == after


def _type(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _empty_project() -> Project:
    return Project(title="Bricolage", language="fr", journeys=[Journey(
        id="J", name="Achat", stages=[Stage(id="s1", name="Entrée"),
                                      Stage(id="s2", name="Caisse")])])


def test_players_and_waves_are_typed_in_and_undone(qtbot: QtBot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    panel = _panel(_empty_project(), qtbot)
    tab, document = panel.players, panel.players._document
    _undone_and_redone(document, lambda: qtbot.mouseClick(tab.add_player,
                                                          Qt.MouseButton.LeftButton))
    first = document.project.players[0]
    assert (first.name, first.client, first.colour) == ("Player 1", True, PLAYER_COLOURS[0])
    assert tab.players.currentItem().text() == "Player 1 (client)"
    _undone_and_redone(document, lambda: _type(qtbot, tab.name, "Brico Nord"))
    assert document.project.players[0].name == "Brico Nord"
    qtbot.mouseClick(tab.add_player, Qt.MouseButton.LeftButton)
    _type(qtbot, tab.name, "Castor")
    second = document.project.players[1]
    assert (second.name, second.client, second.colour) == ("Castor", False, PLAYER_COLOURS[1])

    def next_colour() -> None:
        tab.colour.setFocus()
        qtbot.keyClick(tab.colour, Qt.Key.Key_Down)

    _undone_and_redone(document, next_colour)
    assert document.project.players[1].colour == PLAYER_COLOURS[2]

    warnings: list[str] = []
    monkeypatch.setattr(Prompts, "show_warning",
                        lambda self, title, text, details="": warnings.append(text))
    before = _dump(document)
    tab.client.setFocus()
    qtbot.keyClick(tab.client, Qt.Key.Key_Space)  # Brico Nord already is
    assert warnings == ["player 'Castor', client: only one player can be the client's brand, "
                        "and 'Brico Nord' already is"]
    assert _dump(document) == before and not tab.client.isChecked()
    _type(qtbot, tab.name, "brico  NORD")  # two players of one name
    assert "There is already a player called 'Brico Nord'" in warnings[-1]
    assert tab.name.text() == "Castor" and _dump(document) == before

    tab.wave_date.setDate(QDate(2024, 3, 1))

    def add_wave() -> None:
        _type(qtbot, tab.wave_name, "Vague 1")

    _undone_and_redone(document, add_wave)
    assert [(w.name, w.date) for w in document.project.waves] == [
        ("Vague 1", dt.date(2024, 3, 1))]
    assert tab.wave_name.text() == ""
    qtbot.mouseClick(tab.add_wave, Qt.MouseButton.LeftButton)  # no name: said, not added
    assert warnings[-1] == "A wave needs a name: type one, then Add Wave."
    assert len(document.project.waves) == 1
    _undone_and_redone(document, lambda: qtbot.mouseClick(tab.delete_wave,
                                                           Qt.MouseButton.LeftButton))
    assert document.project.waves == []
    _undone_and_redone(document, lambda: qtbot.mouseClick(tab.delete_player,
                                                          Qt.MouseButton.LeftButton))
    assert [p.name for p in document.project.players] == ["Brico Nord"]


def test_a_player_with_scores_is_deleted_only_when_confirmed(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = _panel(sector(), qtbot)
    tab, document = panel.players, panel.players._document
    tab.players.setCurrentRow(1)  # Castor
    asked: list[str] = []

    def refuse(self: Prompts, title: str, text: str, action: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(Prompts, "confirm", refuse)
    before = _dump(document)
    qtbot.mouseClick(tab.delete_player, Qt.MouseButton.LeftButton)
    assert asked == ["Delete Castor and its 3 scorecards?"] and _dump(document) == before
    monkeypatch.setattr(Prompts, "confirm", lambda self, title, text, action: True)
    _undone_and_redone(document, lambda: qtbot.mouseClick(tab.delete_player,
                                                          Qt.MouseButton.LeftButton))
    assert all(card.player_id != "castor" for card in document.project.scorecards)


def test_a_scorecard_is_made_described_and_scored(qtbot: QtBot) -> None:
    project = sector()
    panel = _panel(project, qtbot)
    panel.tabs.setCurrentWidget(panel.scores)
    tab, document = panel.scores, panel.scores._document
    tab.scope.setCurrentIndex(tab.scope.findData("sC"))
    count = len(document.project.scorecards)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    card = document.project.scorecards[count]
    assert tab.card.currentData() == card.id  # the new card, ready to fill
    made = _dump(document)
    document.undo_stack.undo()
    assert len(document.project.scorecards) == count
    document.undo_stack.redo()
    assert _dump(document) == made
    tab.card.setCurrentIndex(tab.card.findData(card.id))
    assert (card.scope_id, card.player_id, card.wave_id, card.date) == (
        "sC", "castor", "w2", dt.date(2024, 9, 1))
    _choose(qtbot, tab.wave, Qt.Key.Key_Up)  # Vague 1
    card = document.item("scorecards", card.id)
    assert [s.criterion for s in card.scores] == [
        "Fonctionnel", "Cognitif", "Émotionnel", "Sensoriel", "Relationnel", "Sociétal"]
    # Each criterion's definition is shown where it is scored.
    assert tab.model.index(3, 2).data().replace("\u00a0", " ") == (
        "Ce que le client voit, entend, touche et sent : le lieu, son ambiance, l’aspect "
        "du site ou de l’application.")

    _undone_and_redone(document, lambda: _type(qtbot, tab.assessor, "Claire"))
    _undone_and_redone(document, lambda: _type(qtbot, tab.source, "Visite du 2 mars"))

    def method() -> None:
        tab.method.setFocus()
        qtbot.keyClick(tab.method, Qt.Key.Key_Down)

    _undone_and_redone(document, method)
    card = document.item("scorecards", card.id)
    assert (card.assessor, card.source, card.method) == (
        "Claire", "Visite du 2 mars", AssessmentMethod.MYSTERY_VISIT)
    assert tab.card.currentText() == "Castor · Vague 1 · Claire"
    assert tab.date.date() == QDate(2024, 3, 1)

    _undone_and_redone(document, lambda: _type_date(qtbot, tab.date, dt.date(2000, 1, 1)))
    assert document.item("scorecards", card.id).date is None
    assert tab.date.text() == "Not dated"

    def score() -> None:
        tab.table.setFocus()
        tab.table.setCurrentIndex(tab.model.index(0, 1))
        qtbot.keyClick(tab.table, Qt.Key.Key_F2)
        editor = tab.table.focusWidget()
        assert isinstance(editor, QLineEdit)
        editor.clear()
        qtbot.keyClicks(editor, "6.5")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        QApplication.processEvents()  # the delegate commits on the next turn of the loop

    _undone_and_redone(document, score)
    assert document.item("scorecards", card.id).scores[0].score == 6.5

    def other_player() -> None:
        tab.player.setFocus()
        qtbot.keyClick(tab.player, Qt.Key.Key_Down)  # Leroy, just below Castor

    _undone_and_redone(document, other_player)
    assert document.item("scorecards", card.id).player_id == "leroy"
    _undone_and_redone(document, lambda: qtbot.mouseClick(tab.delete_button,
                                                          Qt.MouseButton.LeftButton))
    assert len(document.project.scorecards) == count


def test_the_reading_shows_radar_figures_and_sentences(qtbot: QtBot) -> None:
    panel = _panel(sector(), qtbot)
    panel.tabs.setCurrentWidget(panel.reading)
    tab = panel.reading
    assert tab.wave.currentText() == "Vague 2 · 1 Sep 2024"  # the latest wave scored
    assert tab.radar.drawn()
    cells = [[tab.table.item(row, column).text() for column in range(7)]
             for row in range(tab.table.rowCount())]
    # The hand-worked figures of the PDF section, in the project's language.
    assert ["Fonctionnel", "Brico Nord", "7,5", "2", "7,0 – 8,0", "1", "0,0"] in cells
    assert ["Moyenne générale", "Leroy", "7,5", "3", "6,0 – 8,5", "1", "0,0"] in cells
    text = tab.sentences.toPlainText().replace("\u00a0", " ").replace("\u202f", " ")
    assert ("• Émotionnel : Brico Nord est en tête à égalité avec Leroy (8,5/10, n = 2), "
            "2,5 points devant Castor (6,0/10).") in text
    assert "• Sensoriel : Brico Nord est 3e sur 4 (5,5/10, n = 2)" in text
    assert ("• Brico Nord : 6,0/10 → 7,2/10 de « Vague 1 » à « Vague 2 » (+1,2 point), "
            "rang 3 → 2.") in text
    # Over every score: no evolution, other means.
    tab.wave.setCurrentIndex(tab.wave.findData(""))
    cells = [[tab.table.item(row, column).text() for column in range(7)]
             for row in range(tab.table.rowCount())]
    assert ["Fonctionnel", "Castor", "7,8", "2", "7,5 – 8,0", "1", "0,0"] in cells
    assert "→" not in tab.sentences.toPlainText()
    # An edit is read at once: without its scorecards, Mr Bricolage leaves the table.
    document = panel.scores._document
    assert any("Mr Bricolage" in row for row in cells)
    for card in [c for c in document.project.scorecards if c.player_id == "mrb"]:
        document.undo_stack.push(RemoveItem(document, "scorecards", card.id))
    assert not any("Mr Bricolage" in tab.table.item(row, 1).text()
                   for row in range(tab.table.rowCount()))
    assert not tab.radar.grab().isNull()


def test_read_only_the_panel_edits_nothing(qtbot: QtBot) -> None:
    panel = _panel(sector(), qtbot, read_only=True)
    assert not panel.players.add_player.isVisible()
    assert not panel.players.name.isEnabled()
    assert not panel.scores.new_button.isVisible()
    assert not panel.scores.assessor.isEnabled()


def _import(window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(importing, "choose_scores_file", lambda parent, folder: path)
    action = next(a for a in window.menus.import_menu.actions()
                  if a.text() == "Players' Scores (Excel or CSV)…")
    action.trigger()


def test_a_scores_file_is_imported_from_the_window_in_one_step(
        make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(project=sector())
    panel = window.benchmark.show_panel()
    document = window.document
    bad = tmp_path / "notes.csv"
    bad.write_text("Acteur;Critère;Note;Périmètre\nCastor;Fonctionnel;12;J\n", encoding="utf-8")
    shown: list[ProblemsDialog] = []

    def run(self: Prompts, dialog: ProblemsDialog) -> bool:
        shown.append(dialog)
        return False

    monkeypatch.setattr(Prompts, "run", run)
    before = document.project.model_dump()
    _import(window, monkeypatch, bad)
    assert shown[0].problems == ["row 2, column 'Note': 12 is not a score from 0 to 10"]
    assert shown[0].windowTitle() == "Scores not imported"
    assert document.project.model_dump() == before and document.undo_stack.count() == 0

    good = tmp_path / "notes-ok.csv"
    good.write_text("Acteur;Critère;Note;Périmètre;Vague;Date\n"
                    "Bricoman;Fonctionnel;9;J;Vague 3;2025-01-15\n"
                    "Bricoman;Émotionnel;8;J;Vague 3;2025-01-15\n"
                    "Bricoman;Sensoriel;7;J;Vague 3;2025-01-15\n", encoding="utf-8")
    _import(window, monkeypatch, good)
    assert document.undo_stack.count() == 1
    assert [p.name for p in document.project.players][-1] == "Bricoman"
    assert "1 scorecards imported from “notes-ok.csv” (1 new players, 1 new waves)." in \
        window.statusBar().currentMessage()
    panel.tabs.setCurrentWidget(panel.reading)
    assert panel.reading.wave.currentText() == "Vague 3 · 15 Jan 2025"  # the latest, read
    assert panel.reading.table.item(0, 1).text() == "Bricoman"
    document.undo_stack.undo()
    assert document.project.model_dump() == before


def test_the_reading_is_of_the_journey_as_a_whole_or_of_one_stage(qtbot: QtBot) -> None:
    panel = _panel(sector(), qtbot)
    panel.tabs.setCurrentWidget(panel.reading)
    tab = panel.reading
    assert [tab.scope.itemText(i) for i in range(tab.scope.count())] == [
        "The journey and its stages", "Stage: Magasin", "Stage: Caisse"]
    assert tab.scope_id() == "J"

    def cells() -> list[list[str]]:
        return [[tab.table.item(row, column).text() for column in range(7)]
                for row in range(tab.table.rowCount())]

    tab.scope.setFocus()
    qtbot.keyClick(tab.scope, Qt.Key.Key_End)  # the checkout: two players scored on it
    assert tab.scope_id() == "sC"
    assert [tab.wave.itemText(i) for i in range(tab.wave.count())] == [
        "Every score", "Vague 2 · 1 Sep 2024"]  # the waves scored on that stage only
    assert tab.wave.currentIndex() == 1
    # Leroy's 9 and the client's own card (no player: Brico Nord's), 6, named as written.
    assert cells() == [
        ["Sensorial", "Leroy", "9,0", "1", "9,0 – 9,0", "1", "0,0"],
        ["", "Brico Nord", "6,0", "1", "6,0 – 6,0", "2", "-3,0"],
        ["Moyenne générale", "Leroy", "9,0", "1", "9,0 – 9,0", "1", "0,0"],
        ["", "Brico Nord", "6,0", "1", "6,0 – 6,0", "2", "-3,0"]]
    text = tab.sentences.toPlainText()
    assert "Sensorial" in text and "Fonctionnel" not in text
    assert "→" not in text  # one wave on this stage: no evolution

    # The stage picked stays read while the project changes, renamed or not.
    document = panel.scores._document
    document.undo_stack.push(EditStage(document, "J", "sC", {"name": "Caisses"}))
    assert tab.scope_id() == "sC" and tab.scope.currentText() == "Stage: Caisses"
    assert tab.table.rowCount() == 4
    qtbot.keyClick(tab.scope, Qt.Key.Key_Home)
    assert tab.scope_id() == "J"
    assert ["Fonctionnel", "Brico Nord", "7,5", "2", "7,0 – 8,0", "1", "0,0"] in cells()


def _type_date(qtbot: QtBot, edit: QDateEdit, day: dt.date) -> None:
    """Types ``day`` into ``edit``, its day, month and year in the order shown, then Enter."""
    edit.setFocus()
    typed = {QDateEdit.Section.DaySection: f"{day.day:02d}",
             QDateEdit.Section.MonthSection: f"{day.month:02d}",
             QDateEdit.Section.YearSection: f"{day.year:04d}"}
    for index in range(edit.sectionCount()):
        edit.setSelectedSection(edit.sectionAt(index))
        qtbot.keyClicks(edit, typed[edit.sectionAt(index)])
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def _choose(qtbot: QtBot, combo: QComboBox, key: Qt.Key) -> None:
    combo.setFocus()
    qtbot.keyClick(combo, key)


def test_a_scorecard_is_dated_by_its_wave_unless_a_date_was_typed_on_it(
        qtbot: QtBot) -> None:
    panel = _panel(sector(), qtbot)
    panel.tabs.setCurrentWidget(panel.scores)
    tab, document = panel.scores, panel.scores._document
    tab.scope.setCurrentIndex(tab.scope.findData("sM"))  # Brico Nord's wave 2 card
    assert tab.wave.currentData() == "w2"
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    card_id = tab.card_id()
    assert document.item("scorecards", card_id).date == dt.date(2024, 9, 1)

    def to_wave_1() -> None:
        _choose(qtbot, tab.wave, Qt.Key.Key_Up)  # Vague 1, above Vague 2

    _undone_and_redone(document, to_wave_1)  # the wave and its date: one step
    card = document.item("scorecards", card_id)
    assert (card.wave_id, card.date) == ("w1", dt.date(2024, 3, 1))
    assert tab.date.date() == QDate(2024, 3, 1)
    _type_date(qtbot, tab.date, dt.date(2024, 3, 5))  # the visit was on the 5th
    _choose(qtbot, tab.wave, Qt.Key.Key_Down)  # back to Vague 2: the typed date stays
    card = document.item("scorecards", card_id)
    assert (card.wave_id, card.date) == ("w2", dt.date(2024, 3, 5))

    # A new card in no wave is not dated: never today's nor another card's date.
    _choose(qtbot, tab.wave, Qt.Key.Key_Home)
    assert document.item("scorecards", card_id).wave_id is None
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    fresh = document.item("scorecards", tab.card_id())
    assert fresh.id != card_id and (fresh.wave_id, fresh.date) == (None, None)
    assert tab.date.text() == "Not dated"
    _choose(qtbot, tab.wave, Qt.Key.Key_End)  # Vague 2: its date
    assert document.item("scorecards", fresh.id).date == dt.date(2024, 9, 1)


def test_new_scorecards_go_player_after_player_in_the_wave(qtbot: QtBot) -> None:
    panel = _panel(sector(), qtbot)
    panel.tabs.setCurrentWidget(panel.scores)
    tab, document = panel.scores, panel.scores._document
    # On "Caisse" in wave 2: the client's own card and Leroy's; then Castor, Mr Bricolage,
    # and a second round from the first player.
    tab.scope.setCurrentIndex(tab.scope.findData("sC"))
    made = []
    for _ in range(3):
        qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
        card = document.item("scorecards", tab.card_id())
        made.append((card.player_id, card.wave_id))
        assert tab.player.currentData() == card.player_id
    assert made == [("castor", "w2"), ("mrb", "w2"), ("nord", "w2")]
    # The new card stays in the wave of the card shown.
    tab.scope.setCurrentIndex(tab.scope.findData("sM"))
    _choose(qtbot, tab.wave, Qt.Key.Key_Up)  # Brico Nord's card there, moved to wave 1
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    card = document.item("scorecards", tab.card_id())
    assert (card.player_id, card.wave_id, card.date) == ("castor", "w1", dt.date(2024, 3, 1))


def test_the_reading_says_which_criteria_an_evolution_compares(qtbot: QtBot) -> None:
    panel = _panel(two_waves_one_criterion_short(), qtbot)
    panel.tabs.setCurrentWidget(panel.reading)
    text = panel.reading.sentences.toPlainText().replace("\u00a0", " ")
    assert ("• Brunel : 6,4/10 → 7,2/10 de « Vague 1 » à « Vague 2 » sur les 5 critères "
            "notés aux deux vagues, hors Sociétal (+0,8 point), rang 2 → 1.") in text


def test_the_client_is_one_player_in_the_list_its_own_cards_included(qtbot: QtBot) -> None:
    panel = _panel(sector(), qtbot)
    panel.tabs.setCurrentWidget(panel.scores)
    tab, document = panel.scores, panel.scores._document
    assert [tab.player.itemText(i) for i in range(tab.player.count())] == [
        "Brico Nord", "Castor", "Leroy", "Mr Bricolage"]
    tab.scope.setCurrentIndex(tab.scope.findData("sC"))  # the client's own card (no player)
    own = document.project.scorecards[2]
    assert own.player_id is None and tab.card_id() == own.id
    assert tab.player.currentText() == "Brico Nord"
    assert tab.card.currentText() == "Brico Nord · Vague 2"
    before = _dump(document)
    tab.player.setFocus()
    qtbot.keyClick(tab.player, Qt.Key.Key_Down)
    assert document.item("scorecards", own.id).player_id == "castor"
    qtbot.keyClick(tab.player, Qt.Key.Key_Up)  # back to the client, named
    assert document.item("scorecards", own.id).player_id == "nord"
    assert tab.card.currentText() == "Brico Nord · Vague 2"
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert _dump(document) == before
    # The reading counts it once, for the client: one row on each of the three criteria
    # and overall.
    panel.tabs.setCurrentWidget(panel.reading)
    players = [panel.reading.table.item(row, 1).text()
               for row in range(panel.reading.table.rowCount())]
    assert players.count("Brico Nord") == 4 and not any("xp" in p for p in players)


def test_without_a_client_brand_the_own_cards_are_said_so(qtbot: QtBot) -> None:
    project = sector()
    project.players[0] = project.players[0].model_copy(update={"client": False})
    panel = _panel(project, qtbot)
    tab = panel.scores
    tab.scope.setCurrentIndex(tab.scope.findData("sC"))
    assert tab.player.itemText(0) == "Own experience (no client's brand named)"
    assert (tab.player.currentIndex(), tab.card.currentText()) == (0, "Own experience · Vague 2")


def _inked_rows(image: QImage) -> list[int]:
    """The rows of ``image`` with a pixel darker than the near-white of the background."""
    return [y for y in range(image.height())
            if any(QColor(image.pixel(x, y)).lightness() < 200 for x in range(image.width()))]


@pytest.mark.parametrize("size", [(600, 300), (900, 330), (420, 420)])
def test_the_radar_and_its_key_fit_the_panel(qtbot: QtBot, size: tuple[int, int]) -> None:
    panel = _panel(two_waves_one_criterion_short(), qtbot)  # six criteria: a hexagon
    panel.tabs.setCurrentWidget(panel.reading)
    radar = panel.reading.radar
    radar.setFixedSize(*size)
    QApplication.processEvents()
    inked = _inked_rows(radar.grab().toImage())
    assert inked and inked[-1] < size[1] - 2  # the key, lowest, is not cut at the edge


def test_the_wave_chooser_shows_whole_labels(qtbot: QtBot) -> None:
    project = sector()
    project.waves[0] = project.waves[0].model_copy(update={"name": "V2"})
    panel = _panel(project, qtbot)
    panel.tabs.setCurrentWidget(panel.reading)
    QApplication.processEvents()
    document = panel.scores._document
    # A wave renamed once the panel is shown: the chooser widens to its label.
    document.undo_stack.push(EditItem(document, "waves", "w2",
                                      {"name": "Vague 2 automne, visites mystère"}))
    QApplication.processEvents()
    combo = panel.reading.wave
    label = combo.currentText()
    assert label.startswith("Vague 2 automne, visites mystère · ")
    room = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, _combo_option(combo),
        QStyle.SubControl.SC_ComboBoxEditField, combo).width()
    assert room >= combo.fontMetrics().horizontalAdvance(label)


def _combo_option(combo: QComboBox) -> QStyleOptionComboBox:
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.currentText = combo.currentText()
    return option


@pytest.fixture
def french_dates() -> Iterator[None]:
    """Dates and numbers of the French interface, as the language installer sets them."""
    before = QLocale()
    QLocale.setDefault(interface_locale("fr"))
    yield
    QLocale.setDefault(before)


def test_dates_follow_the_interface_language(qtbot: QtBot, french_dates: None) -> None:
    panel = _panel(sector(), qtbot)
    assert panel.players.waves.item(1).text() == "Vague 2 · 1 sept. 2024"
    assert panel.scores.wave.itemText(2) == "Vague 2 · 1 sept. 2024"
    panel.tabs.setCurrentWidget(panel.scores)
    tab = panel.scores
    tab.scope.setCurrentIndex(tab.scope.findData("sM"))
    tab.card.setCurrentIndex(tab.card.findData(tab._document.project.scorecards[1].id))
    _choose(qtbot, tab.wave, Qt.Key.Key_Up)  # wave 1, dated 1 March 2024
    assert tab.date.text() == "01/03/2024"
    panel.tabs.setCurrentWidget(panel.reading)
    assert panel.reading.wave.currentText() == "Vague 2 · 1 sept. 2024"


def _click_in(qtbot: QtBot, edit: QDateEdit, index: int) -> None:
    """Clicks in the text of ``edit`` just after its character ``index``."""
    line = edit.lineEdit()
    middle = line.height() // 2
    x = next(x for x in range(line.width()) if line.cursorPositionAt(QPoint(x, middle)) > index)
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, middle))


def test_a_year_typed_where_it_is_clicked_is_taken(qtbot: QtBot, french_dates: None) -> None:
    panel = _panel(sector(), qtbot)
    panel.tabs.setCurrentWidget(panel.scores)
    tab, document = panel.scores, panel.scores._document
    tab.scope.setCurrentIndex(tab.scope.findData("sM"))
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)  # dated 1 September 2024
    card_id = tab.card_id()
    assert tab.date.text() == "01/09/2024"
    _click_in(qtbot, tab.date, tab.date.text().index("2024") + 1)
    qtbot.keyClicks(tab.date, "2025")
    qtbot.keyClick(tab.date, Qt.Key.Key_Return)
    assert document.item("scorecards", card_id).date == dt.date(2025, 9, 1)
    # The same in the wave's date of the first tab.
    panel.tabs.setCurrentWidget(panel.players)
    players = panel.players
    players.wave_date.setDate(QDate(2026, 12, 5))
    _click_in(qtbot, players.wave_date, 7)
    qtbot.keyClicks(players.wave_date, "2025")
    assert players.wave_date.date() == QDate(2025, 12, 5)
