"""Tiled posters: sheet count and size, labels, assembly plan, ruler, overlaps that line up."""

from __future__ import annotations

import io
import math
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from export_support import build_tiny_project, page_sizes
from PIL import Image, ImageChops

from cxdesigner.drawing.fonts import load_fonts
from cxdesigner.export import (
    ExportError,
    ExportOptions,
    Orientation,
    PaperSize,
    Section,
    render_pdf,
)
from cxdesigner.export.ink import Ink
from cxdesigner.export.labels import Labels
from cxdesigner.export.options import MM
from cxdesigner.export.pdf_canvas import PdfCanvas
from cxdesigner.export.tiling import (
    EDGE,
    TILE_MARGIN,
    TileGrid,
    draw_tile,
    plan_tiles,
    sheet_code,
)
from cxdesigner.layout import Rect

MAP_ONLY = frozenset({Section.MAP, Section.LEGEND})
A4 = PaperSize.parse("A4")


def test_sheet_codes_read_like_a_spreadsheet() -> None:
    assert [sheet_code(0, 0), sheet_code(1, 2), sheet_code(25, 0), sheet_code(26, 9)] == \
        ["A1", "B3", "Z1", "AA10"]


def test_the_grid_covers_the_poster_with_the_fewest_sheets() -> None:
    poster = (1189 * MM, 841 * MM)
    grid = plan_tiles(poster, A4, 10)
    width, height = grid.printable
    step_x, step_y = grid.step
    assert (width - step_x) / MM == pytest.approx(10)
    assert (grid.columns - 1) * step_x + width >= poster[0]
    assert (grid.rows - 1) * step_y + height >= poster[1]
    assert (grid.columns - 2) * step_x + width < poster[0] or \
        (grid.rows - 2) * step_y + height < poster[1]
    other = plan_tiles(poster, A4, 10)
    assert grid == other
    assert grid.count == 25  # landscape sheets beat 28 portrait ones


def test_an_a0_poster_prints_on_a4_sheets_after_its_assembly_plan() -> None:
    data, result = render_pdf(build_tiny_project((6, 6, 6)), ExportOptions(
        paper=PaperSize.parse("A0"), tile=A4, overlap_mm=10, sections=MAP_ONLY))
    plan_page = result.pages[0]
    assert plan_page.kind == "assembly" and plan_page.grid is not None
    rows, columns = plan_page.grid
    printed = rows * columns - len(plan_page.skipped)
    kinds = [page.kind for page in result.pages]
    assert kinds == ["assembly"] + ["tile"] * printed
    sizes = page_sizes(data)
    for width, height in sizes[1:]:
        assert sorted((width / MM, height / MM)) == pytest.approx([210, 297], abs=0.05)
    assert [page.sheet for page in result.pages[1:4]] == ["A1", "A2", "A3"]
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        plan = pdf.pages[0].extract_text()
        assert "Cette barre doit mesurer 100 mm" in plan
        assert f"{printed} feuilles A4" in plan
        second = pdf.pages[2]
        label = second.crop((0, 0, second.width, TILE_MARGIN)).extract_text()
        assert "Feuille A2" in label
        assert f"rangée 1/{rows}" in label and f"colonne 2/{columns}" in label
        assert f"2/{printed}" in label
        bottom = second.crop((0, second.height - TILE_MARGIN, second.width,
                              second.height)).extract_text()
        assert "doit mesurer 100 mm" in bottom


def test_a_scaled_map_is_tiled_at_that_scale() -> None:
    project = build_tiny_project((3, 3))
    _, result = render_pdf(project, ExportOptions(scale=1.0, tile=A4, sections=MAP_ONLY))
    assert result.pages[0].kind == "assembly"
    assert result.page_count > 2


def test_the_ruler_is_100_mm_long() -> None:
    data, _ = render_pdf(build_tiny_project(), ExportOptions(scale=0.7, tile=A4,
                                                             sections=MAP_ONLY))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        ticks = [line for line in page.lines if abs(line["x0"] - line["x1"]) < 0.01
                 and line["top"] > page.height * 0.75]
        xs = sorted({round(line["x0"], 2) for line in ticks})
    assert len(xs) == 101
    assert (xs[-1] - xs[0]) / MM == pytest.approx(100, abs=0.01)


