"""Drawing a journey's map pages: its sheets, or its poster cut into tiles after an
assembly plan (what they are is decided by :mod:`cxdesigner.export.map_planner`)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from cxdesigner.drawing.elisions import ElisionLog
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.export.assembly import MARGIN as PLAN_MARGIN
from cxdesigner.export.assembly import draw_assembly_plan, overview_size
from cxdesigner.export.ink import Ink
from cxdesigner.export.labels import Labels, project_and_journey
from cxdesigner.export.legibility import TextMeasure
from cxdesigner.export.map_planner import MapJob, MapPlanner
from cxdesigner.export.miniature import draw_miniature
from cxdesigner.export.navigation import Overview, navigation
from cxdesigner.export.options import MIN_LINE, ExportOptions, Orientation
from cxdesigner.export.pages import Pages
from cxdesigner.export.sheet import draw_sheet, nav_text
from cxdesigner.export.tiling import TileGrid, draw_tile, sheet_code
from cxdesigner.export.title_block import draw_title_block
from cxdesigner.layout.geometry import Rect
from cxdesigner.model import Journey, Persona, Project


@dataclass(frozen=True)
class JourneyPrint:
    """How one journey's map was printed.

    Attributes:
        journey_id, name: the journey.
        pages: its map pages (a tiled poster: its printed sheets and the assembly plan).
        scale: the scale of its map (1.0 = 100 %).
        smallest_text: its smallest text as printed, in points.
        smallest_furniture: the smallest text around its map (title block, navigation band,
            legend, footer) as printed, in points.
        cut: the map was cut into pages (at stage boundaries).
        turned: the way the sheets were turned, when not as the options asked, to hold the
            map's height.
        legend_apart: the legend is on a page of its own (the cut pages had no room for it).
        one_sheet: when cut, the smallest ISO sheet (``A1``) that would hold the whole map
            with its text at the smallest size allowed, if one does.
        one_sheet_turned: the way that sheet must be turned, when not as the options ask.
        poster_mm: when cut, the size of a poster (mm) that would hold the whole map with
            its text at the smallest size allowed (to print it tiled instead), when a sheet
            can be that large.
    """

    journey_id: str
    name: str
    pages: int
    scale: float
    smallest_text: float
    cut: bool = False
    turned: Orientation | None = None
    legend_apart: bool = False
    one_sheet: str | None = None
    poster_mm: tuple[float, float] | None = None
    smallest_furniture: float = math.inf
    one_sheet_turned: Orientation | None = None


class JourneyMaps:
    """Plans and draws the map pages of each journey."""

    def __init__(self, pages: Pages, project: Project, options: ExportOptions, labels: Labels,
                 elisions: ElisionLog, date: str) -> None:
        self.pages = pages
        self.project = project
        self.options = options
        self.labels = labels
        self.elisions = elisions
        self.printed: list[JourneyPrint] = []
        self._planner = MapPlanner(pages.fonts, project, options, labels, elisions, date)

    def plan(self, journey: Journey, chosen: Persona | None) -> MapJob:
        """Lay the journey out, measure its text and decide its sheets or poster."""
        return self._planner.plan(journey, chosen)

    def draw(self, job: MapJob, step: Callable[[], None]) -> None:
        """Draw the job's pages, calling ``step`` after each."""
        if job.grid is None:
            self._draw_sheets(job, step)
        else:
            self._draw_tiles(job, job.grid, step)

    def _draw_sheets(self, job: MapJob, step: Callable[[], None]) -> None:
        pages = self.pages
        journey = job.context.journey
        first = pages.number
        count = len(job.sheets)
        smallest = furniture = math.inf
        for index, sheet in enumerate(job.sheets):
            ink = pages.begin((sheet.width, sheet.height), crop_marks=True)
            band = None
            overview = job.overview
            if overview is not None:
                text = nav_text(sheet.frame.unit, self.options.floor)

                def band(ink: Ink, rect: Rect, at: int = index,
                         shown: Overview = overview, size: float = text) -> None:
                    ink.paint(navigation(ink.fonts, rect, size, self.labels, shown, at, first))

            on_page, around = draw_sheet(ink, sheet, job.context, job.drawing, job.info,
                                         pages.footer, band)
            smallest, furniture = min(smallest, on_page), min(furniture, around)
            pages.finish("map", journey.id, placement=sheet.placement, smallest_text=on_page,
                         header=sheet.frame.header, part=(index + 1, count))
            step()
        if job.legend_sheet is not None:
            sheet_frame = job.legend_sheet
            ink = pages.begin((sheet_frame.width, sheet_frame.height), crop_marks=True)
            u = sheet_frame.unit
            with ink.canvas.texts.measuring() as legend_page:
                draw_title_block(ink, sheet_frame.header, job.info, self.labels, u,
                                 self.elisions)
                if sheet_frame.legend is not None:
                    pad = Sketch(ink.fonts)
                    sheet_frame.legend.draw(pad, sheet_frame.legend_at.x,
                                            sheet_frame.legend_at.y)
                    ink.paint(pad.take())
                pages.footer(ink, sheet_frame.footer, u)
            furniture = min(furniture, legend_page.smallest)
            pages.finish("legend", journey.id)
            step()
        self._record(job, count, smallest, furniture)

    def _draw_tiles(self, job: MapJob, grid: TileGrid, step: Callable[[], None]) -> None:
        pages = self.pages
        journey = job.context.journey
        poster = job.sheets[0]
        canvas = pages.canvas
        form = f"cx-poster-{job.index}"
        canvas.beginForm(form, 0, 0, poster.width, poster.height)
        smallest, furniture = draw_sheet(Ink(canvas, poster.height, pages.fonts, MIN_LINE),
                                         poster, job.context, job.drawing, job.info,
                                         lambda ink, rect, unit: pages.footer(ink, rect, unit,
                                                                              numbered=False))
        canvas.endForm()

        title = project_and_journey(self.project.title, journey.name)
        size = overview_size(grid)
        ink = pages.begin(size)
        layout = job.context.layout

        def miniature(pad: Sketch, at: Rect, factor: float) -> None:
            draw_miniature(pad, at, factor, poster, layout)

        # The assembly plan and the sheets' margins are printed text too: the summary's
        # smallest text around the map counts them.
        around = TextMeasure()
        with canvas.texts.measuring(around):
            draw_assembly_plan(ink, grid, miniature, self.labels, title,
                               poster.placement.scale)
            pages.footer(ink, Rect(PLAN_MARGIN, size[1] - PLAN_MARGIN + 2,
                                   size[0] - 2 * PLAN_MARGIN, 10), 1.0)
        skipped = tuple(sheet_code(row, column) for row, column in sorted(grid.skipped))
        pages.finish("assembly", journey.id, placement=poster.placement, smallest_text=smallest,
                     header=poster.frame.header, poster=(poster.width, poster.height),
                     grid=(grid.rows, grid.columns), skipped=skipped)
        step()
        for row, column in grid.printed:
            ink = pages.begin(grid.sheet)
            with canvas.texts.measuring(around):
                draw_tile(canvas, ink, grid, row, column, form, self.labels, title)
            pages.finish("tile", journey.id, sheet=sheet_code(row, column),
                         smallest_text=smallest)
            step()
        self._record(job, len(grid.printed) + 1, smallest, min(furniture, around.smallest))

    def _record(self, job: MapJob, pages: int, smallest: float, furniture: float) -> None:
        journey = job.context.journey
        self.printed.append(JourneyPrint(
            journey.id, journey.name, pages, job.sheets[0].placement.scale, smallest,
            len(job.sheets) > 1 or job.overview is not None, job.turned,
            job.legend_sheet is not None, job.one_sheet, job.poster_mm, furniture,
            job.one_sheet_turned))

