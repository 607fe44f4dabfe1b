"""``--press``: a PDF for a print shop, read back: CMYK only, text in black ink, page boxes,
crop marks outside the bleed, a PDF/X-4 output intent; and a normal export left as it was."""

from __future__ import annotations

import base64
import io
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest
from export_support import build_tiny_project
from PIL import Image

from cxdesigner.cli import main
from cxdesigner.export import ExportOptions, PaperSize, render_pdf
from cxdesigner.export.colour_space import PressColours, profile_bytes
from cxdesigner.export.options import ALL_SECTIONS, MM
from cxdesigner.export.press import BLEED, MARK_LENGTH, SLUG
from cxdesigner.io import save_project
from cxdesigner.layout import palette
from cxdesigner.model import Project

COLOUR_OPERATORS = {"k", "K", "g", "G", "rg", "RG", "cs", "CS", "sc", "SC", "scn", "SCN"}
TEXT_OPERATORS = {"Tj", "TJ", "'", '"'}
RGB_SPACES = {"/DeviceRGB", "/CalRGB"}


def _photo_png() -> str:
    """A small RGBA photo, its corners transparent: base64 as the project stores it."""
    image = Image.new("RGBA", (24, 24), (214, 90, 40, 255))
    for corner in ((0, 0), (23, 0), (0, 23), (23, 23)):
        image.putpixel(corner, (0, 0, 0, 0))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _project() -> Project:
    project = build_tiny_project()
    persona = project.personas[0].model_copy(update={"photo_png_base64": _photo_png()})
    return project.model_copy(update={"personas": [persona]})


@pytest.fixture(scope="module")
def press_pdf() -> bytes:
    """The whole document, every section, on A3, for the press."""
    data, _ = render_pdf(_project(), ExportOptions(paper=PaperSize.parse("A3"),
                                                   sections=ALL_SECTIONS, press=True))
    return data


# --------------------------------------------------------------------------- reading back


@dataclass
class Painted:
    """What the content streams of a PDF do with colour, every form followed."""

    operators: list[tuple[str, tuple[float, ...]]] = field(default_factory=list)
    """Each colour operator and its numbers."""
    text_fills: list[tuple[str, tuple[float, ...]]] = field(default_factory=list)
    """The fill colour in force at each text-showing operator."""
    colour_spaces: list[str] = field(default_factory=list)
    """Every colour space named in a resource dictionary or by an image."""
    streams: int = 0


def _numbers(operands: list[object]) -> tuple[float, ...]:
    return tuple(float(value) for value in operands if isinstance(value, int | float | Decimal))


def _spaces(resources: pikepdf.Dictionary) -> Iterator[str]:
    for space in resources.get("/ColorSpace", {}).values():
        yield str(space[0]) if isinstance(space, pikepdf.Array) else str(space)
        if isinstance(space, pikepdf.Array) and str(space[0]) == "/ICCBased":
            yield f"/ICCBased N={int(space[1].N)}"


Colour = tuple[str, tuple[float, ...]]


def _read(stream: pikepdf.Object, resources: pikepdf.Dictionary, fill: Colour, out: Painted,
          seen: set[tuple[int, int]]) -> None:
    out.streams += 1
    out.colour_spaces.extend(_spaces(resources))
    stack: list[Colour] = []
    xobjects = resources.get("/XObject", {})
    for operands, operator in pikepdf.parse_content_stream(stream):
        name = str(operator)
        if name in COLOUR_OPERATORS:
            out.operators.append((name, _numbers(operands)))
            if name in ("k", "g", "rg", "sc", "scn"):
                fill = (name, _numbers(operands))
        elif name == "q":
            stack.append(fill)
        elif name == "Q":
            fill = stack.pop()
        elif name in TEXT_OPERATORS:
            out.text_fills.append(fill)
        elif name == "Do":
            xobject = xobjects[str(operands[0])]
            if xobject.Subtype == "/Image":
                out.colour_spaces.append(str(xobject.ColorSpace))
            elif xobject.objgen not in seen:
                seen.add(xobject.objgen)
                _read(xobject, xobject.get("/Resources", resources), fill, out, seen)


def painted(data: bytes) -> Painted:
    out = Painted()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            _read(page.obj, page.Resources, ("none", ()), out, set())
    return out


def _box(page: pikepdf.Page, name: str) -> tuple[float, ...]:
    return tuple(float(value) for value in page.obj[name])


# --------------------------------------------------------------------------- colours


def test_a_press_file_has_no_rgb_colour_anywhere(press_pdf: bytes) -> None:
    seen = painted(press_pdf)
    assert seen.streams > 20  # pages, the poster's stamps, the page-count form
    used = {name for name, _ in seen.operators}
    assert used <= {"k", "K"}, f"colour operators other than CMYK: {used - {'k', 'K'}}"
    assert not RGB_SPACES & set(seen.colour_spaces)
    assert "/ICCBased N=3" not in seen.colour_spaces
    assert "/DeviceCMYK" in seen.colour_spaces, "the persona's photo is printed in CMYK"


