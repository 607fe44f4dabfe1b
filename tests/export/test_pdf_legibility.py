"""Print that reads at every size: the PDFs read back, page by page, in printed points.

Every page of the demo on A4, A3, A1, A0 and tiled on A4, and of synthetic maps of 300 and
2,000 touchpoints, prints no text below 6 pt and no line below 0.25 pt; every touchpoint's
title is in it, no page is blank, a poster's file holds sheets of one size, and the pages a
long map is cut into say where it continues and where they sit in the journey.
"""

from __future__ import annotations

import io
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from export_support import DEMO, build_tiny_project

from cxdesigner.export import (
    ExportOptions,
    ExportResult,
    PageInfo,
    PaperSize,
    Section,
    render_pdf,
)
from cxdesigner.export.options import MM
from cxdesigner.io import load_project
from cxdesigner.layout import Rect, layout_journey
from cxdesigner.model import Project

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

from legibility import PageInk, read_pdf, squeeze  # noqa: E402
from synthetic import make_project  # noqa: E402

MIN_TEXT = 6.0
MIN_LINE = 0.25
MAP_ONLY = frozenset({Section.MAP, Section.LEGEND})


@dataclass(frozen=True)
class Printed:
    """An export and its pages read back."""

    project: Project
    data: bytes
    result: ExportResult
    pages: list[PageInk]


def _export(project: Project, options: ExportOptions) -> Printed:
    data, result = render_pdf(project, options)
    return Printed(project, data, result, read_pdf(data))


_CASES: dict[str, Callable[[], Printed]] = {
    "demo-A4": lambda: _export(_demo(), ExportOptions(paper=PaperSize.parse("A4"))),
    "demo-A3": lambda: _export(_demo(), ExportOptions(paper=PaperSize.parse("A3"))),
    "demo-A1": lambda: _export(_demo(), ExportOptions(paper=PaperSize.parse("A1"))),
    "demo-A0": lambda: _export(_demo(), ExportOptions(paper=PaperSize.parse("A0"))),
    # At the table floor: at the wall's 10 pt the demo needs a poster taller than A0's 841 mm.
    "demo-tiled-A4": lambda: _export(_demo(), ExportOptions(paper=PaperSize.parse("A0"),
                                                            tile=PaperSize.parse("A4"),
                                                            min_text=MIN_TEXT)),
    "300-A3": lambda: _export(make_project(300), ExportOptions(paper=PaperSize.parse("A3"),
                                                               sections=MAP_ONLY)),
    "300-A0": lambda: _export(make_project(300), ExportOptions(paper=PaperSize.parse("A0"),
                                                               sections=MAP_ONLY)),
}
POSTERS = ("demo-A1", "demo-A0", "demo-tiled-A4", "300-A0")
SLOW = {"300-A3"}  # 68 pages: a few seconds to read back


def _cases() -> list[object]:
    return [pytest.param(name, marks=pytest.mark.slow) if name in SLOW else name
            for name in _CASES]


def _demo() -> Project:
    return load_project(DEMO)


@pytest.fixture(scope="module")
def printed() -> Callable[[str], Printed]:
    """Each case exported and read once for the whole module."""
    done: dict[str, Printed] = {}

    def get(name: str) -> Printed:
        if name not in done:
            done[name] = _CASES[name]()
        return done[name]

    return get


@pytest.fixture(scope="module")
def huge() -> Printed:
    """The 2,000-touchpoint map on A0, exported and read once."""
    return _export(make_project(2000), ExportOptions(paper=PaperSize.parse("A0"),
                                                     sections=MAP_ONLY))


def _check_floor(case: Printed) -> None:
    for number, page in enumerate(case.pages, start=1):
        assert page.smallest_text >= MIN_TEXT - 1e-3, \
            f"page {number}: text at {page.smallest_text:.2f} pt"
        assert page.thinnest_line >= MIN_LINE - 1e-4, \
            f"page {number}: a line of {page.thinnest_line:.3f} pt"
    smallest = case.result.smallest_text
    assert smallest is not None and smallest >= MIN_TEXT - 1e-3


