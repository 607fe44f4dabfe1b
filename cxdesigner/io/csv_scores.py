"""Add the scores of the players of a sector from a spreadsheet (CSV or Excel) to a project.

One row per player, criterion and assessor. Columns, in English or French: the player
(a player of the project by name, created when new), the criterion and the score (out of
10) are required; the scope (a journey or a stage, by id or by name: the only journey
when the project has one), the assessor, the wave (by name; a new wave takes the date of
its rows), the date (``2024-03-12`` or ``12/03/2024``), the method (mystery visit, living
the experience, customer round table, other) and the source are optional.

The rows of one scope, player, wave, assessor and date make one scorecard, its criteria in
the order of the rows. Every problem of every row is reported at once, with its row and
column, and nothing is added when there is any.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from pydantic import ValidationError

from cxdesigner.analysis.barometer import criterion_key
from cxdesigner.io.csv_reading import Column, CsvImportError, CsvRow, Problems
from cxdesigner.io.csv_values import CellError, find_by_id_or_name, read_date, read_number
from cxdesigner.io.csv_wording import Said, csv_message
from cxdesigner.io.messages import describe_validation_error
from cxdesigner.io.spreadsheet import read_spreadsheet
from cxdesigner.layout.palette import player_colour
from cxdesigner.model import (
    AssessmentMethod,
    CriterionScore,
    Player,
    Project,
    Scorecard,
    Wave,
)
from cxdesigner.model.limits import MAX_NAME_CHARS
from cxdesigner.model.text import fold
from cxdesigner.vocabulary import label

T = TypeVar("T")

COLUMNS = (
    Column("player", ("player", "acteur", "enseigne", "brand", "competitor", "concurrent"),
           required=True),
    Column("criterion", ("criterion", "critère"), required=True),
    Column("score", ("score", "note", "note /10", "score /10"), required=True),
    Column("scope", ("scope", "périmètre", "journey or stage", "parcours ou étape",
                     "journey", "parcours", "stage", "étape")),
    Column("assessor", ("assessor", "évaluateur", "évaluatrice", "scored by", "noté par")),
    Column("wave", ("wave", "vague")),
    Column("date", ("date",)),
    Column("method", ("method", "méthode")),
    Column("source", ("source",)),
)
"""The columns of a scores file; the first name is the English one."""

_METHODS: dict[str, AssessmentMethod] = {
    fold(text): method for method in AssessmentMethod
    for text in (method.value.replace("_", " "), label(method, "fr"), label(method, "en"))}


@dataclass(frozen=True)
class ScoresImport:
    """The project with the scorecards added, and the players and waves made for them."""

    project: Project
    added: list[Scorecard]
    new_players: list[Player] = field(default_factory=list)
    new_waves: list[Wave] = field(default_factory=list)
    warnings: list[Said] = field(default_factory=list)


class _Scopes:
    """Finds the journey or stage a ``scope`` cell names: an id, else a unique name."""

    def __init__(self, project: Project) -> None:
        self.only = project.journeys[0].id if len(project.journeys) == 1 else None
        self.ids: set[str] = set()
        self.names: dict[str, list[tuple[str, str]]] = {}
        for journey in project.journeys:
            self.ids.add(journey.id)
            self.names.setdefault(fold(journey.name), []).append(
                (journey.id, f"the journey '{journey.name}'"))
            for stage in journey.stages:
                self.ids.add(stage.id)
                self.names.setdefault(fold(stage.name), []).append(
                    (stage.id, f"the stage '{stage.name}' of '{journey.name}'"))

    def find(self, text: str) -> str:
        if not text:
            if self.only is None:
                raise CellError(csv_message("scope_needed"))
            return self.only
        return find_by_id_or_name(
            text, self.ids, self.names, csv_message("no_scope", q_text=text),
            lambda count, places: f"'{text}' names {count} places ({places}); write the id "
                                  "of the one meant")


class _Named:
    """Players or waves of the project by folded name, and those the file adds."""

    def __init__(self, items: list[Player] | list[Wave]) -> None:
        self.ids = {fold(item.name): item.id for item in items}
        self.new: dict[str, str] = {}
        """Folded name -> the name as first written, for the names the project lacks."""

    def key(self, name: str) -> str:
        folded = fold(name)
        if folded not in self.ids:
            self.new.setdefault(folded, name)
        return folded


def _read_method(text: str) -> AssessmentMethod:
    method = _METHODS.get(fold(text.replace("_", " ")))
    if method is None:
        raise CellError(csv_message("not_method", q_text=text))
    return method


@dataclass(frozen=True)
class _Score:
    row: CsvRow
    scope_id: str
    player: str
    wave: str
    assessor: str
    date: dt.date | None
    method: AssessmentMethod | None
    criterion: str
    score: float

    @property
    def card_key(self) -> tuple[str, str, str, str, dt.date | None]:
        return (self.scope_id, self.player, self.wave, fold(self.assessor), self.date)


def _read_row(row: CsvRow, scopes: _Scopes, players: _Named, waves: _Named,
              problems: Problems) -> _Score | None:
    before = len(problems)

    def read(key: str, reader: Callable[[str], T]) -> T | None:
        try:
            return reader(row.get(key))
        except CellError as error:
            problems.add(row, key, error.said)
            return None

    for key, what in (("player", "the player is missing"),
                      ("criterion", "the criterion is missing"),
                      ("score", "the score is missing (a number from 0 to 10)")):
        if not row.get(key):
            problems.add(row, key, what)
    for key in ("player", "criterion", "assessor", "wave"):
        if len(row.get(key)) > MAX_NAME_CHARS:
            problems.add(row, key, f"longer than {MAX_NAME_CHARS} characters")
    score = read("score", read_number) if row.get("score") else None
    if score is not None and not 0 <= score <= 10:
        problems.add(row, "score", f"{score:g} is not a score from 0 to 10")
    scope_id = read("scope", scopes.find)
    date = read("date", read_date) if row.get("date") else None
    method = read("method", _read_method) if row.get("method") else None
    if len(problems) > before or scope_id is None or score is None:
        return None
    return _Score(row, scope_id, players.key(row.get("player")),
                  waves.key(row.get("wave")) if row.get("wave") else "", row.get("assessor"),
                  date, method, row.get("criterion"), score)


def _new_waves(waves: _Named, scores: list[_Score], problems: Problems) -> dict[str, Wave]:
    """The waves the file names and the project lacks, dated by their earliest row."""
    made = {}
    for key, name in waves.new.items():
        rows = [score for score in scores if score.wave == key]
        dates = [score.date for score in rows if score.date is not None]
        if not dates:
            problems.add(rows[0].row, "wave", f"the wave '{name}' is new: give the date of its "
                                              "scores (column 'date') so that it can be made")
            continue
        made[key] = Wave(name=name, date=min(dates))
    return made


def _cards(scores: list[_Score], player_ids: dict[str, str], wave_ids: dict[str, str],
           problems: Problems) -> list[Scorecard]:
    groups: dict[tuple[str, str, str, str, dt.date | None], list[_Score]] = {}
    for score in scores:
        groups.setdefault(score.card_key, []).append(score)
    cards = []
    for group in groups.values():
        seen: dict[str, _Score] = {}
        for score in group:
            # "functional" and "Fonctionnel" are one default criterion, in two languages.
            earlier = seen.setdefault(criterion_key(score.criterion), score)
            if earlier is not score:
                problems.add(score.row, "criterion", f"'{score.criterion}' is scored twice for "
                                                     "this player, assessor and wave (see row "
                                                     f"{earlier.row.number})")
        first = group[0]
        cards.append(Scorecard(
            scope_id=first.scope_id, player_id=player_ids[first.player],
            wave_id=wave_ids.get(first.wave), assessor=first.assessor, date=first.date,
            method=next((s.method for s in group if s.method is not None), None),
            source=next((s.row.get("source") for s in group if s.row.get("source")), ""),
            scores=[CriterionScore(criterion=s.criterion, score=s.score)
                    for s in seen.values()]))
    return cards


def import_scores(path: Path, project: Project, sheet: str | None = None) -> ScoresImport:
    """Read the scores file at ``path`` and return ``project`` with its scorecards added.

    ``path`` is a CSV file or an Excel workbook (its first sheet naming the required
    columns, or the one named ``sheet``). ``project`` itself is not changed.

    Raises:
        CsvImportError: with every problem found, row by row; nothing is added.
    """
    table = read_spreadsheet(path, COLUMNS, sheet)
    problems = Problems(table)
    scopes = _Scopes(project)
    players, waves = _Named(project.players), _Named(project.waves)
    scores = [score for row in table.rows
              if (score := _read_row(row, scopes, players, waves, problems)) is not None]
    if not table.rows:
        problems.add(None, None, "the file has column names but no score rows")
    new_waves = _new_waves(waves, scores, problems)
    new_players = [Player(name=name, colour=player_colour(len(project.players) + index))
                   for index, name in enumerate(players.new.values())]
    player_ids = {**players.ids, **{fold(p.name): p.id for p in new_players}}
    wave_ids = {**waves.ids, **{key: wave.id for key, wave in new_waves.items()}}
    cards = _cards(scores, player_ids, wave_ids, problems)
    if problems:
        raise CsvImportError(path, problems.messages, table.warnings)
    data = project.model_dump()
    data["players"] += [player.model_dump() for player in new_players]
    data["waves"] += [wave.model_dump() for wave in new_waves.values()]
    data["scorecards"] += [card.model_dump() for card in cards]
    try:
        updated = Project.model_validate(data)
    except ValidationError as error:
        raise CsvImportError(path, describe_validation_error(error, data),
                             table.warnings) from error
    return ScoresImport(updated, cards, new_players, list(new_waves.values()), table.warnings)
