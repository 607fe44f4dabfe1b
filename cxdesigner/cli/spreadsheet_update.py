"""``cxdesigner import-csv SHEET --update PROJECT.cxd``: a spreadsheet brought into a project."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pydantic import ValidationError

from cxdesigner.cli.project_update import previous_version_line, print_warnings
from cxdesigner.io import ProjectFileError, load_project, save_project
from cxdesigner.io.csv_journeys import import_touchpoints
from cxdesigner.io.csv_reading import CsvImportError
from cxdesigner.io.messages import describe_validation_error


def update_from_sheet(options: argparse.Namespace) -> int:
    """List what the sheet changes in the project and, unless ``--dry-run``, save it."""
    from cxdesigner.document.spreadsheet_update import plan_update, project_path

    source: Path = options.update
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
        read = import_touchpoints(options.csv, title=project.title, language=project.language,
                                  sheet=options.sheet, left_out=project_path(project))
    except CsvImportError as error:
        print_warnings(error.warnings)
        print(error.message(), file=sys.stderr)
        return 1
    print_warnings(read.warnings)
    try:
        update = plan_update(project, read.project, read.columns)
    except ValidationError as error:
        problems = describe_validation_error(error, None)
        print(CsvImportError(options.csv, problems).message(), file=sys.stderr)
        return 1
    lines = [f"{change.kind}: {change.journey} \u203a {change.stage} \u203a {change.title}"
             + (f" ({', '.join(change.columns)})" if change.columns else "")
             for change in update.changes]
    lines += [f"new journey: {name}" for name in update.new_journeys]
    lines += [f"new stage: {name}" for name in update.new_stages]
    print("\n".join(lines) if lines else "Nothing to change: the project already says it all.")
    if options.dry_run or update.is_empty:
        return 0
    try:
        save_project(update.project, target)
    except ProjectFileError as error:
        print(error.message(), file=sys.stderr)
        return 1
    print(f"Updated '{target}' from '{options.csv}' ({len(lines)} change"
          f"{'s' if len(lines) != 1 else ''}).")
    if target == source:
        print(previous_version_line(target))
    return 0
