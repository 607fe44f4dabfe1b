# ruff: noqa: RUF001 - letters of other scripts that look like Latin ones are the point here
"""Text in any script: the face of each run, display order, widths that add up, line breaks."""

from __future__ import annotations

import itertools

import pytest
from reportlab.pdfbase import pdfmetrics

from cxdesigner.drawing.fallback_fonts import face_for
from cxdesigner.drawing.fonts import FontSet, load_fonts, register_face
from cxdesigner.drawing.primitives import Run, Text
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.drawing.text_runs import (
    is_right_to_left,
    line_runs,
    missing_characters,
    text_width,
)
from cxdesigner.layout.geometry import Rect


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    return load_fonts()


@pytest.mark.parametrize(("char", "face"), [
    ("é", "NotoSans-Regular"), ("Ж", "NotoSans-Regular"), ("λ", "NotoSans-Regular"),
    ("中", "DroidSansFallback-Regular"), ("體", "DroidSansFallback-Regular"),
    ("の", "DroidSansFallback-Regular"), ("한", "NanumGothic-Regular"),
    ("ب", "NotoSansArabic-Regular"), ("ש", "NotoSansHebrew-Regular"),
    ("→", "NotoSansMath-Regular"), ("①", "NotoSansSymbols-Regular"),
    ("😀", "NotoEmoji-Regular"), ("★", "NotoSansSymbols2-Regular"),
])
def test_each_character_is_drawn_by_the_first_face_that_has_it(
        fonts: FontSet, char: str, face: str) -> None:
    assert face_for(ord(char), fonts.regular) == face


def test_bold_text_keeps_bold_where_the_fallback_has_it(fonts: FontSet) -> None:
    assert face_for(ord("ب"), fonts.bold) == "NotoSansArabic-Bold"
    assert face_for(ord("中"), fonts.bold) == "DroidSansFallback-Regular"  # no bold face
    assert face_for(0x13000, fonts.bold) is None


def test_latin_greek_and_cyrillic_lines_need_no_runs(fonts: FontSet) -> None:
    assert line_runs("Réclamation « Œuvre » — Κράτηση, Бронирование 12 €", fonts.regular,
                     9.0) is None


def test_runs_follow_each_other_by_the_width_of_the_one_before(fonts: FontSet) -> None:
    text = "Bonjour 中文 → 😀 مرحبا"
    runs = line_runs(text, fonts.regular, 9.0)
    assert runs is not None and len(runs) >= 6
    for run in runs:  # measured below by reportlab itself, from the font files
        register_face(run.font)
    for before, after in itertools.pairwise(runs):
        width = pdfmetrics.stringWidth(before.text, before.font, 9.0)
        assert after.x == pytest.approx(before.x + width)
    last = runs[-1]
    end = last.x + pdfmetrics.stringWidth(last.text, last.font, 9.0)
    assert end == pytest.approx(text_width(fonts.regular, text, 9.0))


def test_right_to_left_words_are_in_display_order_and_arabic_is_joined(fonts: FontSet) -> None:
    runs = line_runs("שלום עולם", fonts.regular, 10.0)
    assert runs is not None
    assert "".join(run.text for run in runs) == "םלוע םולש"
    arabic = line_runs("حجز", fonts.regular, 10.0, right_to_left=True)
    assert arabic is not None
    # Display order, in joining forms: final zain, medial jeem, initial hah.
    assert [run.text for run in arabic] == ["\ufeb0\ufea0\ufea3"]


def test_a_mixed_line_keeps_french_in_place_and_arabic_reversed(fonts: FontSet) -> None:
    runs = line_runs("Il dit « مرحبا بكم » puis part", fonts.regular, 10.0)
    assert runs is not None
    shown = "".join(run.text for run in runs)
    assert shown.startswith("Il dit « ") and shown.endswith(" » puis part")
    # بكم (bikum) is drawn left of مرحبا (marhaban): it is read second, from the right.
    assert shown.index("\ufee2") < shown.index("\ufee3")


def test_a_paragraph_takes_its_direction_from_its_first_letter() -> None:
    assert is_right_to_left("« مرحبا » dit le client")
    assert not is_right_to_left("12 : le client dit « مرحبا »")
    assert not is_right_to_left("123 ...")


def test_an_arabic_paragraph_starts_on_the_right_of_its_box(fonts: FontSet) -> None:
    pad = Sketch(fonts)
    pad.box(Rect(10, 0, 200, 40), "حجز تذكرة", fonts.regular, (10.0,), "#000000")
    [text] = pad.take()
    assert isinstance(text, Text) and text.runs is not None
    width = text_width(fonts.regular, "حجز تذكرة", 10.0)
    assert text.starts[0] == pytest.approx(210 - width)


def test_chinese_wraps_between_ideographs_on_the_real_widths(fonts: FontSet) -> None:
    pad = Sketch(fonts)
    text = "客户在网站上预订了去上海的机票，但是没有收到确认邮件。"
    pad.box(Rect(0, 0, 80, 200), text, fonts.regular, (10.0,), "#000000")
    [drawn] = pad.take()
    assert isinstance(drawn, Text) and len(drawn.lines) > 2
    assert "".join(drawn.lines) == text
    for line in drawn.lines:
        assert text_width(fonts.regular, line, 10.0) <= 80
        assert not line.startswith(("，", "。"))
    assert drawn.runs is not None
    assert all(run.font == "DroidSansFallback-Regular" for line in drawn.runs for run in line)


def test_combining_accents_compose_or_are_drawn(fonts: FontSet) -> None:
    pad = Sketch(fonts)
    pad.text(0, 10, "Tie\u0302\u0301ng Vie\u0323\u0302t q\u0307", fonts.regular, 10.0,
             "#000000")
    [drawn] = pad.take()
    assert isinstance(drawn, Text)
    assert drawn.lines == ("Tiếng Việt q\u0307",)  # no precomposed q with a dot: the mark
    # Noto Sans has every letter and the mark; the line is still drawn as a run, glyph by
    # glyph, so that the screen puts the mark where the PDF does (not where Qt would).
    assert drawn.runs == ((Run(0.0, "Tiếng Việt q\u0307", fonts.regular),),)


def test_a_character_no_face_has_is_found_and_drawn_by_the_main_face(fonts: FontSet) -> None:
    assert missing_characters("Signe \U00013000 et \U00013001 \U00013000", fonts.regular) \
        == "\U00013000\U00013001"
    assert missing_characters("中文 😀 → عربي", fonts.regular) == ""
    runs = line_runs("a \U00013000", fonts.regular, 10.0)
    assert runs is not None and [run.font for run in runs] == [fonts.regular]
