"""The sector barometer in the workbook: the scores sheet imports back, the figures read."""

from __future__ import annotations

import io
from pathlib import Path

from benchmark_support import sector
from openpyxl import load_workbook

from cxdesigner.analysis.benchmark import benchmark
from cxdesigner.export.workbook import workbook_bytes
from cxdesigner.io.csv_scores import import_scores
from cxdesigner.model import Project


def test_the_scores_sheet_and_the_figures(tmp_path: Path) -> None:
    project = sector()
    data = workbook_bytes(project, "fr")
    book = load_workbook(io.BytesIO(data))
    scores = book["Notes des acteurs"]
    rows = list(scores.iter_rows(values_only=True))
    assert rows[0] == ("Acteur", "Critère", "Note", "Périmètre", "Évaluateur", "Vague", "Date",
                       "Méthode", "Source")
    # Every score set, once: 3 + 2 + 1 + 3 + 3 + 1 + 2 + 3 + 3 + 3 + 1 = 25.
    assert len(rows) - 1 == 25
    assert rows[6][:4] == ("Brico Nord", "Sensorial", 6, "Caisse")  # the client's own card
    figures = list(book["Baromètre du secteur"].iter_rows(values_only=True))
    assert ("Achat en magasin", "Vague 2", "Fonctionnel", "Brico Nord", 7.5, 2, 7, 8, 1, 0) \
        in figures
    assert ("Achat en magasin", "Vague 2", "Moyenne générale", "Leroy", 7.5, 3, 6, 8.5, 1, 0) \
        in figures

    # The sheet goes into another project as it is: same players, waves and scores.
    path = tmp_path / "barometre.xlsx"
    path.write_bytes(data)
    other = Project(title="Autre", journeys=sector().journeys)
    result = import_scores(path, other, sheet="Notes des acteurs")
    assert [p.name for p in result.new_players] == ["Brico Nord", "Castor", "Leroy",
                                                    "Mr Bricolage"]
    # The waves come with their dates (the cards have none: the wave's is written).
    assert sorted((w.name, w.date.isoformat()) for w in result.new_waves) == [
        ("Vague 1", "2024-03-01"), ("Vague 2", "2024-09-01")]
    assert benchmark(result.project, result.project.journeys[0],
                     wave_id=next(w.id for w in result.new_waves if w.name == "Vague 2")
                     ).overall.figures[2].mean == 7.5  # Leroy, as in the source project
    assert sum(len(card.scores) for card in result.added) == 25


def test_no_players_no_sheets() -> None:
    book = load_workbook(io.BytesIO(workbook_bytes(Project(title="Vide"), "en")))
    assert "Players' scores" not in book.sheetnames
