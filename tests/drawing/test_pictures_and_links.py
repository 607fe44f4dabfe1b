"""Pictures and links in the map's drawing: where a picture goes, what a detailed step shows."""

from __future__ import annotations

import pytest

from cxdesigner.drawing import backdrop, cards, notes, pictures
from cxdesigner.drawing.context import MapContext
from cxdesigner.drawing.detail import Detail
from cxdesigner.drawing.fonts import load_fonts
from cxdesigner.drawing.links import LinkMark
from cxdesigner.drawing.primitives import Group, Picture, Primitive, Symbol, Text, bounds
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.export.labels import Labels
from cxdesigner.layout.geometry import Rect
from cxdesigner.model import MapImage, MomentOfTruth, StickyNote, Touchpoint

WIDE = MapImage(format="png", width=800, height=400, data="iVBORw0K", name="capture.png")
TALL = MapImage(format="jpeg", width=300, height=600, data="/9j/4AAQ")
WIDTH, HEIGHT = 154.0, 84.0


def _context(language: str = "fr", **marks: LinkMark) -> MapContext:
    return MapContext(Labels("fr" if language == "fr" else "en"), load_fonts(), "Parcours",
                      details=marks)


def _card(touchpoint: Touchpoint, context: MapContext | None = None,
          detail: Detail = Detail.FULL) -> tuple[Primitive, ...]:
    pad = Sketch(load_fonts())
    cards.card(pad, touchpoint, WIDTH, HEIGHT, 0, context or _context(), "Parcours \u203a Étape",
               detail)
    return pad.take()


def _pictures(parts: tuple[Primitive, ...]) -> list[Picture]:
    found: list[Picture] = []
    for part in parts:
        if isinstance(part, Picture):
            found.append(part)
        elif isinstance(part, Group | Symbol):
            found.extend(_pictures(part.parts))
    return found


def _words(parts: tuple[Primitive, ...]) -> str:
    found: list[str] = []
    for part in parts:
        if isinstance(part, Text):
            found.extend(part.lines)
        elif isinstance(part, Group | Symbol):
            found.append(_words(part.parts))
    return " ".join(found)


def test_a_picture_fills_its_box_with_its_proportions() -> None:
    box = Rect(10.0, 20.0, 58.0, 64.0)
    wide = pictures.fitted(box, WIDE)
    assert (wide.x, wide.y, wide.width, wide.height) == pytest.approx((10.0, 20.0, 58.0, 29.0))
    tall = pictures.fitted(box, TALL)
    assert (tall.right, tall.y, tall.width, tall.height) == \
        pytest.approx((68.0, 20.0, 32.0, 64.0))
    centred = pictures.fitted(box, WIDE, "centre")
    assert centred.y == 20.0 + (64.0 - 29.0) / 2


def test_a_card_shows_its_picture_at_the_right_of_its_title() -> None:
    touchpoint = Touchpoint(title="Recherche sur le site", image=WIDE)
    parts = _card(touchpoint)
    (picture,) = _pictures(parts)
    assert picture.image is WIDE
    areas = cards.areas(WIDTH, HEIGHT, touchpoint)
    assert areas.picture is not None
    assert picture.rect.right == pytest.approx(areas.picture.right)
    assert areas.text.right < areas.picture.x
    title = next(part for part in parts if isinstance(part, Text))
    assert bounds(title).x < areas.picture.x
    assert cards.text_area(WIDTH, HEIGHT, touchpoint) == areas.text


def test_the_picture_starts_below_the_moment_of_truth() -> None:
    touchpoint = Touchpoint(title="Comptoir", image=TALL, moment=MomentOfTruth.CRITICAL)
    (picture,) = _pictures(_card(touchpoint))
    assert picture.rect.y >= 30.0


def test_zoomed_out_a_card_keeps_its_title_only() -> None:
    touchpoint = Touchpoint(title="Recherche", image=WIDE)
    assert _pictures(_card(touchpoint, detail=Detail.OVERVIEW)) == []
    assert cards.areas(WIDTH, HEIGHT, touchpoint, detail=Detail.OVERVIEW).picture is None


def test_a_note_and_a_stage_show_their_picture() -> None:
    pad = Sketch(load_fonts())
    notes.note(pad, StickyNote(text="Le SVI renvoie au début", image=WIDE), 154.0, 52.0,
               _context())
    (picture,) = _pictures(pad.take())
    assert picture.rect.right <= 154.0 - 8
    assert notes.text_area(154.0, 52.0, True).right < picture.rect.x
    backdrop.stage_header(pad, 504.0, 44.0, "Choix", 0, 3, _context(), image=TALL)
    header = pad.take()
    (stage_picture,) = _pictures(header)
    assert stage_picture.rect.height <= 44.0 - 4 - 8
    assert "Choix" in _words(header)
    backdrop.stage_header(pad, 100.0, 44.0, "Choix", 0, 3, _context(), image=TALL)
    assert _pictures(pad.take()) == []  # a narrow stage keeps its name


MARK = LinkMark("Appel au SAV", -1.25, ((MomentOfTruth.ESSENTIAL, 0),
                                        (MomentOfTruth.CRITICAL, 2), (MomentOfTruth.WOW, 1)),
                3)


