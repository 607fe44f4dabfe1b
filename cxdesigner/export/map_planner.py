"""Deciding a journey's map pages: one sheet, pages cut at stage boundaries, or a poster.

The map is printed no smaller than the options' smallest text allows, measured on what is
drawn (the map's smallest text times the scale it is printed at). A map that does not fit
one sheet at that size is cut into pages (:mod:`cxdesigner.export.pagination`); a poster
that cannot hold it says how large it must be.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from cxdesigner.drawing.elisions import ElisionLog
from cxdesigner.drawing.fonts import FontSet
from cxdesigner.drawing.map import MapDrawing
from cxdesigner.export.labels import Labels
from cxdesigner.export.legibility import printed, scale_for, smallest_text
from cxdesigner.export.navigation import Overview
from cxdesigner.export.options import (
    ALL_PERSONAS,
    ISO_SIZES,
    MAX_PAGE_MM,
    MM,
    ExportError,
    ExportOptions,
    Orientation,
    PaperSize,
    Section,
)
from cxdesigner.export.pagination import Paginator
from cxdesigner.export.printed_map import PrintedMap
from cxdesigner.export.sheet import (
    Frame,
    SheetPlan,
    frame,
    legend_text,
    nav_text,
    plan_one_sheet,
    plan_poster,
    sheet_unit,
)
from cxdesigner.export.strips import MAX_STRIPS, stacked_size
from cxdesigner.export.tiling import TileGrid, plan_tiles
from cxdesigner.export.title_block import TitleInfo
from cxdesigner.layout import layout_journey
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.model import Journey, JourneyKind, Persona, Project
from cxdesigner.vocabulary import label

_TOLERANCE = 1e-6


def _a(paper: PaperSize) -> str:
    """``an A4``, ``a 1000 x 700 mm`` sheet."""
    return f"an {paper.name}" if paper.name.startswith("A") else f"a {paper.name}"


@dataclass(frozen=True)
class MapJob:
    """One journey's map, planned: its sheets (or its poster and the tile grid)."""

    context: PrintedMap
    drawing: MapDrawing
    info: TitleInfo
    sheets: tuple[SheetPlan, ...]
    grid: TileGrid | None
    index: int
    smallest: float
    """The map's smallest text at scale 1."""
    overview: Overview | None = None
    """The journey's overview, when it is cut into pages."""
    legend_sheet: Frame | None = None
    """A page of its own for the legend, when the cut pages have no room for it."""
    turned: Orientation | None = None
    """The way the sheets were turned, when not as asked, to hold the map's height."""
    one_sheet: str | None = None
    """When cut into pages: the smallest ISO sheet that would hold the map at the smallest
    text, if any (never the sheet it is cut on, as it is turned)."""
    one_sheet_turned: Orientation | None = None
    """The way that sheet must be turned, when not as asked."""
    poster_mm: tuple[float, float] | None = None
    """When cut into pages: the size (mm) of a poster that would hold the map at the smallest
    text, when a sheet can be that large."""

    @property
    def steps(self) -> int:
        """Pages it makes (for progress)."""
        if self.grid is not None:
            return len(self.grid.printed) + 1
        return len(self.sheets) + (self.legend_sheet is not None)

    @property
    def is_poster(self) -> bool:
        """A tiled poster, or a sheet larger than A3."""
        if self.grid is not None:
            return True
        a3 = ISO_SIZES[1]
        return any(sheet.width * sheet.height > a3.area_mm2 * MM * MM * 1.001
                   for sheet in self.sheets)


