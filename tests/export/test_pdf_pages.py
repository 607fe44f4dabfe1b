"""Sheets: every paper size and orientation, custom sizes, scales, strips and section pages."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from export_support import build_tiny_project, page_sizes

from cxdesigner.export import (
    DEFAULT_SECTIONS,
    ExportError,
    ExportOptions,
    Orientation,
    PaperSize,
    ReportPlace,
    Section,
    render_pdf,
    render_report,
)
from cxdesigner.export.options import MIN_TEXT_RANGE, MM

MAP_ONLY = frozenset({Section.MAP, Section.LEGEND})
ISO = {"A4": (210, 297), "A3": (297, 420), "A2": (420, 594), "A1": (594, 841),
       "A0": (841, 1189)}


@pytest.mark.parametrize("orientation", list(Orientation))
@pytest.mark.parametrize("name", list(ISO))
def test_each_paper_and_orientation_gives_that_page_size(name: str,
                                                         orientation: Orientation) -> None:
    # Small enough text allowed for the map to fit every sheet either way.
    data, result = render_pdf(build_tiny_project(), ExportOptions(
        paper=PaperSize.parse(name), orientation=orientation, sections=MAP_ONLY,
        min_text=MIN_TEXT_RANGE[0]))
    short, long = ISO[name]
    expected = (long, short) if orientation is Orientation.LANDSCAPE else (short, long)
    [(width, height)] = page_sizes(data)
    assert (width / MM, height / MM) == pytest.approx(expected, abs=0.05)
    assert result.pages[0].kind == "map"


def test_a_custom_size_in_millimetres_is_kept_as_given() -> None:
    data, _ = render_pdf(build_tiny_project(), ExportOptions(
        paper=PaperSize.parse("1189x841"), sections=MAP_ONLY))
    [(width, height)] = page_sizes(data)
    assert (width / MM, height / MM) == pytest.approx((1189, 841), abs=0.05)


@pytest.mark.parametrize("text", ["A5", "12x", "10x10", "9000x300", "letter"])
def test_paper_sizes_that_cannot_print_are_refused_with_a_reason(text: str) -> None:
    with pytest.raises(ExportError, match="paper"):
        PaperSize.parse(text)


def test_the_default_sheet_is_a3_landscape_and_the_map_is_fitted_inside_it() -> None:
    data, result = render_pdf(build_tiny_project(), ExportOptions(sections=MAP_ONLY))
    [(width, height)] = page_sizes(data)
    assert (width / MM, height / MM) == pytest.approx((420, 297), abs=0.05)
    placement = result.pages[0].placement
    assert placement is not None
    for strip in placement.strips:
        assert strip.x > 0 and strip.x + (strip.end - strip.start) * placement.scale <= width


def test_a_scale_picks_the_smallest_sheet_the_map_fits_on() -> None:
    project = build_tiny_project()
    _, result = render_pdf(project, ExportOptions(scale=1.0, sections=MAP_ONLY))
    [page] = result.pages
    assert page.placement is not None and page.placement.scale == 1.0
    width, height = page.size
    names = list(ISO)
    chosen = next(name for name in names
                  if (width / MM, height / MM) == pytest.approx(ISO[name][::-1], abs=0.05))
    assert chosen != "A4"
    # On the next sheet down the map is cut into pages at that scale.
    smaller = names[names.index(chosen) - 1]
    _, cut = render_pdf(project, ExportOptions(scale=1.0, paper=PaperSize.parse(smaller),
                                               sections=MAP_ONLY))
    assert len(cut.pages) > 1
    assert {p.placement.scale for p in cut.pages if p.placement is not None} == {1.0}


def test_a_scale_too_large_for_the_paper_says_what_to_do() -> None:
    with pytest.raises(ExportError, match="--tile"):
        render_pdf(build_tiny_project(), ExportOptions(
            paper=PaperSize.parse("A4"), scale=2.0, sections=MAP_ONLY))


def test_a_scale_below_the_smallest_text_is_refused_unless_allowed() -> None:
    project = build_tiny_project()
    with pytest.raises(ExportError, match=r"at 40%.*below the 6 pt.*--allow-small-text"):
        render_pdf(project, ExportOptions(scale=0.4, sections=MAP_ONLY))
    _, result = render_pdf(project, ExportOptions(scale=0.4, allow_small_text=True,
                                                  sections=MAP_ONLY))
    assert result.smallest_text is not None and result.smallest_text < 6


def test_a_long_journey_is_cut_into_strips_that_print_it_larger() -> None:
    project = build_tiny_project((8, 8, 8, 8))
    options = ExportOptions(paper=PaperSize.parse("A0"), sections=MAP_ONLY)
    _, auto = render_pdf(project, options)
    _, single = render_pdf(project, ExportOptions(paper=PaperSize.parse("A0"), strips=1,
                                                  one_sheet=True, allow_small_text=True,
                                                  sections=MAP_ONLY))
    auto_place, single_place = auto.pages[0].placement, single.pages[0].placement
    assert auto_place is not None and single_place is not None
    assert len(single_place.strips) == 1
    assert len(auto_place.strips) >= 2
    assert auto_place.scale > single_place.scale * 1.1
    # Strips follow one another without gap or overlap and repeat the lane labels.
    edges = [(s.start, s.end) for s in auto_place.strips]
    assert edges[0][0] == 0 and all(a[1] == b[0] for a, b in itertools.pairwise(edges))
    assert [s.labels for s in auto_place.strips] == [False] + [True] * (len(edges) - 1)


def test_a_wall_sized_map_leaves_the_report_to_a4_pages_apart() -> None:
    project = build_tiny_project()
    options = ExportOptions(paper=PaperSize.parse("A0"))
    _, poster = render_pdf(project, options)
    assert [page.kind for page in poster.pages] == ["map"]
    assert poster.left_out == DEFAULT_SECTIONS - {Section.MAP, Section.LEGEND}
    _, report = render_report(project, options)
    assert [page.kind for page in report.pages] == ["personas", "actions", "indicators",
                                                    "verbatims"]
    assert report.left_out == frozenset()
    # On request, in the same file: on A4 pages too.
    _, both = render_pdf(project, replace(options, report=ReportPlace.WITH_MAP))
    kinds = [page.kind for page in both.pages]
    assert kinds == ["map", "personas", "actions", "indicators", "verbatims"]
    for page in [*both.pages[1:], *report.pages]:
        assert (page.size[0] / MM, page.size[1] / MM) == pytest.approx((297, 210), abs=0.05)


def test_a_report_apart_from_an_a3_map_leaves_the_map_alone() -> None:
    project = build_tiny_project()
    options = ExportOptions(paper=PaperSize.parse("A3"), report=ReportPlace.APART)
    _, result = render_pdf(project, options)
    assert {page.kind for page in result.pages} == {"map"}
    with pytest.raises(ExportError, match="nothing to put in the report"):
        render_report(project, replace(options, sections=MAP_ONLY))


def test_tables_and_cards_share_the_sheet_of_an_a3_map() -> None:
    _, result = render_pdf(build_tiny_project(), ExportOptions(
        paper=PaperSize.parse("A3"), orientation=Orientation.PORTRAIT))
    assert {page.size for page in result.pages} == {result.pages[0].size}
