"""Every spreadsheet-import message is written in English and in French, and fills in."""

from __future__ import annotations

import string

import pytest

from cxdesigner.io.csv_wording import CELL_WORDS, CSV_MESSAGES, Words, csv_message


@pytest.mark.parametrize("key", sorted(CSV_MESSAGES))
def test_each_message_says_the_same_things_in_both_languages(key: str) -> None:
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name} - \
            {"NBSP", "e"}

    english, french = CSV_MESSAGES[key]["en"], CSV_MESSAGES[key]["fr"]
    assert fields(english) == fields(french)
    values = {name: "x" for name in fields(english)}
    if "what" in values:
        values["what"] = "stage"
    message = csv_message(key, **values)
    assert "{" not in message.text("en") and "{" not in message.text("fr")


def test_what_a_cell_names_agrees_in_french() -> None:
    assert set(CELL_WORDS) >= {"channel", "interlocutor", "stage", "journey"}
    assert csv_message("one_value", what="stage").text("fr") == \
        "un point de contact a une seule étape\u00a0; «\u00a0|\u00a0» sépare plusieurs valeurs"
    assert csv_message("unknown_word", what="criticality", q_text="haute",
                       allowed="bas").text("fr").startswith("criticité inconnue «\u00a0haute")
    assert csv_message("one_value", what="channel").text("en") == \
        "a touchpoint has one channel; '|' separates several values"


def test_numbers_and_column_names_are_said_the_way_each_language_says_them() -> None:
    too_big = csv_message("cell_too_big", row=3, n_found=131072, n_limit=10000)
    assert "more than 131,072 characters, far more than the 10,000" in too_big.text("en")
    assert "plus de 131\u202f072 caractères, bien plus que les 10\u202f000" in too_big.text("fr")
    missing = csv_message("column_missing", q_name=Words("title", "titre"),
                          q_names=("title", "titre"))
    assert missing.text("en") == \
        "the column 'title' is missing (row 1 should name it: 'title', 'titre')"
    assert missing.text("fr").startswith("la colonne «\u00a0titre\u00a0» manque")
