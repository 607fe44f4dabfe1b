"""Read a spreadsheet an import is given: a CSV file, or an Excel workbook (.xlsx)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from cxdesigner.io.csv_reading import Column, CsvImportError, CsvTable, read_table
from cxdesigner.io.csv_wording import csv_message
from cxdesigner.io.xlsx_reading import is_workbook, office_document, read_workbook

SPREADSHEET_PATTERNS = ("*.csv", "*.txt", "*.xlsx")
"""The file names an import reads, for file dialogs."""


def read_spreadsheet(path: Path, columns: Sequence[Column], sheet: str | None = None,
                     every_sheet: bool = False, sheet_column: str | None = None) -> CsvTable:
    """The rows of the CSV file or workbook at ``path`` (see :func:`read_workbook` for the
    arguments about sheets, which a CSV file does not have).

    Raises:
        CsvImportError: the file cannot be read, or a sheet is named for a CSV file.
    """
    if is_workbook(path):
        return read_workbook(path, columns, sheet, every_sheet, sheet_column)
    other = office_document(path)
    if other is not None:
        raise CsvImportError(path, [csv_message("office_document", kind=other)])
    if sheet is not None:
        raise CsvImportError(path, [f"a sheet ('{sheet}') can only be chosen in an Excel "
                                    "workbook (.xlsx); this is a CSV file"])
    return read_table(path, columns)
