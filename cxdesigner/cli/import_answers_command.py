"""``cxdesigner import-answers ANSWERS.csv PROJECT.cxd``: add survey answers to a project."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from cxdesigner.cli.project_update import add_target_arguments, update_project
from cxdesigner.io.csv_answers import AnswersImport, import_answers
from cxdesigner.model import SurveyIndicator
from cxdesigner.vocabulary import label

NAME = "import-answers"


def register(subparsers: Any) -> None:
    """Add the ``import-answers`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME, help="add NPS, CSAT and CES survey answers from a CSV file or an Excel "
                    "workbook to a project",
        description="Add survey answers (CSV or .xlsx) to a project. Columns, in English or "
                    "French: "
                    "touchpoint/point de contact (an id, or a title no other touchpoint "
                    "has), indicator/indicateur (nps, csat, ces), value/valeur, and "
                    "optionally scale/échelle (e.g. 1-5, or 1-7 inverse when lower is "
                    "better), respondent/répondant, date (2024-03-12 or 12/03/2024), "
                    "segment.")
    add_target_arguments(parser, "ANSWERS.csv|.xlsx")
    parser.set_defaults(run=run)


def run(options: argparse.Namespace) -> int:
    """Add the answers and save; 1 with every problem listed when nothing could be added."""
    return update_project(options, import_answers, _describe)


def _describe(result: AnswersImport, target: Path) -> list[str]:
    counts = Counter(answer.indicator for answer in result.added)
    detail = ", ".join(f"{label(indicator, 'en')} {counts[indicator]}"
                       for indicator in SurveyIndicator if counts[indicator])
    count = len(result.added)
    lines = [f"Added {count} answer{'s' if count != 1 else ''} ({detail}) to '{target}'; "
             f"it now holds {len(result.project.answers)}."]
    if result.new_segments:
        lines.append("New segments: " + ", ".join(s.name for s in result.new_segments) + ".")
    return lines
