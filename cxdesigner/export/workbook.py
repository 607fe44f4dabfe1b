"""The project as an Excel workbook: a sheet per journey to edit and import back, and lists.

Each journey's sheet has one row per touchpoint with the columns the journey import reads
(:data:`cxdesigner.io.csv_journeys.COLUMNS`), headed in the project's language, the
touchpoint's id in the first column: the edited workbook imported into the project
updates the same touchpoints. Moments, criticality, emotion, channels and interlocutors
are chosen from drop-down lists. Then come sheets to read (personas, verbatims, pain
points, the action plan, indicators); their columns never name a stage and a title
side by side, so that an import does not take them for journeys.

Text is stored as text, never as a formula: a cell whose text starts like a formula is
marked the way Excel marks text typed after an apostrophe, so that Excel shows it as
typed and never runs it (the advice against spreadsheet injection).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from cxdesigner.analysis.rollup import survey_indicators
from cxdesigner.analysis.survey import reported_score
from cxdesigner.export.actions_csv import actions_to_csv
from cxdesigner.export.workbook_benchmark import write_benchmark
from cxdesigner.io.atomic import atomic_write_bytes
from cxdesigner.io.csv_values import MULTI_SEPARATOR
from cxdesigner.io.touchpoint_cells import kpis_text
from cxdesigner.model import (
    Criticality,
    Journey,
    MomentOfTruth,
    Project,
    Touchpoint,
    journey_links,
)
from cxdesigner.model.project import Language
from cxdesigner.vocabulary import label, severity_label

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
_LISTS_SHEET = {"fr": "Listes", "en": "Lists"}

# key -> (French, English): the journey sheet's columns, named as the journey import reads them.
JOURNEY_COLUMNS: dict[str, tuple[str, str]] = {
    "id": ("Id", "Id"),
    "journey": ("Parcours", "Journey"),
    "stage": ("Étape", "Stage"),
    "title": ("Point de contact", "Touchpoint"),
    "description": ("Description", "Description"),
    "channel": ("Canal", "Channel"),
    "interlocutor": ("Interlocuteur", "Interlocutor"),
    "action": ("Action client", "Customer action"),
    "thinking": ("Ce qu’il pense", "Thinks"),
    "feeling": ("Ce qu’il ressent", "Feels"),
    "emotion": ("Émotion (-3..+3)", "Emotion (-3..+3)"),
    "moment": ("Moment de vérité", "Moment of truth"),
    "criticality": ("Criticité", "Criticality"),
    "verbatim": ("Verbatims", "Verbatims"),
    "irritant": ("Irritants", "Pain points"),
    "opportunity": ("Opportunités", "Opportunities"),
    "kpi": ("KPI", "KPI"),
    "tags": ("Étiquettes", "Tags"),
    "notes": ("Notes", "Notes"),
    "next": ("Suivant", "Next"),
}
_WIDTHS = {"id": 12, "journey": 18, "stage": 18, "title": 30, "description": 36,
           "action": 30, "thinking": 26, "feeling": 26, "verbatim": 40, "irritant": 30,
           "opportunity": 30, "kpi": 24, "notes": 26, "next": 16}

_WORDS: dict[str, tuple[str, str]] = {
    "personas": ("Personas", "Personas"),
    "verbatims": ("Verbatims", "Verbatims"),
    "irritants": ("Irritants", "Pain points"),
    "actions": ("Plan d’actions", "Action plan"),
    "indicators": ("Indicateurs", "Indicators"),
    "name": ("Nom", "Name"),
    "quote": ("Citation", "Quote"),
    "description": ("Description", "Description"),
    "needs": ("Besoins", "Needs"),
    "usages": ("Usages", "Usages"),
    "behaviours": ("Comportements", "Behaviours"),
    "interactions": ("Interactions", "Interactions"),
    "goals": ("Objectifs", "Goals"),
    "frustrations": ("Frustrations", "Frustrations"),
    "journey": ("Parcours", "Journey"),
    "where": ("Étape \u203a point de contact", "Stage \u203a touchpoint"),
    "text": ("Texte", "Text"),
    "source": ("Source", "Source"),
    "author": ("Auteur", "Author"),
    "date": ("Date", "Date"),
    "persona": ("Persona", "Persona"),
    "severity": ("Gravité", "Severity"),
    "pillars": ("Piliers", "Pillars"),
    "votes": ("Votes", "Votes"),
    "scope": ("Périmètre", "Scope"),
    "indicator": ("Indicateur", "Indicator"),
    "score": ("Score", "Score"),
    "answers": ("Réponses (n)", "Answers (n)"),
    "moments": ("Moments de vérité", "Moments of truth"),
    "criticality": ("Criticité", "Criticality"),
    "channels": ("Canaux", "Channels"),
    "interlocutors": ("Interlocuteurs", "Interlocutors"),
    "unplaced": ("(non rattaché)", "(not on a touchpoint)"),
}


class _Sheets:
    """Writes cells safely and keeps sheet names unique and valid."""

    def __init__(self, book: Workbook, language: Language) -> None:
        self.book = book
        self.language: Language = language
        self.column = 0 if language == "fr" else 1
        self.names: set[str] = set()

    def word(self, key: str) -> str:
        return _WORDS[key][self.column]

    def sheet(self, name: str) -> Worksheet:
        """A new sheet named ``name`` as Excel allows (31 characters, no []:*?/\\)."""
        base = _BAD_SHEET_CHARS.sub(" ", name).strip().strip("'")[:31] or "—"
        unique, number = base, 2
        while unique.casefold() in self.names:
            suffix = f" ({number})"
            unique, number = base[:31 - len(suffix)] + suffix, number + 1
        self.names.add(unique.casefold())
        sheet: Worksheet = self.book.create_sheet(unique)
        return sheet

    def write_cell(self, sheet: Worksheet, row: int, column: int, value: object) -> None:
        """A cell holding ``value``; text is stored as text, even when it looks like a formula."""
        cell = sheet.cell(row=row, column=column)
        cell.value = value  # type: ignore[assignment]
        if isinstance(value, str):
            cell.data_type = "s"
            if value.startswith(FORMULA_STARTS):
                cell.quotePrefix = True

    def write_row(self, sheet: Worksheet, row: int, values: Sequence[object]) -> None:
        for column, value in enumerate(values, start=1):
            self.write_cell(sheet, row, column, value)

    def table(self, sheet: Worksheet, headers: Sequence[str], rows: Sequence[Sequence[object]],
              widths: Sequence[int] = ()) -> None:
        """A header row (bold, frozen, filtered) and the rows below it."""
        self.write_row(sheet, 1, headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = _HEADER_FILL
            cell.alignment = Alignment(vertical="top", wrap_text=True)
        for number, values in enumerate(rows, start=2):
            self.write_row(sheet, number, values)
        sheet.freeze_panes = "A2"
        if headers:
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(2, len(rows) + 1)}"
        for index, header in enumerate(headers, start=1):
            width = widths[index - 1] if index - 1 < len(widths) else max(12, len(header) + 2)
            sheet.column_dimensions[get_column_letter(index)].width = width


def _joined(texts: Sequence[str]) -> str:
    return f" {MULTI_SEPARATOR} ".join(texts)


def _touchpoint_cells(project: Project, journey: Journey, stage_name: str, tp: Touchpoint,
                      following: list[str], language: Language) -> dict[str, object]:
    channels, people = project.channel_names(), project.interlocutor_names()
    return {
        "id": tp.id, "journey": journey.name, "stage": stage_name, "title": tp.title,
        "description": tp.description,
        "channel": channels.get(tp.channel_id or "", ""),
        "interlocutor": people.get(tp.interlocutor_id or "", ""),
        "action": tp.customer_action, "thinking": tp.thinking, "feeling": tp.feeling,
        "emotion": tp.emotion,
        "moment": label(tp.moment, language) if tp.moment is not MomentOfTruth.NONE else "",
        "criticality": label(tp.criticality, language) if tp.criticality else "",
        "verbatim": _joined([v.text for v in tp.verbatims]),
        "irritant": _joined([i.text for i in tp.irritants]),
        "opportunity": _joined([o.text for o in tp.opportunities]),
        "kpi": kpis_text(list(tp.kpis), language),
        "tags": _joined(list(tp.tags)),
        "notes": tp.notes,
        "next": _joined(following),
    }


def _lists(sheets: _Sheets, project: Project) -> dict[str, str]:
    """A hidden sheet of the drop-down lists; the range of each list by key."""
    language = sheets.language
    columns = {
        "moments": [label(kind, language) for kind in MomentOfTruth],
        "criticality": [label(level, language) for level in Criticality],
        "channels": [channel.name for channel in project.channels],
        "interlocutors": [person.name for person in project.interlocutors],
    }
    sheet = sheets.sheet(_LISTS_SHEET[language])
    ranges: dict[str, str] = {}
    for index, (key, values) in enumerate(columns.items(), start=1):
        for row, value in enumerate([sheets.word(key), *values], start=1):
            sheets.write_cell(sheet, row, index, value)
        letter = get_column_letter(index)
        name = f"cx_{key}"
        ranges[key] = name
        last = max(2, len(values) + 1)
        sheets.book.defined_names[name] = DefinedName(
            name, attr_text=f"'{sheet.title}'!${letter}$2:${letter}${last}")
    sheet.sheet_state = "hidden"
    return ranges


def _validations(sheet: Worksheet, keys: list[str], count: int, ranges: dict[str, str],
                 language: Language) -> None:
    last = max(count + 1, 200)

    def column(key: str) -> str:
        letter = get_column_letter(keys.index(key) + 1)
        return f"{letter}2:{letter}{last}"

    for key, listed in (("moment", "moments"), ("criticality", "criticality"),
                        ("channel", "channels"), ("interlocutor", "interlocutors")):
        check = DataValidation(type="list", formula1=f"={ranges[listed]}", allow_blank=True)
        check.showErrorMessage = key in ("moment", "criticality")
        check.add(column(key))
        sheet.add_data_validation(check)
    emotion = DataValidation(type="whole", operator="between", formula1="-3", formula2="3",
                             allow_blank=True)
    emotion.error = ("Un nombre entier de -3 à +3" if language == "fr"
                     else "A whole number from -3 to +3")
    emotion.showErrorMessage = True
    emotion.add(column("emotion"))
    sheet.add_data_validation(emotion)


def _journey_sheet(sheets: _Sheets, project: Project, journey: Journey,
                   ranges: dict[str, str]) -> None:
    language = sheets.language
    keys = list(JOURNEY_COLUMNS)
    following: dict[str, list[str]] = {}
    for link in journey_links(journey):
        following.setdefault(link.source_id, []).append(link.target_id)
    rows = []
    for stage, tp in journey.touchpoints():
        cells = _touchpoint_cells(project, journey, stage.name, tp, following.get(tp.id, []),
                                  language)
        rows.append([cells[key] for key in keys])
    sheet = sheets.sheet(journey.name)
    sheets.table(sheet, [JOURNEY_COLUMNS[key][sheets.column] for key in keys], rows,
                 [_WIDTHS.get(key, 14) for key in keys])
    _validations(sheet, keys, len(rows), ranges, language)


def _personas(sheets: _Sheets, project: Project) -> None:
    keys = ("name", "quote", "description", "needs", "usages", "behaviours", "interactions",
            "goals", "frustrations")
    rows = [[persona.name, persona.quote, persona.description,
             *(_joined(getattr(persona, key)) for key in keys[3:])]
            for persona in project.personas]
    sheets.table(sheets.sheet(sheets.word("personas")), [sheets.word(k) for k in keys], rows,
                 [20, 30, 40, *([30] * 6)])


def _verbatims_and_irritants(sheets: _Sheets, project: Project) -> None:
    language = sheets.language
    personas = {persona.id: persona.name for persona in project.personas}
    verbatims: list[list[object]] = []
    irritants: list[list[object]] = []
    for journey in project.journeys:
        for stage, tp in journey.touchpoints():
            where = f"{stage.name} \u203a {tp.title}"
            for v in tp.verbatims:
                verbatims.append([journey.name, where, v.text, label(v.source, language),
                                  v.author, v.date, personas.get(v.persona_id or "", "")])
            for i in tp.irritants:
                irritants.append([journey.name, where, i.text,
                                  severity_label(i.severity, language),
                                  _joined([label(p, language) for p in i.pillars]), i.votes])
    for v in project.verbatims:
        verbatims.append(["", sheets.word("unplaced"), v.text, label(v.source, language),
                          v.author, v.date, personas.get(v.persona_id or "", "")])
    words = sheets.word
    sheet = sheets.sheet(words("verbatims"))
    sheets.table(sheet, [words(k) for k in ("journey", "where", "text", "source", "author",
                                            "date", "persona")], verbatims,
                 [18, 30, 60, 18, 16, 12, 16])
    for row in range(2, len(verbatims) + 2):
        sheet.cell(row=row, column=6).number_format = "DD/MM/YYYY" if language == "fr" \
            else "YYYY-MM-DD"
    irritants.sort(key=lambda row: -(row[5] if isinstance(row[5], int) else 0))
    sheets.table(sheets.sheet(words("irritants")),
                 [words(k) for k in ("journey", "where", "text", "severity", "pillars",
                                     "votes")], irritants, [18, 30, 50, 14, 30, 8])


def _actions(sheets: _Sheets, project: Project) -> None:
    # The CSV export's columns and cells, stage and touchpoint put together in one column.
    import csv

    records = list(csv.reader(io.StringIO(actions_to_csv(project, sheets.language)),
                              delimiter=";"))
    header, rows = records[0], records[1:]
    stage, touchpoint = header.index("Étape" if sheets.column == 0 else "Stage"), \
        header.index("Point de contact" if sheets.column == 0 else "Touchpoint")

    def merged(record: list[str]) -> list[object]:
        where = " \u203a ".join(part for part in (record[stage], record[touchpoint]) if part)
        cells = [cell.removeprefix("'") for cell in record]
        return [*cells[:stage], where, *cells[touchpoint + 1:]]

    head: list[object] = merged(header)
    head[stage] = sheets.word("where")
    sheets.table(sheets.sheet(sheets.word("actions")), [str(cell) for cell in head],
                 [merged(record) for record in rows], [40, 12, 18, 30, 30, 30, 30, 16, 12])


def _indicators(sheets: _Sheets, project: Project) -> None:
    rows: list[list[object]] = []
    for journey in project.journeys:
        for item in survey_indicators(project, journey):
            result = item.result
            value = reported_score(result.value) if result.value is not None else None
            rows.append([journey.name, item.scope.name, result.indicator.value.upper(), value,
                         result.n])
    words = sheets.word
    sheets.table(sheets.sheet(words("indicators")),
                 [words(k) for k in ("journey", "scope", "indicator", "score", "answers")],
                 rows, [20, 30, 12, 10, 12])


def workbook_bytes(project: Project, language: Language | None = None) -> bytes:
    """The workbook of ``project`` (in ``language``, the project's by default), as bytes."""
    language = language or project.language
    book = Workbook()
    first = book.active
    if first is not None:
        book.remove(first)
    sheets = _Sheets(book, language)
    ranges = _lists(sheets, project)
    for journey in project.journeys:
        _journey_sheet(sheets, project, journey, ranges)
    _personas(sheets, project)
    _verbatims_and_irritants(sheets, project)
    _actions(sheets, project)
    _indicators(sheets, project)
    write_benchmark(sheets, project)
    # The hidden list sheet goes last; a journey's sheet opens first.
    book.move_sheet(book[_LISTS_SHEET[language]], offset=len(book.sheetnames) - 1)
    book.active = 0
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export_workbook(project: Project, path: Path, language: Language | None = None) -> None:
    """Write the project's workbook to ``path`` atomically.

    Raises:
        OSError: the file cannot be written (a file already there is left whole).
    """
    atomic_write_bytes(Path(path), workbook_bytes(project, language))
