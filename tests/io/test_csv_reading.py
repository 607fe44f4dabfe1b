"""Reading spreadsheets saved as CSV: encodings, delimiters, column names, row numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxdesigner.io.csv_reading import (
    Column,
    CsvImportError,
    decode_spreadsheet,
    detect_delimiter,
    header_key,
    read_table,
)
from cxdesigner.io.csv_wording import worded

COLUMNS = (
    Column("stage", ("stage", "étape"), required=True),
    Column("title", ("title", "titre", "point de contact"), required=True),
    Column("emotion", ("emotion", "émotion")),
)


def write(folder: Path, text: str, encoding: str = "utf-8", name: str = "sheet.csv") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(("encoding", "expected"), [
    ("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8"), ("cp1252", "Windows-1252"),
    ("utf-16", "UTF-16"),
])
def test_encodings(tmp_path: Path, encoding: str, expected: str) -> None:
    path = write(tmp_path, "Étape;Point de contact\r\nDécouverte;Pâtisserie « maison »\r\n",
                 encoding)
    table = read_table(path, COLUMNS)
    assert table.encoding == expected
    assert table.rows[0].cells == {"stage": "Découverte", "title": "Pâtisserie « maison »"}
    assert table.headers == {"stage": "Étape", "title": "Point de contact"}


def test_utf8_is_tried_strictly_before_cp1252() -> None:
    # "é" in UTF-8 is two bytes that cp1252 would read as "Ã©".
    assert decode_spreadsheet("café".encode(), Path("x.csv")) == ("café", "UTF-8")


def test_a_zip_archive_is_refused_with_a_hint(tmp_path: Path) -> None:
    """Read as CSV, a zip archive is not called a workbook: the workbook reader had it."""
    path = tmp_path / "sheet.xlsx"
    path.write_bytes(b"PK\x03\x04rest of a zip file")
    with pytest.raises(CsvImportError, match=r"zip archive .* save the table as \.xlsx or CSV"):
        read_table(path, COLUMNS)


def test_binary_data_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\x00\x00\x00")
    with pytest.raises(CsvImportError, match="binary"):
        read_table(path, COLUMNS)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CsvImportError, match="no such file"):
        read_table(tmp_path / "nope.csv", COLUMNS)


def test_an_empty_file(tmp_path: Path) -> None:
    with pytest.raises(CsvImportError, match="empty"):
        read_table(write(tmp_path, "\r\n;;\r\n"), COLUMNS)


def test_semicolons_with_commas_in_the_cells(tmp_path: Path) -> None:
    text = ("stage;title;emotion\n"
            "Buy;Pays, then waits, then calls, then waits;-2\n"
            "Use;Reads, sighs;1\n")
    table = read_table(write(tmp_path, text), COLUMNS)
    assert table.delimiter == ";"
    assert table.rows[0].get("title") == "Pays, then waits, then calls, then waits"


def test_commas_with_semicolons_in_quoted_cells(tmp_path: Path) -> None:
    text = 'stage,title\nBuy,"A; B; C; D"\nUse,"E; F"\n'
    table = read_table(write(tmp_path, text), COLUMNS)
    assert table.delimiter == ","
    assert table.rows[1].get("title") == "E; F"


def test_delimiter_falls_back_to_the_sniffer_then_to_counting() -> None:
    # No known column name: the sniffer decides from the regular structure.
    assert detect_delimiter("a,b,c\n1,2,3\n4,5,6\n", COLUMNS) == ","
    assert detect_delimiter("a;b;c\n1;2;3\n4;5;6\n", COLUMNS) == ";"
    # A single line the sniffer cannot read: the more frequent one on the header line.
    assert detect_delimiter("x;y", COLUMNS) == ";"


@pytest.mark.parametrize("header", ["ÉTAPE", "etape", "  Étape ", "Stage", "étape *",
                                    "Étape:", "STAGE (column A)"])
def test_header_names_ignore_case_accents_and_decoration(header: str) -> None:
    assert header_key(header) in {"etape", "stage"}


def test_unknown_and_unnamed_columns_are_warnings(tmp_path: Path) -> None:
    text = "stage;title;Owner;;\nBuy;Pays;Ann;x;\n"
    table = read_table(write(tmp_path, text), COLUMNS)
    assert worded(table.warnings) == ["unknown column 'Owner' was ignored",
                              "column 4 has no name; its cells were ignored"]
    assert table.rows[0].cells == {"stage": "Buy", "title": "Pays"}


def test_missing_required_and_duplicate_columns_are_errors(tmp_path: Path) -> None:
    with pytest.raises(CsvImportError) as caught:
        read_table(write(tmp_path, "titre;title;émotion\nA;B;1\n"), COLUMNS)
    assert caught.value.problems == [
        "the columns 'titre' and 'title' both give the title; keep one",
        "the column 'stage' is missing (row 1 should name it: 'stage', 'étape')",
    ]


def test_row_numbers_are_the_spreadsheet_ones(tmp_path: Path) -> None:
    # Row 3 holds a cell over two lines; row 4 is blank; rows are still counted.
    text = 'stage;title\nBuy;One\nBuy;"Two\nlines"\n;\nUse;Four\n'
    table = read_table(write(tmp_path, text), COLUMNS)
    assert [(row.number, row.get("title")) for row in table.rows] == [
        (2, "One"), (3, "Two\nlines"), (5, "Four")]


def test_a_title_row_above_the_column_names(tmp_path: Path) -> None:
    text = "Atelier du 12 mars;;\nstage;title;emotion\nBuy;One;1\n"
    table = read_table(write(tmp_path, text), COLUMNS)
    assert worded(table.warnings) == ["row 1 above the column names was ignored"]
    assert table.rows[0].number == 3


def test_stray_cells_are_warned_about(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "stage;title\nBuy;One;extra;more\n"), COLUMNS)
    assert worded(table.warnings) == ["row 2: 2 cells beyond the last named column ignored"]


def test_the_error_message_lists_every_problem() -> None:
    error = CsvImportError(Path("a.csv"), ["one", "two"])
    assert error.message() == "Cannot import 'a.csv' (2 problems; nothing was written):\n" \
                              "- one\n- two"
