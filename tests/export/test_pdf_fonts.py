"""Fonts: the bundled family embedded everywhere, no base-14 font, NFC text, French typography."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pdfplumber
import pytest
from export_support import build_tiny_project, reader
from pypdf.generic import DictionaryObject, IndirectObject
from reportlab.pdfbase import pdfmetrics

from cxdesigner.drawing.fonts import FontError, find_family, load_fonts
from cxdesigner.drawing.text_runs import line_runs, printable
from cxdesigner.export import ExportOptions, PaperSize, Section, render_pdf

BASE_14 = {"Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
           "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman",
           "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats"}


def _resolve(value: object) -> object:
    return value.get_object() if isinstance(value, IndirectObject) else value


def _dictionary(value: object) -> DictionaryObject:
    resolved = _resolve(value)
    return resolved if isinstance(resolved, DictionaryObject) else DictionaryObject()


def _fonts(data: bytes) -> list[DictionaryObject]:
    """Every font dictionary reachable from the pages, their forms included."""
    found: dict[int, DictionaryObject] = {}
    seen: set[int] = set()

    def walk(resources: object) -> None:
        resources = _resolve(resources)
        if not isinstance(resources, DictionaryObject) or id(resources) in seen:
            return
        seen.add(id(resources))
        for font in _dictionary(resources.get("/Font")).values():
            font = _resolve(font)
            assert isinstance(font, DictionaryObject)
            found[id(font)] = font
        for xobject in _dictionary(resources.get("/XObject")).values():
            xobject = _resolve(xobject)
            if isinstance(xobject, DictionaryObject):
                walk(xobject.get("/Resources"))

    for page in reader(data).pages:
        walk(page.get("/Resources"))
    return list(found.values())


@pytest.fixture(scope="module", params=["sheet", "tiles"])
def whole_document(request: pytest.FixtureRequest) -> bytes:
    tile = PaperSize.parse("A4") if request.param == "tiles" else None
    data, _ = render_pdf(build_tiny_project(), ExportOptions(tile=tile, scale=0.7 if tile
                                                             else None))
    return data


def test_every_font_is_the_embedded_truetype_family(whole_document: bytes) -> None:
    fonts = _fonts(whole_document)
    assert fonts
    for font in fonts:
        name = str(font["/BaseFont"]).lstrip("/")
        assert name.split("+")[-1] not in BASE_14
        assert name.split("+")[-1].startswith("NotoSans")
        descriptor = _resolve(font["/FontDescriptor"])
        assert isinstance(descriptor, DictionaryObject)
        assert "/FontFile2" in descriptor, f"{name} is not embedded"


def test_no_base14_font_is_named_anywhere_in_the_file(whole_document: bytes) -> None:
    for name in ("Helvetica", "Times-Roman", "Courier", "ZapfDingbats"):
        assert name.encode() not in whole_document


def test_pdffonts_sees_every_font_embedded(tmp_path: Path, whole_document: bytes) -> None:
    assert shutil.which("pdffonts"), "install poppler-utils (scripts/test.sh does)"
    path = tmp_path / "map.pdf"
    path.write_bytes(whole_document)
    lines = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                           text=True).stdout.splitlines()[2:]
    assert lines
    for line in lines:
        columns = line.split()
        assert columns[-5] == "yes", line  # the "emb" column


def test_decomposed_accents_print_composed_and_french_typography_survives() -> None:
    project = build_tiny_project()
    decomposed = unicodedata.normalize("NFD", "Réclamation « Œuvre » d’été")
    project.journeys[0].stages[0].touchpoints[0].title = decomposed
    data, _ = render_pdf(project, ExportOptions(paper=PaperSize.parse("A3"),
                                                sections=frozenset({Section.MAP})))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = pdf.pages[0].extract_text()
    assert "Réclamation" in text
    assert "Œuvre" in text and "«" in text and "»" in text and "d’été" in text
    assert "\u0301" not in text  # no stray combining accent


def test_characters_the_main_family_lacks_are_drawn_by_a_fallback_face() -> None:
    fonts = load_fonts()
    runs = line_runs("A \u2192 B", fonts.regular, 10.0)
    assert runs is not None
    assert [(run.text, run.font) for run in runs] == [
        ("A ", fonts.regular), ("\u2192", "NotoSansMath-Regular"), (" B", fonts.regular)]
    assert runs[1].x == pytest.approx(runs[0].x + pdfmetrics.stringWidth("A ", fonts.regular,
                                                                           10.0))
    assert line_runs("Déjà vu, Ελληνικά, Русский", fonts.regular, 10.0) is None


def test_invisible_characters_are_left_out_and_line_breaks_become_spaces() -> None:
    assert printable("ligne\nsuivante\tfin") == "ligne suivante fin"
    assert printable("\u2764\ufe0f a\u200db\u200e") == "\u2764 ab"
    assert printable("e\u0301te\u0301") == "été"


def test_a_folder_without_a_complete_family_is_refused(tmp_path: Path) -> None:
    (tmp_path / "Only-Regular.ttf").write_bytes(b"")
    with pytest.raises(FontError, match="TrueType"):
        find_family(tmp_path)
