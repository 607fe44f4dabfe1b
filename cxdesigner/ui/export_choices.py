"""The choices of a PDF export as the dialog holds and remembers them, and their options."""

from __future__ import annotations

from dataclasses import dataclass

from cxdesigner.export import (
    DEFAULT_MIN_TEXT,
    DEFAULT_SECTIONS,
    ExportOptions,
    Orientation,
    PaperSize,
    ReportPlace,
    Section,
)

PAPERS = ("A4", "A3", "A2", "A1", "A0")
CUSTOM = "custom"
TILES = ("", "A4", "A3")
LANGUAGES = ("fr", "en")
REPORTS = tuple(place.value for place in ReportPlace)


@dataclass(frozen=True)
class ExportChoices:
    """The dialog's values: ``journeys`` (ids, empty for all), ``persona`` (None: each
    journey's first), ``paper`` (the poster's when tiled), ``fit`` (else at
    ``scale_percent``), ``one_sheet`` (a fitted map kept on one sheet), ``strips`` (0:
    automatic), ``report`` (a :class:`ReportPlace` value), ``press`` (for a print shop)…"""

    journeys: tuple[str, ...] = ()
    persona: str | None = None
    paper: str = "A3"
    custom_mm: tuple[float, float] = (1000.0, 700.0)
    orientation: str = Orientation.LANDSCAPE.value
    fit: bool = True
    one_sheet: bool = False
    scale_percent: int = 100
    min_text: float = DEFAULT_MIN_TEXT
    allow_small_text: bool = False
    page_per_stage: bool = False
    strips: int = 0
    tile: str = ""
    overlap_mm: float = 10.0
    sections: frozenset[Section] = DEFAULT_SECTIONS
    report: str = ReportPlace.AUTO.value
    language: str = "fr"
    press: bool = False

    def options(self, author: str = "") -> ExportOptions:
        """The export's options (raises ExportError when they cannot be met)."""
        if self.tile and not self.fit:
            paper = None  # a poster at a scale is as large as the map needs
        elif self.paper == CUSTOM:
            paper = PaperSize.parse(f"{self.custom_mm[0]:g}x{self.custom_mm[1]:g}")
        else:
            paper = PaperSize.parse(self.paper)
        return ExportOptions(
            journeys=self.journeys, persona=self.persona, paper=paper,
            orientation=Orientation(self.orientation),
            scale=None if self.fit else self.scale_percent / 100,
            one_sheet=self.fit and self.one_sheet and not self.tile, min_text=self.min_text,
            allow_small_text=self.allow_small_text,
            page_per_stage=self.page_per_stage and not self.tile,
            strips=self.strips or None, tile=PaperSize.parse(self.tile) if self.tile else None,
            overlap_mm=self.overlap_mm, sections=self.sections, report=ReportPlace(self.report),
            language="en" if self.language == "en" else "fr", author=author, press=self.press)
