"""Read a spreadsheet saved as CSV: encoding, delimiter, named columns, rows with their numbers.

Workshop spreadsheets come from Excel or LibreOffice in French or English: UTF-8 with or
without a byte-order mark, or Windows-1252; cells separated by ``,`` or ``;``; column
names in either language, any case, with or without accents. Row numbers are the ones
the spreadsheet shows (the column names are on row 1).
"""

from __future__ import annotations

import bisect
import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cxdesigner.io.csv_encoding import DecodedText, UnreadableTextError, decode_text
from cxdesigner.io.csv_wording import CsvMessage, Said, Words, csv_message, worded
from cxdesigner.io.reading import FileRefusedError, Refusal, read_regular_file
from cxdesigner.model.limits import MAX_FILE_BYTES, MAX_LIST_ITEMS, MAX_TEXT_CHARS
from cxdesigner.model.text import fold

DELIMITERS = ";,"
_HEADER_SEARCH_ROWS = 10
MAX_CELLS = 1000
"""A line with more cells than this is refused before it is read."""


class CsvImportError(Exception):
    """A CSV file cannot be imported; nothing was written.

    Attributes:
        path: the CSV file.
        problems: one sentence per problem, each saying where (row and column) and what.
        warnings: what would have been ignored, had the import gone through.
    """

    def __init__(self, path: Path, problems: Sequence[Said],
                 warnings: Sequence[Said] = ()) -> None:
        self.path = path
        self._said = list(problems)
        self._warned = list(warnings)
        self.problems = worded(problems)
        self.warnings = worded(warnings)
        super().__init__(self.message())

    def problems_in(self, language: str) -> list[str]:
        """The problems worded in ``language`` (English where no other wording exists)."""
        return worded(self._said, language)

    def warnings_in(self, language: str) -> list[str]:
        """The warnings worded in ``language`` (English where no other wording exists)."""
        return worded(self._warned, language)

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
    french: str = ""
    """The column's name in French messages; by default its second name."""

    @property
    def words(self) -> Words:
        """The column's name in English and in French."""
        french = self.french or (self.names[1] if len(self.names) > 1 else self.names[0])
        return Words(self.names[0], french)


@dataclass(frozen=True)
class CsvRow:
    """One data row: its number as the spreadsheet shows it and its cells by column key."""

    number: int
    cells: dict[str, str]
    sheet: str = ""
    """The sheet of a workbook the row is on; empty for a CSV file."""

    def get(self, key: str) -> str:
        """The cell of column ``key``, stripped; empty when the file has no such column."""
        return self.cells.get(key, "").strip()

    def text(self, key: str) -> str:
        """The cell of column ``key`` exactly as written, spaces around it included (a free
        text comes back as it was exported); empty when it holds only spaces."""
        cell = self.cells.get(key, "")
        return cell if cell.strip() else ""


@dataclass(frozen=True)
class CellProblem:
    """A cell that holds no usable value (a workbook's error cell, say), found on reading."""

    sheet: str
    number: int
    key: str
    message: Said
    """The whole sentence, saying where."""


@dataclass(frozen=True)
class CsvTable:
    """A CSV file read: how it was decoded, its known columns and its non-blank rows."""

    path: Path
    encoding: str
    delimiter: str
    headers: dict[str, str]
    rows: list[CsvRow]
    warnings: list[Said] = field(default_factory=list)
    cell_problems: list[CellProblem] = field(default_factory=list)
    """Cells read as empty because their value is unusable; the import reports them with
    the problems of its rows, and says nothing more of those cells."""

    def header(self, key: str) -> str:
        """The column name of ``key`` as written in the file."""
        return self.headers.get(key, key)


