"""Add survey answers (NPS, CSAT, CES) from a CSV file to a project.

Columns, in English or French: the touchpoint (its id, or its title when no other
touchpoint of the project has the same one; the id of a stage or a journey also works),
the indicator (nps, csat, ces) and the value are required; the scale (``1-5``,
``1-7 inverse`` when lower is better; the indicator's usual scale when empty), the
respondent, the date (``2024-03-12`` or ``12/03/2024``) and the segment (created by name
when new) are optional. Every problem of every row is reported at once, and nothing is
added when there is any.

A value written as a percentage (``80%``, ``80 %``, or a cell Excel shows as a percentage)
is a CSAT given on the 0-100 % scale: ``80%`` is 80 on the scale 0-100, satisfied from 80 %
(as 4 out of 5 is on the usual 1-5 scale). A percentage on a row whose scale says another
one, or for NPS (a score from 0 to 10; the NPS itself is worked out from the answers) or
CES (a score on its effort scale), is refused: it says nothing of the answer given.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from pydantic import ValidationError

from cxdesigner.analysis.rollup import project_scopes
from cxdesigner.io.csv_reading import Column, CsvImportError, CsvRow, Problems
from cxdesigner.io.csv_values import (
    PERCENT_CSAT_SCALE,
    CellError,
    find_by_id_or_name,
    read_date,
    read_indicator,
    read_number,
    read_scale,
)
from cxdesigner.io.csv_wording import Said, csv_message
from cxdesigner.io.messages import describe_validation_error
from cxdesigner.io.spreadsheet import read_spreadsheet
from cxdesigner.model import (
    DEFAULT_SCALES,
    Project,
    ScoreScale,
    Segment,
    SurveyAnswer,
    SurveyIndicator,
)
from cxdesigner.model.limits import MAX_NAME_CHARS
from cxdesigner.model.text import fold

T = TypeVar("T")

COLUMNS = (
    Column("touchpoint", ("touchpoint", "point de contact", "touchpoint id", "scope"),
           required=True),
    Column("indicator", ("indicator", "indicateur"), required=True),
    Column("value", ("value", "valeur", "note", "score"), required=True),
    Column("scale", ("scale", "échelle")),
    Column("respondent", ("respondent", "répondant", "client")),
    Column("date", ("date",)),
    Column("segment", ("segment",)),
)
"""The columns of an answers file; the first name is the English one."""


@dataclass(frozen=True)
class AnswersImport:
    """The project with the answers added, and what was ignored on the way."""

    project: Project
    added: list[SurveyAnswer]
    new_segments: list[Segment] = field(default_factory=list)
    warnings: list[Said] = field(default_factory=list)


class _Scopes:
    """Finds what a ``touchpoint`` cell names: an id, else a touchpoint title."""

    def __init__(self, project: Project) -> None:
        self.ids = set(project_scopes(project))
        self.titles: dict[str, list[tuple[str, str]]] = {}
        for journey in project.journeys:
            for stage, touchpoint in journey.touchpoints():
                where = f"{touchpoint.id} in journey '{journey.name}', stage '{stage.name}'"
                self.titles.setdefault(fold(touchpoint.title), []).append((touchpoint.id, where))

    def find(self, text: str) -> str:
        return find_by_id_or_name(
            text, self.ids, self.titles, csv_message("no_touchpoint", q_text=text),
            lambda count, places: f"the title '{text}' is shared by {count} touchpoints "
                                  f"({places}); write the id of the one meant")


class _Segments:
    """The project's segments by folded name, creating the missing ones."""

    def __init__(self, project: Project) -> None:
        self.ids = {fold(segment.name): segment.id for segment in project.segments}
        self.created: list[Segment] = []

    def find(self, name: str) -> str | None:
        if not name:
            return None
        if fold(name) not in self.ids:
            segment = Segment(name=name)
            self.created.append(segment)
            self.ids[fold(name)] = segment.id
        return self.ids[fold(name)]