def test_the_same_reading_finds_rgb_in_a_normal_export() -> None:
    """The scan above can fail: on an ordinary export it finds the RGB operators and photo."""
    data, _ = render_pdf(_project(), ExportOptions(paper=PaperSize.parse("A3"),
                                                   sections=ALL_SECTIONS))
    seen = painted(data)
    assert {"rg", "RG"} <= {name for name, _ in seen.operators}
    assert "/DeviceRGB" in seen.colour_spaces
    assert {name for name, _ in seen.text_fills} == {"rg"}


def test_text_is_printed_in_black_ink_only(press_pdf: bytes) -> None:
    fills = painted(press_pdf).text_fills
    assert len(fills) > 200
    for name, (cyan, magenta, yellow, black) in fills:
        assert name == "k"
        assert (cyan, magenta, yellow) == (0, 0, 0), f"text in {cyan} {magenta} {yellow} {black}"
    solid = sum(1 for _, values in fills if values == (0, 0, 0, 1))
    assert solid > len(fills) * 0.6, "body text is solid black"


def test_greys_and_black_are_black_ink_alone_and_colours_stay_printable() -> None:
    colours = PressColours()
    assert (colours.fill(palette.INK).cyan, colours.fill(palette.INK).black) == (0, 1)
    for grey in palette.GREYS:
        fill = colours.fill(grey)
        assert (fill.cyan, fill.magenta, fill.yellow) == (0, 0, 0), grey
    assert 0.5 < colours.fill(palette.INK_MUTED).black < 0.8
    assert colours.fill(palette.PAPER).black == 0
    for colour in (*palette.MOMENT_COLOURS.values(), *palette.STAGE_HEADER_COLOURS,
                   palette.EMOTION_POSITIVE, palette.EMOTION_NEGATIVE_TINT):
        fill = colours.fill(colour)
        inks = (fill.cyan, fill.magenta, fill.yellow, fill.black)
        assert sum(inks) <= 3.0, f"{colour}: more ink than the paper takes ({inks})"
        assert max(fill.cyan, fill.magenta, fill.yellow) > 0.1, f"{colour} kept its colour"
    assert colours.fill("#1d3557") is colours.fill("#1d3557"), "converted once"


def test_a_colour_that_skips_the_conversion_is_refused() -> None:
    from reportlab.lib.colors import HexColor

    from cxdesigner.export.pdf_canvas import PdfCanvas

    canvas = PdfCanvas(io.BytesIO(), colours=PressColours())
    with pytest.raises(ValueError, match="RGB colour"):
        canvas.setFillColor(HexColor("#c0392b"))


# --------------------------------------------------------------------------- page boxes


def test_every_page_has_its_trim_and_a_3_mm_bleed(press_pdf: bytes) -> None:
    with pikepdf.open(io.BytesIO(press_pdf)) as pdf:
        assert len(pdf.pages) >= 5
        for number, page in enumerate(pdf.pages, start=1):
            x0, y0, x1, y1 = _box(page, "/TrimBox")
            bleed = _box(page, "/BleedBox")
            media = _box(page, "/MediaBox")
            assert sorted(((x1 - x0) / MM, (y1 - y0) / MM)) == pytest.approx([297, 420],
                                                                                abs=0.05)
            assert bleed == pytest.approx((x0 - BLEED, y0 - BLEED, x1 + BLEED, y1 + BLEED),
                                          abs=1e-3)
            margin = SLUG if number == 1 else BLEED  # the map sheet has room for its marks
            assert media == pytest.approx((0, 0, x1 + margin, y1 + margin), abs=1e-3)
            assert (x0, y0) == pytest.approx((margin, margin), abs=1e-3)


def test_crop_marks_are_outside_the_bleed_and_nothing_else_is(press_pdf: bytes) -> None:
    document = pdfium.PdfDocument(press_pdf)
    page = document[0]
    scale = 4.0  # 288 dpi: a 0.25 pt mark is a pixel wide
    image = page.render(scale=scale, grayscale=True).to_pil().convert("L")
    width, height = image.size
    pixels = image.load()
    assert pixels is not None

    def dark(x0: float, y0: float, x1: float, y1: float) -> int:
        """Dark pixels in a rectangle given in points from the media's top-left corner."""
        return sum(1 for y in range(int(y0 * scale), min(height, int(y1 * scale)))
                   for x in range(int(x0 * scale), min(width, int(x1 * scale)))
                   if pixels[x, y] < 128)

    trim_w, trim_h = width / scale - 2 * SLUG, height / scale - 2 * SLUG
    near, far = SLUG - BLEED - MARK_LENGTH, SLUG - BLEED
    # The marks: along the top edge's continuation, left of the top-left corner of the trim.
    assert dark(near, SLUG - 1, far, SLUG + 1) > 0
    assert dark(SLUG - 1, near, SLUG + 1, far) > 0
    assert dark(SLUG + trim_w + BLEED, SLUG + trim_h - 1, SLUG + trim_w + SLUG,
                SLUG + trim_h + 1) > 0
    # The bleed, between the trim and the marks, is clean all around; so is the slug
    # away from the corners.
    assert dark(SLUG - BLEED + 1, SLUG - BLEED + 1, SLUG + trim_w + BLEED - 1, SLUG) == 0
    assert dark(SLUG - BLEED + 1, SLUG + trim_h, SLUG + trim_w + BLEED - 1,
                SLUG + trim_h + BLEED - 1) == 0
    assert dark(SLUG + 20, 0, SLUG + trim_w - 20, SLUG - BLEED) == 0