class Problems:
    """Collects problems with where they are, so that all are reported at once."""

    def __init__(self, table: CsvTable | None = None) -> None:
        self.table = table
        self._found: list[tuple[tuple[int, int], str | CsvMessage]] = []
        self._sheets: dict[str, int] = {}
        self._reported: set[tuple[str, int, str]] = set()
        for problem in table.cell_problems if table is not None else ():
            self._reported.add((problem.sheet, problem.number, problem.key))
            self._found.append((self._order(problem.sheet, problem.number), problem.message))

    def _order(self, sheet: str, number: int) -> tuple[int, int]:
        """Sheet after sheet in the order met, row after row within a sheet."""
        return self._sheets.setdefault(sheet, len(self._sheets)), number

    @property
    def messages(self) -> list[str | CsvMessage]:
        """The problems in row order (problems of the whole file first), each worded in any
        language by :meth:`CsvImportError.problems_in`."""
        return [message for _, message in sorted(self._found, key=lambda found: found[0])]

    def __len__(self) -> int:
        return len(self._found)

    def add(self, row: CsvRow | None, key: str | None, message: str | CsvMessage) -> None:
        """Record ``message`` about column ``key`` (a column key) of ``row``.

        Nothing more is said of a cell whose value was already found unusable: it was read
        as empty, and that is not the problem to fix.
        """
        if row is not None and key is not None and \
                (row.sheet, row.number, key) in self._reported:
            return
        where: list[CsvMessage] = []
        if row is not None and row.sheet:
            where.append(csv_message("sheet", q_name=row.sheet))
        if row is not None:
            where.append(csv_message("row", number=row.number))
        if key is not None:
            header = self.table.header(key) if self.table is not None else key
            where.append(csv_message("column", q_name=header))
        said = csv_message("at", where=tuple(where), message=message) if where else message
        order = self._order(row.sheet, row.number) if row is not None else (-1, 0)
        self._found.append((order, said))


def header_key(text: str) -> str:
    """A column name folded for matching: ``"Émotion (-3..+3) *"`` -> ``"emotion"``."""
    text = re.sub(r"\([^)]*\)", " ", text)  # a hint in brackets, as in "Émotion (-3..+3)"
    return fold(re.sub(r"[_\-*:]", " ", text))


def decode_spreadsheet(raw: bytes, path: Path) -> tuple[str, str]:
    """The text of a CSV file and the name of its encoding (see :func:`decode_text`).

    Raises:
        CsvImportError: the file is not text, or in no encoding that can be told.
    """
    decoded = _decode(raw, path)
    return decoded.text, decoded.encoding


def _decode(raw: bytes, path: Path) -> DecodedText:
    try:
        return decode_text(raw)
    except UnreadableTextError as problem:
        raise CsvImportError(path, [problem.said]) from problem


def _split(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return []  # a malformed line names no column; the full read says what is wrong


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


def _csv_problem(error: csv.Error, row: int, first_line: int, last_line: int) -> CsvMessage:
    """What a malformed row is (it spans ``first_line`` to ``last_line`` of the file), in
    words, with what to do."""
    detail = str(error)
    if "field larger than field limit" in detail:
        return csv_message("cell_too_big", row=row, n_found=csv.field_size_limit(),
                           n_limit=MAX_TEXT_CHARS)
    if "unexpected end of data" in detail or "newline inside string" in detail:
        return csv_message("quote_unclosed", row=row)
    if "expected after" in detail and last_line > first_line:
        return csv_message("quote_closed_late", row=row, line=last_line)
    if "expected after" in detail:
        return csv_message("quote_trailing", row=row)
    return csv_message("malformed", row=row, detail=detail)


def _check_cells_per_line(text: str, delimiter: str, path: Path) -> None:
    """Refuse a line with absurdly many cells before reading it makes millions of them."""
    pattern = rf"(?m)^(?:[^\n{re.escape(delimiter)}]*{re.escape(delimiter)}){{{MAX_CELLS}}}"
    found = re.search(pattern, text)
    if found is not None:
        line = text.count("\n", 0, found.start()) + 1
        raise CsvImportError(path, [csv_message("too_many_cells", line=line,
                                                limit=MAX_CELLS)])


def _parse_records(text: str, delimiter: str, path: Path) -> tuple[list[list[str]], list[int]]:
    """Every record of ``text``, and the line on which each one ends."""
    _check_cells_per_line(text, delimiter, path)
    # strict: a stray quote is an error to report, not a cell to change silently.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[list[str]] = []
    ends: list[int] = []
    kept = 0
    try:
        for record in reader:
            records.append(record)
            ends.append(reader.line_num)
            kept += any(cell.strip() for cell in record)
            if kept > MAX_LIST_ITEMS + _HEADER_SEARCH_ROWS:
                raise CsvImportError(path, [csv_message("too_many_rows",
                                                        limit=MAX_LIST_ITEMS)])
    except csv.Error as error:
        first_line = ends[-1] + 1 if ends else 1
        raise CsvImportError(path, [_csv_problem(error, len(records) + 1, first_line,
                                                 reader.line_num)]) from error
    return records, ends


def _row_of_line(ends: list[int], line: int) -> int:
    """The spreadsheet row (from 1) of the record that holds ``line`` of the file."""
    return min(bisect.bisect_left(ends, line), len(ends) - 1) + 1


def _mixed_warning(decoded: DecodedText, ends: list[int]) -> list[Said]:
    if not decoded.windows_lines or not ends:
        return []
    rows = list(dict.fromkeys(_row_of_line(ends, line) for line in decoded.windows_lines))
    shown = ", ".join(str(row) for row in rows[:10])
    if len(rows) == 1:
        return [csv_message("mixed_row", rows=shown)]
    more = csv_message("and_more", count=len(rows) - 10) if len(rows) > 10 else ""
    return [csv_message("mixed_rows", rows=shown, more=more)]


def above_the_names(start: int) -> CsvMessage:
    """The warning that rows 1 to ``start``, above the column names, were skipped."""
    return csv_message("row_above") if start == 1 else csv_message("rows_above", last=start)


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
                   problems: list[Said], warnings: list[Said]) -> dict[str, int]:
    by_name = {header_key(name): column for column in columns for name in column.names}
    positions: dict[str, int] = {}
    for index, header in enumerate(record):
        column = by_name.get(header_key(header))
        if not header.strip():
            if any(index < len(row) and row[index].strip() for row in table_rows):
                warnings.append(csv_message("column_unnamed", number=index + 1))
        elif column is None:
            warnings.append(csv_message("column_unknown", q_name=header.strip()))
        elif column.key in positions:
            problems.append(csv_message("column_twice",
                                        q_first=record[positions[column.key]].strip(),
                                        q_second=header.strip(), name=column.words))
        else:
            positions[column.key] = index
    for column in columns:
        if column.required and column.key not in positions:
            problems.append(csv_message("column_missing", q_name=column.words,
                                        q_names=tuple(column.names[:4])))
    return positions


