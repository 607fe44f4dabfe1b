# ruff: noqa: RUF001 - letters of other scripts that look like Latin ones are the point here
"""Every script prints: the multilingual project read back out of its PDF.

How text is compared, script by script:

- Left-to-right text (French, Greek, Russian, Chinese, Japanese, Korean, Vietnamese, symbols,
  emoji) is drawn in reading order: pypdf, which extracts in drawing order, gives it back
  as typed (in NFC), a wrapped line ending in a line break.
- Right-to-left text (Arabic, Hebrew) is drawn in display order (the glyphs from left to
  right) and Arabic as its joining forms (presentation forms). pdfplumber extracts glyphs
  in display order: a line drawn alone reads back as the source reversed, NFKC folding the
  joining forms back to letters. pypdf turns each right-to-left run back into reading order,
  and the PDF draws the words of a line as separate runs: every word of the source reads
  back as typed (after NFKC), in display order. Both are checked.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pdfplumber
import pytest
from export_support import reader

from cxdesigner.cli import main
from cxdesigner.drawing.fonts import load_fonts
from cxdesigner.export import ExportOptions, PaperSize, Section, render_pdf
from cxdesigner.export.ink import Ink
from cxdesigner.export.pdf_canvas import PdfCanvas
from cxdesigner.io import load_project, save_project
from cxdesigner.model import Project

MULTILINGUAL = Path(__file__).resolve().parents[1] / "data" / "multilingual.cxd"
FALLBACK_FACES = {"NotoSansArabic-Regular", "NotoSansArabic-Bold", "NotoSansHebrew-Regular",
                  "NotoSansHebrew-Bold", "NotoSansMath-Regular", "NotoEmoji-Regular",
                  "NotoSansSymbols2-Regular", "DroidSansFallback", "NanumGothic"}
"""The faces the multilingual project needs besides Noto Sans (PDF base font names)."""
HIEROGLYPH = "\U00013000"
"""EGYPTIAN HIEROGLYPH A001: no bundled face has it."""


def _right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def _folded(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture(scope="module")
def project() -> Project:
    return load_project(MULTILINGUAL)


@pytest.fixture(scope="module")
def printed(project: Project) -> bytes:
    data, result = render_pdf(project, ExportOptions(paper=PaperSize.parse("A3")))
    assert result.missing_glyphs == ()
    return data


def _samples(project: Project) -> list[str]:
    """Texts that print whole somewhere in the PDF: titles, stage, channel and people's
    names, verbatims, irritants, opportunities, the note and the persona's lists."""
    journey = project.journeys[0]
    texts = [stage.name for stage in journey.stages]
    for _, touchpoint in journey.touchpoints():
        texts.append(touchpoint.title)
        texts.extend(item.text for item in [*touchpoint.verbatims, *touchpoint.irritants,
                                            *touchpoint.opportunities])
    texts.extend(channel.name for channel in project.channels)
    texts.extend(person.name for person in project.interlocutors)
    texts.extend(note.text for note in journey.notes)
    persona = project.personas[0]
    texts.extend([persona.name, *persona.needs, *persona.frustrations])
    return texts


def test_every_text_in_every_script_reads_back_from_the_pdf(project: Project,
                                                             printed: bytes) -> None:
    extracted = "\n".join(page.extract_text() for page in reader(printed).pages)
    folded = _folded(extracted)
    samples = _samples(project)
    scripts = {"Réclamation", "Κράτηση", "Бронирование", "预订机票", "預訂機票", "チケット",
               "항공권", "حجز", "הזמנת", "Tiếng Việt", "😀", "✈"}
    assert all(any(word in unicodedata.normalize("NFC", text) for text in samples)
               for word in scripts)
    for text in samples:
        if _right_to_left(text):
            for word in _words(text):
                assert word in _words(extracted), (word, text)
        else:
            assert _folded(text) in folded, text


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", unicodedata.normalize("NFKC", text)))


def test_no_question_mark_stands_for_a_character(project: Project, printed: bytes) -> None:
    assert not any("?" in text for text in _samples(project))
    for page in reader(printed).pages:
        assert "?" not in page.extract_text()
        assert "\ufffd" not in page.extract_text()


