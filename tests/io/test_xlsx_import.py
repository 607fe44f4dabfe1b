"""Every import reads Excel workbooks (.xlsx) as it reads CSV files."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path

import pytest
import xlsxwriter
from openpyxl import Workbook

from cxdesigner.io import load_project
from cxdesigner.io.csv_answers import import_answers
from cxdesigner.io.csv_contacts import import_contacts
from cxdesigner.io.csv_journeys import import_touchpoints
from cxdesigner.io.csv_reading import CsvImportError
from cxdesigner.io.csv_wording import worded
from cxdesigner.io.xlsx_reading import cell_text
from cxdesigner.model import Project, ScoreScale

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "csv"
DEMO = ROOT / "resources" / "demo" / "parcours-demo.cxd"


def typed(text: str) -> object:
    """A cell as Excel types it when the text is typed in: numbers, dates, times."""
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r"-?\d+,\d+", text):
        return float(text.replace(",", "."))
    if match := re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", text):
        return dt.datetime(int(match[3]), int(match[2]), int(match[1]))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return dt.datetime.fromisoformat(text)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", text):
        return dt.datetime.fromisoformat(text)
    if match := re.fullmatch(r"(\d{2}):(\d{2}):(\d{2})", text):
        return dt.time(int(match[1]), int(match[2]), int(match[3]))
    return text


def csv_as_workbook(source: Path, target: Path, sheet: str = "Feuil1") -> Path:
    """The CSV file typed into a workbook as a consultant would: real numbers and dates."""
    with source.open(encoding="utf-8-sig", newline="") as file:
        records = list(csv.reader(file, delimiter=";"))
    book = Workbook()
    page = book.active
    assert page is not None
    page.title = sheet
    for record in records:
        page.append([typed(cell) if number else cell for number, cell in enumerate(record)])
    for row in page.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "DD/MM/YYYY" if cell.value.time() == dt.time() \
                    else "DD/MM/YYYY HH:MM"
            elif isinstance(cell.value, dt.time):
                cell.number_format = "HH:MM:SS"
    book.save(target)
    return target


def same_ids(project: Project) -> str:
    """The project as JSON with its generated ids numbered in order of appearance."""
    text = json.dumps(project.model_dump(mode="json"), sort_keys=True)
    numbers: dict[str, str] = {}
    return re.sub(r"[0-9a-f]{32}", lambda found: numbers.setdefault(
        found[0], f"id-{len(numbers)}"), text)


def test_a_workshop_workbook_gives_the_same_project_as_its_csv(tmp_path: Path) -> None:
    book = csv_as_workbook(DATA / "atelier-parcours.csv", tmp_path / "atelier-parcours.xlsx")
    from_csv = import_touchpoints(DATA / "atelier-parcours.csv").project
    from_xlsx = import_touchpoints(book)
    assert from_xlsx.warnings == []
    assert from_xlsx.encoding == "xlsx"
    assert same_ids(from_xlsx.project) == same_ids(from_csv)


def test_survey_answers_with_real_dates_and_numbers(tmp_path: Path) -> None:
    workshop = import_touchpoints(DATA / "atelier-parcours.csv").project
    book = csv_as_workbook(DATA / "reponses-enquete.csv", tmp_path / "reponses.xlsx")
    from_csv = import_answers(DATA / "reponses-enquete.csv", workshop)
    from_xlsx = import_answers(book, workshop)
    assert from_xlsx.warnings == []
    assert same_ids(from_xlsx.project) == same_ids(from_csv.project)
    assert {answer.date for answer in from_xlsx.added} >= {dt.date(2024, 3, 5)}


def test_a_contact_log_with_dates_times_and_durations(tmp_path: Path) -> None:
    demo = load_project(DEMO)
    book = csv_as_workbook(DATA / "journal-contacts.csv", tmp_path / "journal.xlsx")
    from_csv = import_contacts(DATA / "journal-contacts.csv", demo)
    from_xlsx = import_contacts(book, demo)
    assert from_xlsx.warnings == []
    assert same_ids(from_xlsx.project) == same_ids(from_csv.project)
    # "00:15:00" typed as a time of day is a duration of 15 minutes.
    damaged = [c for c in from_xlsx.added if c.reason == "Colis endommagé"]
    assert damaged[0].date == dt.date(2025, 7, 7)
    assert damaged[0].duration_minutes == 15


def test_cells_typed_by_excel_read_as_the_csv_readers_expect() -> None:
    assert cell_text(dt.datetime(2025, 3, 12)) == "2025-03-12"
    assert cell_text(dt.datetime(2025, 3, 12, 9, 14)) == "2025-03-12 09:14:00"
    assert cell_text(dt.time(0, 4, 30)) == "0:04:30"
    assert cell_text(dt.timedelta(hours=26, minutes=5)) == "26:05:00"
    assert cell_text(3.0) == "3"
    assert cell_text(0.1 + 0.2) == "0.3"
    assert cell_text(-2) == "-2"
    assert cell_text(0.38, "0%") == "38%"
    assert cell_text(0.125, "0.0%") == "12.5%"
    assert cell_text(True) == "true"
    assert cell_text(None) == ""


def _formula_book(path: Path, cached: object | None) -> Path:
    """A workbook of answers whose value cell is a formula, computed (cached) or not."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Réponses")
    sheet.write_row(0, 0, ["Point de contact", "Indicateur", "Valeur"])
    sheet.write_row(1, 0, ["Indemnisation", "nps"])
    if cached is None:
        sheet.write_formula(1, 2, "=4+5", None, "")
    else:
        sheet.write_formula(1, 2, "=4+5", None, cached)
    book.close()
    return path


