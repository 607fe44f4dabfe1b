"""Read a spreadsheet saved as CSV: encoding, delimiter, named columns, rows with their numbers.

Workshop spreadsheets come from Excel or LibreOffice in French or English: UTF-8 with or
without a byte-order mark, or Windows-1252; cells separated by ``,`` or ``;``; column
names in either language, any case, with or without accents. Row numbers are the ones
the spreadsheet shows (the column names are on row 1).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from cxdesigner.model.limits import MAX_FILE_BYTES, MAX_LIST_ITEMS
from cxdesigner.model.text import fold

DELIMITERS = ";,"
_HEADER_SEARCH_ROWS = 10


class CsvImportError(Exception):
    """A CSV file cannot be imported; nothing was written.

    Attributes:
        path: the CSV file.
        problems: one sentence per problem, each saying where (row and column) and what.
        warnings: what would have been ignored, had the import gone through.
    """

    def __init__(self, path: Path, problems: Sequence[str],
                 warnings: Sequence[str] = ()) -> None:
        self.path = path
        self.problems = list(problems)
        self.warnings = list(warnings)
        super().__init__(self.message())

    def message(self, limit: int = 100) -> str:
        """Every problem (up to ``limit``) as readable lines."""
        count = len(self.problems)
        head = (f"Cannot import '{self.path}' ({count} problem{'s' if count != 1 else ''}; "
                "nothing was written):")
        lines = [f"- {problem}" for problem in self.problems[:limit]]
        if count > limit:
            lines.append(f"- … and {count - limit} more problems")
        return "\n".join([head, *lines])


@dataclass(frozen=True)
class Column:
    """A column an importer knows, with the names it may go by (compared folded)."""

    key: str
    names: tuple[str, ...]
    required: bool = False


@dataclass(frozen=True)
class CsvRow:
    """One data row: its number as the spreadsheet shows it and its cells by column key."""

    number: int
    cells: dict[str, str]
    sheet: str = ""
    """The sheet of a workbook the row is on; empty for a CSV file."""

    def get(self, key: str) -> str:
        """The cell of column ``key``, stripped; empty when the file has no such column."""
        return self.cells.get(key, "")


@dataclass(frozen=True)
class CsvTable:
    """A CSV file read: how it was decoded, its known columns and its non-blank rows."""

    path: Path
    encoding: str
    delimiter: str
    headers: dict[str, str]
    rows: list[CsvRow]
    warnings: list[str] = field(default_factory=list)

    def header(self, key: str) -> str:
        """The column name of ``key`` as written in the file."""
        return self.headers.get(key, key)


class Problems:
    """Collects problems with where they are, so that all are reported at once."""

    def __init__(self, table: CsvTable | None = None) -> None:
        self.table = table
        self._found: list[tuple[tuple[int, int], str]] = []
        self._sheets: dict[str, int] = {}

    @property
    def messages(self) -> list[str]:
        """The problems in row order (problems of the whole file first)."""
        return [message for _, message in sorted(self._found, key=lambda found: found[0])]

    def __len__(self) -> int:
        return len(self._found)

    def add(self, row: CsvRow | None, key: str | None, message: str) -> None:
        """Record ``message`` about column ``key`` (a column key) of ``row``."""
        where = []
        if row is not None and row.sheet:
            where.append(f"sheet '{row.sheet}'")
        if row is not None:
            where.append(f"row {row.number}")
        if key is not None:
            header = self.table.header(key) if self.table is not None else key
            where.append(f"column '{header}'")
        text = f"{', '.join(where)}: {message}" if where else message
        # Sheet after sheet in the order met, row after row within a sheet.
        order = (self._sheets.setdefault(row.sheet, len(self._sheets)), row.number) \
            if row is not None else (-1, 0)
        self._found.append((order, text))


def header_key(text: str) -> str:
    """A column name folded for matching: ``"Émotion (-3..+3) *"`` -> ``"emotion"``."""
    text = re.sub(r"\([^)]*\)", " ", text)  # a hint in brackets, as in "Émotion (-3..+3)"
    return fold(re.sub(r"[_\-*:]", " ", text))


def decode_spreadsheet(raw: bytes, path: Path) -> tuple[str, str]:
    """The text of a CSV file and the name of its encoding.

    UTF-8 (with or without a byte-order mark) is tried strictly first, since a
    Windows-1252 reading of UTF-8 bytes would silently produce "Ã©" for "é"; then
    Windows-1252, what Excel writes on a French or English Windows; then a guess.

    Raises:
        CsvImportError: the file is not text, or in no encoding that can be told.
    """
    if raw.startswith(b"PK\x03\x04"):
        raise CsvImportError(path, ["this is a spreadsheet workbook (.xlsx or .ods), not "
                                    "CSV: save it as CSV from the spreadsheet first"])
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), "UTF-16"
    if b"\x00" in raw:
        raise CsvImportError(path, ["the file holds binary data; it is not a CSV file"])
    try:
        return raw.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        pass
    guess = from_bytes(raw).best()
    if guess is None:
        raise CsvImportError(path, ["the text encoding cannot be recognised; save the file "
                                    "as 'CSV UTF-8' from the spreadsheet"])
    return str(guess), guess.encoding


def _split(line: str, delimiter: str) -> list[str]:
    return next(csv.reader([line], delimiter=delimiter), [])


def detect_delimiter(text: str, columns: Sequence[Column]) -> str:
    """``;`` or ``,``: whichever splits the column names into more known columns.

    Free-text cells (verbatims, irritants) are full of commas and can fool
    :class:`csv.Sniffer`, while the header line cannot lie about which split yields known
    column names. On a tie the sniffer decides, restricted to ``;`` and ``,``; if it
    cannot, the more frequent of the two on the header line wins (``;`` on a tie, the
    French Excel default).
    """
    lines = [line for line in text.splitlines()[:_HEADER_SEARCH_ROWS] if line.strip()]
    known = {header_key(name) for column in columns for name in column.names}
    scores = {delimiter: max((sum(1 for cell in _split(line, delimiter)
                                  if header_key(cell) in known) for line in lines), default=0)
              for delimiter in DELIMITERS}
    if scores[";"] != scores[","]:
        return max(scores, key=scores.__getitem__)
    try:
        return csv.Sniffer().sniff(text[:20_000], delimiters=DELIMITERS).delimiter
    except csv.Error:
        header = lines[0] if lines else ""
        return ";" if header.count(";") >= header.count(",") else ","


def _parse_records(text: str, delimiter: str, path: Path) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[list[str]] = []
    try:
        for record in reader:
            records.append(record)
            if len(records) > MAX_LIST_ITEMS:
                raise CsvImportError(path, [f"the file has more than {MAX_LIST_ITEMS} rows"])
    except csv.Error as error:
        raise CsvImportError(path, [f"row {len(records) + 1}: the CSV text is malformed "
                                    f"({error})"]) from error
    return records


def _find_header(records: list[list[str]], columns: Sequence[Column]) -> int:
    """The index of the row naming every required column (a title row may sit above it)."""
    required = {header_key(name) for column in columns if column.required
                for name in column.names}
    needed = sum(1 for column in columns if column.required)
    for index, record in enumerate(records[:_HEADER_SEARCH_ROWS]):
        found = {header_key(cell) for cell in record} & required
        if needed and len(found) >= needed:
            return index
    return 0


def _match_columns(record: list[str], columns: Sequence[Column], table_rows: list[list[str]],
                   problems: list[str], warnings: list[str]) -> dict[str, int]:
    by_name = {header_key(name): column for column in columns for name in column.names}
    positions: dict[str, int] = {}
    for index, header in enumerate(record):
        column = by_name.get(header_key(header))
        if not header.strip():
            if any(index < len(row) and row[index].strip() for row in table_rows):
                warnings.append(f"column {index + 1} has no name; its cells were ignored")
        elif column is None:
            warnings.append(f"unknown column '{header.strip()}' was ignored")
        elif column.key in positions:
            problems.append(f"the columns '{record[positions[column.key]].strip()}' and "
                            f"'{header.strip()}' both give the {column.names[0]}; keep one")
        else:
            positions[column.key] = index
    for column in columns:
        if column.required and column.key not in positions:
            names = ", ".join(f"'{name}'" for name in column.names[:4])
            problems.append(f"the column '{column.names[0]}' is missing (row 1 should name it: "
                            f"{names})")
    return positions


def read_table(path: Path, columns: Sequence[Column]) -> CsvTable:
    """Read the CSV file at ``path`` whose columns are among ``columns``.

    Blank rows are skipped; cells are stripped; unknown or unnamed columns and stray
    cells become warnings.

    Raises:
        CsvImportError: the file cannot be read or lacks a required column.
    """
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CsvImportError(path, [f"the file is {size / 1e6:.0f} MB, more than the "
                                        f"{MAX_FILE_BYTES / 1e6:.0f} MB it may be"])
        raw = path.read_bytes()
    except FileNotFoundError as error:
        raise CsvImportError(path, ["there is no such file"]) from error
    except IsADirectoryError as error:
        raise CsvImportError(path, ["it is a folder, not a CSV file"]) from error
    except OSError as error:
        raise CsvImportError(path, [f"it cannot be read: {error.strerror or error}"]) \
            from error
    text, encoding = decode_spreadsheet(raw, path)
    delimiter = detect_delimiter(text, columns)
    records = _parse_records(text, delimiter, path)
    if not any(cell.strip() for record in records for cell in record):
        raise CsvImportError(path, ["the file is empty"])
    start = _find_header(records, columns)
    problems: list[str] = []
    warnings: list[str] = []
    if start:
        above = "row 1 above the column names was" if start == 1 \
            else f"rows 1-{start} above the column names were"
        warnings.append(f"{above} ignored")
    data = records[start + 1:]
    positions = _match_columns(records[start], columns, data, problems, warnings)
    if problems:
        raise CsvImportError(path, problems, warnings)
    rows: list[CsvRow] = []
    for offset, record in enumerate(data):
        number = start + offset + 2  # spreadsheet rows count from 1, the header included
        if not any(cell.strip() for cell in record):
            continue
        stray = [cell for index, cell in enumerate(record)
                 if index >= len(records[start]) and cell.strip()]
        if stray:
            warnings.append(f"row {number}: {len(stray)} cell{'s' if len(stray) > 1 else ''} "
                            "beyond the last named column ignored")
        rows.append(CsvRow(number, {key: record[index].strip() if index < len(record) else ""
                                    for key, index in positions.items()}))
    headers = {key: records[start][index].strip() for key, index in positions.items()}
    return CsvTable(path, encoding, delimiter, headers, rows, warnings)