def test_a_poster_needing_too_many_sheets_is_refused() -> None:
    with pytest.raises(ExportError, match="sheets"):
        render_pdf(build_tiny_project((30, 30)), ExportOptions(scale=10, tile=A4,
                                                              sections=MAP_ONLY))


def _assert_same_strip(a: Image.Image, b: Image.Image) -> None:
    """The same strip of the poster on two sheets. The rasteriser may shade an edge pixel of
    a shape a few levels differently where the sheets place it (seen: 13 of 255 on one
    pixel): tolerated up to 32 levels on at most one pixel in ten thousand."""
    difference = ImageChops.difference(a, b)
    histogram = difference.histogram()
    assert sum(histogram[33:]) == 0
    assert sum(histogram[1:]) <= a.width * a.height / 10_000


def test_neighbouring_sheets_share_the_same_overlap_strip(tmp_path: Path) -> None:
    assert shutil.which("pdftoppm"), "install poppler-utils (scripts/test.sh does)"
    data, result = render_pdf(build_tiny_project((6, 6, 6)), ExportOptions(
        paper=PaperSize.parse("A1"), tile=A4, overlap_mm=10, sections=MAP_ONLY, min_text=6))
    codes = [page.sheet for page in result.pages]
    left, right = codes.index("A2") + 1, codes.index("A3") + 1  # pdftoppm counts from 1
    below = codes.index("B2") + 1
    path = tmp_path / "tiles.pdf"
    path.write_bytes(data)
    dpi = 127  # 5 pixels a millimetre: the margins and the overlap fall on whole pixels
    images = {}
    for page in (left, right, below):
        subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png",
                        "-singlefile", str(path), str(tmp_path / f"p{page}")], check=True)
        images[page] = Image.open(tmp_path / f"p{page}.png").convert("L")
    margin, overlap = round(TILE_MARGIN / MM * 5), 10 * 5
    width, height = images[left].size
    # pdftoppm rounds the page up to whole pixels: measure from the exact A4 size.
    sheet_w, sheet_h = round(result.pages[left - 1].size[0] / MM * 5), \
        round(result.pages[left - 1].size[1] / MM * 5)
    printable_w, printable_h = sheet_w - 2 * margin, sheet_h - 2 * margin
    a = images[left].crop((margin + printable_w - overlap, margin, margin + printable_w,
                           margin + printable_h))
    b = images[right].crop((margin, margin, margin + overlap, margin + printable_h))
    _assert_same_strip(a, b)
    darkest = a.getextrema()[0]  # the strip is not blank: the comparison means something
    assert not isinstance(darkest, tuple) and darkest < 128
    c = images[left].crop((margin, margin + printable_h - overlap, margin + printable_w,
                           margin + printable_h))
    d = images[below].crop((margin, margin, margin + printable_w, margin + overlap))
    _assert_same_strip(c, d)
    assert (width, height) >= (sheet_w, sheet_h)


def _printed_sheets(poster: tuple[float, float], orientation: Orientation,
                    content: list[Rect]) -> int:
    """The sheets a grid of that orientation prints: the ones whose part meets the content."""
    sheet = A4.oriented(orientation)
    width, height = sheet[0] - 2 * TILE_MARGIN, sheet[1] - 2 * TILE_MARGIN
    step_x, step_y = width - 10 * MM, height - 10 * MM
    columns = math.ceil((poster[0] - 10 * MM) / step_x - 1e-9)
    rows = math.ceil((poster[1] - 10 * MM) / step_y - 1e-9)
    return sum(any(part.x < (c * step_x + width) and part.right > c * step_x
                   and part.y < (r * step_y + height) and part.bottom > r * step_y
                   for part in content) for r in range(rows) for c in range(columns))


def test_the_grid_takes_the_orientation_that_prints_fewer_sheets() -> None:
    # A band along the top of a tall poster: most sheets below it are blank.
    poster = (600 * MM, 1000 * MM)
    content = [Rect(0, 0, 600 * MM, 150 * MM), Rect(0, 900 * MM, 60 * MM, 100 * MM)]
    grid = plan_tiles(poster, A4, 10, content)
    counts = {o: _printed_sheets(poster, o, content) for o in Orientation}
    assert len(grid.printed) == min(counts.values())
    assert counts[Orientation.PORTRAIT] != counts[Orientation.LANDSCAPE]
    assert grid.count - len(grid.printed) == len(grid.skipped) > 0
    for row, column in grid.skipped:
        region = grid.region(row, column)
        assert not any(part.x < region.right and part.right > region.x
                       and part.y < region.bottom and part.bottom > region.y
                       for part in content)