def test_a_formula_is_read_as_its_saved_value_and_never_computed(tmp_path: Path) -> None:
    workshop = import_touchpoints(DATA / "atelier-parcours.csv").project
    # The value saved with the formula says 7: that is what Excel showed, and what counts.
    result = import_answers(_formula_book(tmp_path / "f.xlsx", 7), workshop)
    assert [answer.value for answer in result.added] == [7.0]


def test_a_formula_never_computed_is_a_problem(tmp_path: Path) -> None:
    workshop = import_touchpoints(DATA / "atelier-parcours.csv").project
    with pytest.raises(CsvImportError) as caught:
        import_answers(_formula_book(tmp_path / "f.xlsx", None), workshop)
    assert caught.value.problems[0].startswith(
        "sheet 'Réponses', row 2, column 'Valeur' (C2): the formula of this cell was never "
        "computed")


def test_an_error_cell_is_a_problem(tmp_path: Path) -> None:
    workshop = import_touchpoints(DATA / "atelier-parcours.csv").project
    with pytest.raises(CsvImportError) as caught:
        import_answers(_formula_book(tmp_path / "f.xlsx", "#DIV/0!"), workshop)
    assert caught.value.problems == [
        "sheet 'Réponses', row 2, column 'Valeur' (C2): the cell shows the error #DIV/0!"]


def _journeys_book(path: Path) -> Path:
    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Achat en ligne"
    first.append(["Étape", "Point de contact", "Émotion"])
    first.append(["Découverte", "Voit une publicité", 1])
    first.append(["Achat", "Paie", -2])
    notes = book.create_sheet("Notes")
    notes.append(["Une feuille de notes", "sans colonnes connues"])
    second = book.create_sheet("SAV")
    second.append(["Stage", "Title", "Emotion", "Moment"])
    second.append(["Contact", "Appelle le support", -3, "critique"])
    second.append(["", "Rappelé le lendemain", 2, "waouh"])
    book.save(path)
    return path


def test_a_sheet_per_journey(tmp_path: Path) -> None:
    result = import_touchpoints(_journeys_book(tmp_path / "parcours.xlsx"))
    project = result.project
    assert [journey.name for journey in project.journeys] == ["Achat en ligne", "SAV"]
    sav = project.journeys[1]
    assert [(stage.name, [(tp.title, tp.emotion, tp.moment.value) for tp in stage.touchpoints])
            for stage in sav.stages] == [
        ("Contact", [("Appelle le support", -3, "critical"),
                     ("Rappelé le lendemain", 2, "wow")])]
    assert worded(result.warnings) == [
        "sheets not read (do not name the columns to import): 'Notes'"]
    assert worded(result.warnings, "fr") == [
        "feuilles non lues (elles ne nomment pas les colonnes à importer)\u00a0: "
        "«\u00a0Notes\u00a0»"]


def test_one_sheet_chosen_by_name(tmp_path: Path) -> None:
    book = _journeys_book(tmp_path / "parcours.xlsx")
    project = import_touchpoints(book, sheet="sav", language="en").project
    assert [journey.name for journey in project.journeys] == ["Customer journey"]
    with pytest.raises(CsvImportError) as caught:
        import_touchpoints(book, sheet="Devis")
    assert caught.value.problems == [
        "the workbook has no sheet 'Devis' (its sheets: 'Achat en ligne', 'Notes', 'SAV')"]


def test_problems_name_the_sheet_row_and_column(tmp_path: Path) -> None:
    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Achat"
    first.append(["Étape", "Point de contact", "Émotion"])
    first.append(["Découverte", "Voit une publicité", 7])
    second = book.create_sheet("SAV")
    second.append(["Stage", "Title", "Moment"])
    second.append(["Contact", "", "peut-être"])
    book.save(tmp_path / "faux.xlsx")
    with pytest.raises(CsvImportError) as caught:
        import_touchpoints(tmp_path / "faux.xlsx")
    assert caught.value.problems == [
        "sheet 'Achat', row 2, column 'Émotion': an emotion is a whole number from -3 to +3 "
        "(found '7')",
        "sheet 'SAV', row 2, column 'Point de contact': the title is missing",
        "sheet 'SAV', row 2, column 'Moment': unknown moment of truth 'peut-être' (expected "
        "none, essential, critical, wow, in English or French)"]


