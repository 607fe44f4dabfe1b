"""Tables in print: a group of rows keeps its name on every page it is printed on."""

from __future__ import annotations

import io

import pytest
from export_support import reader

from cxdesigner.drawing.fonts import load_fonts, register_family
from cxdesigner.export.flow import SectionFlow
from cxdesigner.export.labels import Labels
from cxdesigner.export.pages import Pages
from cxdesigner.export.pdf_canvas import PdfCanvas
from cxdesigner.export.tables import Column, draw_table

A4 = (595.2755905511812, 841.8897637795277)
PLAYERS = ("Brunel", "Darty", "Boulanger", "Conforama")
GROUPS = ("Fonctionnel", "Cognitif", "Moyenne générale")


def _rows(group_size: int) -> list[list[str]]:
    """Each group's rows: its name on the first only, a player and a figure on each."""
    return [[group if number == 0 else "", f"{group[:3]}-{player}-{number}", "7,0"]
            for group in GROUPS for number, player in
            enumerate(PLAYERS * (group_size // len(PLAYERS) + 1)) if number < group_size]


def _pages_of(room: float, group_size: int) -> list[str]:
    """The text of each page of a table printed with ``room`` points left on its first."""
    fonts = load_fonts()
    register_family(fonts)
    buffer = io.BytesIO()
    canvas = PdfCanvas(buffer, pagesize=A4, invariant=1, initialFontName=fonts.regular,
                       initialFontSize=10)
    pages = Pages(canvas, fonts, Labels("fr"), "Baromètre")
    flow = SectionFlow(pages, A4, "benchmark", "Baromètre du secteur")
    assert flow.ink is not None  # the first page, begun
    flow.y = flow.content.bottom - room
    draw_table(flow, [Column("Critère", 1.5, bold=True), Column("Acteur", 1.6),
                      Column("Moyenne", 0.8, align="right")], _rows(group_size), grouped=True)
    flow.close()
    pages.close()
    canvas.save()
    return [" ".join(page.extract_text().split()) for page in reader(buffer.getvalue()).pages]


@pytest.mark.parametrize("room", [60.0, 95.0, 130.0, 170.0, 200.0])
def test_a_group_of_rows_is_never_printed_without_its_name(room: float) -> None:
    printed = _pages_of(room, 4)
    assert len(printed) >= 2
    for group in GROUPS:
        holding = [text for text in printed if f"{group[:3]}-" in text]
        assert len(holding) == 1, f"{group} split over pages"  # a small group stays whole
        assert group in holding[0]


def test_a_group_longer_than_a_page_names_itself_on_each_page() -> None:
    printed = _pages_of(300.0, 60)
    for group in GROUPS:
        holding = [text for text in printed if f"{group[:3]}-" in text]
        assert len(holding) >= 2
        assert all(group in text for text in holding)