def test_a_detailed_step_names_its_journey_and_sums_it_up() -> None:
    touchpoint = Touchpoint(title="Appel", details_journey_id="j-sav")
    words = _words(_card(touchpoint, _context(**{"j-sav": MARK})))
    assert "Détail\u00a0: Appel au SAV" in words
    assert "-1,2" in words or "-1,3" in words
    assert "3 irritants" in words
    english = _words(_card(touchpoint, _context("en", **{"j-sav": MARK})))
    assert "Details: Appel au SAV" in english and "3 pain points" in english
    areas = cards.areas(WIDTH, HEIGHT, touchpoint, linked=True)
    assert areas.footer is not None and areas.text.bottom < areas.footer.y


def test_in_print_the_band_gives_the_page_of_the_detailed_journey() -> None:
    touchpoint = Touchpoint(title="Appel", details_journey_id="j-sav")
    mark = LinkMark("Appel au SAV", page=7)
    assert "Details: Appel au SAV, page 7" in _words(
        _card(touchpoint, _context("en", **{"j-sav": mark})))


def _band(parts: tuple[Primitive, ...], area: Rect) -> list[Text]:
    """The texts drawn in the band, checked to stay inside it."""
    texts = [part for part in parts if isinstance(part, Text) and bounds(part).y >= area.y]
    pad = Sketch(load_fonts())
    for text in texts:
        for start, line in zip(text.starts, text.lines, strict=True):
            right = start + pad.width(line, text.font, text.size)
            assert area.x <= start and right <= area.right + 0.5, text.lines
    return texts


LONG_NAME = "Achat d’un lave-linge et livraison à domicile"


def test_a_long_name_is_cut_but_never_its_page() -> None:
    touchpoint = Touchpoint(title="Acheter", details_journey_id="j-achat")
    context = _context(**{"j-achat": LinkMark(LONG_NAME, page=12)})
    parts = _card(touchpoint, context)
    areas = cards.areas(WIDTH, HEIGHT, touchpoint, linked=True)
    assert areas.footer is not None
    (title,) = [line for text in _band(parts, areas.footer) for line in text.lines
                if line.startswith("Détail")]
    assert title.startswith("Détail\u00a0: Achat")
    assert title.endswith("\u2026, page 12")
    assert [item.text for item in context.elisions.items] == [LONG_NAME]
    english = _words(_card(touchpoint, _context("en", **{"j-achat": LinkMark(LONG_NAME)})))
    assert "Details: Achat" in english and "page" not in english


def test_the_figures_of_a_band_never_vanish_for_want_of_room() -> None:
    touchpoint = Touchpoint(title="Acheter", details_journey_id="j-achat")
    mark = LinkMark(LONG_NAME, -0.4, ((MomentOfTruth.ESSENTIAL, 3),
                                      (MomentOfTruth.CRITICAL, 4), (MomentOfTruth.WOW, 1)),
                    12, page=5)
    for language, count in (("fr", "12 irritants"), ("en", "12 pain points")):
        context = _context(language, **{"j-achat": mark})
        parts = _card(touchpoint, context)
        areas = cards.areas(WIDTH, HEIGHT, touchpoint, linked=True)
        assert areas.footer is not None
        words = " ".join(" ".join(text.lines) for text in _band(parts, areas.footer))
        assert count in words and "-0" in words and ", page 5" in words
        assert [item.text for item in context.elisions.items] == [LONG_NAME]
    narrow = _context(**{"j-achat": mark})
    pad = Sketch(load_fonts())
    cards.card(pad, touchpoint, 90.0, HEIGHT, 0, narrow, "Parcours \u203a Acheter")
    parts = pad.take()
    footer = cards.areas(90.0, HEIGHT, touchpoint, linked=True).footer
    assert footer is not None
    _band(parts, footer)  # nothing runs out of the band, however narrow the card
    shown = _words(parts)
    kept = [item.text for item in narrow.elisions.items]
    assert "12 irritants" in shown and "-0,4" in shown
    assert all(kind in shown or any(kind in text for text in kept) for kind in "341")


def test_a_cycle_of_links_shows_no_figures() -> None:
    touchpoint = Touchpoint(title="Appel", details_journey_id="j-sav")
    words = _words(_card(touchpoint, _context("en", **{"j-sav": LinkMark("SAV", cycle=True)})))
    assert "links make a cycle: no figures" in words


def test_a_step_whose_journey_is_unknown_shows_no_band() -> None:
    touchpoint = Touchpoint(title="Appel", details_journey_id="j-sav")
    assert "Détail" not in _words(_card(touchpoint))
    assert cards.areas(WIDTH, HEIGHT, touchpoint).footer is None


def test_the_band_never_prints_below_the_map_s_smallest_text() -> None:
    touchpoint = Touchpoint(title="Appel", details_journey_id="j-sav")
    sizes = {text.size for text in _all_texts(_card(touchpoint, _context(**{"j-sav": MARK})))}
    assert min(sizes) >= 9.0


def _all_texts(parts: tuple[Primitive, ...]) -> list[Text]:
    found: list[Text] = []
    for part in parts:
        if isinstance(part, Text):
            found.append(part)
        elif isinstance(part, Group | Symbol):
            found.extend(_all_texts(part.parts))
    return found
