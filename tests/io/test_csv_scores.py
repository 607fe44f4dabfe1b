"""Players' scores from a spreadsheet: French or English headers, CSV or Excel, all or nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from benchmark_support import sector
from openpyxl import Workbook

from cxdesigner.analysis.benchmark import benchmark
from cxdesigner.io.csv_reading import CsvImportError
from cxdesigner.io.csv_scores import import_scores
from cxdesigner.model import AssessmentMethod

FRENCH = """Acteur;Critère;Note;Périmètre;Évaluateur;Vague;Date;Méthode;Source
Castor;Fonctionnel;8;Achat en magasin;Claire;Vague 3;15/01/2025;Visite mystère;Visite Lille
Castor;Émotionnel;6,5;Achat en magasin;Claire;Vague 3;15/01/2025;;
Bricoman;Fonctionnel;7;Magasin;Paul;Vague 3;2025-01-20;table ronde clients;
Bricoman;Sensoriel;9;Magasin;Paul;Vague 3;2025-01-20;;Table ronde du 20
"""


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "notes.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_french_file_adds_scorecards_players_and_a_wave(tmp_path: Path) -> None:
    project = sector()
    before = project.model_dump()
    result = import_scores(_csv(tmp_path, FRENCH), project)
    assert project.model_dump() == before  # the project given is left as it was
    assert [p.name for p in result.new_players] == ["Bricoman"]
    assert [(w.name, w.date) for w in result.new_waves] == [("Vague 3", dt.date(2025, 1, 15))]
    castor, bricoman = result.added
    assert (castor.scope_id, castor.player_id, castor.assessor, castor.method, castor.source,
            castor.date) == ("J", "castor", "Claire", AssessmentMethod.MYSTERY_VISIT,
                             "Visite Lille", dt.date(2025, 1, 15))
    assert [(s.criterion, s.score) for s in castor.scores] == [("Fonctionnel", 8.0),
                                                               ("Émotionnel", 6.5)]
    assert (bricoman.scope_id, bricoman.method, bricoman.source) == (
        "sM", AssessmentMethod.ROUND_TABLE, "Table ronde du 20")
    updated = result.project
    wave = result.new_waves[0]
    assert wave.id == castor.wave_id == bricoman.wave_id
    # Read back in the benchmark: Castor's 8 and Bricoman's 7 on the journey in wave 3.
    bench = benchmark(updated, updated.journeys[0], wave_id=wave.id)
    functional = bench.criteria[0]
    new_player = result.new_players[0].id
    assert (functional.figure("castor").mean, functional.figure(new_player).mean) == (8.0, 7.0)
    assert (functional.figure("castor").rank, functional.figure(new_player).rank) == (1, 2)


def test_an_english_workbook_with_a_known_wave(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Player", "Criterion", "Score", "Scope", "Assessor", "Wave"])
    sheet.append(["leroy", "Functional", 9, "sC", "Ana", "vague 2"])
    sheet.append(["Leroy", "Sensorial", 7.5, "sC", "Ana", "VAGUE 2"])
    path = tmp_path / "scores.xlsx"
    book.save(path)
    result = import_scores(path, sector())
    assert result.new_players == [] and result.new_waves == []
    (card,) = result.added
    assert (card.scope_id, card.player_id, card.wave_id, card.assessor) == (
        "sC", "leroy", "w2", "Ana")
    assert [(s.criterion, s.score) for s in card.scores] == [("Functional", 9.0),
                                                             ("Sensorial", 7.5)]


def test_every_problem_is_named_by_row_and_column_and_nothing_is_added(
        tmp_path: Path) -> None:
    text = """Player;Criterion;Score;Scope;Assessor;Wave;Date;Method
Castor;Functional;11;Achat en magasin;Ana;Vague 1;;
;Emotional;5;Nulle part;Ana;Vague 1;;
Castor;Functional;6;Achat en magasin;Ana;Vague 1;;
Leroy;Functional;beaucoup;Achat en magasin;Ana;Vague 1;31/02/2025;sondage
Mr Bricolage;Sensorial;4;Achat en magasin;Ana;Vague 9;;
"""
    with pytest.raises(CsvImportError) as caught:
        import_scores(_csv(tmp_path, text), sector())
    assert caught.value.problems == [
        "row 2, column 'Score': 11 is not a score from 0 to 10",
        "row 3, column 'Player': the player is missing",
        "row 3, column 'Scope': no journey or stage is called 'Nulle part'",
        "row 5, column 'Score': 'beaucoup' is not a number",
        "row 5, column 'Date': '31/02/2025' is not a date of the calendar",
        "row 5, column 'Method': 'sondage' is not a method: write mystery visit, living the "
        "experience, customer round table or other (or the French words)",
        "row 6, column 'Wave': the wave 'Vague 9' is new: give the date of its scores "
        "(column 'date') so that it can be made",
    ]
    assert "nothing was written" in str(caught.value)


@pytest.mark.parametrize("again", ["functional", "Fonctionnel"])
def test_a_criterion_scored_twice_by_one_assessor_is_refused(tmp_path: Path, again: str) -> None:
    # Twice, even when written once in English and once in French.
    text = f"Player,Criterion,Score,Scope\nCastor,Functional,6,J\nCastor,{again},7,J\n"
    with pytest.raises(CsvImportError) as caught:
        import_scores(_csv(tmp_path, text), sector())
    assert caught.value.problems == [
        f"row 3, column 'Criterion': '{again}' is scored twice for this player, assessor "
        "and wave (see row 2)"]


def test_the_scope_is_needed_when_there_are_several_journeys(tmp_path: Path) -> None:
    text = "Player,Criterion,Score\nCastor,Functional,6\n"
    with pytest.raises(CsvImportError) as caught:
        import_scores(_csv(tmp_path, text), sector())
    assert caught.value.problems == [
        "row 2, column 'scope': say which journey or stage is scored (its name or id): the "
        "project has several journeys"]
    project = sector()
    project.scorecards = [c for c in project.scorecards if c.scope_id != "sK"]
    project.journeys = project.journeys[:1]
    (card,) = import_scores(_csv(tmp_path, text), project).added
    assert card.scope_id == "J"
