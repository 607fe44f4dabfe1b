"""The whole PDF: map sheets or tiled posters, then the sections, deterministic to the byte."""

from __future__ import annotations

import datetime as dt
import io
import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from cxdesigner import __version__
from cxdesigner.collector import collection_paused
from cxdesigner.drawing.elisions import Elided, ElisionLog
from cxdesigner.drawing.fonts import FontSet, load_fonts, register_family
from cxdesigner.drawing.legend import plan_legend
from cxdesigner.drawing.links import with_pages
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.export.action_plan import draw_action_plan
from cxdesigner.export.appendix import draw_appendix, draw_elided
from cxdesigner.export.backstage_section import draw_backstage
from cxdesigner.export.benchmark_section import benchmark_title, draw_benchmarks
from cxdesigner.export.colour_space import PressColours, ScreenColours
from cxdesigner.export.comparison_section import draw_comparisons, section_title
from cxdesigner.export.flow import SectionFlow
from cxdesigner.export.indicators_table import draw_indicators
from cxdesigner.export.labels import Labels, same_name
from cxdesigner.export.map_pages import JourneyMaps, JourneyPrint
from cxdesigner.export.map_planner import MapJob
from cxdesigner.export.missing_glyphs import MissingGlyphs, find_missing_glyphs
from cxdesigner.export.options import (
    ALL_PERSONAS,
    ISO_SIZES,
    REPORT_SECTIONS,
    ExportError,
    ExportOptions,
    PaperSize,
    ReportPlace,
    Section,
)
from cxdesigner.export.pages import PageInfo, Pages
from cxdesigner.export.pdf_canvas import PdfCanvas
from cxdesigner.export.pdfx import make_pdfx
from cxdesigner.export.persona_cards import draw_persona_cards
from cxdesigner.export.printed_pictures import CoarsePicture, coarse_pictures
from cxdesigner.export.segments_section import draw_segments, segments_title
from cxdesigner.io.atomic import atomic_write_bytes
from cxdesigner.model import Journey, Persona, Project

Progress = Callable[[int, int], None]
_SECTION_ORDER = (Section.PERSONAS, Section.COMPARISON, Section.BACKSTAGE, Section.ACTIONS,
                  Section.INDICATORS, Section.BENCHMARK, Section.SEGMENTS, Section.VERBATIMS)


@dataclass(frozen=True)
class ExportResult:
    """What was written: every page, the texts the map had to shorten, how each journey's
    map was printed, the sections asked for that were left to the report, the texts
    with characters that no bundled font has (printed as "missing glyph" boxes), and the
    pictures that print too coarse."""

    pages: tuple[PageInfo, ...]
    elided: tuple[Elided, ...]
    journeys: tuple[JourneyPrint, ...] = ()
    left_out: frozenset[Section] = frozenset()
    missing_glyphs: tuple[MissingGlyphs, ...] = ()
    coarse_pictures: tuple[CoarsePicture, ...] = ()
    """The pictures printed below 150 ppi, or not printed (they cannot be read)."""

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def smallest_text(self) -> float | None:
        """The smallest text of the maps themselves as printed, in points (None without a
        map)."""
        sizes = [journey.smallest_text for journey in self.journeys
                 if not math.isinf(journey.smallest_text)]
        return min(sizes, default=None)

    @property
    def smallest_furniture_text(self) -> float | None:
        """The smallest text around the maps (title blocks, legends, navigation bands,
        footers) as printed, in points (None without a map)."""
        sizes = [journey.smallest_furniture for journey in self.journeys
                 if not math.isinf(journey.smallest_furniture)]
        return min(sizes, default=None)


def select_journeys(project: Project, wanted: Sequence[str]) -> list[Journey]:
    """The journeys named (by name or id) in ``wanted``, in that order; all when empty."""
    if not wanted:
        return list(project.journeys)
    chosen: list[Journey] = []
    for key in wanted:
        match = next((j for j in project.journeys if j.id == key or same_name(j.name, key)),
                     None)
        if match is None:
            names = ", ".join(f"'{j.name}'" for j in project.journeys) or "none"
            raise ExportError(f"there is no journey '{key}' in this project (journeys: {names}).")
        if match not in chosen:
            chosen.append(match)
    return chosen


def select_persona(project: Project, wanted: str | None) -> Persona | None:
    """The persona named (by name or id) ``wanted``; None when nothing is asked (or all)."""
    if wanted is None or wanted == ALL_PERSONAS:
        return None
    for persona in project.personas:
        if persona.id == wanted or same_name(persona.name, wanted):
            return persona
    names = ", ".join(f"'{p.name}'" for p in project.personas) or "none"
    raise ExportError(f"there is no persona '{wanted}' in this project (personas: {names}).")


