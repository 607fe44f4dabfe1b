"""``cxdesigner import-csv FILE.csv -o PROJECT.cxd``: a new project from a workshop spreadsheet."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cxdesigner.cli.project_update import import_and_save, refused_target
from cxdesigner.io import PROJECT_SUFFIX
from cxdesigner.io.csv_journeys import COLUMNS, JourneyImport, import_touchpoints
from cxdesigner.model import default_channels, journey_links

NAME = "import-csv"


def register(subparsers: Any) -> None:
    """Add the ``import-csv`` subcommand."""
    names = "; ".join("/".join(column.names[:3]) + (" (required)" if column.required else "")
                      for column in COLUMNS)
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME, help="create a project from a spreadsheet of touchpoints (CSV or Excel workbook)",
        description="Create a project from a workshop spreadsheet, saved as CSV (UTF-8 or "
                    "Windows-1252, ';' or ',') or as an Excel workbook (.xlsx: every sheet "
                    "naming the columns is read, a sheet per journey), one row per "
                    f"touchpoint. Columns, in English or French: {names}. Several values in "
                    "a cell are separated by '|'.",
        epilog="Values: emotion from -3 to +3; moment essential, critical or wow (essentiel, "
               "critique, waouh); criticality very sensitive, sensitive or neutral (très "
               "sensible, sensible, neutre); next: the ids of the rows that follow (when no "
               "row of a journey has one, its rows follow one another). An empty stage or "
               "journey cell continues the row above. Every problem is listed with its row "
               "and column, and nothing is written until there are none.")
    parser.add_argument("csv", type=Path, metavar="TOUCHPOINTS.csv|.xlsx")
    parser.add_argument("--sheet", metavar="NAME",
                        help="in an Excel workbook, the one sheet to read (by default every "
                             "sheet naming the stage and title columns)")
    parser.add_argument("-o", "--output", type=Path, metavar="PROJECT.cxd",
                        help="the project to create (default: the CSV's name with .cxd)")
    parser.add_argument("--force", action="store_true",
                        help="replace PROJECT.cxd if it exists (its old version is kept as "
                             "a .bak1 backup)")
    parser.add_argument("--title", help="the project's title (default: the CSV's file name)")
    parser.add_argument("--lang", choices=("fr", "en"), default="fr",
                        help="the project's language (default: fr)")
    parser.add_argument("--update", type=Path, metavar="PROJECT.cxd",
                        help="bring the spreadsheet into this project instead of creating one: "
                             "rows with a touchpoint's id change that touchpoint, rows without "
                             "add touchpoints, touchpoints without a row are removed (the "
                             "project is updated in place unless -o is given)")
    parser.add_argument("--dry-run", action="store_true",
                        help="with --update: list the changes without writing anything")
    parser.set_defaults(run=run)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def describe_import(result: JourneyImport) -> str:
    """What the import created, in one sentence."""
    project = result.project
    journeys = project.journeys
    catalogue = {channel.id for channel in default_channels(project.language)}
    new_channels = [c.name for c in project.channels if c.id not in catalogue]
    parts = [
        _plural(len(journeys), "journey"),
        _plural(sum(len(journey.stages) for journey in journeys), "stage"),
        _plural(sum(1 for journey in journeys for _ in journey.touchpoints()), "touchpoint"),
        _plural(sum(len(journey.flows) for journey in journeys), "flow") + " drawn",
        _plural(sum(link.implied for journey in journeys for link in journey_links(journey)),
                "implied link"),
        _plural(len(project.personas), "persona"),
        _plural(len(project.interlocutors), "interlocutor"),
    ]
    channels = f"; channels added to the usual ones: {', '.join(new_channels)}" \
        if new_channels else ""
    return ", ".join(parts) + channels


def run(options: argparse.Namespace) -> int:
    """Import the spreadsheet; 1 with every problem listed when it cannot be imported."""
    if options.update is not None:
        from cxdesigner.cli.spreadsheet_update import update_from_sheet

        return update_from_sheet(options)
    source: Path = options.csv
    target: Path = options.output or source.with_suffix(PROJECT_SUFFIX)
    refusal = refused_target(target, source)
    if refusal is not None:
        print(refusal, file=sys.stderr)
        return 1
    if target.exists() and not options.force:
        print(f"'{target}' already exists; choose another name with -o, or add --force to "
              "replace it.", file=sys.stderr)
        return 1
    result = import_and_save(
        lambda: import_touchpoints(source, title=options.title, language=options.lang,
                                   sheet=options.sheet), target)
    if result is None:
        return 1
    if result.delimiter:
        separator = "';'" if result.delimiter == ";" else "','"
        read = f"{result.encoding}, {separator}"
    else:
        read = "Excel workbook"
    print(f"Created '{target}' from '{source}' ({read}): {describe_import(result)}.")
    return 0
