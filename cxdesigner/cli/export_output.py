"""What the commands that export a project to one file share: arguments, load, write."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from cxdesigner.export.destination import Refusal, destination_problem
from cxdesigner.io import ProjectFileError, load_project
from cxdesigner.model import Project
from cxdesigner.model.project import Language


def add_export_arguments(parser: argparse.ArgumentParser, suffix: str) -> None:
    """The project, the file to write, its language and ``--force``."""
    parser.add_argument("project", type=Path, metavar="PROJECT.cxd")
    parser.add_argument("-o", "--output", type=Path, metavar=f"OUT{suffix}",
                        help=f"the file to write (default: the project's name with {suffix})")
    parser.add_argument("--lang", choices=("fr", "en"),
                        help="the language of the headings (default: the project's)")
    parser.add_argument("--force", action="store_true", help="replace the file if it exists")


def refused_destination(output: Path, project_file: Path, force: bool) -> str | None:
    """Why a PDF export may not be written to ``output``, or None when it may: a PDF that
    CX Designer wrote is written again, another file only with ``force``, a project, a
    folder or a device never."""
    problem = destination_problem(output, sources=[project_file])
    if problem is None or (force and problem.overridable):
        return None
    return f"Cannot write '{output}': {problem.sentence()}."


def write_export(options: argparse.Namespace, suffix: str,
                 write: Callable[[Project, Path, Language | None], str]) -> int:
    """Load the project and write it with ``write`` (which returns what it wrote, in a
    sentence); the exit code. Nothing is written when the project cannot be read or the
    output exists without ``--force``."""
    source: Path = options.project
    target: Path = options.output or source.with_suffix(suffix)
    problem = destination_problem(target, [source])
    if problem is not None and problem.refusal in (Refusal.FOLDER, Refusal.NOT_A_FILE):
        print(f"Cannot write '{target}': {problem.sentence()}"
              + (f" (such as '{target / source.with_suffix(suffix).name}')."
                 if problem.refusal is Refusal.FOLDER else "."), file=sys.stderr)
        return 1
    if target.exists() and not options.force:
        print(f"'{target}' already exists; choose another name with -o, or add --force to "
              "replace it.", file=sys.stderr)
        return 1
    try:
        project = load_project(source)
    except ProjectFileError as error:
        print(error.message(limit=50), file=sys.stderr)
        return 1
    try:
        summary = write(project, target, options.lang)
    except OSError as error:
        print(f"'{target}' could not be written: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"Wrote '{target}': {summary}.")
    return 0