def test_blank_sheets_are_not_printed_and_the_plan_says_so() -> None:
    # A short journey on a wide poster: its strips leave sheets with nothing on them.
    data, result = render_pdf(build_tiny_project((1, 1)), ExportOptions(
        paper=PaperSize.parse("1189x1500"), tile=A4, sections=MAP_ONLY))
    plan = result.pages[0]
    assert plan.grid is not None and plan.skipped
    tiles = [page.sheet for page in result.pages if page.kind == "tile"]
    assert not set(plan.skipped) & set(tiles)
    rows, columns = plan.grid
    assert len(tiles) == rows * columns - len(plan.skipped)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = " ".join(pdf.pages[0].extract_text().split())
        assert f"Les feuilles {', '.join(plan.skipped)} seraient blanches" in text
        assert f"{len(tiles)} feuilles A4" in text
        for number, page in enumerate(pdf.pages[1:], start=1):
            assert f"/{len(tiles)}" in page.crop((0, 0, page.width, TILE_MARGIN)).extract_text()
            assert number <= len(tiles)


@pytest.mark.parametrize("overlap", [10.0, 25.0])
def test_marks_and_labels_stay_in_the_margins_away_from_the_edge(overlap: float) -> None:
    """A middle sheet, with a neighbour on every side, drawn over an empty poster: whatever
    prints is a mark or a label, and it must lie in the margins, 7 mm from the edge."""
    grid = TileGrid(A4.oriented(Orientation.PORTRAIT), "A4", TILE_MARGIN, overlap * MM, 3, 3,
                    (600 * MM, 800 * MM))
    buffer = io.BytesIO()
    fonts = load_fonts()
    canvas = PdfCanvas(buffer, pagesize=grid.sheet, initialFontName=fonts.regular)
    canvas.beginForm("empty", 0, 0, 10, 10)
    canvas.endForm()
    draw_tile(canvas, Ink(canvas, grid.sheet[1], fonts), grid, 1, 1, "empty", Labels("fr"),
              "Réparations « Brunel » · Parcours de réparation")
    canvas.showPage()
    canvas.save()
    width, height = grid.sheet
    inner = Rect(TILE_MARGIN, TILE_MARGIN, width - 2 * TILE_MARGIN, height - 2 * TILE_MARGIN)
    edge = EDGE - 0.05
    with pdfplumber.open(buffer) as pdf:
        page = pdf.pages[0]
        objects = [*page.chars, *page.lines, *page.curves, *page.rects]
        assert len(page.curves) >= 8  # the targets: two for each neighbour
        for thing in objects:
            x0, x1, top, bottom = thing["x0"], thing["x1"], thing["top"], thing["bottom"]
            where = f"{thing.get('text', thing['object_type'])} at ({x0:.1f}, {top:.1f})"
            assert x0 >= edge and top >= edge and x1 <= width - edge and \
                bottom <= height - edge, f"{where} is nearer than 7 mm to the edge"
            assert x1 <= inner.x + 0.01 or x0 >= inner.right - 0.01 or \
                bottom <= inner.y + 0.01 or top >= inner.bottom - 0.01, \
                f"{where} is over the poster's part"


@pytest.mark.parametrize(("project_title", "header"), [
    ("Achat d’un lave-linge", "Achat d’un lave-linge"),
    ("Atelier client", "Atelier client · Achat d’un lave-linge"),
])
def test_the_plan_and_sheets_name_a_project_named_as_its_journey_once(
        project_title: str, header: str) -> None:
    project = build_tiny_project((6, 6, 6))
    project.journeys[0].name = "Achat d’un lave-linge"
    project.title = project_title
    data, _ = render_pdf(project, ExportOptions(paper=PaperSize.parse("A1"), tile=A4,
                                                sections=MAP_ONLY, min_text=6))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        plan = pdf.pages[0].extract_text()
        second = pdf.pages[2]
        label = second.crop((0, 0, second.width, TILE_MARGIN)).extract_text()
    assert plan.splitlines()[1] == header
    for text in (plan, label):
        assert header in text
        assert "Achat d’un lave-linge · Achat d’un lave-linge" not in text, text