def _check_titles_and_pages(case: Printed) -> None:
    text = unicodedata.normalize("NFC", squeeze("".join(page.text for page in case.pages)))
    for journey in case.project.journeys:
        for _, touchpoint in journey.touchpoints():
            title = unicodedata.normalize("NFC", squeeze(touchpoint.title))
            assert title in text, f"'{touchpoint.title}' is not printed"
    for number, page in enumerate(case.pages, start=1):
        assert any(char.strip() for char, _ in page.chars), f"page {number} is blank"


@pytest.mark.parametrize("name", _cases())
def test_no_text_below_6_pt_and_no_line_below_a_quarter_point(
        printed: Callable[[str], Printed], name: str) -> None:
    _check_floor(printed(name))


@pytest.mark.parametrize("name", _cases())
def test_every_title_is_printed_and_no_page_is_blank(printed: Callable[[str], Printed],
                                                     name: str) -> None:
    _check_titles_and_pages(printed(name))


@pytest.mark.parametrize("name", POSTERS)
def test_a_posters_file_holds_sheets_of_one_size(printed: Callable[[str], Printed],
                                                 name: str) -> None:
    case = printed(name)
    sizes = {tuple(round(side / MM) for side in sorted(page.size)) for page in case.pages}
    assert len(sizes) == 1, sizes


@pytest.mark.slow
def test_a_map_of_2000_touchpoints_on_a0_reads_on_every_page(huge: Printed) -> None:
    _check_floor(huge)
    _check_titles_and_pages(huge)
    maps = [page for page in huge.result.pages if page.kind == "map"]
    assert len(maps) == len(huge.pages) > 1
    assert {tuple(round(side) for side in page.size) for page in maps} == \
        {(round(1189 * MM), round(841 * MM))}
    _check_marks(huge)


# ------------------------------------------------------------------ cut pages


def _cut_pages(result: ExportResult) -> list[list[PageInfo]]:
    """The map pages of each journey cut into several."""
    journeys: dict[str, list[PageInfo]] = {}
    for page in result.pages:
        if page.kind == "map" and page.part is not None and page.part[1] > 1:
            journeys.setdefault(page.journey_id or "", []).append(page)
    return list(journeys.values())


def _band(page: PageInfo) -> Rect:
    """Between the title block and the map: where a cut page's navigation band is."""
    assert page.header is not None and page.placement is not None
    top = page.header.bottom
    bottom = min(strip.top for strip in page.placement.strips)
    return Rect(0, top, page.size[0], bottom - top)


def _check_marks(case: Printed) -> list[list[PageInfo]]:
    """Each cut page says which page it continues from and on, in the document's numbers."""
    cut = _cut_pages(case.result)
    assert cut, "no map was cut into pages"
    for pages in cut:
        numbers = [page.number for page in pages]
        assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))
        for index, page in enumerate(pages):
            text = squeeze(case.pages[page.number - 1].text)
            before = squeeze(f"suite de la page {page.number - 1}")
            after = squeeze(f"suite page {page.number + 1}")
            assert (before in text) == (index > 0), f"page {page.number}"
            assert (after in text) == (index < len(pages) - 1), f"page {page.number}"
    return cut


def _check_overviews(case: Printed) -> None:
    """Each cut page shows the journey's stages as a strip, its own part framed, the frame
    moving along the journey page after page."""
    stages = {journey.id: len(journey.stages) for journey in case.project.journeys}
    with pdfplumber.open(io.BytesIO(case.data)) as pdf:
        for pages in _check_marks(case):
            frames: list[float] = []
            for page in pages:
                band = _band(page)
                plumbed = pdf.pages[page.number - 1]
                plumbed = plumbed.crop((0, band.y, plumbed.width, band.bottom))
                cells = [rect for rect in plumbed.rects if rect["fill"] and not rect["stroke"]]
                assert len(cells) >= stages[page.journey_id or ""]
                framed = [rect for rect in plumbed.rects if rect["stroke"] and not rect["fill"]]
                assert len(framed) == 1, f"page {page.number}"
                frames.append(framed[0]["x0"])
            assert frames == sorted(frames) and len(set(frames)) == len(frames)


