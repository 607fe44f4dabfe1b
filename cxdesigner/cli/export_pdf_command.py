"""``cxdesigner export-pdf PROJECT.cxd -o MAP.pdf``: a print-ready PDF without opening a window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cxdesigner.drawing.fonts import FontError
from cxdesigner.export import (
    DEFAULT_SECTIONS,
    ExportError,
    ExportOptions,
    Orientation,
    PaperSize,
    Section,
    export_pdf,
)
from cxdesigner.export.destination import destination_problem
from cxdesigner.export.photos import photo_problems
from cxdesigner.io import ProjectFileError, load_project

NAME = "export-pdf"

_SECTIONS_HELP = ", ".join(section.value for section in Section)


def _paper(text: str) -> PaperSize:
    try:
        return PaperSize.parse(text)
    except ExportError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def _tile(text: str) -> PaperSize:
    paper = _paper(text)
    if paper.name not in ("A4", "A3"):
        raise argparse.ArgumentTypeError("tiles are office sheets: A4 or A3")
    return paper


def _scale(text: str) -> float:
    try:
        value = float(text.rstrip("%").replace(",", "."))
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"'{text}' is not a scale (e.g. 1.0, 0.5, 50%)") \
            from error
    return value / 100 if text.endswith("%") else value


def _sections(text: str) -> frozenset[Section]:
    """``map,legend`` to choose; ``all,-verbatims`` (or ``=-verbatims``) to leave some out;
    ``+segments`` to add the report that ``all`` leaves out."""
    words = [word.strip().lower() for word in text.split(",") if word.strip()]
    known = {section.value: section for section in Section}
    for word in words:
        if word != "all" and word.lstrip("+-") not in known:
            raise argparse.ArgumentTypeError(f"unknown section '{word}' (sections: "
                                             f"{_SECTIONS_HELP}, or all)")
    # "all" is every section printed by default; +name and -name alone change that default.
    chosen = set(DEFAULT_SECTIONS) if "all" in words or all(w[0] in "+-" for w in words) \
        else set()
    for word in words:
        if word.startswith("-"):
            chosen.discard(known[word[1:]])
        elif word != "all":
            chosen.add(known[word.lstrip("+")])
    if not chosen:
        raise argparse.ArgumentTypeError("that leaves no section to export")
    return frozenset(chosen)


def register(subparsers: Any) -> None:
    """Add the ``export-pdf`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME, help="print a journey map to PDF: a wall poster from A0 to tiled A4 sheets",
        description="Export the journey maps of a project as a print-ready PDF (fonts embedded, "
                    "vector only), with the legend, persona cards, action plan, indicators and "
                    "the verbatim appendix.")
    parser.add_argument("project", type=Path, metavar="PROJECT.cxd")
    parser.add_argument("-o", "--output", type=Path, metavar="MAP.pdf",
                        help="the PDF to write (default: the project's name with .pdf)")
    parser.add_argument("--journey", action="append", default=[], metavar="NAME",
                        help="a journey to print, by name or id; repeat for several "
                             "(default: every journey, one after the other)")
    parser.add_argument("--persona", metavar="NAME",
                        help="whose emotion and criticality to show (default: each journey's "
                             "first persona)")
    parser.add_argument("--paper", type=_paper, metavar="SIZE",
                        help="A4, A3, A2, A1, A0 or WIDTHxHEIGHT in mm, e.g. 1189x841 "
                             "(default: A3; with --tile, the size of the poster)")
    parser.add_argument("--orientation", choices=[o.value for o in Orientation],
                        default=Orientation.LANDSCAPE.value)
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--fit", action="store_true",
                      help="scale the map to the sheet (the default)")
    size.add_argument("--scale", type=_scale, metavar="S",
                      help="print the map at this scale: 1.0 (or 100%%) is full size")
    parser.add_argument("--strips", type=int, metavar="N",
                        help="cut a long map into N strips stacked on the sheet (default: as "
                             "many as print it largest when fitted, 1 at a given --scale)")
    parser.add_argument("--tile", type=_tile, metavar="A4|A3",
                        help="cut the poster into office sheets at 100 %%, with an assembly "
                             "plan, marks and a calibration ruler")
    parser.add_argument("--overlap", type=float, default=10.0, metavar="MM",
                        help="how much neighbouring tiles overlap, in mm (default: 10)")
    parser.add_argument("--sections", type=_sections, metavar="LIST",
                        help=f"comma-separated parts to include ({_SECTIONS_HELP}); default: "
                             "all, which is every part but segments (the report on segments, "
                             "contact profiles and the impact of actions); all but some: "
                             "all,-verbatims,-indicators; all and the report: +segments")
    parser.add_argument("--lang", choices=["fr", "en"],
                        help="language of the printed labels (default: the project's)")
    parser.add_argument("--author", default="", help="the author written in the PDF's properties")
    parser.add_argument("--force", action="store_true",
                        help="replace MAP.pdf even if CX Designer did not write it (a project, "
                             "a folder or a device is never replaced)")
    parser.set_defaults(run=run)


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total} pages…", end="" if done < total else "\n", file=sys.stderr)


def refused_destination(output: Path, project_file: Path, force: bool) -> str | None:
    """Why the PDF may not be written to ``output``, or None when it may."""
    problem = destination_problem(output, sources=[project_file])
    if problem is None or (force and problem.overridable):
        return None
    return f"Cannot write '{output}': {problem.sentence()}."


def run(options: argparse.Namespace) -> int:
    """Load the project, export it; 0 on success, 1 when the project or the export fails."""
    output: Path = options.output or options.project.with_suffix(".pdf")
    refusal = refused_destination(output, options.project, options.force)
    if refusal is not None:
        print(refusal, file=sys.stderr)
        return 1
    try:
        project = load_project(options.project)
        export_options = ExportOptions(
            journeys=tuple(options.journey), persona=options.persona, paper=options.paper,
            orientation=Orientation(options.orientation), scale=options.scale,
            strips=options.strips,
            tile=options.tile, overlap_mm=options.overlap,
            sections=options.sections if options.sections is not None else DEFAULT_SECTIONS,
            language=options.lang, author=options.author)
        for problem in photo_problems(project):
            print(f"warning: {problem}", file=sys.stderr)
        result = export_pdf(project, output, export_options, _progress)
    except ProjectFileError as error:
        print(error.message(limit=20), file=sys.stderr)
        return 1
    except (ExportError, FontError) as error:
        print(f"Cannot export '{options.project}': {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"Cannot write '{output}': {error.strerror or error}", file=sys.stderr)
        return 1
    note = ""
    if result.elided:
        where = ("in full in the appendix" if Section.VERBATIMS in export_options.sections
                 else "(add the verbatims section to print them in full)")
        note = f", {len(result.elided)} texts shortened on the map {where}"
    print(f"{output}: {result.page_count} pages{note}")
    return 0
