"""``cxdesigner export-pdf``: options on the command line, clear errors, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_support import build_tiny_project, page_sizes

from cxdesigner.cli import main
from cxdesigner.export.options import MM
from cxdesigner.io import save_project


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "atelier.cxd"
    save_project(build_tiny_project(), path, backups=0)
    return path


def test_export_with_paper_and_orientation(project_file: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "carte.pdf"
    code = main(["export-pdf", str(project_file), "-o", str(output), "--paper", "A2",
                 "--orientation", "portrait", "--sections", "map,legend"])
    assert code == 0
    [(width, height)] = page_sizes(output.read_bytes())
    assert (width / MM, height / MM) == pytest.approx((420, 594), abs=0.05)
    assert "carte.pdf: 1 pages" in capsys.readouterr().out


def test_the_output_defaults_to_the_project_name(project_file: Path) -> None:
    assert main(["export-pdf", str(project_file), "--sections", "all,-verbatims,-personas"]) == 0
    assert project_file.with_suffix(".pdf").is_file()
    assert main(["export-pdf", str(project_file), "--sections=-map"]) == 0


def test_tiles_with_overlap_and_a_scale_in_percent(project_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "affiche.pdf"
    assert main(["export-pdf", str(project_file), "-o", str(output), "--scale", "70%",
                 "--tile", "A4", "--overlap", "8", "--sections", "map", "--lang", "en"]) == 0
    sizes = page_sizes(output.read_bytes())
    assert len(sizes) >= 2
    assert all(sorted((w / MM, h / MM)) == pytest.approx([210, 297], abs=0.05)
               for w, h in sizes)


def test_an_unknown_journey_is_explained(project_file: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["export-pdf", str(project_file), "-o", str(tmp_path / "x.pdf"),
                 "--journey", "Inconnu"])
    assert code == 1
    assert "no journey 'Inconnu'" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_a_broken_project_file_is_explained(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "cassé.cxd"
    broken.write_text("{", encoding="utf-8")
    assert main(["export-pdf", str(broken)]) == 1
    assert "not valid JSON" in capsys.readouterr().err


@pytest.mark.parametrize("arguments", [["--paper", "B5"], ["--tile", "A2"],
                                       ["--sections", "map,carte"],
                                       ["--sections", "all," + ",".join(
                                           f"-{s}" for s in ("map", "legend", "personas",
                                                             "actions", "indicators",
                                                             "verbatims"))], ["--scale", "grand"],
                                       ["--fit", "--scale", "1"]])
def test_bad_options_are_refused_by_the_parser(project_file: Path,
                                               arguments: list[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["export-pdf", str(project_file), *arguments])
    assert raised.value.code == 2
