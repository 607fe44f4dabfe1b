"""Print-ready PDF export: wall maps from A0 to tiled A4 sheets, with their appendices (no Qt).

Usage::

    from cxdesigner.export import ExportOptions, PaperSize, export_pdf

    export_pdf(project, "map.pdf", ExportOptions(paper=PaperSize.parse("A0")))
"""

from cxdesigner.drawing.elisions import Elided
from cxdesigner.export.document import ExportResult, export_pdf, render_pdf
from cxdesigner.export.missing_glyphs import MissingGlyphs
from cxdesigner.export.options import (
    ALL_SECTIONS,
    DEFAULT_SECTIONS,
    ExportError,
    ExportOptions,
    Orientation,
    PaperSize,
    Section,
)
from cxdesigner.export.pages import PageInfo
from cxdesigner.export.strips import MapPlacement, Strip

__all__ = [
    "ALL_SECTIONS",
    "DEFAULT_SECTIONS",
    "Elided",
    "ExportError",
    "ExportOptions",
    "ExportResult",
    "MapPlacement",
    "MissingGlyphs",
    "Orientation",
    "PageInfo",
    "PaperSize",
    "Section",
    "Strip",
    "export_pdf",
    "render_pdf",
]
