"""``cxdesigner export-html PROJECT.cxd -o MAP.html``: a read-only map for any browser."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cxdesigner.cli.export_output import add_export_arguments, write_export
from cxdesigner.model import Project
from cxdesigner.model.project import Language

NAME = "export-html"


def register(subparsers: Any) -> None:
    """Add the ``export-html`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME, help="write a read-only web page of the maps that opens in any browser",
        description="Write one self-contained HTML file (fonts, styles and script inside; it "
                    "makes no request at all): the maps as vector graphics to zoom and pan, "
                    "the details of a card on a click, the persona switch and the legend.")
    add_export_arguments(parser, ".html")
    parser.set_defaults(run=run)


def _write(project: Project, path: Path, language: Language | None) -> str:
    from cxdesigner.export.web_page import export_web_page

    export_web_page(project, path, language)
    count = len(project.journeys)
    return f"{count} map{'s' if count != 1 else ''}, {path.stat().st_size // 1024} kB"


def run(options: argparse.Namespace) -> int:
    """Write the page; 1 when the project cannot be read or the file written."""
    return write_export(options, ".html", _write)
