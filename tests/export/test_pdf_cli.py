"""``cxdesigner export-pdf``: options on the command line, clear errors, exit codes."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
from export_support import DEMO, build_tiny_project, page_sizes

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
    assert "carte.pdf: 1 page, smallest text" in capsys.readouterr().out


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
                                       ["--fit", "--scale", "1"], ["--min-text", "petit"]])
def test_bad_options_are_refused_by_the_parser(project_file: Path,
                                               arguments: list[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["export-pdf", str(project_file), *arguments])
    assert raised.value.code == 2


def test_the_pages_and_the_smallest_text_are_always_said(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "long.cxd"
    save_project(build_tiny_project((3, 3, 3, 3, 3, 3)), path, backups=0)
    output = tmp_path / "long.pdf"
    assert main(["export-pdf", str(path), "-o", str(output), "--paper", "A3",
                 "--sections", "map,legend"]) == 0
    out = capsys.readouterr().out
    pages = len(page_sizes(output.read_bytes()))
    assert f"long.pdf: {pages} pages, smallest text " in out
    smallest = float(out.split("smallest text ")[1].split(" pt")[0])
    assert 6.0 <= smallest < 9.0
    around = float(out.split(" pt on the map, ")[1].split(" pt in the title block and legend")[0])
    assert around >= 6.0
    assert f"'Parcours de réparation': cut into {pages} pages at stage boundaries" in out


def test_fit_on_one_sheet_is_refused_below_the_smallest_text_unless_allowed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "long.cxd"
    save_project(build_tiny_project((3, 3, 3, 3, 3, 3)), path, backups=0)
    output = tmp_path / "one.pdf"
    arguments = ["export-pdf", str(path), "-o", str(output), "--paper", "A3", "--fit",
                 "--sections", "map"]
    assert main(arguments) == 1
    err = capsys.readouterr().err
    assert "below the 6 pt allowed" in err and "--allow-small-text" in err
    assert not output.exists()
    assert main([*arguments, "--allow-small-text"]) == 0
    out = capsys.readouterr().out
    assert "one.pdf: 1 page, smallest text " in out and "below the 6 pt floor" in out
    assert main([*arguments, "--min-text", "3"]) == 0
    assert "below" not in capsys.readouterr().out


def test_one_page_per_stage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "stages.cxd"
    save_project(build_tiny_project((2, 2, 1)), path, backups=0)
    output = tmp_path / "stages.pdf"
    assert main(["export-pdf", str(path), "-o", str(output), "--paper", "A3",
                 "--page-per-stage", "--sections", "map,legend"]) == 0
    assert len(page_sizes(output.read_bytes())) == 3
    assert "cut into 3 pages" in capsys.readouterr().out


def test_a_poster_leaves_the_report_to_a_second_a4_file(
        project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    poster, report = tmp_path / "mur.pdf", tmp_path / "rapport.pdf"
    assert main(["export-pdf", str(project_file), "-o", str(poster), "--paper", "A0"]) == 0
    out = capsys.readouterr().out
    assert "not in a poster's file: --report FILE" in out
    assert len(page_sizes(poster.read_bytes())) == 1
    assert main(["export-pdf", str(project_file), "-o", str(poster), "--paper", "A0",
                 "--report", str(report)]) == 0
    out = capsys.readouterr().out
    assert "not in a poster" not in out and "rapport.pdf: 4 pages" in out
    assert {tuple(round(side / MM) for side in sorted(size))
            for size in page_sizes(report.read_bytes())} == {(210, 297)}
    # Named sections go into the poster's own file.
    assert main(["export-pdf", str(project_file), "-o", str(poster), "--paper", "A0",
                 "--sections", "all"]) == 0
    assert len(page_sizes(poster.read_bytes())) == 5


def test_a_cut_map_is_never_told_to_print_on_the_paper_it_is_on(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The demo's current journey at 6.5 pt does not hold on an A1 sheet in landscape; it does
    # once the sheet is turned.
    output = tmp_path / "a1.pdf"
    assert main(["export-pdf", str(DEMO), "-o", str(output), "--paper", "A1",
                 "--min-text", "6.5"]) == 0
    out = capsys.readouterr().out
    assert "cut into 2 pages" in out
    assert "holds it whole (--paper A1)" not in out
    assert "one A1 sheet in portrait holds it whole (--paper A1 --orientation portrait)" in out
    turned = tmp_path / "a1-portrait.pdf"
    assert main(["export-pdf", str(DEMO), "-o", str(turned), "--paper", "A1",
                 "--min-text", "6.5", "--orientation", "portrait"]) == 0
    assert "cut into" not in capsys.readouterr().out  # as the hint said
    stages = tmp_path / "stages.pdf"
    assert main(["export-pdf", str(DEMO), "-o", str(stages), "--paper", "A1",
                 "--page-per-stage"]) == 0
    assert "holds it whole (--paper A1)" not in capsys.readouterr().out  # cut as asked


@pytest.mark.parametrize(("sections", "said"), [
    ("map,legend", "add the verbatim appendix (--sections ...,verbatims) to print them whole"),
    ("map,legend,verbatims", "in full in the appendix"),
])
def test_shortened_texts_are_said_to_be_where_they_really_print(
        sections: str, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "carte.pdf"
    assert main(["export-pdf", str(DEMO), "-o", str(output), "--paper", "A3",
                 "--sections", sections]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if "texts shortened" in line]
    assert len(lines) == 1, out
    line = lines[0]
    assert line.endswith(f"texts shortened on the map; {said}.")


def test_a_wall_poster_prints_at_wall_size_unless_lowered_knowingly(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "mur.pdf"
    assert main(["export-pdf", str(DEMO), "-o", str(output), "--paper", "A0"]) == 0
    captured = capsys.readouterr()
    assert "wall" not in captured.err
    with pdfplumber.open(io.BytesIO(output.read_bytes())) as pdf:
        first_map = min(char["size"] for char in pdf.pages[0].chars if char["text"].strip())
        last = pdf.pages[-1].extract_text()
    assert first_map >= 10 - 1e-3
    assert "texts shortened on the map; in full on the poster's last page." in captured.out
    assert "Textes abrégés sur la carte" in last
    assert main(["export-pdf", str(DEMO), "-o", str(output), "--paper", "A0", "--min-text",
                 "6"]) == 0
    captured = capsys.readouterr()
    assert "warning: a smallest text of 6 pt is below the 10 pt a wall poster is read at" in \
        captured.err
    assert "smallest text 9.2 pt on the map" in captured.out  # one sheet, as before
