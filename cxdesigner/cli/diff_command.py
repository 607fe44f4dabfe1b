"""``cxdesigner diff OLD NEW``: what changed between two versions of a project, by entity.

Also git's helpers: ``--textconv FILE`` writes a project as an outline for ``git diff`` to
compare line by line, and ``--git`` reads the seven arguments git gives an external diff
command (see the README, "Working as a team").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from cxdesigner.cli.console import writes_all_text
from cxdesigner.io import ProjectFileError, load_project
from cxdesigner.model import Project

NAME = "diff"
EXIT_SAME, EXIT_DIFFERENT, EXIT_TROUBLE = 0, 1, 2
"""As diff(1): the files are the same, they differ, or one could not be read."""
NULL_DEVICE = "/dev/null"
"""What git passes for the missing side of an added or deleted file."""


def register(subparsers: Any) -> None:
    """Add the ``diff`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME, help="what changed between two versions of a project",
        description="What changed between two versions of a project, by journey, stage, "
                    "touchpoint, persona… Exit status: 0 the same, 1 different, 2 trouble.")
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="OLD.cxd NEW.cxd (with --textconv: one file; with --git: the "
                             "arguments git gives)")
    parser.add_argument("--json", action="store_true", help="write the changes as JSON")
    parser.add_argument("--language", choices=("en", "fr"), default="en",
                        help="the language of the report (default: en)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--textconv", action="store_true",
                      help="write one project as an outline, for git's textconv")
    mode.add_argument("--git", action="store_true",
                      help="act as git's external diff command (diff.<driver>.command)")
    parser.set_defaults(run=run)


def _load(name: str) -> Project:
    """A project file; git's null device stands for an empty project."""
    if name == NULL_DEVICE:
        return Project(title="")
    return load_project(Path(name))


def run(options: argparse.Namespace) -> int:
    files: list[str] = options.files
    wanted = 1 if options.textconv else 7 if options.git else 2
    if options.git and len(files) == 1:  # git names an unmerged path alone
        print(f"* Unmerged path {files[0]}")
        return EXIT_SAME
    if len(files) < wanted or (not options.git and len(files) != wanted):
        print(f"cxdesigner diff: expected {wanted} file argument{'s' if wanted > 1 else ''}, "
              f"got {len(files)}.", file=sys.stderr)
        return EXIT_TROUBLE
    try:
        if options.textconv:
            from cxdesigner.versions.outline import outline

            sys.stdout.write(outline(_load(files[0]), options.language))
            return EXIT_SAME
        if options.git:
            path, old_name, new_name = files[0], files[1], files[4]
        else:
            path, (old_name, new_name) = "", files
        old, new = _load(old_name), _load(new_name)
    except ProjectFileError as error:
        print(error.message(limit=20), file=sys.stderr)
        return EXIT_TROUBLE
    return _report(old, new, options, path)


def _report(old: Project, new: Project, options: argparse.Namespace, path: str) -> int:
    from cxdesigner.versions.diff import diff_projects
    from cxdesigner.versions.diff_json import diff_to_json
    from cxdesigner.versions.report import diff_text

    diff = diff_projects(old, new)
    if options.json:
        data = diff_to_json(diff, options.language)
        # Escaped where the console cannot show a character: the same data, exactly.
        json.dump(data, sys.stdout, ensure_ascii=not writes_all_text(sys.stdout), indent=1)
        sys.stdout.write("\n")
    else:
        if options.git:
            sys.stdout.write(f"cxdesigner diff a/{path} b/{path}\n")
        sys.stdout.write(diff_text(diff, options.language))
    if options.git:
        return EXIT_SAME  # git stops at an external diff command that fails
    return EXIT_SAME if diff.is_empty() else EXIT_DIFFERENT
