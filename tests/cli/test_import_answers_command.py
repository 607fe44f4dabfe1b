"""``cxdesigner import-answers``: survey answers added to a project, atomically."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxdesigner.cli import main
from cxdesigner.io import load_project

DATA = Path(__file__).parent.parent / "data" / "csv"


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    target = tmp_path / "atelier.cxd"
    assert main(["import-csv", str(DATA / "atelier-parcours.csv"), "-o", str(target)]) == 0
    return target


def test_in_place_with_a_backup(workshop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    before = workshop.read_bytes()
    assert main(["import-answers", str(DATA / "reponses-enquete.csv"), str(workshop)]) == 0
    assert capsys.readouterr().out == (
        f"Added 35 answers (NPS 16, CSAT 10, CES 9) to '{workshop}'; it now holds 35.\n"
        "New segments: Retraités, Jeunes actifs.\n"
        "The previous version is kept as 'atelier.cxd.bak1'.\n")
    assert len(load_project(workshop).answers) == 35
    assert (workshop.parent / "atelier.cxd.bak1").read_bytes() == before


def test_to_another_file(workshop: Path, tmp_path: Path) -> None:
    before = workshop.read_bytes()
    out = tmp_path / "avec-reponses.cxd"
    args = ["import-answers", str(DATA / "reponses-enquete.csv"), str(workshop), "-o", str(out)]
    assert main(args) == 0
    assert workshop.read_bytes() == before
    assert len(load_project(out).answers) == 35
    assert main(args) == 1  # OUT exists now
    assert main([*args, "--force"]) == 0
    assert len(load_project(out).answers) == 35  # from the original again, not doubled


def test_bad_answers_change_nothing(workshop: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    before = workshop.read_bytes()
    answers = tmp_path / "bad.csv"
    answers.write_text("touchpoint;indicator;value\nIndemnisation;nps;11\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import-answers", str(answers), str(workshop)]) == 1
    assert capsys.readouterr().err == (
        f"Cannot import '{answers}' (1 problem; nothing was written):\n"
        "- row 2, column 'value': 11 is outside the NPS scale 0-10\n")
    assert workshop.read_bytes() == before
    assert not (workshop.parent / "atelier.cxd.bak1").exists()


def test_a_project_that_cannot_be_read(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "not-a-project.cxd"
    project.write_text("[]", encoding="utf-8")
    assert main(["import-answers", str(DATA / "reponses-enquete.csv"), str(project)]) == 1
    assert "is not a CX Designer project" in capsys.readouterr().err
