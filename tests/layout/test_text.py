"""Text fitting: wrap, shrink within limits, elide; never wider than the box."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cxdesigner.layout import elide, fit_text, normalise, wrap


def measure(text: str, size: float) -> float:
    """A monospaced stand-in: every character is 0.6 em wide."""
    return len(text) * size * 0.6


def test_wrap_breaks_on_words() -> None:
    # 10 pt: 6 pt a character, 60 pt holds 10 characters.
    assert wrap("Appel au service client", 60, 10, measure) == ["Appel au", "service", "client"]


def test_wrap_breaks_a_word_longer_than_the_line() -> None:
    assert wrap("anticonstitutionnellement", 60, 10, measure) == [
        "anticonsti", "tutionnell", "ement"]


def test_chinese_and_japanese_lines_break_between_characters() -> None:
    # Written without spaces: a line may end after any ideograph or kana (10 a line here).
    assert wrap("客户在网站上预订了去上海的机票", 60, 10, measure) == [
        "客户在网站上预订了去", "上海的机票"]
    assert wrap("Appel 客户服务中心", 60, 10, measure) == ["Appel 客户服务", "中心"]


def test_no_line_starts_with_closing_punctuation_or_a_small_kana() -> None:
    # The break moves back one character rather than start a line with "。", "」" or "ッ".
    assert wrap("お客様はアプリで予約。しました", 60, 10, measure) == [
        "お客様はアプリで予", "約。しました"]
    assert wrap("「支払いができません」と", 60, 10, measure) == ["「支払いができませ", "ん」と"]
    assert wrap("エラーがでましたチケット", 60, 10, measure) == ["エラーがでましたチ", "ケット"]


def test_korean_still_breaks_between_words_when_they_fit() -> None:
    assert wrap("고객이 고객센터에 전화했습니다", 60, 10, measure) == [
        "고객이 고객센터에", "전화했습니다"]


def test_normalise_composes_accents_and_folds_spaces() -> None:
    decomposed = "e\u0301te\u0301  \n  re\u0301ussi"
    assert normalise(decomposed) == "été réussi"


def test_no_break_spaces_keep_words_together() -> None:
    # "« Enfin »" with no-break spaces inside the quotes stays one unit.
    assert wrap("Il dit \u00ab\u00a0Enfin\u00a0\u00bb", 60, 10, measure) == [
        "Il dit", "\u00ab\u00a0Enfin\u00a0\u00bb"]


def test_fit_text_keeps_the_largest_size_that_fits() -> None:
    fitted = fit_text("Commande en ligne", 120, 30, measure, sizes=(11, 10, 9))
    assert fitted.size == 11
    assert fitted.lines == ("Commande en ligne",)
    assert not fitted.elided


def test_fit_text_shrinks_before_eliding() -> None:
    # At 11 pt, 6.6 pt a char: 100 pt holds 15 chars -> 2 lines of 13.42 pt > 20 pt.
    # At 8 pt, 4.8 pt a char: 20 chars per line -> one line "Suivi de la commande".
    fitted = fit_text("Suivi de la commande", 100, 20, measure, sizes=(11, 8))
    assert fitted.size == 8
    assert fitted.lines == ("Suivi de la commande",)


def test_fit_text_elides_what_cannot_fit() -> None:
    text = "Le client rappelle et doit tout réexpliquer depuis le début " * 3
    fitted = fit_text(text, 60, 20, measure, sizes=(10,))
    assert fitted.elided
    assert len(fitted.lines) == 1
    assert fitted.lines[-1].endswith("…")


def test_elide_returns_an_ellipsis_when_nothing_fits() -> None:
    assert elide("Bonjour", 7, 10, measure) == "…"


@settings(max_examples=80, deadline=None)
@given(text=st.text(min_size=0, max_size=200),
       width=st.floats(min_value=20, max_value=400),
       height=st.floats(min_value=10, max_value=200))
def test_fitted_text_never_overflows(text: str, width: float, height: float) -> None:
    fitted = fit_text(text, width, height, measure)
    for line in fitted.lines:
        assert measure(line, fitted.size) <= width + 1e-6
    if len(fitted.lines) > 1:
        assert len(fitted.lines) * fitted.line_height <= height + 1e-6
