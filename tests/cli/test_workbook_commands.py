"""``cxdesigner export-xlsx`` and ``import-csv WORKBOOK.xlsx [--update PROJECT.cxd]``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from cxdesigner.cli import main
from cxdesigner.io import load_project

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "parcours-demo.cxd"


def test_a_workbook_out_edited_and_back(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "demo.cxd"
    project.write_bytes(DEMO.read_bytes())
    book_path = tmp_path / "demo.xlsx"
    assert main(["export-xlsx", str(project), "-o", str(book_path)]) == 0
    assert "2 journey sheets" in capsys.readouterr().out
    book = load_workbook(book_path)
    sheet = book.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    title = headers.index("Point de contact") + 1
    old_title = sheet.cell(row=2, column=title).value
    sheet.cell(row=2, column=title).value = "Le lave-linge tombe en panne"
    book.save(book_path)

    before = project.read_bytes()
    assert main(["import-csv", str(book_path), "--update", str(project), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == ("changed: Achat d’un lave-linge et livraison \u203a "
                                   "Apparition du besoin \u203a Le lave-linge tombe en panne "
                                   "(title)")
    assert project.read_bytes() == before  # a dry run writes nothing

    assert main(["import-csv", str(book_path), "--update", str(project)]) == 0
    assert "The previous version is kept as 'demo.cxd.bak1'." in capsys.readouterr().out
    titles = [tp.title for _, tp in load_project(project).journeys[0].touchpoints()]
    assert titles[0] == "Le lave-linge tombe en panne"
    assert old_title not in titles


def test_a_new_project_from_a_workbook(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    book_path = tmp_path / "demo.xlsx"
    assert main(["export-xlsx", str(DEMO), "-o", str(book_path), "--lang", "en"]) == 0
    target = tmp_path / "nouveau.cxd"
    assert main(["import-csv", str(book_path), "-o", str(target)]) == 0
    captured = capsys.readouterr()
    assert "(Excel workbook): 2 journeys" in captured.out
    # The sheets to read are named in one warning; the journeys come back whole.
    assert captured.err.startswith("warning: sheets not read")
    demo, made = load_project(DEMO), load_project(target)
    assert [[tp.title for _, tp in j.touchpoints()] for j in made.journeys] == \
        [[tp.title for _, tp in j.touchpoints()] for j in demo.journeys]


def test_problems_in_a_workbook_write_nothing(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    book_path = tmp_path / "demo.xlsx"
    assert main(["export-xlsx", str(DEMO), "-o", str(book_path)]) == 0
    book = load_workbook(book_path)
    sheet = book.worksheets[0]
    emotion = [cell.value for cell in sheet[1]].index("Émotion (-3..+3)") + 1
    sheet.cell(row=3, column=emotion).value = 9
    book.save(book_path)
    target = tmp_path / "nouveau.cxd"
    assert main(["import-csv", str(book_path), "-o", str(target)]) == 1
    assert ("row 3, column 'Émotion (-3..+3)': an emotion is a whole number from -3 to +3 "
            "(found '9')") in capsys.readouterr().err
    assert not target.exists()


def test_formula_looking_text_stays_text(tmp_path: Path) -> None:
    project = load_project(DEMO)
    first = project.journeys[0].stages[0].touchpoints[0]
    first.title = "=HYPERLINK(\"http://example.invalid\";\"clic\")"
    first.notes = "+33 6 12 34 56 78"
    from cxdesigner.export.workbook import export_workbook

    export_workbook(project, tmp_path / "p.xlsx")
    sheet = load_workbook(tmp_path / "p.xlsx").worksheets[0]
    cells = {cell.value: cell for cell in sheet[2]}
    for text in (first.title, first.notes):
        assert cells[text].data_type == "s"
        assert cells[text].quotePrefix
    # Drop-down lists for moments, criticality, channels, interlocutors and emotion.
    checks = {str(check.sqref).split(":")[0][0]: check for check in sheet.data_validations.
              dataValidation}
    assert len(checks) == 5
    assert {check.type for check in checks.values()} == {"list", "whole"}


def test_answers_from_a_chosen_sheet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "demo.cxd"
    project.write_bytes(DEMO.read_bytes())
    touchpoint = next(tp for _, tp in load_project(project).journeys[0].touchpoints())
    book = Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Notes"
    notes.append(["Point de contact", "Indicateur", "Valeur"])
    notes.append([touchpoint.id, "nps", 99])  # not on the sheet chosen
    answers = book.create_sheet("Réponses mars")
    answers.append(["Point de contact", "Indicateur", "Valeur", "Date"])
    answers.append([touchpoint.id, "csat", 4, dt.datetime(2025, 3, 12)])
    book.save(tmp_path / "enquete.xlsx")
    assert main(["import-answers", str(tmp_path / "enquete.xlsx"), str(project),
                 "--sheet", "réponses mars"]) == 0
    assert "Added 1 answer (CSAT 1)" in capsys.readouterr().out
    (answer,) = [a for a in load_project(project).answers if a.scope_id == touchpoint.id
                 and a.value == 4.0 and a.date is not None and a.date.month == 3
                 and a.date.day == 12]
    assert answer.indicator.value == "csat"
    # Without --sheet, the first sheet naming the columns is read: its 99 is refused.
    assert main(["import-answers", str(tmp_path / "enquete.xlsx"), str(project)]) == 1
    err = capsys.readouterr().err
    assert "sheet 'Notes', row 2, column 'Valeur': 99 is outside the NPS scale 0-10" in err
    assert "sheets not read (were left aside: name the sheet to read with --sheet): " \
           "'Réponses mars'" in err


def test_a_deleted_row_whose_predecessor_still_names_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "demo.cxd"
    project.write_bytes(DEMO.read_bytes())
    book_path = tmp_path / "demo.xlsx"
    assert main(["export-xlsx", str(project), "-o", str(book_path)]) == 0
    book = load_workbook(book_path)
    sheet = book.worksheets[0]
    ids = [row[0].value for row in sheet.iter_rows()]
    sheet.delete_rows(ids.index("tp-fiches-appli") + 1)
    book.save(book_path)
    capsys.readouterr()
    assert main(["import-csv", str(book_path), "--update", str(project)]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("removed: ")
    flows = load_project(project).journeys[0].flows
    assert len(flows) == len(load_project(DEMO).journeys[0].flows) - 2
