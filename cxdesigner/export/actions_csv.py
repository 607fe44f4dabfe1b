"""The action plan as a CSV file that opens as a table in a French or English spreadsheet.

The file is written the way a spreadsheet set up for French reads it without an import
dialog: ``;`` between cells (``,`` is the French decimal mark), UTF-8 with a byte-order
mark (without it, Excel reads the file as Windows-1252 and garbles accents), CRLF line
ends, dates as ``dd/mm/yyyy`` and decimals with a comma. In English, dates are ISO
(``yyyy-mm-dd``) and decimals use a point; the delimiter stays ``;`` so one file layout
serves both.

Text typed by users is data, never a formula: a cell that starts with ``=``, ``+``, ``-``,
``@``, a tab, a carriage return or a line feed gets a leading ``'`` (the OWASP advice
against CSV injection), so ``=HYPERLINK(...)`` shows as text instead of running. So does
one that starts so after spaces or line breaks (spreadsheets skip them), one that starts
with the full-width forms of those signs (U+FF1D, U+FF0B, U+FF0D, U+FF20, which East
Asian spreadsheets take for a formula too), and one that starts with ``DDE(`` (dynamic
data exchange, which runs a program). Numbers and dates are formatted here, not typed, so
a negative number such as ``-12,5`` stays a number.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

from cxdesigner.export.labels import Labels
from cxdesigner.io.atomic import atomic_write_bytes
from cxdesigner.model import Action, Irritant, Journey, Project, Stage, Touchpoint
from cxdesigner.model.project import Language
from cxdesigner.platforms import CSV_LINE_ENDING
from cxdesigner.vocabulary import label

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d",
                   "\uff20")
_SKIPPED = " \t\r\n\u00a0\u3000"
"""What a spreadsheet may skip before deciding that a cell is a formula."""

# column key -> (French, English)
_HEADERS: dict[str, tuple[str, str]] = {
    "description": ("Action", "Action"),
    "status": ("Statut", "Status"),
    "journey": ("Parcours", "Journey"),
    "stage": ("Étape", "Stage"),
    "touchpoint": ("Point de contact", "Touchpoint"),
    "irritant": ("Irritant", "Pain point"),
    "gap": ("Écart", "Gap"),
    "root_cause": ("Cause racine", "Root cause"),
    "owner": ("Responsable", "Owner"),
    "due_date": ("Échéance", "Due date"),
    "expected_result": ("Résultat attendu", "Expected result"),
    "kpi": ("KPI", "KPI"),
    "kpi_target": ("Cible du KPI", "KPI target"),
    "measured_result": ("Résultat mesuré", "Measured result"),
    "measured_value": ("Valeur mesurée", "Measured value"),
    "target_met": ("Objectif atteint", "Target met"),
}
_YES_NO = {True: ("oui", "yes"), False: ("non", "no")}


def neutralise(text: str) -> str:
    """``text`` made safe for a spreadsheet cell: a leading ``'`` when it could be a formula.

    Line ends inside the text become ``\\n``, which spreadsheets show as a line break
    within the cell.
    """
    start = text.lstrip(_SKIPPED)
    formula = start.startswith(_FORMULA_STARTS) or start[:4].upper() == "DDE(" \
        or (start != text and text.startswith(_FORMULA_STARTS))
    safe = "'" + text if formula else text
    return safe.replace("\r\n", "\n").replace("\r", "\n")


def format_number(value: float, language: Language) -> str:
    """``value`` in full, without exponent or thousands separator: ``12,5`` in French."""
    # repr() is the shortest text that reads back as the same float; Decimal drops the
    # exponent that repr() uses for very large or small values (1e-05 -> 0.00001).
    text = format(Decimal(repr(value + 0.0)), "f")  # + 0.0 turns -0.0 into 0.0
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") if language == "fr" else text


def format_date(day: dt.date, language: Language) -> str:
    """``dd/mm/yyyy`` in French, ISO ``yyyy-mm-dd`` in English."""
    return day.strftime("%d/%m/%Y") if language == "fr" else day.isoformat()


_Place = tuple[Journey, Stage, Touchpoint]


def _places(project: Project) -> tuple[dict[str, _Place], dict[str, tuple[_Place, Irritant]]]:
    """Every touchpoint and every irritant of the project, by id, with where it is."""
    touchpoints: dict[str, _Place] = {}
    irritants: dict[str, tuple[_Place, Irritant]] = {}
    for journey in project.journeys:
        for stage, touchpoint in journey.touchpoints():
            place = (journey, stage, touchpoint)
            touchpoints[touchpoint.id] = place
            for irritant in touchpoint.irritants:
                irritants[irritant.id] = (place, irritant)
    return touchpoints, irritants


def _row(action: Action, labels: Labels, touchpoints: dict[str, _Place],
         irritants: dict[str, tuple[_Place, Irritant]]) -> list[str]:
    language = labels.language
    linked = irritants.get(action.irritant_id or "")
    # The action's own touchpoint wins; else the touchpoint of the irritant it addresses.
    place = touchpoints.get(action.touchpoint_id or "") or (linked[0] if linked else None)
    journey, stage, touchpoint = place if place is not None else (None, None, None)
    text = {
        "description": action.description,
        "journey": journey.name if journey is not None else "",
        "stage": stage.name if stage is not None else "",
        "touchpoint": touchpoint.title if touchpoint is not None else "",
        "irritant": linked[1].text if linked is not None else "",
        "gap": action.gap,
        "root_cause": action.root_cause,
        "owner": action.owner,
        "expected_result": action.expected_result,
        "kpi": action.kpi,
        "measured_result": action.measured_result,
    }
    column = 0 if language == "fr" else 1
    ours = {
        "status": label(action.status, language),
        "due_date": format_date(action.due_date, language) if action.due_date else "",
        "kpi_target": (format_number(action.kpi_target, language)
                       if action.kpi_target is not None else ""),
        "measured_value": (format_number(action.measured_value, language)
                           if action.measured_value is not None else ""),
        "target_met": (_YES_NO[action.target_met][column]
                       if action.target_met is not None else ""),
    }
    return [neutralise(text[key]) if key in text else ours[key] for key in _HEADERS]


def actions_to_csv(project: Project, language: Language | None = None) -> str:
    """The project's action plan as CSV text (the byte-order mark is added when written).

    One row per action, in the project's order, after a header row in ``language``
    (the project's language by default). The irritant an action addresses is given by
    its text, with the journey, stage and touchpoint it is on; an action with its own
    touchpoint is placed there instead.
    """
    labels = Labels(language or project.language)
    column = 0 if labels.language == "fr" else 1
    touchpoints, irritants = _places(project)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator=CSV_LINE_ENDING)
    writer.writerow(names[column] for names in _HEADERS.values())
    for action in project.actions:
        writer.writerow(_row(action, labels, touchpoints, irritants))
    return buffer.getvalue()


def write_actions_csv(project: Project, path: Path, language: Language | None = None) -> None:
    """Write the action plan to ``path`` as UTF-8 with a byte-order mark, atomically.

    Raises:
        OSError: the file cannot be written (the previous file, if any, is left whole).
    """
    atomic_write_bytes(Path(path), actions_to_csv(project, language).encode("utf-8-sig"))