def _percentage_problem(row: CsvRow, indicator: SurveyIndicator,
                        scale: ScoreScale | None) -> str:
    """Why the percentage of ``row`` cannot be the answer (empty when it can)."""
    text = row.get("value")
    if indicator is SurveyIndicator.NPS:
        return (f"'{text}' is a percentage, but an NPS answer is a score from 0 to 10 (the "
                "NPS itself is worked out from the answers); write the score given")
    if indicator is SurveyIndicator.CES:
        usual = DEFAULT_SCALES[indicator]
        return (f"'{text}' is a percentage, but a CES answer is a score on its effort scale "
                f"({usual.low}-{usual.high} unless the scale column says another); write the "
                "score given")
    if row.get("scale") and (scale is None or (scale.low, scale.high) != (0, 100)):
        effective = scale or DEFAULT_SCALES[indicator]
        return (f"'{text}' is a percentage, but the scale of the row is "
                f"{effective.low}-{effective.high}: write the score on that scale, or leave "
                "the scale empty (or write 0-100) for a CSAT in percent")
    return ""


def _read_answer(row: CsvRow, scopes: _Scopes, segments: _Segments,
                 problems: Problems) -> SurveyAnswer | None:
    before = len(problems)

    def read(key: str, reader: Callable[[str], T]) -> T | None:
        try:
            return reader(row.get(key))
        except CellError as error:
            problems.add(row, key, error.said)
            return None

    scope_id = read("touchpoint", scopes.find) if row.get("touchpoint") else None
    if not row.get("touchpoint"):
        problems.add(row, "touchpoint", "the touchpoint is missing")
    indicator = read("indicator", read_indicator) if row.get("indicator") else None
    if not row.get("indicator"):
        problems.add(row, "indicator", "the indicator is missing (nps, csat or ces)")
    percent = row.get("value").endswith("%")
    value = read("value", lambda text: read_number(text.removesuffix("%"))) \
        if row.get("value") else None
    if not row.get("value"):
        problems.add(row, "value", "the value is missing")
    scale = None
    if indicator is not None and row.get("scale"):
        scale = read("scale", lambda text: read_scale(text, indicator))
    if percent and indicator is not None and value is not None:
        problem = _percentage_problem(row, indicator, scale)
        if problem:
            problems.add(row, "value", problem)
            value = None
        else:
            scale = PERCENT_CSAT_SCALE
    date = read("date", read_date) if row.get("date") else None
    if len(row.get("respondent")) > MAX_NAME_CHARS or len(row.get("segment")) > MAX_NAME_CHARS:
        problems.add(row, None, f"the respondent or segment is longer than {MAX_NAME_CHARS} "
                                "characters")
    if indicator is not None and value is not None:
        effective = scale or DEFAULT_SCALES[indicator]
        if not effective.low <= value <= effective.high:
            problems.add(row, "value", f"{value:g} is outside the {indicator.value.upper()} scale "
                                       f"{effective.low}-{effective.high}")
    if len(problems) > before or scope_id is None or indicator is None or value is None:
        return None
    return SurveyAnswer(scope_id=scope_id, indicator=indicator, value=value,
                        scale=scale, respondent=row.get("respondent"), date=date,
                        segment_id=segments.find(row.get("segment")))


def import_answers(path: Path, project: Project, sheet: str | None = None) -> AnswersImport:
    """Read the answers file at ``path`` and return ``project`` with them added.

    ``path`` is a CSV file or an Excel workbook (its first sheet naming the required
    columns, or the one named ``sheet``). ``project`` itself is not changed.

    Raises:
        CsvImportError: with every problem found, row by row; nothing is added.
    """
    table = read_spreadsheet(path, COLUMNS, sheet)
    problems = Problems(table)
    scopes = _Scopes(project)
    segments = _Segments(project)
    answers = [answer for row in table.rows
               if (answer := _read_answer(row, scopes, segments, problems)) is not None]
    if not table.rows:
        problems.add(None, None, "the file has column names but no answer rows")
    if problems:
        raise CsvImportError(path, problems.messages, table.warnings)
    data = project.model_dump()
    data["answers"] += [answer.model_dump() for answer in answers]
    data["segments"] += [segment.model_dump() for segment in segments.created]
    try:
        updated = Project.model_validate(data)
    except ValidationError as error:
        raise CsvImportError(path, describe_validation_error(error, data),
                             table.warnings) from error
    return AnswersImport(updated, answers, segments.created, table.warnings)
