"""``cxdesigner validate FILE``: exit 0 when the project file is sound, 1 with the reasons."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cxdesigner.analysis.linked_journeys import LinkCycleError, check_no_link_cycle
from cxdesigner.io import ProjectFileError, load_project

NAME = "validate"


def register(subparsers: Any) -> None:
    """Add the ``validate`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME, help="check a project file and say what is wrong with it")
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.set_defaults(run=run)


def run(options: argparse.Namespace) -> int:
    """Validate every file; the exit code is 1 if any of them is broken."""
    code = 0
    for path in options.files:
        try:
            project = load_project(path)
        except ProjectFileError as error:
            print(error.message(limit=50), file=sys.stderr)
            code = 1
            continue
        try:
            check_no_link_cycle(project)
        except LinkCycleError as error:
            print(f"{path}: {error}", file=sys.stderr)
            code = 1
            continue
        touchpoints = sum(len(stage.touchpoints) for j in project.journeys for stage in j.stages)
        print(f"{path}: OK — '{project.title}', {_plural(len(project.journeys), 'journey')}, "
              f"{_plural(touchpoints, 'touchpoint')}, "
              f"{_plural(len(project.personas), 'persona')}")
    return code


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"
