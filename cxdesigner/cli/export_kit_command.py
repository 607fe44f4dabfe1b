"""``cxdesigner export-kit PROJECT.cxd -o KIT.pdf``: the workshop kit to print and cut out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cxdesigner.cli.export_output import refused_destination
from cxdesigner.drawing.fonts import FontError
from cxdesigner.export import ExportError
from cxdesigner.export.kit import KitOptions, export_kit
from cxdesigner.io import ProjectFileError, load_project

NAME = "export-kit"


def register(subparsers: Any) -> None:
    """Add the ``export-kit`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME, help="print a workshop kit: cards, stage banners and an emotion strip to cut "
                   "out and stick on a wall, each with a code that read-wall reads back",
        description="Print a journey as a workshop kit (PDF): a facilitator guide, a banner "
                    "per stage, the emotion strip (-3 to +3), a card per touchpoint (title, "
                    "channel, interlocutor, moment), blank cards for new steps and "
                    "dot-voting tally sheets. Every piece carries a QR code and the same "
                    "code in plain letters; 'cxdesigner read-wall' reads photos of the wall "
                    "back into the project.")
    parser.add_argument("project", type=Path, metavar="PROJECT.cxd")
    parser.add_argument("-o", "--output", type=Path, metavar="KIT.pdf",
                        help="the PDF to write (default: the project's name with -kit.pdf)")
    parser.add_argument("--journey", metavar="NAME", help="the journey, by name or id "
                                                          "(default: the first one)")
    parser.add_argument("--stage", action="append", default=[], metavar="NAME",
                        help="a stage to print, by name or id; repeat for several (default: "
                             "every stage)")
    parser.add_argument("--paper", choices=("A4", "A3"), default="A4",
                        help="the sheets (default: A4)")
    parser.add_argument("--lang", choices=("fr", "en"),
                        help="language of the printed words (default: the project's)")
    parser.add_argument("--blank", type=int, default=8, metavar="N",
                        help="blank cards for new steps (default: 8)")
    parser.add_argument("--strips", type=int, default=1, metavar="N",
                        help="emotion strips: 2 for a wall longer than 2 m, one at each end "
                             "(default: 1)")
    parser.add_argument("--force", action="store_true",
                        help="replace KIT.pdf even if CX Designer did not write it (a project, "
                             "a folder or a device is never replaced)")
    parser.set_defaults(run=run)


def run(options: argparse.Namespace) -> int:
    """Write the kit; 0 on success, 1 when the project or the options are wrong."""
    source: Path = options.project
    output: Path = options.output or source.with_name(f"{source.stem}-kit.pdf")
    refusal = refused_destination(output, source, options.force)
    if refusal is not None:
        print(refusal, file=sys.stderr)
        return 1
    try:
        project = load_project(source)
        result = export_kit(project, output, KitOptions(
            journey=options.journey, stages=tuple(options.stage), paper=options.paper,
            language=options.lang, blank_cards=options.blank, emotion_strips=options.strips))
    except ProjectFileError as error:
        print(error.message(limit=20), file=sys.stderr)
        return 1
    except (ExportError, FontError) as error:
        print(f"Cannot make the kit of '{source}': {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"Cannot write '{output}': {error.strerror or error}", file=sys.stderr)
        return 1
    kinds = [piece.code.kind.value for piece in result.pieces]
    print(f"{output}: {result.page_count} pages, {kinds.count('S')} stage banners, "
          f"{kinds.count('T')} cards, {kinds.count('N')} blank cards, "
          f"{kinds.count('E') // 7} emotion strip(s)")
    return 0
