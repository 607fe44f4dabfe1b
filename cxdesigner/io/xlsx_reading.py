"""Read the sheets of an Excel workbook (.xlsx) as the CSV imports read a file.

Each sheet is read like a CSV file (the same column names in French or English, the
column names on any of the first rows, blank rows skipped), and its rows keep the sheet's
name, so that every problem says sheet, row and column. Cells typed by Excel are turned
into the text the CSV readers expect: a date into ``2024-03-12``, a time or a duration
into ``0:04:30``, a percentage into ``38%``, a whole number without ``.0``. A formula is
read as the value Excel computed and saved with it, never evaluated here; one that was
never computed, and a cell showing an error, are problems to fix in the spreadsheet,
reported with every other problem the import finds.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import stat
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.cell.cell import ERROR_CODES

# The header rules are the CSV reader's own, so that a column is recognised the same way.
from cxdesigner.io.csv_reading import (
    CellProblem,
    Column,
    CsvImportError,
    CsvRow,
    CsvTable,
    _find_header,
    _match_columns,
    above_the_names,
    header_key,
    refusal_words,
)
from cxdesigner.io.csv_wording import CsvMessage, Said, Words, csv_message
from cxdesigner.io.reading import FileRefusedError, read_regular_file
from cxdesigner.model.limits import MAX_FILE_BYTES, MAX_LIST_ITEMS

WORKBOOK_ENCODING = "xlsx"
"""What :attr:`CsvTable.encoding` says of a table read from a workbook."""


def is_workbook(path: Path) -> bool:
    """Whether ``path`` is an Excel workbook (a zip holding ``xl/workbook.xml``); a pipe or a
    device is not looked into (the CSV reader refuses it in words)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with path.open("rb") as file:
            if file.read(4) != b"PK\x03\x04":
                return False
        with zipfile.ZipFile(path) as archive:
            return "xl/workbook.xml" in archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


# A part each kind of zip document holds, and what to call it.
_ZIP_DOCUMENTS = (
    ("ppt/presentation.xml", Words("a PowerPoint presentation", "une présentation PowerPoint")),
    ("word/document.xml", Words("a Word document", "un document Word")),
    ("content.xml", Words("an OpenDocument file (.ods, .odt…)",
                          "un fichier OpenDocument (.ods, .odt…)")))
_ZIP_ARCHIVE = Words("a zip archive", "une archive zip")


def office_document(path: Path) -> Words | None:
    """What a zip archive that is not an Excel workbook is (``"a PowerPoint presentation"``),
    or None when ``path`` is no zip archive (or cannot be looked into)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        with path.open("rb") as file:
            if file.read(4) != b"PK\x03\x04":
                return None
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (OSError, zipfile.BadZipFile):
        return None
    return next((kind for part, kind in _ZIP_DOCUMENTS if part in names), _ZIP_ARCHIVE)


def cell_text(value: object, number_format: str = "General") -> str:
    """The text a CSV file would hold for a cell's value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return f"{value.date().isoformat()} {value.strftime('%H:%M:%S')}"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return f"{value.hour}:{value.minute:02d}:{value.second:02d}"
    if isinstance(value, dt.timedelta):
        seconds = round(value.total_seconds())
        return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
    if isinstance(value, int | float):
        if "%" in number_format:
            return f"{_number(value * 100)}%"
        return _number(value)
    return str(value)


