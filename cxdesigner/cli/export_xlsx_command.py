"""``cxdesigner export-xlsx PROJECT.cxd -o PROJECT.xlsx``: the project as an Excel workbook."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cxdesigner.cli.export_output import add_export_arguments, write_export
from cxdesigner.model import Project
from cxdesigner.model.project import Language

NAME = "export-xlsx"


def register(subparsers: Any) -> None:
    """Add the ``export-xlsx`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME, help="write the project as an Excel workbook to edit and import back",
        description="Write the project as an Excel workbook: a sheet per journey (one row per "
                    "touchpoint, every field, drop-down lists for moments, criticality, "
                    "emotion, channels and interlocutors, the touchpoint's id in the first "
                    "column), then personas, verbatims, pain points, the action plan and the "
                    "indicators. Edit it and bring it back with 'cxdesigner import-csv "
                    "WORKBOOK.xlsx --update PROJECT.cxd'.")
    add_export_arguments(parser, ".xlsx")
    parser.set_defaults(run=run)


def _write(project: Project, path: Path, language: Language | None) -> str:
    from cxdesigner.export.workbook import export_workbook

    export_workbook(project, path, language)
    count = len(project.journeys)
    return f"{count} journey sheet{'s' if count != 1 else ''} and the lists"


def run(options: argparse.Namespace) -> int:
    """Write the workbook; 1 when the project cannot be read or the file written."""
    return write_export(options, ".xlsx", _write)