def section_size(options: ExportOptions, poster: bool = False) -> tuple[float, float]:
    """The sheet of the table and card pages: the map's sheet up to A3, else (and beside a
    ``poster``) A4."""
    paper = options.paper or ISO_SIZES[1]
    base: PaperSize = ISO_SIZES[0]
    if not poster and options.tile is None and paper.area_mm2 <= ISO_SIZES[1].area_mm2 * 1.001:
        base = paper
    return base.oriented(options.orientation)


def _pdf_date(project: Project) -> Callable[[int, int, int, int, int, int], str] | None:
    day = project.modified or project.created
    if day is None:
        return None  # reportlab's invariant date (2000-01-01) keeps the output stable

    def formatter(_y: int, _mo: int, _d: int, _h: int, _mi: int, _s: int) -> str:
        return f"D:{day.year:04d}{day.month:02d}{day.day:02d}000000+00'00'"

    return formatter


def _canvas(buffer: io.BytesIO, fonts: FontSet, labels: Labels, project: Project,
            journeys: Sequence[Journey], options: ExportOptions) -> PdfCanvas:
    # The embedded font as the initial one: otherwise reportlab references Helvetica.
    canvas = PdfCanvas(buffer, pagesize=ISO_SIZES[0].oriented(options.orientation),
                       invariant=1, pageCompression=1, initialFontName=fonts.regular,
                       initialFontSize=10, lang="fr-FR" if labels.language == "fr" else "en-GB",
                       colours=PressColours() if options.press else ScreenColours())
    names = " · ".join(j.name for j in journeys if not same_name(j.name, project.title))
    canvas.setTitle(f"{project.title} — {names}" if names else project.title)
    canvas.setAuthor(options.author or labels["app"])
    subject = labels["map_subject"]
    canvas.setSubject(f"{subject} · {project.client}" if project.client else subject)
    canvas.setKeywords(", ".join([project.client, *(j.name for j in journeys)]).strip(", "))
    canvas.setCreator(f"{labels['app']} {__version__}")
    canvas.setProducer(f"{labels['app']} {__version__}")
    formatter = _pdf_date(project)
    if formatter is not None:
        canvas.setDateFormatter(formatter)
    return canvas


def _date_label(project: Project, labels: Labels) -> str:
    day: dt.date | None = project.modified or project.created
    return labels.date(day) if day is not None else "—"


def render_pdf(project: Project, options: ExportOptions | None = None,
               progress: Progress | None = None) -> tuple[bytes, ExportResult]:
    """The PDF of ``project`` as bytes (the same project and options give the same bytes)."""
    with collection_paused():
        return _render_pdf(project, options or ExportOptions(), progress)


def _render_pdf(project: Project, options: ExportOptions,
                progress: Progress | None) -> tuple[bytes, ExportResult]:
    fonts = load_fonts()
    register_family(fonts)
    labels = Labels(options.language or project.language)
    journeys = select_journeys(project, options.journeys)
    persona = select_persona(project, options.persona)
    sections = options.sections
    if Section.MAP in sections and not journeys:
        raise ExportError("this project has no journey to print: add one, or export only "
                          "sections other than the map.")

    buffer = io.BytesIO()
    canvas = _canvas(buffer, fonts, labels, project, journeys, options)
    pages = Pages(canvas, fonts, labels, project.title)
    elisions = ElisionLog()
    maps = JourneyMaps(pages, project, options, labels, elisions, _date_label(project, labels))
    jobs: list[MapJob] = []
    if Section.MAP in sections:
        jobs = [maps.plan(journey, persona) for journey in journeys]
    poster = any(job.is_poster for job in jobs)
    report_here = options.report is ReportPlace.WITH_MAP or \
        (options.report is ReportPlace.AUTO and not poster)
    asked = [section for section in _SECTION_ORDER if section in sections]
    extra = asked if report_here else []
    legend_alone = Section.LEGEND in sections and Section.MAP not in sections
    total = sum(job.steps for job in jobs) + len(extra) + int(legend_alone)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    _number_links(jobs, pages.number)
    for job in jobs:
        maps.draw(job, step)
    size = section_size(options, poster)
    if legend_alone:
        flow = SectionFlow(pages, size, "legend", labels["legend"])
        legend = Sketch(flow.ink.fonts)
        plan = plan_legend(legend, labels, flow.content.width, 1.2,
                           any(journey.show_blueprint for journey in journeys))
        plan.draw(legend, flow.content.x, flow.y)
        flow.ink.paint(legend.take())
        flow.close()
        step()
    for section in extra:
        _draw_section(section, pages, size, project, journeys, labels, elisions)
        step()
    if Section.VERBATIMS in asked and not report_here and len(elisions) and pages.infos:
        # The report made apart has no map, hence no shortened text: the poster's file
        # carries them in full, on a sheet of its own size (the A4 layout enlarged).
        flow = SectionFlow(pages, pages.infos[-1].size, "elided", labels["elided"])
        draw_elided(flow, labels, elisions)
        flow.close()
    pages.close()
    canvas.save()
    left_out = frozenset() if report_here else frozenset(asked)
    # Where the characters printed as boxes are: looked for only when there are some.
    missing = find_missing_glyphs(project, journeys, fonts.regular) \
        if canvas.missing_glyphs else ()
    data = make_pdfx(buffer.getvalue()) if options.press else buffer.getvalue()
    return data, ExportResult(tuple(pages.infos), tuple(elisions.items),
                              tuple(maps.printed), left_out, missing,
                              coarse_pictures(canvas.pictures, list(journeys)))


