"""``cxdesigner import-csv``: a project from a spreadsheet, never overwriting by accident."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxdesigner.cli import main
from cxdesigner.io import load_project

DATA = Path(__file__).parent.parent / "data" / "csv"


def test_import_the_workshop_example(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "atelier.cxd"
    assert main(["import-csv", str(DATA / "atelier-parcours.csv"), "-o", str(target)]) == 0
    captured = capsys.readouterr()
    assert captured.out == (
        f"Created '{target}' from '{DATA / 'atelier-parcours.csv'}' (UTF-8, ';'): 1 journey, "
        "5 stages, 15 touchpoints, 9 flows drawn, 8 implied links, 2 personas, 6 interlocutors; "
        "channels added to "
        "the usual ones: Agence, À domicile.\n")
    assert captured.err == ""
    project = load_project(target)
    assert project.title == "atelier-parcours"
    assert project.language == "fr"


def test_refuses_to_overwrite_without_force(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "sheet.csv"
    source.write_text("stage;title\nA;One\n", encoding="utf-8")
    target = tmp_path / "sheet.cxd"  # the default output: the CSV's name
    assert main(["import-csv", str(source)]) == 0
    first = target.read_bytes()
    source.write_text("stage;title\nA;One\nB;Two\n", encoding="utf-8")
    assert main(["import-csv", str(source)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert target.read_bytes() == first
    assert main(["import-csv", str(source), "--force", "--title", "Atelier", "--lang", "en"]) == 0
    project = load_project(target)
    assert (project.title, project.language) == ("Atelier", "en")
    assert project.journeys[0].name == "Customer journey"
    assert (tmp_path / "sheet.cxd.bak1").read_bytes() == first  # the replaced one is kept


def test_errors_are_listed_and_nothing_is_written(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "bad.csv"
    source.write_bytes("étape;titre;émotion;Pilote\r\nA;;9;x\r\n".encode("cp1252"))
    assert main(["import-csv", str(source), "-o", str(tmp_path / "out.cxd")]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "warning: unknown column 'Pilote' was ignored\n"
        f"Cannot import '{source}' (2 problems; nothing was written):\n"
        "- row 2, column 'titre': the title is missing\n"
        "- row 2, column 'émotion': an emotion is a whole number from -3 to +3 (found '9')\n")
    assert not (tmp_path / "out.cxd").exists()


def test_warnings_are_printed_on_success(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "sheet.csv"
    source.write_text("stage,title,budget\nA,One,Ann\n", encoding="utf-8")
    assert main(["import-csv", str(source), "-o", str(tmp_path / "p.cxd")]) == 0
    assert capsys.readouterr().err == "warning: unknown column 'budget' was ignored\n"
