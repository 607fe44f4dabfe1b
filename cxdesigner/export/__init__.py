"""Print-ready PDF export: wall maps from A0 to tiled A4 sheets, with their appendices (no Qt).

Usage::

    from cxdesigner.export import ExportOptions, PaperSize, export_pdf

    export_pdf(project, "map.pdf", ExportOptions(paper=PaperSize.parse("A0")))
"""

from cxdesigner.drawing.elisions import Elided
from cxdesigner.export.document import (
    ExportResult,
    export_pdf,
    export_report,
    render_pdf,
    render_report,
)
from cxdesigner.export.map_pages import JourneyPrint
from cxdesigner.export.missing_glyphs import MissingGlyphs
from cxdesigner.export.options import (
    ALL_PERSONAS,
    ALL_SECTIONS,
    DEFAULT_MIN_TEXT,
    DEFAULT_SECTIONS,
    REPORT_SECTIONS,
    WALL_MIN_TEXT,
    ExportError,
    ExportOptions,
    Orientation,
    PaperSize,
    ReportPlace,
    Section,
    is_wall_paper,
    text_floor,
)
from cxdesigner.export.pages import PageInfo
from cxdesigner.export.strips import MapPlacement, Strip

__all__ = [
    "ALL_PERSONAS",
    "ALL_SECTIONS",
    "DEFAULT_MIN_TEXT",
    "DEFAULT_SECTIONS",
    "REPORT_SECTIONS",
    "WALL_MIN_TEXT",
    "Elided",
    "ExportError",
    "ExportOptions",
    "ExportResult",
    "JourneyPrint",
    "MapPlacement",
    "MissingGlyphs",
    "Orientation",
    "PageInfo",
    "PaperSize",
    "ReportPlace",
    "Section",
    "Strip",
    "export_pdf",
    "export_report",
    "is_wall_paper",
    "render_pdf",
    "render_report",
    "text_floor",
]
