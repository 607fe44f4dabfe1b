"""``cxdesigner export-pptx PROJECT.cxd -o STORYBOARD.pptx``: an editable PowerPoint storyboard."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cxdesigner.cli.export_output import add_export_arguments, write_export
from cxdesigner.model import Project
from cxdesigner.model.project import Language

NAME = "export-pptx"


def register(subparsers: Any) -> None:
    """Add the ``export-pptx`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME, help="write an editable PowerPoint storyboard of the journeys",
        description="Write a 16:9 PowerPoint storyboard made of native, editable shapes: a "
                    "title slide, a slide per stage with its touchpoints, moments, channels "
                    "and emotion curve, the personas, the most urgent pain points and the "
                    "action plan as tables, and the comparison of target and current "
                    "journeys.")
    add_export_arguments(parser, ".pptx")
    parser.set_defaults(run=run)


def _write(project: Project, path: Path, language: Language | None) -> str:
    from cxdesigner.export.storyboard import export_storyboard

    count = export_storyboard(project, path, language)
    return f"{count} slide{'s' if count != 1 else ''}"


def run(options: argparse.Namespace) -> int:
    """Write the storyboard; 1 when the project cannot be read or the file written."""
    return write_export(options, ".pptx", _write)