# --------------------------------------------------------------------------- PDF/X-4


def test_the_output_intent_and_the_pdfx_keys(press_pdf: bytes) -> None:
    with pikepdf.open(io.BytesIO(press_pdf)) as pdf:
        assert pdf.pdf_version == "1.6"
        [intent] = pdf.Root.OutputIntents
        assert intent.S == "/GTS_PDFX"
        assert str(intent.OutputConditionIdentifier) == "FOGRA39"
        assert str(intent.RegistryName) == "http://www.color.org"
        profile = intent.DestOutputProfile
        assert int(profile.N) == 4
        assert profile.read_bytes() == profile_bytes()
        assert profile_bytes()[36:40] == b"acsp" and profile_bytes()[16:20] == b"CMYK"
        assert str(pdf.docinfo.GTS_PDFXVersion) == "PDF/X-4"
        assert pdf.docinfo.Trapped == pikepdf.Name("/False")
        assert len(pdf.trailer.ID) == 2
        metadata = pdf.open_metadata()
        assert metadata["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"
        assert metadata["pdf:Trapped"] == "False"
        assert metadata["xmp:CreateDate"].startswith("2025-04-15")
        assert metadata["dc:title"].startswith("Réparations « Brunel »")
        assert pdf.check_pdf_syntax() == []  # qpdf's own check, as qpdf --check


def test_a_press_export_is_deterministic(press_pdf: bytes) -> None:
    again, _ = render_pdf(_project(), ExportOptions(paper=PaperSize.parse("A3"),
                                                    sections=ALL_SECTIONS, press=True))
    assert again == press_pdf


def test_a_normal_export_has_none_of_it() -> None:
    data, _ = render_pdf(build_tiny_project(), ExportOptions(paper=PaperSize.parse("A4")))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert "/OutputIntents" not in pdf.Root
        assert "/GTS_PDFXVersion" not in pdf.docinfo
        for page in pdf.pages:
            assert "/TrimBox" not in page.obj
            assert sorted(_box(page, "/MediaBox")[2:]) == pytest.approx([210 * MM, 297 * MM])


# --------------------------------------------------------------------------- other tools


def _ghostscript() -> str:
    path = shutil.which("gs")
    assert path, "install ghostscript (scripts/test.sh does)"
    return path


def test_ghostscript_reads_it_and_text_pages_use_black_ink_only(press_pdf: bytes,
                                                              tmp_path: Path) -> None:
    path = tmp_path / "press.pdf"
    path.write_bytes(press_pdf)
    gs = _ghostscript()
    run = subprocess.run([gs, "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=nullpage", str(path)],
                         capture_output=True, text=True, check=False)
    assert (run.returncode, run.stdout + run.stderr) == (0, "")
    # inkcov: per page, the share of the page each ink touches. The last pages are the
    # verbatim appendix: text and rules only.
    run = subprocess.run([gs, "-q", "-o", "-", "-sDEVICE=inkcov", str(path)],
                         capture_output=True, text=True, check=True)
    pages = [[float(value) for value in line.split()[:4]]
             for line in run.stdout.splitlines() if line.strip().endswith("OK")]
    assert len(pages) == len(pikepdf.open(io.BytesIO(press_pdf)).pages)
    cyan, magenta, yellow, black = pages[-1]
    assert (cyan, magenta, yellow) == (0, 0, 0) and black > 0.001
    assert max(pages[0][:3]) > 0.01, "the map itself is in colour"


def test_the_command_line_writes_a_press_file(tmp_path: Path) -> None:
    project = tmp_path / "atelier.cxd"
    save_project(build_tiny_project(), project, backups=0)
    output = tmp_path / "imprimeur.pdf"
    assert main(["export-pdf", str(project), "-o", str(output), "--paper", "A2",
                 "--sections", "map", "--press"]) == 0
    with pikepdf.open(output) as pdf:
        assert len(pdf.Root.OutputIntents) == 1
        x0, y0, x1, y1 = _box(pdf.pages[0], "/TrimBox")
        assert sorted(((x1 - x0) / MM, (y1 - y0) / MM)) == pytest.approx([420, 594], abs=0.05)