def test_the_mixed_french_and_arabic_sentence_reads_in_order(printed: bytes) -> None:
    """The sentence is cut on the map; the appendix prints it whole, on one line."""
    lines = "\n".join(page.extract_text() for page in reader(printed).pages).splitlines()
    line = next(line for line in lines if line.startswith("Le client écrit") and "mai" in line)
    # Display order: the Arabic words from right to left (each read back in reading order
    # by pypdf), the French around them in place.
    assert unicodedata.normalize("NFKC", line) == (
        "Le client écrit : « المبلغ استرداد أريد مرحبا، » puis rappelle le 12 mai.")


@pytest.mark.parametrize(("text", "shown"), [
    ("שלום עולם", "םלועםולש"),
    ("حجز تذكرة", "ةركذتزجح"),
    ("Prix : 12 € → حجز تذكرة", "Prix:12€→ةركذتزجح"),
    ("הלקוח (VIP) התקשר", "רשקתה(VIP)חוקלה"),
])
def test_right_to_left_lines_are_drawn_in_display_order(text: str, shown: str) -> None:
    """pdfplumber reads the glyphs from left to right: the display order of the line
    (brackets mirrored), which a reader of Arabic or Hebrew reads from right to left."""
    fonts = load_fonts()
    buffer = io.BytesIO()
    canvas = PdfCanvas(buffer, pagesize=(400, 60), initialFontName=fonts.regular, invariant=1)
    Ink(canvas, 60, fonts).text(20, 30, text, fonts.regular, 12, "#000000")
    canvas.showPage()
    canvas.save()
    with pdfplumber.open(io.BytesIO(buffer.getvalue())) as pdf:
        extracted = pdf.pages[0].extract_text()
    assert _folded(extracted) == shown


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_every_face_used_is_embedded(printed: bytes, tmp_path: Path) -> None:
    path = tmp_path / "multilingue.pdf"
    path.write_bytes(printed)
    lines = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                           text=True).stdout.splitlines()[2:]
    names = {line.split()[0].split("+")[-1] for line in lines}
    assert names >= FALLBACK_FACES
    assert all(line.split()[-5] == "yes" for line in lines)  # the "emb" column


def test_a_character_no_font_has_is_named_with_its_place(project: Project) -> None:
    broken = project.model_copy(deep=True)
    touchpoint = broken.journeys[0].stages[1].touchpoints[0]
    touchpoint.description = f"Signe {HIEROGLYPH} inconnu"
    broken.personas[0].needs.append(f"Un {HIEROGLYPH}")
    data, result = render_pdf(broken, ExportOptions(sections=frozenset({Section.MAP})))
    assert data.startswith(b"%PDF")
    places = {missing.where: missing for missing in result.missing_glyphs}
    assert set(places) == {
        "journey “Parcours international 国际 · دولي” › stage “预订 · 予約 · 예약” › "
        "touchpoint “预订机票” · description",
        "persona “أمل — Amal, voyageuse” · need 3"}
    missing = next(item for item in result.missing_glyphs if "touchpoint" in item.where)
    assert missing.characters == HIEROGLYPH
    assert "U+13000" in missing.describe() and "Signe" in missing.describe()


def test_the_command_line_warns_on_stderr_and_still_writes_the_pdf(
        project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = project.model_copy(deep=True)
    broken.journeys[0].stages[0].touchpoints[0].title = f"Titre {HIEROGLYPH}"
    source = tmp_path / "multilingue.cxd"
    save_project(broken, source, backups=0)
    output = tmp_path / "multilingue.pdf"
    assert main(["export-pdf", str(source), "-o", str(output), "--sections", "map"]) == 0
    assert output.read_bytes().startswith(b"%PDF")
    captured = capsys.readouterr()
    assert "U+13000" not in captured.out
    assert "warning: 1 text(s) hold characters that no bundled font can print" in captured.err
    assert "touchpoint “Titre \U00013000” · title" in captured.err
    assert "U+13000" in captured.err


def test_the_multilingual_project_prints_without_warnings_from_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "multilingue.pdf"
    assert main(["export-pdf", str(MULTILINGUAL), "-o", str(output), "--paper", "A3"]) == 0
    assert capsys.readouterr().err == ""
