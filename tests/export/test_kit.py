"""The workshop kit: its pages, its pieces, their codes readable where the kit says they are."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
import zxingcpp
from wall_support import DEMO, render_pieces

from cxdesigner.analysis.wall.codes import PieceKind, parse_code
from cxdesigner.export import ExportError
from cxdesigner.export.kit import KitOptions, export_kit, render_kit
from cxdesigner.io import load_project


def test_every_piece_carries_its_code() -> None:
    project = load_project(DEMO)
    result, images = render_pieces(project, KitOptions(blank_cards=4))
    journey = project.journeys[0]
    kinds = [piece.code.kind for piece in result.pieces]
    assert kinds.count(PieceKind.STAGE) == len(journey.stages)
    assert kinds.count(PieceKind.TOUCHPOINT) == len(list(journey.touchpoints()))
    assert kinds.count(PieceKind.BLANK) == 4
    assert kinds.count(PieceKind.EMOTION) == 7
    assert result.page_kinds[0] == "guide"
    assert result.page_kinds[-1] == "tally"
    for code, image in images.items():
        found = [parse_code(b.text) for b in zxingcpp.read_barcodes(image)]
        assert found == [code], code.label


def test_chosen_stages_on_a3_in_english(tmp_path: Path) -> None:
    project = load_project(DEMO)
    stage = project.journeys[0].stages[3]
    target = tmp_path / "kit.pdf"
    result = export_kit(project, target, KitOptions(stages=(stage.name,), paper="A3",
                                                    language="en", blank_cards=2))
    assert {piece.code.kind for piece in result.pieces} == set(PieceKind)
    cards = [p for p in result.pieces if p.code.kind is PieceKind.TOUCHPOINT]
    assert len(cards) == len(stage.touchpoints)
    with pdfplumber.open(target) as pdf:
        first = pdf.pages[0]
        assert [round(first.width), round(first.height)] == [842, 1191]  # A3 portrait
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "Facilitator guide" in text
    assert "Channel:" in text and "Dot voting" in text
    assert stage.touchpoints[0].title in text


def test_french_words(tmp_path: Path) -> None:
    data, _ = render_kit(load_project(DEMO))
    path = tmp_path / "kit.pdf"
    path.write_bytes(data)
    with pdfplumber.open(path) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "Guide de l’animateur" in text
    assert "Interlocuteur\u00a0:" in text or "Interlocuteur :" in text


def test_same_project_same_bytes() -> None:
    project = load_project(DEMO)
    assert render_kit(project)[0] == render_kit(project)[0]


def test_wrong_options_say_what_to_fix(tmp_path: Path) -> None:
    project = load_project(DEMO)
    with pytest.raises(ExportError, match="no stage 'Nowhere'"):
        render_kit(project, KitOptions(stages=("Nowhere",)))
    with pytest.raises(ExportError, match="A4 or A3"):
        render_kit(project, KitOptions(paper="A0"))
    project_file = tmp_path / "atelier.cxd"
    project_file.write_text("kept")
    with pytest.raises(ExportError, match="project file name"):
        export_kit(project, project_file)
    assert project_file.read_text() == "kept"
