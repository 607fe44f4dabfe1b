"""Create a project from a workshop spreadsheet of touchpoints (CSV or Excel workbook).

One row per touchpoint. Only the stage and the title are required; the other columns,
in English or French, are optional (see :data:`COLUMNS`). How rows become a map:

- journeys, and the stages of each journey, come in order of first appearance; an empty
  journey cell continues the journey of the row above (the first rows without one go to
  a journey named after the language), and an empty stage cell continues the stage of
  the row above in the same journey (merged cells are exported that way);
- several values in one cell are separated by ``|`` (personas, verbatims, irritants,
  opportunities, tags, KPI values written ``name: value unit``, next);
- ``next`` lists the ids of the rows that follow. In a journey where no row has a next,
  each row leads to the row below it. Those links are made as a consultant typing the
  map makes them (the rule is in :mod:`cxdesigner.analysis.flow_graph`): a row leads to
  the card after it on the map by itself, an implied link; a flow is drawn only where
  the sheet says something else, "next step" to a card further along the map, "back"
  otherwise; a row whose next rows leave out the card after it ends the path there.
  The same journey typed card after card in the editor gives the same figures;
- channels, interlocutors and personas are created by name and reused when a name comes
  back, ignoring case and accents; a channel of the usual catalogue (in either language)
  is that catalogue channel, named in the project's language;
- in a journey with several personas, the emotion and criticality of a row naming one
  persona are that persona's own (the touchpoint's general values stay unset); rows
  naming several personas or none set the touchpoint's general values. A verbatim of a
  row naming one persona is attributed to that persona;
- ``evidence`` sets a touchpoint's evidence level by hand (hypothesis, reported, observed,
  measured; left empty, it is suggested from what is attached);
- a row whose ``layer`` is front stage, back stage or support is an item of the journey's
  service blueprint, not a touchpoint (:mod:`cxdesigner.io.csv_blueprint`).

Every problem of every row is collected and reported at once, and nothing is created
when there is any.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from cxdesigner.io.csv_blueprint import (
    BLUEPRINT_COLUMNS,
    blueprint_item,
    check_cells,
    check_links,
    link_causes,
)
from cxdesigner.io.csv_reading import Column, CsvImportError, CsvRow, CsvTable, Problems
from cxdesigner.io.csv_values import (
    CellError,
    read_criticality,
    read_emotion,
    read_evidence,
    read_id,
    read_layer,
    read_moment,
    split_values,
)
from cxdesigner.io.csv_wording import Said, csv_message
from cxdesigner.io.messages import describe_validation_error
from cxdesigner.io.spreadsheet import read_spreadsheet
from cxdesigner.io.touchpoint_cells import read_kpis
from cxdesigner.model import (
    BlueprintItem,
    BlueprintLayer,
    Channel,
    Criticality,
    Evidence,
    Flow,
    FlowKind,
    Interlocutor,
    Irritant,
    Journey,
    KpiValue,
    MomentOfTruth,
    Opportunity,
    Persona,
    Project,
    Stage,
    Touchpoint,
    Verbatim,
    default_channels,
    new_id,
)
from cxdesigner.model.limits import MAX_NAME_CHARS, MAX_TEXT_CHARS
from cxdesigner.model.path import replaces_implied_link
from cxdesigner.model.project import Language
from cxdesigner.model.text import fold

COLUMNS = (
    Column("id", ("id", "identifiant", "ref")),
    Column("journey", ("journey", "parcours", "parcours client", "customer journey")),
    Column("persona", ("persona", "personas", "personae")),
    Column("stage", ("stage", "étape", "etapes", "phase"), required=True),
    Column("title", ("title", "titre", "point de contact", "touchpoint", "points de contact"),
           required=True),
    Column("channel", ("channel", "canal")),
    Column("interlocutor", ("interlocutor", "interlocuteur", "acteur")),
    Column("action", ("action", "action client", "customer action")),
    Column("emotion", ("emotion", "émotion")),
    Column("moment", ("moment", "moment de vérité", "moment of truth")),
    Column("criticality", ("criticality", "criticité")),
    Column("verbatim", ("verbatim", "verbatims")),
    Column("irritant", ("irritant", "irritants", "pain point", "pain points")),
    Column("opportunity", ("opportunity", "opportunité", "opportunities", "opportunités")),
    Column("next", ("next", "suivant", "suivants")),
    Column("description", ("description",)),
    Column("thinking", ("thinks", "pense", "ce qu'il pense", "ce qu’il pense",
                        "what they think")),
    Column("feeling", ("feels", "ressent", "ce qu'il ressent", "ce qu’il ressent",
                       "what they feel")),
    Column("kpi", ("kpi", "kpis", "indicateurs")),
    Column("tags", ("tags", "étiquettes")),
    Column("notes", ("notes",)),
    *BLUEPRINT_COLUMNS,
)
"""The columns of a touchpoint spreadsheet; the first name is the English one."""

_DEFAULT_JOURNEY = {"fr": "Parcours client", "en": "Customer journey"}
_NAME_COLUMNS = ("id", "journey", "stage", "title", "channel", "interlocutor")


@dataclass
class _Row:
    """A row read and checked, before it becomes a touchpoint."""

    source: CsvRow
    touchpoint_id: str
    sheet_id: str | None
    journey: str
    stage: str
    title: str
    personas: list[str]
    emotion: int | None
    moment: MomentOfTruth
    criticality: Criticality | None
    next_ids: list[str]
    kpis: list[KpiValue] = field(default_factory=list)
    layer: BlueprintLayer | None = None
    """The row of the service blueprint the row is an item of; None for a touchpoint."""
    evidence: Evidence | None = None
    serves: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class JourneyImport:
    """A project created from a spreadsheet, and what was ignored on the way."""

    project: Project
    warnings: list[Said] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""
    columns: frozenset[str] = frozenset()
    """The keys of the columns the file had (see :data:`COLUMNS`)."""


def _read_row(row: CsvRow, previous: tuple[str, str] | None, language: str,
              seen_ids: dict[str, int], problems: Problems) -> _Row:
    """The row read; what is wrong with it is added to ``problems``."""
    for key in _NAME_COLUMNS:
        if len(row.get(key)) > MAX_NAME_CHARS:
            problems.add(row, key, csv_message("too_long", limit=MAX_NAME_CHARS))
    for key in ("persona", "verbatim", "irritant", "opportunity", "action", "description",
                "thinking", "feeling", "notes"):
        if any(len(part) > MAX_TEXT_CHARS for part in split_values(row.get(key))):
            problems.add(row, key, csv_message("too_long", limit=MAX_TEXT_CHARS))
    journey = row.get("journey") or (previous[0] if previous else _DEFAULT_JOURNEY[language])
    stage = row.get("stage")
    if not stage:
        if previous is not None and fold(previous[0]) == fold(journey) and previous[1]:
            stage = previous[1]
        else:
            problems.add(row, "stage", csv_message("stage_empty"))
    title = row.get("title")
    if not title:
        problems.add(row, "title", csv_message("title_missing"))
    sheet_id: str | None = None
    if row.get("id"):
        try:
            sheet_id = read_id(row.get("id"))
        except CellError as error:
            problems.add(row, "id", error.said)
        else:
            if sheet_id in seen_ids:
                problems.add(row, "id", csv_message("id_used", q_id=sheet_id,
                                                    row=seen_ids[sheet_id]))
            else:
                seen_ids[sheet_id] = row.number
    layer: BlueprintLayer | None = None
    try:
        layer = read_layer(row.get("layer"))
    except CellError as error:
        problems.add(row, "layer", error.said)
    check_cells(row, layer, problems)
    for key in ("channel", "interlocutor", "stage", "journey"):
        if len(split_values(row.get(key))) > 1:
            problems.add(row, key, csv_message("one_value", what=key))
    serves = list(dict.fromkeys(split_values(row.get("serves"))))
    if layer is not None:
        return _Row(row, sheet_id or new_id(), sheet_id, journey, stage, title, [], None,
                    MomentOfTruth.NONE, None, [], [], layer, None, serves)
    if any(len(tag) > MAX_NAME_CHARS for tag in split_values(row.get("tags"))):
        problems.add(row, "tags", csv_message("tag_too_long", limit=MAX_NAME_CHARS))
    kpis: list[KpiValue] = []
    try:
        kpis = read_kpis(row.get("kpi"))
    except CellError as error:
        problems.add(row, "kpi", error.said)
    emotion: int | None = None
    moment = MomentOfTruth.NONE
    criticality: Criticality | None = None
    evidence: Evidence | None = None
    try:
        evidence = read_evidence(row.get("evidence")) if row.get("evidence") else None
    except CellError as error:
        problems.add(row, "evidence", error.said)
    try:
        emotion = read_emotion(row.get("emotion")) if row.get("emotion") else None
    except CellError as error:
        problems.add(row, "emotion", error.said)
    try:
        moment = read_moment(row.get("moment"))
    except CellError as error:
        problems.add(row, "moment", error.said)
    try:
        criticality = read_criticality(row.get("criticality")) if row.get("criticality") else None
    except CellError as error:
        problems.add(row, "criticality", error.said)
    return _Row(row, sheet_id or new_id(), sheet_id, journey, stage, title,
                split_values(row.get("persona")), emotion, moment, criticality,
                list(dict.fromkeys(split_values(row.get("next")))), kpis, None, evidence)


def _check_next(rows: list[_Row], table: CsvTable, problems: Problems,
                left_out: Mapping[str, Sequence[str]]) -> None:
    by_id: dict[str, _Row] = {}
    for row in rows:
        if row.sheet_id is not None:
            by_id.setdefault(row.sheet_id, row)
    for row in rows:
        if left_out:
            row.next_ids = list(dict.fromkeys(_past_left_out(row.next_ids, by_id, left_out)))
        if row.next_ids and "id" not in table.headers:
            problems.add(row.source, "next", csv_message("next_without_ids"))
            continue
        for target_id in row.next_ids:
            target = by_id.get(target_id)
            if target is None:
                problems.add(row.source, "next", csv_message("next_unknown", q_id=target_id))
            elif target.layer is not None:
                problems.add(row.source, "next", csv_message(
                    "next_blueprint", q_id=target_id, row=target.source.number))
            elif fold(target.journey) != fold(row.journey):
                problems.add(row.source, "next", csv_message(
                    "next_other_journey", q_id=target_id, row=target.source.number,
                    q_journey=target.journey))


def _check_blueprint(rows: list[_Row], table: CsvTable, problems: Problems) -> None:
    """What the blueprint rows serve and cause must be in their journey."""
    by_id: dict[str, tuple[CsvRow, str]] = {}
    for row in rows:
        if row.sheet_id is not None:
            by_id.setdefault(row.sheet_id, (row.source, row.journey))
    pain_points: dict[str, set[str]] = {}
    for row in rows:
        if row.layer is None:
            pain_points.setdefault(fold(row.journey), set()).update(
                fold(text) for text in split_values(row.source.get("irritant")))
    for row in rows:
        if row.layer is not None:
            check_links(row.source, row.journey, row.serves, by_id, "id" in table.headers,
                        pain_points.get(fold(row.journey), set()), problems)


class _Builder:
    """Turns checked rows into project entities, creating named things once."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self.channels = default_channels(language)
        self.channel_ids: dict[str, str] = {}
        for other in ("fr", "en"):
            for named, channel in zip(default_channels(other), self.channels, strict=True):
                self.channel_ids[fold(named.name)] = channel.id
        self.interlocutors: list[Interlocutor] = []
        self.interlocutor_ids: dict[str, str] = {}
        self.personas: list[Persona] = []
        self.persona_ids: dict[str, str] = {}

    def channel(self, name: str) -> str | None:
        if not name:
            return None
        if fold(name) not in self.channel_ids:
            channel = Channel(name=name)
            self.channels.append(channel)
            self.channel_ids[fold(name)] = channel.id
        return self.channel_ids[fold(name)]

    def interlocutor(self, name: str) -> str | None:
        if not name:
            return None
        if fold(name) not in self.interlocutor_ids:
            person = Interlocutor(name=name)
            self.interlocutors.append(person)
            self.interlocutor_ids[fold(name)] = person.id
        return self.interlocutor_ids[fold(name)]

    def persona(self, name: str) -> str:
        if fold(name) not in self.persona_ids:
            persona = Persona(name=name)
            self.personas.append(persona)
            self.persona_ids[fold(name)] = persona.id
        return self.persona_ids[fold(name)]

    def touchpoint(self, row: _Row, shared_journey: bool) -> Touchpoint:
        cells = row.source
        personas = [self.persona(name) for name in row.personas]
        own = personas[0] if len(personas) == 1 else None
        specific = own is not None and shared_journey
        return Touchpoint(
            id=row.touchpoint_id,
            title=row.title,
            description=cells.text("description"),
            channel_id=self.channel(cells.get("channel")),
            interlocutor_id=self.interlocutor(cells.get("interlocutor")),
            customer_action=cells.text("action"),
            thinking=cells.text("thinking"),
            feeling=cells.text("feeling"),
            emotion=None if specific else row.emotion,
            persona_emotions={own: row.emotion} if specific and own and row.emotion is not None
            else {},
            moment=row.moment,
            criticality=None if specific else row.criticality,
            persona_criticality={own: row.criticality}
            if specific and own and row.criticality is not None else {},
            verbatims=[Verbatim(text=text, persona_id=own)
                       for text in split_values(cells.get("verbatim"))],
            irritants=[Irritant(text=text) for text in split_values(cells.get("irritant"))],
            opportunities=[Opportunity(text=text)
                           for text in split_values(cells.get("opportunity"))],
            kpis=row.kpis,
            tags=list(dict.fromkeys(split_values(cells.get("tags")))),
            notes=cells.text("notes"),
            evidence=row.evidence,
        )

    def journey(self, name: str, all_rows: list[_Row]) -> Journey:
        rows = [row for row in all_rows if row.layer is None]
        persona_ids = list(dict.fromkeys(self.persona(p) for row in rows for p in row.personas))
        stages: dict[str, Stage] = {}
        for row in all_rows:  # a stage may hold blueprint items only
            if fold(row.stage) not in stages:
                stages[fold(row.stage)] = Stage(name=row.stage)
            if row.layer is None:
                stages[fold(row.stage)].touchpoints.append(
                    self.touchpoint(row, len(persona_ids) > 1))
        wanted: dict[str, list[str]] = {}
        if any(row.next_ids for row in rows):
            by_sheet_id = {row.sheet_id: row.touchpoint_id for row in rows if row.sheet_id}
            for row in rows:
                wanted[row.touchpoint_id] = [by_sheet_id[target] for target in row.next_ids]
        else:
            for before, after in itertools.pairwise(rows):
                wanted[before.touchpoint_id] = [after.touchpoint_id]
        touchpoints = [tp for stage in stages.values() for tp in stage.touchpoints]
        flows, ends = path_for(touchpoints, wanted)
        for touchpoint in touchpoints:
            touchpoint.ends_path = touchpoint.id in ends
        ids = {row.sheet_id: row.touchpoint_id for row in all_rows if row.sheet_id}
        items: list[tuple[BlueprintItem, CsvRow]] = [
            (blueprint_item(row.source, row.touchpoint_id, row.layer, row.title,
                            stages[fold(row.stage)].id, [ids[target] for target in row.serves]),
             row.source)
            for row in all_rows if row.layer is not None]
        link_causes(items, touchpoints)
        return Journey(name=name, persona_ids=persona_ids, stages=list(stages.values()),
                       flows=flows, blueprint=[item for item, _ in items],
                       show_blueprint=bool(items))


