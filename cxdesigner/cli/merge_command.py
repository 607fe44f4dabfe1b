"""``cxdesigner merge BASE OURS THEIRS -o OUT``: merge two versions of a project.

Exit status 0 when it merged cleanly, 1 when conflicts were recorded in OUT (listed here;
OUT still opens, holding our side of each), 2 when nothing could be written, 3 when the
files are not versions of one project (nothing is written). Git calls it
as a merge driver (see the README, "Working as a team").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cxdesigner.cli.project_update import previous_version_line
from cxdesigner.io import ProjectFileError, load_project, save_project
from cxdesigner.io.file_names import same_file
from cxdesigner.io.project_file import BACKUP_COUNT

NAME = "merge"
EXIT_CLEAN, EXIT_CONFLICTS, EXIT_TROUBLE, EXIT_UNRELATED = 0, 1, 2, 3


def register(subparsers: Any) -> None:
    """Add the ``merge`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME, help="merge two versions of a project made from the same one",
        description="Three-way merge of two versions (OURS, THEIRS) of a project made from "
                    "BASE, by entity and by field. Exit status: 0 merged cleanly, 1 merged "
                    "with conflicts (recorded in OUT, which opens in the editor to choose), "
                    "2 nothing written, 3 nothing written because the three files are not "
                    "versions of one project (they share no journey, stage, card or persona).")
    parser.add_argument("base", type=Path, metavar="BASE.cxd",
                        help="the version both started from")
    parser.add_argument("ours", type=Path, metavar="OURS.cxd")
    parser.add_argument("theirs", type=Path, metavar="THEIRS.cxd")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.cxd",
                        help="where to write the merged project (may be OURS.cxd)")
    parser.add_argument("--force", action="store_true",
                        help="replace OUT.cxd if it exists and is not one of the versions")
    parser.add_argument("--name", metavar="PATH",
                        help="the project's name in messages (git passes %%P)")
    parser.add_argument("--language", choices=("en", "fr"), default="en",
                        help="the language of the list of conflicts (default: en)")
    parser.set_defaults(run=run)


def run(options: argparse.Namespace) -> int:
    inputs = [options.base, options.ours, options.theirs]
    target: Path = options.output
    shown = options.name or str(target)
    if target.exists() and not options.force and \
            not any(same_file(target, path) for path in inputs):
        print(f"'{target}' already exists; choose another name with -o, or add --force to "
              "replace it.", file=sys.stderr)
        return EXIT_TROUBLE
    try:
        base, ours, theirs = (load_project(path) for path in inputs)
    except ProjectFileError as error:
        print(f"{error.message(limit=20)}\nNothing was merged.", file=sys.stderr)
        return EXIT_TROUBLE

    from cxdesigner.versions.diff import diff_projects
    from cxdesigner.versions.merge import MergeError, UnrelatedVersionsError, merge_projects
    from cxdesigner.versions.report import conflicts_text, describe_diff

    try:
        result = merge_projects(base, ours, theirs)
    except UnrelatedVersionsError as error:
        other = options.ours if error.side == "ours" else options.theirs
        print(f"{shown}: '{other}' is not a version of the same project as "
              f"'{options.base}': they have no journey, stage, card, persona or other item "
              "in common (every copy of a project keeps the ids of what it holds). Merging "
              "them would mix two projects; nothing was written.", file=sys.stderr)
        return EXIT_UNRELATED
    except MergeError as error:
        print(f"{shown}: cannot merge automatically: {error}. Nothing was written.",
              file=sys.stderr)
        return EXIT_TROUBLE
    replaced = target.exists()
    try:
        save_project(result.project, target, backups=0 if _git_copy(target) else BACKUP_COUNT)
    except ProjectFileError as error:
        print(error.message(), file=sys.stderr)
        return EXIT_TROUBLE
    kept = [previous_version_line(target)] if replaced and not _git_copy(target) else []
    brought = sum(len(group.lines) for group in describe_diff(
        diff_projects(ours, result.project), options.language))
    if result.clean:
        print("\n".join([f"{shown}: merged cleanly, {_plural(brought, 'change')} from theirs.",
                         *kept]))
        return EXIT_CLEAN
    count = len(result.conflicts)
    print(f"{shown}: merged with {_plural(count, 'conflict')}; each keeps our side for now and "
          "is recorded in the project: open it in CX Designer to choose (View ▸ Panels ▸ "
          "Merge Conflicts).")
    sys.stdout.write(conflicts_text(result.conflicts, result.project, options.language))
    print("\n".join(kept), end="\n" if kept else "")
    return EXIT_CONFLICTS


def _git_copy(target: Path) -> bool:
    """Whether ``target`` is the temporary copy git hands a merge driver (``%A``): git keeps
    every version itself and deletes the copy, so a backup would only litter the work tree."""
    return target.name.startswith(".merge_file_")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"
