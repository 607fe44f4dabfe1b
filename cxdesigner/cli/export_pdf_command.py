"""``cxdesigner export-pdf PROJECT.cxd -o MAP.pdf``: a print-ready PDF without opening a window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cxdesigner.cli.export_output import refused_destination
from cxdesigner.cli.link_warning import warn_of_link_cycle
from cxdesigner.drawing.fonts import FontError
from cxdesigner.export import (
    DEFAULT_MIN_TEXT,
    DEFAULT_SECTIONS,
    WALL_MIN_TEXT,
    ExportError,
    ExportOptions,
    ExportResult,
    JourneyPrint,
    Orientation,
    PaperSize,
    ReportPlace,
    Section,
    export_pdf,
    export_report,
    is_wall_paper,
)
from cxdesigner.export.legibility import printed
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


def _points(text: str) -> float:
    try:
        return float(text.lower().removesuffix("pt").strip().replace(",", "."))
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size in points (e.g. 6 or 7.5)") \
            from error


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
                      help="the whole map on one sheet, as large as it fits; refused when its "
                           "text would print smaller than --min-text (by default a map too "
                           "long for the sheet is cut into pages at stage boundaries)")
    size.add_argument("--scale", type=_scale, metavar="S",
                      help="print the map at this scale: 1.0 (or 100%%) is full size; on a "
                           "--paper too small for it, cut into pages")
    parser.add_argument("--min-text", type=_points, metavar="PT",
                        help="the smallest text of the map, in printed points (default: "
                             f"{DEFAULT_MIN_TEXT:g} on a sheet read on a table, "
                             f"{WALL_MIN_TEXT:g} on a wall paper, A1 and larger, sheet or "
                             "tiled poster); a map that would print smaller is cut into pages")
    parser.add_argument("--allow-small-text", action="store_true",
                        help="with --fit, --scale or a tiled --paper: print even if the text "
                             "comes out smaller than --min-text")
    parser.add_argument("--page-per-stage", action="store_true",
                        help="one page per stage (a stage too wide for one over several)")
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
    parser.add_argument("--report", type=Path, metavar="REPORT.pdf",
                        help="write the report (persona cards, action plan, indicators, "
                             "verbatim appendix…) to this second file, on A4 sheets, and only "
                             "the map and its legend to the first (a poster's file never "
                             "holds the report unless --sections names it)")
    parser.add_argument("--lang", choices=["fr", "en"],
                        help="language of the printed labels (default: the project's)")
    parser.add_argument("--author", default="", help="the author written in the PDF's properties")
    parser.add_argument("--press", action="store_true",
                        help="for a print shop: CMYK (ISO Coated v2, FOGRA39), text in black "
                             "ink, 3 mm bleed, crop marks, PDF/X-4")
    parser.add_argument("--force", action="store_true",
                        help="replace MAP.pdf even if CX Designer did not write it (a project, "
                             "a folder or a device is never replaced)")
    parser.set_defaults(run=run)


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total} pages…", end="" if done < total else "\n", file=sys.stderr)


def run(options: argparse.Namespace) -> int:
    """Load the project, export it; 0 on success, 1 when the project or the export fails."""
    output: Path = options.output or options.project.with_suffix(".pdf")
    report_path: Path | None = options.report
    for destination in (output, report_path):
        refusal = None if destination is None else refused_destination(
            destination, options.project, options.force)
        if refusal is not None:
            print(refusal, file=sys.stderr)
            return 1
    if report_path is not None:
        place = ReportPlace.APART
    elif options.sections is not None:
        place = ReportPlace.WITH_MAP  # sections named: where they were asked for
    else:
        place = ReportPlace.AUTO
    target = output
    try:
        project = load_project(options.project)
        export_options = ExportOptions(
            journeys=tuple(options.journey), persona=options.persona, paper=options.paper,
            orientation=Orientation(options.orientation), scale=options.scale,
            one_sheet=options.fit, min_text=options.min_text,
            allow_small_text=options.allow_small_text, page_per_stage=options.page_per_stage,
            strips=options.strips, tile=options.tile, overlap_mm=options.overlap,
            sections=options.sections if options.sections is not None else DEFAULT_SECTIONS,
            report=place, language=options.lang, author=options.author,
            press=options.press)
        if is_wall_paper(export_options.paper) and export_options.floor < WALL_MIN_TEXT:
            print(f"warning: a smallest text of {export_options.floor:g} pt is below the "
                  f"{WALL_MIN_TEXT:g} pt a wall poster is read at from a metre or two; leave "
                  "out --min-text to print at wall-reading size", file=sys.stderr)
        for problem in photo_problems(project):
            print(f"warning: {problem}", file=sys.stderr)
        warn_of_link_cycle(project)
        result = export_pdf(project, output, export_options, _progress)
        report: ExportResult | None = None
        if report_path is not None:
            target = report_path
            report = export_report(project, report_path, export_options, _progress)
    except ProjectFileError as error:
        print(error.message(limit=20), file=sys.stderr)
        return 1
    except (ExportError, FontError) as error:
        print(f"Cannot export '{options.project}': {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"Cannot write '{target}': {error.strerror or error}", file=sys.stderr)
        return 1
    if result.missing_glyphs:
        print(f"warning: {len(result.missing_glyphs)} text(s) hold characters that no bundled "
              "font can print; they show as empty boxes in the PDF:", file=sys.stderr)
        for missing in result.missing_glyphs:
            print(f"  {missing.describe()}", file=sys.stderr)
    for coarse in result.coarse_pictures:
        print(f"warning: {coarse.describe()}", file=sys.stderr)
    for line in summary(output, result, export_options):
        print(line)
    if report is not None and report_path is not None:
        print(f"{report_path}: {_pages(report.page_count)}, the report on A4 sheets")
    return 0


def _pages(count: int) -> str:
    return f"{count} page" if count == 1 else f"{count} pages"


_REPORT_NAMES = {Section.PERSONAS: "persona cards", Section.COMPARISON: "current and target",
                 Section.ACTIONS: "action plan", Section.INDICATORS: "indicators",
                 Section.SEGMENTS: "segments", Section.VERBATIMS: "verbatim appendix"}


def summary(output: Path, result: ExportResult, options: ExportOptions) -> list[str]:
    """What was written, in a few lines: pages and smallest text, then how each journey's map
    was printed, what was left out and what was shortened."""
    head = f"{output}: {_pages(result.page_count)}"
    smallest = result.smallest_text
    if smallest is not None:
        head += f", smallest text {printed(smallest)} on the map"
        if smallest < options.floor - 0.05:
            head += f" (below the {options.floor:g} pt floor, as --allow-small-text allows)"
        around = result.smallest_furniture_text
        if around is not None:
            head += f", {printed(around)} in the title block and legend"
    lines = [head]
    lines += [f"  {_journey(journey)}" for journey in result.journeys
              if journey.cut or journey.turned or journey.legend_apart]
    if result.left_out and options.report is ReportPlace.AUTO:
        names = ", ".join(_REPORT_NAMES.get(section, section.value)
                          for section in sorted(result.left_out))
        lines.append(f"  The report ({names}) is not in a poster's file: --report FILE writes "
                     "it on A4 sheets, --sections all adds it to this file.")
    if result.elided:
        if Section.VERBATIMS not in options.sections:
            where = "add the verbatim appendix (--sections ...,verbatims) to print them whole"
        elif Section.VERBATIMS in result.left_out:
            where = "in full on the poster's last page"
        else:
            where = "in full in the appendix"
        lines.append(f"  {len(result.elided)} texts shortened on the map; {where}.")
    return lines


def _journey(journey: JourneyPrint) -> str:
    clauses: list[str] = []
    if journey.cut:
        clauses.append(f"cut into {_pages(journey.pages)} at stage boundaries, at "
                       f"{journey.scale:.0%}")
    if journey.turned is not None:
        clauses.append(f"on {journey.turned.value} sheets to hold the map's height")
    if journey.legend_apart:
        clauses.append("the legend on a page of its own")
    turned = journey.one_sheet_turned
    if journey.one_sheet is not None and turned is not None:
        clauses.append(f"one {journey.one_sheet} sheet in {turned.value} holds it whole "
                       f"(--paper {journey.one_sheet} --orientation {turned.value})")
    elif journey.one_sheet is not None:
        clauses.append(f"one {journey.one_sheet} sheet holds it whole (--paper "
                       f"{journey.one_sheet})")
    if journey.poster_mm is not None:
        width, height = journey.poster_mm
        clauses.append(f"so does a {width:.0f} \u00d7 {height:.0f} mm poster tiled on A4 "
                       f"sheets (--paper {width:.0f}x{height:.0f} --tile A4)")
    return f"'{journey.name}': " + "; ".join(clauses) + "."