def path_for(touchpoints: list[Touchpoint], wanted: dict[str, list[str]],
             drawn_before: Sequence[Flow] = (),
             sources: Container[str] | None = None) -> tuple[list[Flow], set[str]]:
    """The flows to draw and the touchpoints to mark so that the path is exactly ``wanted``.

    ``touchpoints`` are in map order; ``wanted`` gives the touchpoints each one leads to.
    The card after a touchpoint is left to its implied link whenever the rule keeps it;
    every other link is a drawn flow ("next step" further along the map, "back" otherwise),
    and a touchpoint whose wanted links leave out the card after it ends the path. A flow
    of ``drawn_before`` between two touchpoints still linked is kept as it was drawn (its
    kind and label), and the implied link is left to it when it already stood for it.
    With ``sources``, only the links from those touchpoints are worked out.
    """
    order = [touchpoint.id for touchpoint in touchpoints]
    rank = {tp_id: index for index, tp_id in enumerate(order)}
    earlier: dict[tuple[str, str], Flow] = {}
    for flow in drawn_before:
        earlier.setdefault((flow.source_id, flow.target_id), flow)

    def drawn(source: str, target: str) -> Flow:
        kept = earlier.get((source, target))
        if kept is not None:
            return kept
        kind = FlowKind.NEXT if rank[target] > rank[source] else FlowKind.BACK
        return Flow(source_id=source, target_id=target, kind=kind)

    flows: list[Flow] = []
    ends: set[str] = set()
    for index, source in enumerate(order):
        if sources is not None and source not in sources:
            continue
        following = order[index + 1] if index + 1 < len(order) else None
        targets = wanted.get(source, [])
        own = [drawn(source, target) for target in targets
               if target != following or (source, target) in earlier]
        implied = following is not None and not any(
            replaces_implied_link(flow, following, rank) for flow in own)
        if following in targets and not implied and (source, following) not in earlier:
            own.insert(targets.index(following), drawn(source, following))
        elif following is not None and following not in targets and implied:
            ends.add(source)
        flows += own
    return flows, ends