@pytest.mark.skipif(not DEMO.is_file(), reason="the demo project is not there")
def test_cut_pages_say_where_they_continue_and_show_where_they_sit(
        printed: Callable[[str], Printed]) -> None:
    _check_overviews(printed("demo-A3"))
    _check_overviews(printed("demo-A4"))


def test_pages_cut_at_stage_boundaries_and_repeat_the_lane_names() -> None:
    project = build_tiny_project((3, 3, 3, 3, 3, 3))
    data, result = render_pdf(project, ExportOptions(paper=PaperSize.parse("A3"),
                                                     sections=MAP_ONLY))
    [pages] = _cut_pages(result)
    layout = layout_journey(project.journeys[0])
    stage_edges = {round(stage.column.x, 3) for stage in layout.stages[1:]}
    starts = [page.placement.strips[0].start for page in pages if page.placement]
    assert starts[0] == 0 and all(round(start, 3) in stage_edges for start in starts[1:])
    read = read_pdf(data)
    for page in pages:
        for lane in ("Points de contact", "Canaux", "Courbe émotionnelle"):
            assert squeeze(lane) in squeeze(read[page.number - 1].text)


def test_one_page_per_stage_on_request() -> None:
    project = build_tiny_project((2, 3, 1))
    _, result = render_pdf(project, ExportOptions(paper=PaperSize.parse("A3"),
                                                  page_per_stage=True, sections=MAP_ONLY))
    [pages] = _cut_pages(result)
    layout = layout_journey(project.journeys[0])
    assert len(pages) == 3
    for page, stage in zip(pages, layout.stages, strict=True):
        assert page.placement is not None
        shown = [box for box in layout.touchpoints.values()
                 if page.placement.shows(box.card.center.x)]
        assert {box.stage_id for box in shown} == {stage.stage_id}
        assert len(shown) == stage.slot_count


def test_the_smallest_text_reported_is_the_smallest_drawn_on_the_map() -> None:
    project = build_tiny_project((4, 4, 4, 4))
    data, result = render_pdf(project, ExportOptions(paper=PaperSize.parse("A3"),
                                                     sections=MAP_ONLY))
    height = layout_journey(project.journeys[0]).height
    checked = 0
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in result.pages:
            if page.kind != "map" or page.placement is None:
                continue
            placement = page.placement
            s = placement.scale
            strips = [Rect(strip.x - (placement.label_width * s if strip.labels else 0.0),
                           strip.top, (strip.end - strip.start + (
                               placement.label_width if strip.labels else 0.0)) * s,
                           height * s) for strip in placement.strips]
            sizes = [char["size"] for char in pdf.pages[page.number - 1].chars
                     if char["text"].strip() and any(
                         area.x <= char["x0"] and char["x1"] <= area.right + 0.5
                         and area.y <= char["top"] and char["bottom"] <= area.bottom
                         for area in strips)]
            assert page.smallest_text == pytest.approx(min(sizes), abs=0.01)
            checked += 1
    assert checked == len(result.pages)


def test_the_sizes_reported_are_the_smallest_printed_on_the_map_pages() -> None:
    project = load_project(DEMO)
    data, result = render_pdf(project, ExportOptions(paper=PaperSize.parse("A3"), min_text=8.0,
                                                     sections=MAP_ONLY))
    assert result.smallest_text is not None and result.smallest_furniture_text is not None
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        sizes = [char["size"] for page in result.pages if page.kind in ("map", "legend")
                 for char in pdf.pages[page.number - 1].chars if char["text"].strip()]
    # The map keeps the 8 pt asked; the title block's captions are smaller, and said so.
    assert result.smallest_text >= 8.0 - 1e-3
    assert result.smallest_furniture_text < result.smallest_text
    assert min(sizes) == pytest.approx(result.smallest_furniture_text, abs=0.01)
    assert result.smallest_furniture_text >= MIN_TEXT - 1e-3


