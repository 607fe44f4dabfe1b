"""The choices of a PDF export as the dialog holds and remembers them, and their options."""

from __future__ import annotations

from dataclasses import dataclass

from cxdesigner.export import (
    DEFAULT_SECTIONS,
    ExportError,
    ExportOptions,
    Orientation,
    PaperSize,
    ReportPlace,
    Section,
    text_floor,
)

PAPERS = ("A4", "A3", "A2", "A1", "A0")
CUSTOM = "custom"
TILES = ("", "A4", "A3")
LANGUAGES = ("fr", "en")
REPORTS = tuple(place.value for place in ReportPlace)


@dataclass(frozen=True)
class ExportChoices:
    """The dialog's values: ``journeys`` (ids, empty for all), ``persona`` (None: each
    journey's first; ``ALL_PERSONAS``: the touchpoints' own values, as the map shows them),
    ``paper`` (the poster's when tiled), ``fit`` (else at ``scale_percent``),
    ``one_sheet`` (a fitted map kept on one sheet), ``strips`` (0: automatic), ``min_text``
    (None: the paper's floor), ``report`` (a :class:`ReportPlace` value), ``press`` (for a
    print shop)…"""

    journeys: tuple[str, ...] = ()
    persona: str | None = None
    paper: str = "A3"
    custom_mm: tuple[float, float] = (1000.0, 700.0)
    orientation: str = Orientation.LANDSCAPE.value
    fit: bool = True
    one_sheet: bool = False
    scale_percent: int = 100
    min_text: float | None = None
    allow_small_text: bool = False
    page_per_stage: bool = False
    strips: int = 0
    tile: str = ""
    overlap_mm: float = 10.0
    sections: frozenset[Section] = DEFAULT_SECTIONS
    report: str = ReportPlace.AUTO.value
    language: str = "fr"
    press: bool = False

    def paper_size(self) -> PaperSize | None:
        """The sheet (or the poster); None for a poster at a scale, as large as the map needs
        (raises ExportError for a size that cannot be printed)."""
        if self.tile and not self.fit:
            return None
        if self.paper == CUSTOM:
            return PaperSize.parse(f"{self.custom_mm[0]:g}x{self.custom_mm[1]:g}")
        return PaperSize.parse(self.paper)

    def floor(self) -> float:
        """The smallest text the paper asks for by default (10 pt on a wall, else 6 pt)."""
        try:
            return text_floor(self.paper_size())
        except ExportError:
            return text_floor(None)

    def options(self, author: str = "") -> ExportOptions:
        """The export's options (raises ExportError when they cannot be met)."""
        paper = self.paper_size()
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
