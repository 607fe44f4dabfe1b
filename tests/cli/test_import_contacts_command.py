"""``cxdesigner import-contacts``: a contact log added to a project, atomically."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cxdesigner.cli import main
from cxdesigner.io import load_project

ROOT = Path(__file__).resolve().parents[2]
LOG = ROOT / "tests" / "data" / "csv" / "journal-contacts.csv"
DEMO = ROOT / "resources" / "demo" / "parcours-demo.cxd"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.cxd"
    shutil.copyfile(DEMO, path)
    return path


def test_in_place_with_a_backup(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = demo.read_bytes()
    held = len(load_project(demo).contacts)
    assert main(["import-contacts", str(LOG), str(demo)]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out == (
        f"Added 60 rows (2928 contacts, from 2025-07-03 to 2025-12-24) to '{demo}'; its "
        f"contact log now holds {held + 60} rows (7610 contacts).\n"
        "New segments: Professionnels.\n"
        "New channels: WhatsApp.\n"
        "New contact profiles: Litige transporteur.\n"
        "1 contact belongs to no contact profile; its reason: Retour produit (1).\n"
        "The previous version is kept as 'demo.cxd.bak1'.\n")
    assert len(load_project(demo).contacts) == held + 60
    assert (demo.parent / "demo.cxd.bak1").read_bytes() == before


def test_to_another_file(demo: Path, tmp_path: Path) -> None:
    before = demo.read_bytes()
    out = tmp_path / "avec-contacts.cxd"
    args = ["import-contacts", str(LOG), str(demo), "-o", str(out)]
    assert main(args) == 0
    assert demo.read_bytes() == before
    count = len(load_project(out).contacts)
    assert main(args) == 1  # OUT exists now
    assert main([*args, "--force"]) == 0
    assert len(load_project(out).contacts) == count  # from the original again, not doubled


def test_importing_the_same_log_twice_is_refused(demo: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import-contacts", str(LOG), str(demo)]) == 0
    after = demo.read_bytes()
    capsys.readouterr()
    assert main(["import-contacts", str(LOG), str(demo)]) == 1
    assert capsys.readouterr().err == (
        f"Cannot import '{LOG}' (1 problem; nothing was written):\n"
        "- every row is already in the project's contact log: this log was imported before\n")
    assert demo.read_bytes() == after


def test_bad_rows_change_nothing(demo: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    before = demo.read_bytes()
    log = tmp_path / "bad.csv"
    log.write_text("date;canal;durée;résolu;commentaire\n"
                   "2025-07-01;Chat;4:30;oui;x\n"
                   "2025-07-02;Chat;3;peut-être;\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import-contacts", str(log), str(demo)]) == 1
    assert capsys.readouterr().err == (
        "warning: unknown column 'commentaire' was ignored\n"
        f"Cannot import '{log}' (2 problems; nothing was written):\n"
        "- row 2, column 'durée': '4:30' is ambiguous: write minutes (4,5 or 4 min 30) or "
        "hours:minutes:seconds (00:04:30)\n"
        "- row 3, column 'résolu': 'peut-être' is not yes or no (oui/non, yes/no, 1/0, "
        "vrai/faux)\n")
    assert demo.read_bytes() == before
    assert not (demo.parent / "demo.cxd.bak1").exists()


def test_a_project_that_cannot_be_read(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "not-a-project.cxd"
    project.write_text("[]", encoding="utf-8")
    assert main(["import-contacts", str(LOG), str(project)]) == 1
    assert "is not a CX Designer project" in capsys.readouterr().err


def test_a_missing_log(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import-contacts", str(tmp_path / "absent.csv"), str(demo)]) == 1
    assert "there is no such file" in capsys.readouterr().err
