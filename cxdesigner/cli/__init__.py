"""The ``cxdesigner`` command: opens the editor, or runs a subcommand headless."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from cxdesigner import __version__
from cxdesigner.cli import (
    export_pdf_command,
    import_answers_command,
    import_contacts_command,
    import_csv_command,
    stats_command,
    validate_command,
)

# Each module names one subcommand (``NAME``) and adds it with ``register(subparsers)``.
COMMAND_MODULES = [validate_command, stats_command, import_csv_command, import_answers_command,
                   import_contacts_command, export_pdf_command]


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cxdesigner",
        description="CX Designer: customer-journey maps, offline. Without a command, "
                    "opens the editor (on FILE if given).",
    )
    parser.add_argument("--version", action="version", version=f"CX Designer {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def _editor_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cxdesigner", add_help=False)
    parser.add_argument("file", nargs="?", help="a .cxd project to open")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    parser = _command_parser()
    commands = {module.NAME for module in COMMAND_MODULES}
    if args and (args[0] in commands or args[0].startswith("-")):
        options = parser.parse_args(args)
        if options.command is None:
            parser.print_help()
            return 0
        code: int = options.run(options)
        return code
    editor_options, qt_arguments = _editor_parser().parse_known_args(args)
    # Imported late: headless commands must not pay for loading Qt.
    from cxdesigner.app import run_editor

    return run_editor(editor_options.file, qt_arguments)


if __name__ == "__main__":
    sys.exit(main())
