"""Text on the map: every title printed, nothing outside its card, the cut texts kept whole."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import pdfplumber
import pytest
from export_support import DEMO, LONG_DESCRIPTION, build_tiny_project

from cxdesigner.export import (
    ExportOptions,
    MapPlacement,
    Orientation,
    PaperSize,
    Section,
    render_pdf,
)
from cxdesigner.layout import Rect, layout_journey
from cxdesigner.model import Lane, Project

TOLERANCE = 0.35
"""Points of slack for rounding in the PDF's coordinates."""


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _card_rects(project: Project, placement: MapPlacement) -> Iterator[tuple[str, Rect]]:
    """The cards a page shows, where it shows them."""
    journey = next(j for j in project.journeys if j.id == placement.journey_id)
    layout = layout_journey(journey)
    for tp_id, box in layout.touchpoints.items():
        if placement.shows(box.card.center.x):
            yield tp_id, placement.to_page(box.card)


def _check_cards(project: Project, data: bytes, pages: list[int],
                 placements: list[MapPlacement]) -> int:
    """Assert no character crosses or escapes a card; returns how many cards were checked."""
    checked = 0
    margin = 6.0
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, placement in zip(pages, placements, strict=True):
            page = pdf.pages[number]
            chars = page.chars
            for tp_id, card in _card_rects(project, placement):
                # The card's column, a little above and below it: nothing but the card's own
                # text may be there.
                guard = Rect(card.x, card.y - margin * placement.scale, card.width,
                             card.height + 2 * margin * placement.scale)
                for char in chars:
                    cx = (char["x0"] + char["x1"]) / 2
                    cy = (char["top"] + char["bottom"]) / 2
                    if not (guard.x <= cx <= guard.right and guard.y <= cy <= guard.bottom):
                        continue
                    inside = (card.x - TOLERANCE <= char["x0"] and char["x1"] <= card.right
                              + TOLERANCE and card.y - TOLERANCE <= char["top"]
                              and char["bottom"] <= card.bottom + TOLERANCE)
                    assert inside, (f"'{char['text']}' at ({char['x0']:.1f}, {char['top']:.1f})"
                                    f" leaves the card of {tp_id} {card}")
                checked += 1
    return checked


def _map_pages(result_pages: tuple[object, ...]) -> tuple[list[int], list[MapPlacement]]:
    numbers, placements = [], []
    for page in result_pages:
        placement = getattr(page, "placement", None)
        if placement is not None:
            numbers.append(page.number - 1)  # type: ignore[attr-defined]
            placements.append(placement)
    return numbers, placements


@pytest.mark.parametrize(("paper", "orientation"), [("A4", Orientation.LANDSCAPE),
                                                    ("A3", Orientation.PORTRAIT),
                                                    ("A0", Orientation.LANDSCAPE)])
def test_no_text_leaves_its_card(paper: str, orientation: Orientation) -> None:
    project = build_tiny_project((3, 4, 2))
    tps = [tp for _, tp in project.journeys[0].touchpoints()]
    tps[0].title = "Un titre beaucoup trop long pour tenir sur trois lignes " * 3
    tps[1].description = LONG_DESCRIPTION
    tps[2].title = "Anticonstitutionnellementdéraisonnablementinterminable"
    data, result = render_pdf(project, ExportOptions(
        paper=PaperSize.parse(paper), orientation=orientation,
        sections=frozenset({Section.MAP, Section.VERBATIMS})))
    numbers, placements = _map_pages(result.pages)
    assert _check_cards(project, data, numbers, placements) == len(tps)


def test_every_title_is_on_the_map_inside_its_own_card() -> None:
    project = build_tiny_project((3, 3))
    data, result = render_pdf(project, ExportOptions(paper=PaperSize.parse("A3"),
                                                     sections=frozenset({Section.MAP})))
    placement = result.pages[0].placement
    assert placement is not None
    titles = {tp.id: tp.title for _, tp in project.journeys[0].touchpoints()}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        for tp_id, card in _card_rects(project, placement):
            text = page.within_bbox((card.x, card.y, card.right, card.bottom)).extract_text()
            assert _squash(titles[tp_id]) in _squash(text)


def test_a_text_cut_on_the_map_is_printed_whole_in_the_appendix() -> None:
    project = build_tiny_project()
    project.journeys[0].stages[0].touchpoints[1].description = LONG_DESCRIPTION
    data, result = render_pdf(project, ExportOptions(paper=PaperSize.parse("A4")))
    assert any(item.text == LONG_DESCRIPTION for item in result.elided)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        map_text = pdf.pages[0].extract_text()
        appendix = "".join(page.extract_text() for page in pdf.pages
                           if "Textes abrégés" in page.extract_text())
    assert "…" in map_text
    assert _squash(LONG_DESCRIPTION) in _squash(appendix)


def test_more_items_than_rows_are_counted_and_kept_for_the_appendix() -> None:
    project = build_tiny_project()
    tp = project.journeys[0].stages[0].touchpoints[1]
    tp.irritants = [tp.irritants[0].model_copy(update={"id": f"irr-x{k}", "text": f"Gêne {k}"})
                    for k in range(7)]
    data, result = render_pdf(project, ExportOptions(paper=PaperSize.parse("A3"),
                                                     sections=frozenset({Section.MAP})))
    rows = layout_journey(project.journeys[0]).list_rows
    hidden = {f"Gêne {k}" for k in range(rows - 1, 7)}
    assert hidden <= {item.text for item in result.elided}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert f"+{len(hidden)}" in pdf.pages[0].extract_text()


@pytest.mark.skipif(not DEMO.is_file(), reason="the demo project is not there")
def test_every_demo_title_is_printed_in_its_card_or_in_the_appendix() -> None:
    from cxdesigner.io import load_project

    project = load_project(DEMO)
    data, result = render_pdf(project, ExportOptions(paper=PaperSize.parse("A3")))
    numbers, placements = _map_pages(result.pages)
    titles = {tp.id: tp.title for j in project.journeys for _, tp in j.touchpoints()}
    elided = {item.text for item in result.elided}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, placement in zip(numbers, placements, strict=True):
            page = pdf.pages[number]
            for tp_id, card in _card_rects(project, placement):
                text = page.within_bbox((card.x, card.y, card.right, card.bottom)).extract_text()
                text = text.replace("!", "")  # the critical moment's triangle, top right
                assert _squash(titles[tp_id]) in _squash(text) or titles[tp_id] in elided
    assert _check_cards(project, data, numbers, placements) == len(titles)


def test_moments_and_criticality_are_named_not_only_coloured() -> None:
    project = build_tiny_project((2, 2))
    data, result = render_pdf(project, ExportOptions(paper=PaperSize.parse("A3"),
                                                     sections=frozenset({Section.MAP})))
    placement = result.pages[0].placement
    assert placement is not None
    layout = layout_journey(project.journeys[0])
    expected = {"tp0": ("Essentiel", "Bas / neutre"), "tp2": ("Critique", "Très sensible"),
                "tp3": ("Waouh", "")}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        for tp_id, (moment, level) in expected.items():
            for lane, word in ((Lane.MOMENTS, moment), (Lane.CRITICALITY, level)):
                cell = layout.cell(tp_id, lane)
                assert cell is not None
                box = placement.to_page(cell)
                text = page.within_bbox((box.x, box.y, box.right, box.bottom)).extract_text()
                # The critical triangle carries a "!" of its own.
                assert text.strip().removeprefix("!").strip() == word
