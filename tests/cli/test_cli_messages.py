"""What the commands say when they are given the wrong thing: it names what it is."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cxdesigner.cli import main

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "parcours-demo.cxd"


def test_a_presentation_named_like_a_workbook(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    fake = tmp_path / "pres.xlsx"
    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("ppt/presentation.xml", "<p:presentation/>")
    assert main(["import-csv", str(fake), "-o", str(tmp_path / "p.cxd")]) == 1
    assert ("- it is a PowerPoint presentation, not a workbook Excel can have written (nor "
            "CSV text); save the table as .xlsx or CSV") in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["pipe", "device"])
def test_a_workbook_name_on_something_that_is_no_file(
        tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "réponses.xlsx"
    if kind == "pipe":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/urandom")
    assert main(["import-answers", str(path), str(DEMO)]) == 1
    assert ("- it is not an ordinary file (a device or a pipe?); give the path of a "
            "spreadsheet file (CSV or .xlsx)") in capsys.readouterr().err


def test_an_export_to_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export-html", str(DEMO), "-o", str(tmp_path), "--force"]) == 1
    assert capsys.readouterr().err == (
        f"Cannot write '{tmp_path}': it is a folder; give the name of the file to write "
        f"(such as '{tmp_path / 'parcours-demo.html'}').\n")
    assert list(tmp_path.iterdir()) == []


def test_an_update_through_a_link_names_the_real_backup(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    real = tmp_path / "projets" / "atelier.cxd"
    real.parent.mkdir()
    real.write_bytes(DEMO.read_bytes())
    link = tmp_path / "lien projet.cxd"
    link.symlink_to(real)
    book_path = tmp_path / "demo.xlsx"
    assert main(["export-xlsx", str(link), "-o", str(book_path)]) == 0
    book = load_workbook(book_path)
    book.worksheets[0].delete_rows(2)
    book.save(book_path)
    capsys.readouterr()
    assert main(["import-csv", str(book_path), "--update", str(link)]) == 0
    backup = real.with_name("atelier.cxd.bak1")
    assert capsys.readouterr().out.splitlines()[-1] == \
        f"The previous version is kept as '{backup}'."
    assert backup.read_bytes() == DEMO.read_bytes()


def test_an_unknown_option_gets_the_usage_of_its_command(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["read-wall", "X", "--journey", "Y"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: cxdesigner read-wall ")
    assert err.endswith("cxdesigner read-wall: error: unrecognized arguments: --journey\n")
