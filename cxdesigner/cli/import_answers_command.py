"""``cxdesigner import-answers ANSWERS.csv PROJECT.cxd``: add survey answers to a project."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from cxdesigner.cli.import_csv_command import print_warnings
from cxdesigner.io import ProjectFileError, backup_paths, load_project, save_project
from cxdesigner.io.csv_answers import import_answers
from cxdesigner.io.csv_reading import CsvImportError
from cxdesigner.model import SurveyIndicator

NAME = "import-answers"


def register(subparsers: Any) -> None:
    """Add the ``import-answers`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME, help="add NPS, CSAT and CES survey answers from a CSV file to a project",
        description="Add survey answers to a project. Columns, in English or French: "
                    "touchpoint/point de contact (an id, or a title no other touchpoint "
                    "has), indicator/indicateur (nps, csat, ces), value/valeur, and "
                    "optionally scale/échelle (e.g. 1-5, or 1-7 inverse when lower is "
                    "better), respondent/répondant, date (2024-03-12 or 12/03/2024), "
                    "segment.")
    parser.add_argument("csv", type=Path, metavar="ANSWERS.csv")
    parser.add_argument("project", type=Path, metavar="PROJECT.cxd")
    parser.add_argument("-o", "--output", type=Path, metavar="OUT.cxd",
                        help="write the result here instead of updating PROJECT.cxd")
    parser.add_argument("--force", action="store_true", help="replace OUT.cxd if it exists")
    parser.set_defaults(run=run)


def run(options: argparse.Namespace) -> int:
    """Add the answers and save; 1 with every problem listed when nothing could be added."""
    source: Path = options.project
    target: Path = options.output or source
    if target != source and target.exists() and not options.force:
        print(f"'{target}' already exists; choose another name with -o, or add --force to "
              "replace it.", file=sys.stderr)
        return 1
    try:
        project = load_project(source)
    except ProjectFileError as error:
        print(error.message(limit=50), file=sys.stderr)
        return 1
    try:
        result = import_answers(options.csv, project)
    except CsvImportError as error:
        print_warnings(error.warnings)
        print(error.message(), file=sys.stderr)
        return 1
    print_warnings(result.warnings)
    try:
        save_project(result.project, target)
    except ProjectFileError as error:
        print(error.message(), file=sys.stderr)
        return 1
    counts = Counter(answer.indicator for answer in result.added)
    detail = ", ".join(f"{indicator.value.upper()} {counts[indicator]}"
                       for indicator in SurveyIndicator if counts[indicator])
    count = len(result.added)
    lines = [f"Added {count} answer{'s' if count != 1 else ''} ({detail}) to '{target}'; "
             f"it now holds {len(result.project.answers)}."]
    if result.new_segments:
        lines.append("New segments: " + ", ".join(s.name for s in result.new_segments) + ".")
    if target == source:
        lines.append(f"The previous version is kept as '{backup_paths(target)[0].name}'.")
    print("\n".join(lines))
    return 0
