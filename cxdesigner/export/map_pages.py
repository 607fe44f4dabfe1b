"""A journey's map pages: one sheet, or a poster cut into tiles after its assembly plan."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cxdesigner.drawing.elisions import ElisionLog
from cxdesigner.export.assembly import MARGIN as PLAN_MARGIN
from cxdesigner.export.assembly import draw_assembly_plan, overview_size
from cxdesigner.export.ink import Ink
from cxdesigner.export.labels import Labels
from cxdesigner.export.options import ISO_SIZES, MM, ExportError, ExportOptions, Section
from cxdesigner.export.pages import Pages
from cxdesigner.export.printed_map import PrintedMap
from cxdesigner.export.sheet import SheetPlan, draw_sheet, plan_fixed_sheet, plan_poster
from cxdesigner.export.strips import stacked_size
from cxdesigner.export.tiling import TileGrid, draw_tile, plan_tiles, sheet_code
from cxdesigner.export.title_block import TitleInfo
from cxdesigner.layout import layout_journey
from cxdesigner.layout.geometry import Rect
from cxdesigner.layout.map_layout import MapLayout
from cxdesigner.model import FORMAT_VERSION, Journey, JourneyKind, Persona, Project
from cxdesigner.vocabulary import label


@dataclass(frozen=True)
class MapJob:
    """One journey's map, planned: its sheet (or poster) and, when tiled, the grid."""

    context: PrintedMap
    info: TitleInfo
    plan: SheetPlan
    grid: TileGrid | None
    index: int

    @property
    def steps(self) -> int:
        """Pages it makes (for progress)."""
        return 1 if self.grid is None else self.grid.count + 1


class JourneyMaps:
    """Plans and draws the map pages of each journey."""

    def __init__(self, pages: Pages, project: Project, options: ExportOptions, labels: Labels,
                 elisions: ElisionLog, date: str) -> None:
        self.pages = pages
        self.project = project
        self.options = options
        self.labels = labels
        self.elisions = elisions
        self.date = date
        self._count = 0

    def _persona(self, journey: Journey, chosen: Persona | None) -> Persona | None:
        if chosen is not None:
            return chosen
        by_id = {persona.id: persona for persona in self.project.personas}
        return next((by_id[pid] for pid in journey.persona_ids if pid in by_id), None)

    def plan(self, journey: Journey, chosen: Persona | None) -> MapJob:
        """Lay the journey out and decide its sheet, poster and tiles."""
        persona = self._persona(journey, chosen)
        layout = layout_journey(journey)
        context = PrintedMap(self.project, journey, layout, persona.id if persona else None,
                             self.labels, self.elisions)
        labels = self.labels
        info = TitleInfo(self.project.title, self.project.client, journey.name,
                         label(journey.kind, labels.language), journey.kind is JourneyKind.TARGET,
                         persona.name if persona else labels["no_persona"], self.date,
                         str(FORMAT_VERSION))
        options = self.options
        ink = Ink(self.pages.canvas, 0.0, self.pages.fonts)
        legend = Section.LEGEND in options.sections
        strips = options.strips
        grid: TileGrid | None = None
        if options.tile is not None:
            if options.scale is not None:
                plan = plan_poster(ink, labels, layout, options.scale, strips, legend)
            elif options.paper is not None:
                plan = plan_fixed_sheet(ink, labels, layout,
                                        options.paper.oriented(options.orientation), None,
                                        strips, legend)
            else:
                plan = plan_poster(ink, labels, layout, 1.0, strips, legend)
            grid = plan_tiles((plan.width, plan.height), options.tile, options.overlap_mm)
        elif options.paper is not None or options.scale is None:
            paper = options.paper or ISO_SIZES[1]
            plan = plan_fixed_sheet(ink, labels, layout, paper.oriented(options.orientation),
                                    options.scale, strips, legend)
        else:
            plan = self._smallest_sheet(ink, layout, journey, options.scale, legend)
        self._count += 1
        return MapJob(context, info, plan, grid, self._count)

    def _smallest_sheet(self, ink: Ink, layout: MapLayout, journey: Journey, scale: float,
                        legend: bool) -> SheetPlan:
        for paper in ISO_SIZES:
            try:
                return plan_fixed_sheet(ink, self.labels, layout,
                                        paper.oriented(self.options.orientation), scale,
                                        self.options.strips, legend)
            except ExportError:
                continue
        width, height = stacked_size(layout, self.options.strips or 1)
        raise ExportError(
            f"at {scale:.0%} the map of '{journey.name}' ({width * scale / MM:.0f} \u00d7 "
            f"{height * scale / MM:.0f} mm) does not fit on A0: use --fit, a smaller --scale, "
            "a custom --paper WIDTHxHEIGHT, or --tile A4 to print it as a poster.")

    def draw(self, job: MapJob, step: Callable[[], None]) -> None:
        """Draw the job's pages, calling ``step`` after each."""
        pages = self.pages
        journey = job.context.journey
        plan = job.plan
        if job.grid is None:
            ink = pages.begin((plan.width, plan.height), crop_marks=True)
            draw_sheet(ink, plan, job.context, job.info, pages.footer)
            pages.finish("map", journey.id, plan.placement)
            step()
            return

        grid = job.grid
        canvas = pages.canvas
        form = f"cx-poster-{job.index}"
        canvas.beginForm(form, 0, 0, plan.width, plan.height)
        draw_sheet(Ink(canvas, plan.height, pages.fonts), plan, job.context, job.info,
                   lambda ink, rect, unit: pages.footer(ink, rect, unit, numbered=False))
        canvas.endForm()

        title = f"{self.project.title} · {journey.name}"
        size = overview_size(grid)
        ink = pages.begin(size)
        draw_assembly_plan(canvas, ink, grid, form, self.labels, title, plan.placement.scale)
        pages.footer(ink, Rect(PLAN_MARGIN, size[1] - PLAN_MARGIN + 2, size[0] - 2 * PLAN_MARGIN,
                               10), 1.0)
        pages.finish("assembly", journey.id)
        step()
        for row in range(grid.rows):
            for column in range(grid.columns):
                ink = pages.begin(grid.sheet)
                draw_tile(canvas, ink, grid, row, column, form, self.labels, title)
                pages.finish("tile", journey.id, sheet=sheet_code(row, column))
                step()