def _past_left_out(next_ids: list[str], row_ids: Container[str],
                   left_out: Mapping[str, Sequence[str]]) -> list[str]:
    """``next_ids`` with each id of a touchpoint whose row was deleted replaced by where
    that touchpoint led (the path goes on past it)."""
    resolved: list[str] = []
    seen: set[str] = set()
    pending = list(next_ids)
    while pending:
        target = pending.pop(0)
        if target in seen:
            continue
        seen.add(target)
        if target in row_ids or target not in left_out:
            resolved.append(target)
        else:
            pending[0:0] = left_out[target]
    return resolved


def import_touchpoints(path: Path, *, title: str | None = None,
                       language: Language = "fr", sheet: str | None = None,
                       left_out: Mapping[str, Sequence[str]] | None = None) -> JourneyImport:
    """Read the touchpoint spreadsheet at ``path`` into a new project.

    Args:
        path: the CSV file, or an Excel workbook: each of its sheets naming the stage and
            title columns is read, and the sheet's name is the journey of its first row
            when it has no journey (a sheet per journey).
        title: the project's title; the file name without extension by default.
        language: the project's language, which names the usual channels.
        sheet: the one sheet of a workbook to read.
        left_out: when the sheet updates a project, each of its touchpoints with the
            touchpoints it leads to: a next naming one of them that has no row (its row
            was deleted) goes on past it, to where it led.

    Raises:
        CsvImportError: with every problem found, row by row; nothing is created.
    """
    table = read_spreadsheet(path, COLUMNS, sheet, every_sheet=True, sheet_column="journey")
    problems = Problems(table)
    rows: list[_Row] = []
    seen_ids: dict[str, int] = {}
    previous: tuple[str, str] | None = None
    for source in table.rows:
        # Rows with problems are kept too: their ids and nexts are still checked.
        row = _read_row(source, previous, language, seen_ids, problems)
        previous = (row.journey, row.stage)
        rows.append(row)
    _check_next(rows, table, problems, left_out or {})
    _check_blueprint(rows, table, problems)
    if not table.rows:
        problems.add(None, None, csv_message("no_rows"))
    if problems:
        raise CsvImportError(path, problems.messages, table.warnings)
    builder = _Builder(language)
    grouped: dict[str, list[_Row]] = {}
    names: dict[str, str] = {}
    for row in rows:
        grouped.setdefault(fold(row.journey), []).append(row)
        names.setdefault(fold(row.journey), row.journey)
    try:
        journeys = [builder.journey(names[key], group) for key, group in grouped.items()]
        project = Project(title=title or path.stem, language=language, created=dt.date.today(),
                          personas=builder.personas, channels=builder.channels,
                          interlocutors=builder.interlocutors, journeys=journeys)
    except ValidationError as error:
        raise CsvImportError(path, describe_validation_error(error, None),
                             table.warnings) from error
    return JourneyImport(project, table.warnings, table.encoding, table.delimiter,
                         frozenset(table.headers))