class MapPlanner:
    """Decides the sheets (or poster) of each journey's map."""

    def __init__(self, fonts: FontSet, project: Project, options: ExportOptions, labels: Labels,
                 elisions: ElisionLog, date: str) -> None:
        self.fonts = fonts
        self.project = project
        self.options = options
        self.labels = labels
        self.elisions = elisions
        self.date = date
        self._count = 0

    def _persona(self, journey: Journey, chosen: Persona | None) -> Persona | None:
        if chosen is not None or self.options.persona == ALL_PERSONAS:
            return chosen
        by_id = {persona.id: persona for persona in self.project.personas}
        return next((by_id[pid] for pid in journey.persona_ids if pid in by_id), None)

    def plan(self, journey: Journey, chosen: Persona | None) -> MapJob:
        """Lay the journey out, measure its text and decide its sheets or poster."""
        persona = self._persona(journey, chosen)
        layout = layout_journey(journey)
        context = PrintedMap(self.project, journey, layout, persona.id if persona else None,
                             self.labels, self.elisions)
        drawing = context.drawing(self.fonts)
        smallest = smallest_text(drawing.draw())
        labels = self.labels
        info = TitleInfo(self.project.title, self.project.client, journey.name,
                         label(journey.kind, labels.language), journey.kind is JourneyKind.TARGET,
                         persona.name if persona else labels["no_persona"], self.date)
        self._count += 1
        job = MapJob(context, drawing, info, (), None, self._count, smallest)
        options = self.options
        if options.tile is not None:
            poster = self._poster(job)
            content = poster.content(layout.height, self.fonts)
            grid = plan_tiles((poster.width, poster.height), options.tile, options.overlap_mm,
                              content)
            return replace(job, sheets=(poster,), grid=grid)
        if options.paper is not None or options.scale is None:
            return self._on_paper(job, options.paper or ISO_SIZES[1])
        return replace(job, sheets=(self._smallest_sheet(job, options.scale),))

    def _lowest(self, job: MapJob) -> float:
        """The smallest scale that prints the map's text at the options' smallest size."""
        return scale_for(self.options.floor, job.smallest)

    def _floor_error(self, job: MapJob, scale: float, how: str, remedy: str) -> ExportError:
        options = self.options
        return ExportError(
            f"{how}, the smallest text of the map of '{job.context.journey.name}' would print "
            f"at {printed(job.smallest * scale)}, below the {options.floor:g} pt allowed: "
            f"{remedy}, or add --allow-small-text to print it anyway.")

    def _check_scale(self, job: MapJob, scale: float) -> None:
        options = self.options
        if scale < self._lowest(job) * (1 - _TOLERANCE) and not options.allow_small_text:
            raise self._floor_error(job, scale, f"at {scale:.0%}",
                                    "choose a larger --scale, lower --min-text")

    def _on_paper(self, job: MapJob, paper: PaperSize) -> MapJob:
        options = self.options
        layout = job.context.layout
        legend = Section.LEGEND in options.sections
        page = paper.oriented(options.orientation)
        scale = options.scale
        lowest = self._lowest(job)
        if scale is not None:
            self._check_scale(job, scale)
        one: SheetPlan | None = None
        if not options.page_per_stage:
            try:
                one = plan_one_sheet(self.fonts, self.labels, layout, page, scale,
                                     options.strips, legend, job.smallest, options.floor)
            except ExportError:
                one = None  # at this scale the map needs more than one sheet
        if one is not None:
            fitted = one.placement.scale
            if scale is not None or fitted >= lowest * (1 - _TOLERANCE) or \
                    (options.one_sheet and options.allow_small_text):
                return replace(job, sheets=(one,))
            if options.one_sheet:
                raise self._floor_error(
                    job, fitted, f"on one {paper.name} sheet",
                    "leave out --fit to cut the map into pages at stage boundaries, choose a "
                    "larger --paper, lower --min-text")
        return self._cut(job, paper, scale)

    def _cut(self, job: MapJob, paper: PaperSize, scale: float | None) -> MapJob:
        """The map cut into pages at stage boundaries, at ``scale`` or the largest readable
        one; the legend on a page of its own, then the sheets turned, when the pages cannot
        hold the map's height otherwise."""
        options = self.options
        asked = options.orientation
        other = Orientation.PORTRAIT if asked is Orientation.LANDSCAPE else \
            Orientation.LANDSCAPE
        legend = Section.LEGEND in options.sections
        turns = [asked] if paper.oriented(asked) == paper.oriented(other) else [asked, other]
        tries = [(turn, with_legend) for turn in turns
                 for with_legend in ((True, False) if legend else (False,))]
        for turn, with_legend in tries:
            sheets = self._pages(job, paper.oriented(turn), scale, with_legend)
            if sheets is not None:
                legend_sheet = None
                if legend and not with_legend:
                    legend_sheet = self._legend_frame(job, paper.oriented(turn),
                                                      sheets[0].placement.scale)
                return self._cut_job(job, paper, sheets, legend_sheet,
                                     None if turn is asked else turn)
        if options.allow_small_text and scale is None:
            sheets = self._pages(job, paper.oriented(asked), None, legend, fit_height=True)
            if sheets is not None:
                return self._cut_job(job, paper, sheets, None, None)
        height = job.context.layout.height * (scale or self._lowest(job))
        what = f"at {scale:.0%}" if scale is not None else f"with its text at " \
            f"{options.floor:g} pt"
        raise ExportError(
            f"{what} the map of '{job.context.journey.name}' is {height / MM:.0f} mm tall and "
            f"{_a(paper)} sheet cannot hold it, even turned: choose a larger --paper, "
            "--tile A4 to print it as a poster, hide some lanes, lower --min-text, or add "
            "--allow-small-text to fit it to the sheet's height.")

    def _pages(self, job: MapJob, page: tuple[float, float], scale: float | None,
               with_legend: bool, fit_height: bool = False) -> tuple[SheetPlan, ...] | None:
        """The map's pages on sheets of ``page``; None when they cannot hold it."""
        options = self.options
        fonts, labels = self.fonts, self.labels
        layout = job.context.layout
        lowest = self._lowest(job)
        nav = nav_text(sheet_unit(*page), options.floor)
        text = legend_text(scale or lowest, job.smallest, options.floor) \
            if with_legend else None
        sheet = frame(fonts, labels, page, text, nav, blueprint=layout.blueprint is not None)

        def paginate(area: Rect) -> Paginator:
            return Paginator(layout, (area.width, area.height), options.page_per_stage,
                             options.strips)

        pager = paginate(sheet.area)
        if scale is not None:
            pagination = pager.at(scale)
        elif fit_height:
            pagination = pager.at(pager.largest_scale())
        else:
            pagination = pager.paginate(lowest)
            if pagination is not None and with_legend:
                # The legend follows the map's printed size, which follows the legend's room.
                text = legend_text(pagination.scale, job.smallest, options.floor)
                larger = frame(fonts, labels, page, text, nav,
                               blueprint=layout.blueprint is not None)
                again = paginate(larger.area).paginate(lowest)
                if again is not None:
                    sheet, pagination = larger, again
        if pagination is None:
            return None
        return tuple(SheetPlan(sheet, pagination.placement(index, sheet.area, layout))
                     for index in range(len(pagination.pages)))

    def _legend_frame(self, job: MapJob, page: tuple[float, float], scale: float) -> Frame:
        """A page holding the title block and the legend under it."""
        text = legend_text(scale, job.smallest, self.options.floor)
        sheet = frame(self.fonts, self.labels, page, text,
                      blueprint=job.context.layout.blueprint is not None)
        return replace(sheet, legend_at=Point(sheet.area.x, sheet.area.y))

    def _cut_job(self, job: MapJob, paper: PaperSize, sheets: tuple[SheetPlan, ...],
                 legend_sheet: Frame | None, turned: Orientation | None) -> MapJob:
        layout = job.context.layout
        first = sheets[0].placement
        ranges = tuple(tuple((strip.start, strip.end) for strip in sheet.placement.strips)
                       for sheet in sheets)
        names = {stage.id: stage.name for stage in job.context.journey.stages}
        overview = Overview.of(layout, names, ranges) if len(sheets) > 1 else None
        lowest = max(self._lowest(job), first.scale if self.options.scale else 0.0)
        one_sheet, one_sheet_turned = self._iso_sheet(job, lowest, paper)
        return replace(job, sheets=sheets, overview=overview, legend_sheet=legend_sheet,
                       turned=turned, one_sheet=one_sheet, one_sheet_turned=one_sheet_turned,
                       poster_mm=self._poster_mm(job, lowest))

    def _holds(self, job: MapJob, page: tuple[float, float], lowest: float) -> bool:
        """Whether one sheet of ``page`` holds the whole map at ``lowest`` or larger."""
        options = self.options
        layout = job.context.layout
        if layout.width * layout.height * lowest * lowest > page[0] * page[1]:
            return False  # more map than paper, whatever its strips
        plan = plan_one_sheet(self.fonts, self.labels, job.context.layout, page, None,
                              options.strips, Section.LEGEND in options.sections, job.smallest,
                              options.floor)
        return plan.placement.scale >= lowest * (1 - _TOLERANCE)

    def _iso_sheet(self, job: MapJob, lowest: float,
                   cut_on: PaperSize) -> tuple[str | None, Orientation | None]:
        """The smallest ISO sheet holding the whole map at ``lowest``, if one does, and the
        way it must be turned when not as asked. The sheet the map is cut on, turned as
        asked, is no answer (it is cut because that sheet cannot hold it, or by request)."""
        asked = self.options.orientation
        other = Orientation.PORTRAIT if asked is Orientation.LANDSCAPE else \
            Orientation.LANDSCAPE
        for paper in ISO_SIZES:
            for turn in (asked, other):
                same = paper.oriented(turn) == cut_on.oriented(asked)
                if not same and self._holds(job, paper.oriented(turn), lowest):
                    return paper.name, None if turn is asked else turn
        return None, None

    def _poster_mm(self, job: MapJob, lowest: float) -> tuple[float, float] | None:
        """A sheet (mm) holding the whole map at ``lowest``, as little elongated as the
        strips the map can be cut into allow; None when no sheet can be that large."""
        best: tuple[float, float] | None = None
        legend = Section.LEGEND in self.options.sections
        layout = job.context.layout
        if layout.width * layout.height * lowest * lowest > (MAX_PAGE_MM * MM) ** 2:
            return None
        for strips in range(1, MAX_STRIPS + 1):
            plan = plan_poster(self.fonts, self.labels, job.context.layout, lowest,
                               strips, legend, job.smallest, self.options.floor)
            size = (plan.width / MM, plan.height / MM)
            if best is None or max(size) / min(size) < max(best) / min(best):
                best = size
        assert best is not None
        width, height = best
        for _ in range(60):  # a sheet's title block and margins grow with it: try larger
            if max(width, height) > MAX_PAGE_MM:
                return None
            size = (math.ceil(width), math.ceil(height))
            if self._holds(job, (size[0] * MM, size[1] * MM), lowest):
                return float(size[0]), float(size[1])
            width, height = width * 1.03, height * 1.03
        return None

    def _poster(self, job: MapJob) -> SheetPlan:
        """The poster to tile: at the options' scale, fitted to their paper, or at 100 %
        (larger when the smallest text asks for it)."""
        options = self.options
        fonts, labels = self.fonts, self.labels
        layout = job.context.layout
        legend = Section.LEGEND in options.sections
        lowest = self._lowest(job)
        if options.scale is not None:
            self._check_scale(job, options.scale)
            return plan_poster(fonts, labels, layout, options.scale, options.strips, legend,
                               job.smallest, options.floor)
        if options.paper is None:
            return plan_poster(fonts, labels, layout, max(1.0, lowest), options.strips, legend,
                               job.smallest, options.floor)
        paper = options.paper
        plan = plan_one_sheet(fonts, labels, layout, paper.oriented(options.orientation), None,
                              options.strips, legend, job.smallest, options.floor)
        if plan.placement.scale < lowest * (1 - _TOLERANCE) and not options.allow_small_text:
            size = self._poster_mm(job, lowest)
            need = "leave out --paper to tile a poster as large as the map needs"
            if size is not None:
                need = (f"the poster must be at least {size[0]:.0f} \u00d7 {size[1]:.0f} mm: "
                        f"use --paper {size[0]:.0f}x{size[1]:.0f}, or {need}")
            raise self._floor_error(job, plan.placement.scale, f"on {_a(paper)} poster",
                                    f"{need}, lower --min-text")
        return plan

    def _smallest_sheet(self, job: MapJob, scale: float) -> SheetPlan:
        self._check_scale(job, scale)
        options = self.options
        for paper in ISO_SIZES:
            try:
                return plan_one_sheet(self.fonts, self.labels, job.context.layout,
                                      paper.oriented(options.orientation), scale, options.strips,
                                      Section.LEGEND in options.sections, job.smallest,
                                      options.floor)
            except ExportError:
                continue
        width, height = stacked_size(job.context.layout, options.strips or 1)
        raise ExportError(
            f"at {scale:.0%} the map of '{job.context.journey.name}' ({width * scale / MM:.0f} "
            f"\u00d7 {height * scale / MM:.0f} mm) does not fit on A0: give a --paper to cut "
            "it into pages, a smaller --scale, a custom --paper WIDTHxHEIGHT, or --tile A4 to "
            "print it as a poster.")
