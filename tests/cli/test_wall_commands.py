"""``cxdesigner export-kit`` and ``cxdesigner read-wall``: the list printed, written only with
--apply."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from wall_support import DEMO, scenario

from cxdesigner.cli import main
from cxdesigner.io import load_project


def test_export_kit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "atelier.cxd"
    shutil.copy(DEMO, project)
    assert main(["export-kit", str(project), "--blank", "3", "--strips", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{tmp_path / 'atelier-kit.pdf'}: ")
    assert "6 stage banners, 24 cards, 3 blank cards, 2 emotion strip(s)" in out
    assert main(["export-kit", str(project), "--stage", "Nowhere"]) == 1
    assert "there is no stage 'Nowhere'" in capsys.readouterr().err


def test_export_kit_replaces_only_its_own_file_without_force(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "atelier.cxd"
    shutil.copy(DEMO, project)
    existing = tmp_path / "existing.pdf"
    existing.write_bytes(b"%PDF-1.4 the client's signed quote")
    assert main(["export-kit", str(project), "-o", str(existing)]) == 1
    err = capsys.readouterr().err
    assert "the file exists and was not written by CX Designer" in err and "--force" in err
    assert existing.read_bytes() == b"%PDF-1.4 the client's signed quote"
    assert main(["export-kit", str(project), "-o", str(existing), "--force"]) == 0
    written = existing.read_bytes()
    assert written.startswith(b"%PDF") and b"signed quote" not in written
    capsys.readouterr()
    assert main(["export-kit", str(project), "-o", str(existing)]) == 0  # its own kit
    assert main(["export-kit", str(project), "-o", str(project), "--force"]) == 1
    assert "project" in capsys.readouterr().err
    assert load_project(project).title


@pytest.mark.slow
def test_read_wall_lists_then_applies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = scenario(tmp_path, 3, [{"turn": 12.0}])
    project = tmp_path / "atelier.cxd"
    shutil.copy(DEMO, project)
    before = project.read_bytes()
    photo = str(case.photos[0])
    assert main(["read-wall", str(project), photo]) == 0
    out = capsys.readouterr().out
    assert "Nothing written: add --apply" in out
    assert "new      blank card N-002 under 'Recherche d’informations', emotion -1" in out
    assert "Not found on the wall (left as they are):" in out
    assert project.read_bytes() == before
    numbers = [line.split("]")[0][1:] for line in out.splitlines() if line.startswith("[")]
    target = tmp_path / "apres.cxd"
    assert main(["read-wall", str(project), photo, "--apply", "-o", str(target),
                 "--skip", numbers[0]]) == 0
    out = capsys.readouterr().out
    assert f"Applied {len(numbers) - 1} of {len(numbers)} changes" in out
    assert (tmp_path / "apres-wall" / "N-002.png").is_file()
    titles = [tp.title for _, tp in load_project(target).journeys[0].touchpoints()]
    assert "Carte du mur N-002" in titles
    assert project.read_bytes() == before
    assert main(["read-wall", str(project), photo, "--skip", "99"]) == 1
    assert "There is no item 99" in capsys.readouterr().err


def test_read_wall_on_a_file_that_is_not_a_photo(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notes.jpg"
    notes.write_text("not a photo")
    assert main(["read-wall", str(DEMO), str(notes)]) == 1
    assert "is not an image that can be read" in capsys.readouterr().err
