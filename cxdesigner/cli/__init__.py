"""The ``cxdesigner`` command: opens the editor, or runs a subcommand headless."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from cxdesigner import __version__
from cxdesigner.cli.console import make_output_safe
from cxdesigner.collector import StartPause

COMMANDS = {
    "validate": "validate_command",
    "stats": "stats_command",
    "import-csv": "import_csv_command",
    "import-answers": "import_answers_command",
    "import-contacts": "import_contacts_command",
    "export-pdf": "export_pdf_command",
    "export-xlsx": "export_xlsx_command",
    "export-pptx": "export_pptx_command",
    "export-html": "export_html_command",
    "export-kit": "export_kit_command",
    "read-wall": "read_wall_command",
    "diff": "diff_command",
    "merge": "merge_command",
}
"""Each subcommand and the module of ``cxdesigner.cli`` that adds it (its ``NAME`` and
``register(subparsers)``). The modules are loaded only for a command: opening the editor
does not pay for the PDF export or the analysis."""


def command_modules() -> list[ModuleType]:
    """The modules of the subcommands, in the order of the help."""
    return [importlib.import_module(f"cxdesigner.cli.{module}") for module in COMMANDS.values()]

EXIT_BROKEN_PIPE = 141
"""128 + SIGPIPE: what a shell reports for a program whose output was closed (``| head``)."""


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cxdesigner",
        description="CX Designer: customer-journey maps, offline. Without a command, "
                    "opens the editor (on FILE if given).",
    )
    parser.add_argument("--version", action="version", version=f"CX Designer {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        module.register(subparsers)
    return parser


def _subcommand_parser(parser: argparse.ArgumentParser,
                       command: str | None) -> argparse.ArgumentParser:
    """The parser of ``command`` (``parser`` itself when there is none)."""
    for action in parser._actions:  # argparse keeps its subparsers there, and only there
        if isinstance(action, argparse._SubParsersAction) and command in action.choices:
            found: argparse.ArgumentParser = action.choices[command]
            return found
    return parser


def _editor_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cxdesigner", add_help=False)
    parser.add_argument("file", nargs="?", help="a .cxd project to open")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    make_output_safe()  # a console in cp1252 or ASCII still gets every report whole
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        try:
            return _run(args)
        finally:  # also after argparse's --help: a closed output shows here, not at exit
            sys.stdout.flush()
    except BrokenPipeError:
        return _output_closed()


def _run(args: list[str]) -> int:
    commands = list(COMMANDS)
    if args and (args[0] in commands or args[0].startswith("-")):
        parser = _command_parser()
        options, unknown = parser.parse_known_args(args)
        if unknown:  # said by the subcommand, with its own usage, not the program's
            _subcommand_parser(parser, options.command).error(
                f"unrecognized arguments: {' '.join(unknown)}")
        if options.command is None:
            parser.print_help()
            return 0
        code: int = options.run(options)
        return code
    editor_options, qt_arguments = _editor_parser().parse_known_args(args)
    start = StartPause()  # from the editor's first import to its window shown
    try:
        if editor_options.file is not None:
            from cxdesigner.cli.editor_argument import check_editor_argument

            # Before Qt is even loaded: a mistyped command or a wrong path never opens a
            # window.
            problem = check_editor_argument(editor_options.file, commands)
            if problem is not None:
                print(problem.message, file=sys.stderr)
                return problem.exit_code
        # Imported late: headless commands must not pay for loading Qt.
        from cxdesigner.app import run_editor

        return run_editor(editor_options.file, qt_arguments, started=start.end)
    finally:
        start.resume()


def _output_closed() -> int:
    """Whoever read our output stopped (``| head``): end quietly, as other tools do.

    Standard output is pointed at the null device so that the interpreter's last flush
    does not raise again on its way out.
    """
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, sys.stdout.fileno())
    os.close(null)
    return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