def test_a_tiled_poster_says_the_smallest_text_of_its_sheets_margins_too() -> None:
    project = load_project(DEMO)
    data, result = render_pdf(project, ExportOptions(paper=PaperSize.parse("A0"),
                                                     tile=PaperSize.parse("A4"),
                                                     sections=MAP_ONLY, min_text=MIN_TEXT))
    assert result.smallest_text is not None and result.smallest_furniture_text is not None
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        sizes = [char["size"] for page in pdf.pages for char in page.chars
                 if char["text"].strip()]
    # The cutting labels in the sheets' margins are the smallest text printed.
    assert min(result.smallest_text, result.smallest_furniture_text) == pytest.approx(
        min(sizes), abs=0.01)
    assert min(sizes) >= MIN_TEXT - 1e-3


# ------------------------------------------------------------------ wall papers

WALL_TEXT = 10.0


@pytest.mark.skipif(not DEMO.is_file(), reason="the demo project is not there")
@pytest.mark.parametrize(("paper", "tile"), [("A1", None), ("A0", None), ("1200x1000", "A4"),
                                             (None, "A4")])
def test_a_wall_paper_prints_the_map_at_wall_reading_size(paper: str | None,
                                                          tile: str | None) -> None:
    # No paper with a tile: a poster as large as the map needs, which goes on a wall.
    options = ExportOptions(paper=PaperSize.parse(paper) if paper else None,
                            tile=PaperSize.parse(tile) if tile else None, sections=MAP_ONLY)
    case = _export(_demo(), options)
    assert case.result.smallest_text is not None
    assert case.result.smallest_text >= WALL_TEXT - 1e-3
    map_pages = [page for info, page in zip(case.result.pages, case.pages, strict=True)
                 if info.kind == "map"]
    for number, page in enumerate(map_pages, start=1):  # title block and legend too
        assert page.smallest_text >= WALL_TEXT - 1e-3, f"page {number}: {page.smallest_text}"
    _check_titles_and_pages(case)


def test_a_table_paper_keeps_the_6_pt_floor_and_a_lower_wall_floor_is_kept_as_asked() -> None:
    assert ExportOptions(paper=PaperSize.parse("A2")).floor == MIN_TEXT
    assert ExportOptions().floor == MIN_TEXT
    assert ExportOptions(paper=PaperSize.parse("A1")).floor == WALL_TEXT
    assert ExportOptions(paper=PaperSize.parse("900x700")).floor == WALL_TEXT
    assert ExportOptions(paper=PaperSize.parse("A1"), tile=PaperSize.parse("A4")).floor == \
        WALL_TEXT
    assert ExportOptions(paper=PaperSize.parse("A0"), min_text=7.0).floor == 7.0
    # A poster tiled at a scale the user chose is as large as that scale makes it.
    assert ExportOptions(tile=PaperSize.parse("A4"), scale=0.7).floor == MIN_TEXT


@pytest.mark.skipif(not DEMO.is_file(), reason="the demo project is not there")
def test_a_wall_posters_file_gives_the_texts_shortened_on_the_map_in_full() -> None:
    case = _export(_demo(), ExportOptions(paper=PaperSize.parse("A0")))
    assert Section.VERBATIMS in case.result.left_out  # the report goes apart
    assert len(case.result.elided) > 10
    kinds = [info.kind for info in case.result.pages]
    assert kinds[0] == "map" and kinds[-1] == "elided"
    full = unicodedata.normalize("NFC", squeeze("".join(
        page.text for info, page in zip(case.result.pages, case.pages, strict=True)
        if info.kind == "elided")))
    for item in case.result.elided:
        assert unicodedata.normalize("NFC", squeeze(item.text)) in full, item.text
    # On sheets of the poster's own size: a print shop gets one size per file.
    assert {tuple(round(side / MM) for side in sorted(page.size)) for page in case.pages} == \
        {(841, 1189)}