def test_a_sheet_cannot_be_chosen_in_a_csv_file() -> None:
    with pytest.raises(CsvImportError) as caught:
        import_touchpoints(DATA / "atelier-parcours.csv", sheet="Feuil1")
    assert "can only be chosen in an Excel workbook" in caught.value.problems[0]


def test_a_damaged_workbook_says_so(tmp_path: Path) -> None:
    path = tmp_path / "abime.xlsx"
    book = csv_as_workbook(DATA / "atelier-parcours.csv", tmp_path / "ok.xlsx")
    path.write_bytes(book.read_bytes()[:2000])
    with pytest.raises(CsvImportError) as caught:
        import_touchpoints(path)
    assert "save it as .xlsx again" in caught.value.problems[0] \
        or "not CSV" in caught.value.problems[0]


def test_a_csat_cell_shown_as_a_percentage(tmp_path: Path) -> None:
    """0.8 shown as 80 % by Excel is the CSAT 80 on the 0-100 % scale."""
    workshop = import_touchpoints(DATA / "atelier-parcours.csv").project
    book = Workbook()
    page = book.active
    assert page is not None
    page.append(["Point de contact", "Indicateur", "Valeur"])
    page.append(["Indemnisation", "CSAT", 0.8])
    page["C2"].number_format = "0%"
    book.save(tmp_path / "pct.xlsx")
    (answer,) = import_answers(tmp_path / "pct.xlsx", workshop).added
    assert (answer.value, answer.scale) == (80, ScoreScale(low=0, high=100, satisfied_from=80.0))


def test_every_problem_of_a_workbook_at_once(tmp_path: Path) -> None:
    """Unusable cells are listed with the problems of the rows, in row order, in one go."""
    workshop = import_touchpoints(DATA / "atelier-parcours.csv").project
    path = tmp_path / "réponses.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Réponses")
    sheet.write_row(0, 0, ["Point de contact", "Indicateur", "Valeur"])
    sheet.write_row(1, 0, ["Indemnisation", "nps"])
    sheet.write_formula(1, 2, "=4+5", None, "")  # never computed
    sheet.write_row(2, 0, ["Indemnisation", "csat"])
    sheet.write_formula(2, 2, "=4/0", None, "#DIV/0!")
    sheet.write_row(3, 0, ["Inconnu", "nps", 8])
    sheet.write_row(4, 0, ["Indemnisation", "nps", 15])
    sheet.write_row(5, 0, ["Indemnisation", "nps", "80 %"])
    book.close()
    with pytest.raises(CsvImportError) as caught:
        import_answers(path, workshop)
    problems = caught.value.problems
    assert [problem.split(":")[0] for problem in problems] == [
        "sheet 'Réponses', row 2, column 'Valeur' (C2)",
        "sheet 'Réponses', row 3, column 'Valeur' (C3)",
        "sheet 'Réponses', row 4, column 'Point de contact'",
        "sheet 'Réponses', row 5, column 'Valeur'",
        "sheet 'Réponses', row 6, column 'Valeur'",
    ]
    assert "never computed" in problems[0]
    assert problems[1].endswith("the cell shows the error #DIV/0!")  # not "value missing"
    assert problems[3].endswith("15 is outside the NPS scale 0-10")


def test_every_problem_of_a_journey_workbook_at_once(tmp_path: Path) -> None:
    path = tmp_path / "atelier.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Achat")
    sheet.write_row(0, 0, ["Étape", "Point de contact", "Émotion"])
    sheet.write_row(1, 0, ["Découverte", "Voit une publicité"])
    sheet.write_formula(1, 2, "=1/0", None, "#DIV/0!")
    sheet.write_row(2, 0, ["Achat", "Paie", 9])
    book.close()
    with pytest.raises(CsvImportError) as caught:
        import_touchpoints(path)
    assert [problem.split(":")[0] for problem in caught.value.problems] == [
        "sheet 'Achat', row 2, column 'Émotion' (C2)", "sheet 'Achat', row 3, column 'Émotion'"]


def test_every_problem_of_a_contact_workbook_at_once(tmp_path: Path) -> None:
    demo = load_project(DEMO)
    path = tmp_path / "journal.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Journal")
    sheet.write_row(0, 0, ["Date", "Canal", "Motif", "Durée"])
    sheet.write_row(1, 0, ["2025-07-03", "Chat", "Suivi"])
    sheet.write_formula(1, 3, "=A1/0", None, "#DIV/0!")
    sheet.write_row(2, 0, ["31/02/2025", "Chat", "Suivi", 5])
    book.close()
    with pytest.raises(CsvImportError) as caught:
        import_contacts(path, demo)
    assert [problem.split(":")[0] for problem in caught.value.problems] == [
        "sheet 'Journal', row 2, column 'Durée' (D2)", "sheet 'Journal', row 3, column 'Date'"]
