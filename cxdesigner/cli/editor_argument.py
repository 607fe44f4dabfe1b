"""Check the argument of ``cxdesigner FILE`` before the editor starts: a project file, or a
clear message (a mistyped command, a missing file, a folder, another kind of file)."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from cxdesigner.io import PROJECT_SUFFIX

EXIT_USAGE = 2
"""A command that does not exist, as argparse answers a wrong option."""

EXIT_NOT_A_PROJECT = 1
"""A path that cannot be opened, as ``validate`` answers it."""

_LISTED_PROJECTS = 5


@dataclass(frozen=True)
class ArgumentProblem:
    """Why the editor will not start: what to print on stderr, and the exit code."""

    message: str
    exit_code: int


def check_editor_argument(argument: str, commands: list[str]) -> ArgumentProblem | None:
    """None when ``argument`` is a project file the editor can open, else the problem."""
    path = Path(argument)
    if not path.exists():
        if _looks_like_a_command(argument):
            return ArgumentProblem(_unknown_command(argument, commands), EXIT_USAGE)
        return ArgumentProblem(f"cxdesigner: cannot open '{argument}': there is no such file.",
                               EXIT_NOT_A_PROJECT)
    if path.is_dir():
        return ArgumentProblem(_folder(path), EXIT_NOT_A_PROJECT)
    if path.suffix.lower() != PROJECT_SUFFIX:
        return ArgumentProblem(_not_a_project(path), EXIT_NOT_A_PROJECT)
    return None


def _looks_like_a_command(argument: str) -> bool:
    """A bare word: no folder and no file extension."""
    return "/" not in argument and "\\" not in argument and not Path(argument).suffix


def _unknown_command(argument: str, commands: list[str]) -> str:
    lines = [f"cxdesigner: there is no command '{argument}' (nor a file of that name)."]
    nearest = difflib.get_close_matches(argument, [*commands, "--help", "--version"], n=1)
    if nearest:
        lines.append(f"Did you mean '{nearest[0]}'?")
    lines.append(f"The commands are: {', '.join(commands)}.")
    lines.append("'cxdesigner COMMAND --help' tells what one does; "
                 f"'cxdesigner FILE{PROJECT_SUFFIX}' opens a project in the editor.")
    return "\n".join(lines)


def _folder(path: Path) -> str:
    message = (f"cxdesigner: cannot open '{path}': it is a folder; give the path of a "
               f"{PROJECT_SUFFIX} project file.")
    try:
        projects = sorted(p.name for p in path.iterdir()
                          if p.suffix.lower() == PROJECT_SUFFIX and p.is_file())
    except OSError:
        return message
    if projects:
        shown = ", ".join(projects[:_LISTED_PROJECTS])
        more = len(projects) - _LISTED_PROJECTS
        message += f"\nIt holds: {shown}{f' and {more} more' if more > 0 else ''}."
    return message


def _not_a_project(path: Path) -> str:
    message = (f"cxdesigner: cannot open '{path}': the editor opens CX Designer projects "
               f"({PROJECT_SUFFIX} files).")
    backup = re.fullmatch(rf"(.+{re.escape(PROJECT_SUFFIX)})\.bak\d+", path.name, re.IGNORECASE)
    if backup is not None:
        message += (f"\nIt is a backup of '{backup.group(1)}': copy it to a new name ending in "
                    f"{PROJECT_SUFFIX}, then open the copy.")
    elif path.suffix.lower() == ".csv":
        message += (f"\nTo make a project of a workshop spreadsheet: cxdesigner import-csv "
                    f"'{path}' -o '{path.with_suffix(PROJECT_SUFFIX).name}'")
    return message
