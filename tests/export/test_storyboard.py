"""The PowerPoint storyboard: read back with python-pptx, converted to PDF by LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageStat
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Emu
from pypdf import PdfReader

from cxdesigner.cli import main
from cxdesigner.io import load_project

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "parcours-demo.cxd"


def _texts(path: Path) -> list[list[str]]:
    """The text of every shape (and table cell) of every slide."""
    slides = []
    for slide in Presentation(str(path)).slides:
        found: list[str] = []
        for shape in slide.shapes:
            if shape.has_text_frame and shape.text_frame.text:
                found.append(shape.text_frame.text)
            if shape.has_table:
                found += [cell.text for row in shape.table.rows for cell in row.cells]
        slides.append(found)
    return slides


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_storyboard_is_made_of_native_shapes(tmp_path: Path, language: str) -> None:
    path = tmp_path / "storyboard.pptx"
    assert main(["export-pptx", str(DEMO), "-o", str(path), "--lang", language]) == 0
    project = load_project(DEMO)
    deck = Presentation(str(path))
    assert (Emu(deck.slide_width).inches, round(Emu(deck.slide_height).inches, 2)) \
        == (pytest.approx(13.333, abs=0.01), 7.5)
    kinds = {shape.shape_type for slide in deck.slides for shape in slide.shapes}
    assert MSO_SHAPE_TYPE.PICTURE not in kinds  # editable shapes, never a picture
    assert sum(shape.has_table for slide in deck.slides for shape in slide.shapes) >= 3
    texts = _texts(path)
    every = "\n".join(text for slide in texts for text in slide)
    # A slide per stage (none of the demo's stages needs two), the title, the personas,
    # the pain points, the action plan and the comparison.
    stages = sum(len(journey.stages) for journey in project.journeys)
    assert len(texts) == 1 + stages + len(project.personas) + 3
    for journey in project.journeys:
        for _, tp in journey.touchpoints():
            assert tp.title in every
    for persona in project.personas:
        assert persona.name in every
    heading = {"fr": ("Plan d’actions", "Irritants les plus urgents"),
               "en": ("Action plan", "Most urgent pain points")}[language]
    for word in heading:
        assert word in every
    assert project.actions[0].description in every
    assert "_x000B_" not in every


def test_libreoffice_opens_and_converts_it(tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is missing: install Debian's 'libreoffice-impress' " \
                    "(scripts/setup.sh --test)"
    path = tmp_path / "storyboard.pptx"
    assert main(["export-pptx", str(DEMO), "-o", str(path)]) == 0
    slides = len(Presentation(str(path)).slides)
    profile = tmp_path / "profile"
    done = subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        capture_output=True, text=True, timeout=240, check=False)
    pdf = tmp_path / "storyboard.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stderr
    reader = PdfReader(pdf)
    assert len(reader.pages) == slides
    project = load_project(DEMO)
    first_stage = project.journeys[0].stages[0]
    page = reader.pages[1].extract_text()
    assert first_stage.name in page
    assert first_stage.touchpoints[0].title in page
    # The page as an image: a drawn slide, not an empty one.
    subprocess.run(["pdftoppm", "-r", "30", "-f", "2", "-l", "2", "-png", str(pdf),
                    str(tmp_path / "slide")], check=True, timeout=60)
    (image_path,) = tmp_path.glob("slide*.png")
    image = Image.open(image_path).convert("L")
    assert ImageStat.Stat(image).stddev[0] > 15