def refusal_words(refused: FileRefusedError) -> CsvMessage:
    """Why a spreadsheet was not read, for its problem list."""
    if refused.refusal is Refusal.MISSING:
        return csv_message("missing")
    if refused.refusal is Refusal.FOLDER:
        return csv_message("folder")
    if refused.refusal is Refusal.NOT_A_FILE:
        return csv_message("not_a_file")
    if refused.refusal is Refusal.TOO_LARGE:
        size = f"{refused.size / 1e6:.0f}" if refused.size is not None else "?"
        return csv_message("too_large", size=size, cap=f"{refused.cap / 1e6:.0f}")
    return csv_message("unreadable", reason=refused.reason)


def read_table(path: Path, columns: Sequence[Column]) -> CsvTable:
    """Read the CSV file at ``path`` whose columns are among ``columns``.

    Blank rows are skipped; cells are stripped; unknown or unnamed columns and stray
    cells become warnings.

    Raises:
        CsvImportError: the file cannot be read or lacks a required column.
    """
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)
    except FileRefusedError as refused:
        raise CsvImportError(path, [refusal_words(refused)]) from refused
    decoded = _decode(raw, path)
    text, encoding = decoded.text, decoded.encoding
    delimiter = detect_delimiter(text, columns)
    records, ends = _parse_records(text, delimiter, path)
    if not any(cell.strip() for record in records for cell in record):
        raise CsvImportError(path, [csv_message("empty")])
    start = _find_header(records, columns)
    problems: list[Said] = []
    warnings = _mixed_warning(decoded, ends)
    if start:
        warnings.append(above_the_names(start))
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
            warnings.append(csv_message("stray_cell", row=number) if len(stray) == 1
                            else csv_message("stray_cells", row=number, count=len(stray)))
        rows.append(CsvRow(number, {key: record[index] if index < len(record) else ""
                                    for key, index in positions.items()}))
    if len(rows) > MAX_LIST_ITEMS:
        raise CsvImportError(path, [csv_message("too_many_data_rows", count=len(rows),
                                                limit=MAX_LIST_ITEMS)], warnings)
    headers = {key: records[start][index].strip() for key, index in positions.items()}
    return CsvTable(path, encoding, delimiter, headers, rows, warnings)
