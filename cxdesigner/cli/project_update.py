"""What the commands that add a CSV file to a project share: arguments, load, import, save."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, TypeVar

from cxdesigner.io import ProjectFileError, backup_paths, load_project, save_project
from cxdesigner.io.atomic import final_target
from cxdesigner.io.csv_reading import CsvImportError
from cxdesigner.io.csv_wording import Said
from cxdesigner.model import Project


def previous_version_line(target: Path) -> str:
    """The sentence that says where the version a save replaced is kept: beside the file
    written, which is the one a symbolic link points to (named in full then)."""
    written = final_target(target)
    backup = backup_paths(written)[0]
    return f"The previous version is kept as '{backup if written != target else backup.name}'."


def print_warnings(warnings: Sequence[Said]) -> None:
    """Print what an import ignored, one line each, on standard error."""
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)


class ImportResult(Protocol):
    """What an import gives back: the changed project and what to warn about."""

    @property
    def project(self) -> Project: ...

    @property
    def warnings(self) -> list[Said]: ...


R = TypeVar("R", bound=ImportResult)


SHEET_HELP = ("in an Excel workbook, the sheet to read (by default the first one naming the "
              "required columns)")


def add_target_arguments(parser: argparse.ArgumentParser, csv_name: str) -> None:
    """The CSV file (or workbook) and its sheet, the project, and where to write the result."""
    parser.add_argument("csv", type=Path, metavar=csv_name)
    parser.add_argument("--sheet", metavar="NAME", help=SHEET_HELP)
    parser.add_argument("project", type=Path, metavar="PROJECT.cxd")
    parser.add_argument("-o", "--output", type=Path, metavar="OUT.cxd",
                        help="write the result here instead of updating PROJECT.cxd")
    parser.add_argument("--force", action="store_true", help="replace OUT.cxd if it exists")


def refused_target(target: Path, spreadsheet: Path) -> str | None:
    """Why the imported project may not be written to ``target``, or None."""
    try:
        if os.path.samefile(target, spreadsheet):
            return f"'{target}' is the spreadsheet being imported; choose another name with -o."
    except OSError:
        pass  # the target does not exist yet: the usual case
    if target.exists() and not target.is_file():
        return f"'{target}' is not an ordinary file (a folder, a device or a pipe?); choose " \
               "another name with -o."
    return None


def import_and_save(run_import: Callable[[], R], target: Path) -> R | None:
    """Run an import and save its project to ``target``; None (problems printed) on failure.

    Every problem of the CSV is printed, with its warnings, and nothing is written then.
    """
    try:
        result = run_import()
    except CsvImportError as error:
        print_warnings(error.warnings)
        print(error.message(), file=sys.stderr)
        return None
    print_warnings(result.warnings)
    try:
        save_project(result.project, target)
    except ProjectFileError as error:
        print(error.message(), file=sys.stderr)
        return None
    return result


def update_project(options: argparse.Namespace,
                   importer: Callable[[Path, Project, str | None], R],
                   describe: Callable[[R, Path], list[str]]) -> int:
    """Import ``options.csv`` into the project and save it; the exit code.

    Nothing is written when the project cannot be read, the CSV has problems (all of them
    are printed), or the output exists without ``--force``. Updating the project in place
    keeps its previous version as the first backup.
    """
    source: Path = options.project
    target: Path = options.output or source
    refusal = refused_target(target, options.csv)
    if refusal is not None:
        print(refusal, file=sys.stderr)
        return 1
    if target != source and target.exists() and not options.force:
        print(f"'{target}' already exists; choose another name with -o, or add --force to "
              "replace it.", file=sys.stderr)
        return 1
    try:
        project = load_project(source)
    except ProjectFileError as error:
        print(error.message(limit=50), file=sys.stderr)
        return 1
    result = import_and_save(lambda: importer(options.csv, project, options.sheet), target)
    if result is None:
        return 1
    lines = describe(result, target)
    if target == source:
        lines.append(previous_version_line(target))
    print("\n".join(lines))
    return 0