def _number(value: float) -> str:
    """The shortest text of ``value``: ``3`` for 3.0, ``0.1`` for 0.1 (not 0.1000000001)."""
    if float(value).is_integer():
        return str(int(value))
    # Rounded away from the binary noise of a computed cell (0.1 + 0.2), without exponent.
    text = format(Decimal(repr(round(float(value), 10))), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


@dataclass(frozen=True)
class _Sheet:
    """One sheet's cells as text, with the problems of cells that hold no usable value."""

    name: str
    records: list[list[str]]
    problems: list[tuple[int, int, CsvMessage]]
    """(row number, column index, message)."""


def _sheet_records(values: Iterable[Sequence[object]], formulas: Iterable[Sequence[object]],
                   name: str, path: Path) -> _Sheet:
    records: list[list[str]] = []
    problems: list[tuple[int, int, CsvMessage]] = []
    for number, (row, written) in enumerate(zip(values, formulas, strict=False), start=1):
        record: list[str] = []
        for index, cell in enumerate(row):
            value = getattr(cell, "value", None)
            formula = getattr(written[index], "value", None) if index < len(written) else None
            if value is None and isinstance(formula, str) and formula.startswith("="):
                problems.append((number, index, csv_message("formula_not_computed")))
            elif getattr(cell, "data_type", "") == "e" or (
                    isinstance(value, str) and value in ERROR_CODES):
                problems.append((number, index, csv_message("cell_shows_error", value=value)))
                value = None
            record.append(cell_text(value, getattr(cell, "number_format", "General")))
        records.append(record)
        if len(records) > MAX_LIST_ITEMS:
            raise CsvImportError(path, [csv_message("sheet_too_many_rows", q_name=name,
                                                    limit=MAX_LIST_ITEMS)])
    return _Sheet(name, records, problems)


def _open_sheets(path: Path) -> list[_Sheet]:
    """Every sheet's cells as text (cached formula values, never evaluated)."""
    try:
        data = read_regular_file(path, MAX_FILE_BYTES)
    except FileRefusedError as refused:
        raise CsvImportError(path, [refusal_words(refused)]) from refused
    try:
        values = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        formulas = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except OSError as error:
        raise CsvImportError(path, [csv_message("unreadable",
                                                reason=error.strerror or error)]) from error
    except Exception as error:  # openpyxl raises many kinds on a damaged workbook
        raise CsvImportError(path, [csv_message("workbook_damaged", detail=error)]) from error
    try:
        sheets = []
        for sheet in values.worksheets:
            # A chart sheet has no cells: only worksheets are read.
            written = formulas[sheet.title]
            sheets.append(_sheet_records(sheet.iter_rows(), written.iter_rows(),
                                         sheet.title, path))
        return sheets
    finally:
        values.close()
        formulas.close()


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _table(path: Path, sheet: _Sheet,
           columns: Sequence[Column]) -> tuple[CsvTable, list[Said]]:
    """The sheet as a table, and the problems that keep it from being read."""
    records = sheet.records
    start = _find_header(records, columns)
    header = records[start] if records else []
    data = records[start + 1:]
    found: list[Said] = []
    noticed: list[Said] = [above_the_names(start)] if start else []
    positions = _match_columns(header, columns, data, found, noticed)
    where = (csv_message("sheet", q_name=sheet.name),)
    problems: list[Said] = [csv_message("at", where=where, message=each) for each in found]
    warnings: list[Said] = [csv_message("at", where=where, message=each) for each in noticed]
    named = {index: key for key, index in positions.items()}
    cells = [CellProblem(sheet.name, number, named[index],
                         csv_message("at", message=message, where=(
                             csv_message("sheet", q_name=sheet.name),
                             csv_message("row", number=number),
                             csv_message("cell", q_name=header[index].strip(),
                                         cell=f"{_column_letter(index)}{number}"))))
             for number, index, message in sheet.problems
             if number > start + 1 and index in named]
    rows: list[CsvRow] = []
    for offset, record in enumerate(data):
        number = start + offset + 2
        if not any(cell.strip() for cell in record):
            continue
        rows.append(CsvRow(number, {key: record[index] if index < len(record) else ""
                                    for key, index in positions.items()}, sheet.name))
    headers = {key: header[index].strip() for key, index in positions.items()}
    return CsvTable(path, WORKBOOK_ENCODING, "", headers, rows, warnings, cells), problems


def _has_required(sheet: _Sheet, columns: Sequence[Column]) -> bool:
    """Whether the sheet names every required column on one of its first rows."""
    start = _find_header(sheet.records, columns)
    named = {header_key(cell) for cell in sheet.records[start]} if sheet.records else set()
    return all(named & {header_key(name) for name in column.names}
               for column in columns if column.required)


def read_workbook(path: Path, columns: Sequence[Column], sheet: str | None = None,
                  every_sheet: bool = False, sheet_column: str | None = None) -> CsvTable:
    """The rows of a workbook's sheet(s) holding ``columns``, as one table.

    Args:
        path: the .xlsx file.
        columns: the columns the import knows.
        sheet: the name of the one sheet to read (any case); by default, the first sheet
            that names every required column (or, with ``every_sheet``, each of them).
        every_sheet: read every sheet that names the required columns, one after the other.
        sheet_column: when several sheets are read, the key of the column whose empty cell
            on a sheet's first row takes the sheet's name (a sheet per journey).

    Raises:
        CsvImportError: the workbook cannot be read, the sheet does not exist, or no sheet
            names the required columns. Cells holding an error or an uncomputed formula
            are in the table's ``cell_problems``, for the import to report with the rest.
    """
    sheets = [found for found in _open_sheets(path)
              if any(any(cell.strip() for cell in record) for record in found.records)]
    if not sheets:
        raise CsvImportError(path, [csv_message("workbook_empty")])
    warnings: list[Said] = []
    if sheet is not None:
        chosen = [found for found in sheets if found.name.casefold() == sheet.casefold()]
        if not chosen:
            raise CsvImportError(path, [csv_message(
                "no_such_sheet", q_name=sheet, q_names=tuple(found.name for found in sheets))])
    else:
        chosen = [found for found in sheets if _has_required(found, columns)]
        if not chosen:
            chosen = sheets[:1]  # its problems say which columns are missing
        elif not every_sheet:
            chosen = chosen[:1]
        left = [found.name for found in sheets if found not in chosen]
        if left:
            warnings.append(csv_message("sheets_unnamed" if every_sheet else "sheets_left",
                                        q_names=tuple(left)))
    problems: list[Said] = []
    cells: list[CellProblem] = []
    headers: dict[str, str] = {}
    rows: list[CsvRow] = []
    for found in chosen:
        table, trouble = _table(path, found, columns)
        problems += trouble
        cells += table.cell_problems
        warnings += table.warnings
        for key, name in table.headers.items():
            headers.setdefault(key, name)
        sheet_rows = table.rows
        if len(chosen) > 1 and sheet_column is not None and sheet_rows \
                and not sheet_rows[0].get(sheet_column):
            first = sheet_rows[0]
            sheet_rows = [CsvRow(first.number, {**first.cells, sheet_column: found.name},
                                 first.sheet), *sheet_rows[1:]]
        rows += sheet_rows
    if problems:
        raise CsvImportError(path, problems + [cell.message for cell in cells], warnings)
    return CsvTable(path, WORKBOOK_ENCODING, "", headers, rows, warnings, cells)
