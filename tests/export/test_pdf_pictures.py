"""Pictures and linked journeys in print: sharp enough for the paper, the page of the details."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pikepdf
import pytest
from export_support import DEMO
from pictures_support import demo_with_pictures_and_links, screenshot
from PIL import Image
from pypdf import PdfReader

from cxdesigner.cli import main
from cxdesigner.export import ExportOptions, PaperSize, render_pdf
from cxdesigner.io import load_project, save_project
from cxdesigner.io.pictures import picture_from_image
from cxdesigner.model import Journey, Project, Stage, Touchpoint


def _images(data: bytes) -> list[tuple[int, int, str]]:
    """Every picture the PDF holds (width, height, colour space), each once."""
    found: dict[tuple[int, int], tuple[int, int, str]] = {}
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image" \
                    and "/SMask" not in str(obj.get("/Type", "")):
                if obj.get("/Width") is None:
                    continue
                found[obj.objgen] = (int(obj.Width), int(obj.Height), str(obj.ColorSpace))
    return list(found.values())


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture(scope="module")
def printed() -> tuple[bytes, object]:
    project = demo_with_pictures_and_links()
    return render_pdf(project, ExportOptions(paper=PaperSize.parse("A3"), language="en"))


def test_the_pictures_are_printed_no_finer_than_the_paper_needs(
        printed: tuple[bytes, object]) -> None:
    data, _ = printed
    images = _images(data)
    # The screenshot (on a card and a note) and the counter (on a card and a stage header).
    assert len(images) >= 2
    for width, height, _ in images:
        assert max(width, height) <= 400, "resampled to 300 ppi at its printed size"
    assert any(space == "/DeviceRGB" for _, _, space in images)


def test_a_detailed_step_gives_the_page_of_its_journey(printed: tuple[bytes, object]) -> None:
    data, result = printed
    pages = result.pages  # type: ignore[attr-defined]
    first = next(page.number for page in pages if page.journey_id == "j-appel-sav")
    text = " ".join(_text(data).split())
    assert f"Details: Appel au SAV, page {first}" in text


def test_sharp_pictures_give_no_warning(printed: tuple[bytes, object]) -> None:
    _, result = printed
    assert result.coarse_pictures == ()  # type: ignore[attr-defined]


def _with_small_picture() -> Project:
    project = demo_with_pictures_and_links()
    tiny = picture_from_image(Image.new("RGB", (40, 24), (42, 157, 143)), "icône.png")
    touchpoint = project.journeys[0].stages[0].touchpoints[0]
    touchpoint.image = tiny
    return project


def test_a_picture_that_would_print_below_150_ppi_is_named_with_what_to_do() -> None:
    project = _with_small_picture()
    _, result = render_pdf(project, ExportOptions(paper=PaperSize.parse("A0"),
                                                  journeys=("j-actuel",)))
    (coarse,) = result.coarse_pictures
    assert coarse.name == "icône.png" and coarse.ppi is not None and coarse.ppi < 150
    title = project.journeys[0].stages[0].touchpoints[0].title
    assert coarse.where.endswith(title)
    assert coarse.describe().startswith(
        f"{coarse.where}: the picture “icône.png” prints at {coarse.ppi:.0f} ppi, below the "
        "150 ppi a sharp print needs. Choose a picture at least")


def test_the_command_line_warns_of_a_coarse_picture(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "atelier.cxd"
    save_project(_with_small_picture(), path)
    assert main(["export-pdf", str(path), "-o", str(tmp_path / "carte.pdf"), "--paper", "A0",
                 "--journey", "j-actuel"]) == 0
    errors = capsys.readouterr().err
    assert "warning: " in errors and "“icône.png” prints at" in errors


def test_a_press_file_prints_the_pictures_in_cmyk() -> None:
    project = demo_with_pictures_and_links()
    data, _ = render_pdf(project, ExportOptions(paper=PaperSize.parse("A3"), press=True,
                                                journeys=("j-actuel",)))
    spaces = {space for _, _, space in _images(data)}
    assert spaces == {"/DeviceCMYK"}


def test_one_picture_on_many_cards_is_embedded_once() -> None:
    project = demo_with_pictures_and_links()
    shot = screenshot()
    for _, touchpoint in project.journeys[0].touchpoints():
        touchpoint.image = shot
    data, _ = render_pdf(project, ExportOptions(paper=PaperSize.parse("A1"),
                                                journeys=("j-actuel",)))
    assert len([image for image in _images(data) if image[2] == "/DeviceRGB"]) <= 3


def test_a_band_keeps_the_page_and_the_pain_points_of_a_long_named_journey() -> None:
    project = load_project(DEMO)
    project.journeys.append(Journey(id="j-vie", name="Cycle de vie", stages=[
        Stage(id="s-acheter", name="Acheter", touchpoints=[
            Touchpoint(id="t-acheter", title="Acheter", details_journey_id="j-actuel")])]))
    project = Project.model_validate(project.model_dump())
    data, result = render_pdf(project, ExportOptions(paper=PaperSize.parse("A3")))
    page = next(page.number for page in result.pages if page.journey_id == "j-vie")
    text = " ".join(PdfReader(io.BytesIO(data)).pages[page - 1].extract_text().split())
    assert re.search(r"Détail\s?: Achat[^,]*…, page 1\b", text), text
    assert "10 irritants" in text