def _number_links(jobs: Sequence[MapJob], first: int) -> None:
    """Give the steps detailed by a journey printed here the page its map starts on."""
    starts: dict[str, int] = {}
    page = first
    for job in jobs:
        starts[job.context.journey.id] = page
        page += job.steps
    for job in jobs:
        marks = job.drawing.context.details
        if any(journey_id in starts for journey_id in marks):
            job.drawing.set_details(with_pages(marks, starts))


def report_options(options: ExportOptions) -> ExportOptions:
    """The options of the report made apart from a map: its sections on A4 sheets.

    Raises:
        ExportError: the options ask for no section of the report.
    """
    sections = options.sections & REPORT_SECTIONS
    if not sections:
        raise ExportError("there is nothing to put in the report: it holds the persona "
                          "cards, the action plan, the indicators, the sector barometer, the "
                          "segments, the comparisons and the verbatims; add one to --sections.")
    return replace(options, sections=sections, paper=ISO_SIZES[0], tile=None, scale=None,
                   report=ReportPlace.WITH_MAP)


def render_report(project: Project, options: ExportOptions | None = None,
                  progress: Progress | None = None) -> tuple[bytes, ExportResult]:
    """The report sections asked by ``options`` as a PDF of their own, on A4 sheets."""
    return render_pdf(project, report_options(options or ExportOptions()), progress)


def _draw_section(section: Section, pages: Pages, size: tuple[float, float], project: Project,
                  journeys: Sequence[Journey], labels: Labels, elisions: ElisionLog) -> None:
    if section is Section.PERSONAS:
        chosen_ids = [pid for journey in journeys for pid in journey.persona_ids]
        personas = [p for p in project.personas if p.id in chosen_ids] or list(project.personas)
        flow = SectionFlow(pages, size, section.value, labels["personas"])
        draw_persona_cards(flow, personas, project, labels, elisions)
    elif section is Section.COMPARISON:
        flow = SectionFlow(pages, size, section.value, section_title(labels))
        draw_comparisons(flow, project, journeys, labels)
    elif section is Section.ACTIONS:
        flow = SectionFlow(pages, size, section.value, labels["actions"])
        draw_action_plan(flow, project, journeys, labels, elisions)
    elif section is Section.INDICATORS:
        flow = SectionFlow(pages, size, section.value, labels["indicators"])
        draw_indicators(flow, project, journeys, labels)
    elif section is Section.SEGMENTS:
        flow = SectionFlow(pages, size, section.value, segments_title(labels))
        draw_segments(flow, project, labels)
    elif section is Section.BENCHMARK:
        flow = SectionFlow(pages, size, section.value, benchmark_title(labels))
        draw_benchmarks(flow, project, journeys, labels)
    elif section is Section.BACKSTAGE:
        flow = SectionFlow(pages, size, section.value, labels["backstage"])
        draw_backstage(flow, project, journeys, labels, elisions)
    else:
        flow = SectionFlow(pages, size, section.value, labels["verbatims"])
        draw_appendix(flow, project, journeys, labels, elisions)
    flow.close()


def export_pdf(project: Project, path: str | os.PathLike[str],
               options: ExportOptions | None = None,
               progress: Progress | None = None) -> ExportResult:
    """Write the PDF of ``project`` to ``path``, replacing it only once complete.

    Raises:
        ExportError: the options cannot be met (unknown journey, map too large…).
        OSError: the file cannot be written; an existing file is then left untouched.
    """
    data, result = render_pdf(project, options, progress)
    # Like a project file: readable by colleagues as the umask says (not 0600), and a
    # replaced PDF keeps its permissions.
    atomic_write_bytes(Path(path), data)
    return result


def export_report(project: Project, path: str | os.PathLike[str],
                  options: ExportOptions | None = None,
                  progress: Progress | None = None) -> ExportResult:
    """Write the report sections of ``options`` to ``path``, on A4 sheets (see
    :func:`export_pdf` for the errors)."""
    data, result = render_report(project, options, progress)
    atomic_write_bytes(Path(path), data)
    return result

