"""What a PDF export should contain and on which paper: the options and their checks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from cxdesigner.model.project import Language

MM = 72 / 25.4
"""Points per millimetre."""

MAX_PAGE_MM = 5080.0
"""PDF viewers and RIPs accept pages up to 200 inches a side."""

DEFAULT_MIN_TEXT = 6.0
"""The smallest text of a map, in printed points: the smallest body text print designers
allow on a sheet read at arm's length (A4 to A2, on a table)."""
WALL_MIN_TEXT = 10.0
"""The smallest text of a map on a wall paper (A1 and larger, sheet or tiled poster): text
read from one to two metres away."""
MIN_TEXT_RANGE = (3.0, 24.0)
ALL_PERSONAS = "*"
"""The options' ``persona`` for no persona's own values: the touchpoints' own emotion and
criticality, as the map shows them with "All personas"."""
MIN_LINE = 0.25
"""The thinnest line printed, in points: thinner hairlines vanish or break up on paper."""


class ExportError(Exception):
    """The export cannot be done as asked; the message says what to change."""


class Section(StrEnum):
    """A part of the exported document."""

    MAP = "map"
    LEGEND = "legend"
    PERSONAS = "personas"
    COMPARISON = "comparison"
    ACTIONS = "actions"
    INDICATORS = "indicators"
    VERBATIMS = "verbatims"
    SEGMENTS = "segments"
    BACKSTAGE = "backstage"
    BENCHMARK = "benchmark"


ALL_SECTIONS: frozenset[Section] = frozenset(Section)
REPORT_SECTIONS: frozenset[Section] = ALL_SECTIONS - {Section.MAP, Section.LEGEND}
"""The report: every section but the map and its legend."""
DEFAULT_SECTIONS: frozenset[Section] = ALL_SECTIONS - {Section.SEGMENTS, Section.COMPARISON,
                                                       Section.BACKSTAGE, Section.BENCHMARK}
"""What an export holds unless told otherwise: the segments report (figures from the
contact log, for steering), the current/target comparison pages, the pages behind the
scenes (the blueprint per stage, the hypotheses to check) and the sector barometer (the
players side by side) are asked for, not printed with every workshop map (which shows the
blueprint and hatches the hypotheses itself)."""


class ReportPlace(StrEnum):
    """Where the report sections (persona cards, action plan, indicators…) go."""

    AUTO = "auto"
    """In the map's file, unless the map is a poster: a poster's file holds sheets of one
    size, and its report is made apart."""
    WITH_MAP = "with-map"
    """In the map's file, even a poster's (on A4 sheets)."""
    APART = "apart"
    """Never in the map's file: made apart, on A4 sheets."""


class Orientation(StrEnum):
    """Which way the sheet is turned."""

    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"


_ISO_MM: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "A3": (297.0, 420.0),
    "A2": (420.0, 594.0),
    "A1": (594.0, 841.0),
    "A0": (841.0, 1189.0),
}


@dataclass(frozen=True)
class PaperSize:
    """A sheet in millimetres, as named (``A3``) or given (``1189x841``)."""

    width_mm: float
    height_mm: float
    name: str = ""

    @classmethod
    def parse(cls, text: str) -> PaperSize:
        """``A4`` … ``A0``, or ``WIDTHxHEIGHT`` in millimetres (``1189x841``)."""
        key = text.strip().upper()
        if key in _ISO_MM:
            width, height = _ISO_MM[key]
            return cls(width, height, key)
        match = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*[X\u00d7*]\s*(\d+(?:[.,]\d+)?)(?:\s*MM)?", key)
        if match is None:
            raise ExportError(f"'{text}' is not a paper size: use A4, A3, A2, A1, A0 or "
                              "WIDTHxHEIGHT in millimetres, e.g. 1189x841.")
        width, height = (float(group.replace(",", ".")) for group in match.groups())
        for side in (width, height):
            if not 50 <= side <= MAX_PAGE_MM:
                raise ExportError(f"a paper side of {side:g} mm is not printable: each side must "
                                  f"be between 50 and {MAX_PAGE_MM:g} mm.")
        return cls(width, height, f"{width:g}\u00d7{height:g} mm")

    @classmethod
    def iso(cls, name: str) -> PaperSize:
        """One of the ISO sizes A4 … A0."""
        return cls.parse(name)

    def oriented(self, orientation: Orientation) -> tuple[float, float]:
        """Width and height in points, turned as asked (a custom size keeps its own way)."""
        width, height = self.width_mm * MM, self.height_mm * MM
        if self.name not in _ISO_MM:
            return width, height
        short, long = sorted((width, height))
        return (long, short) if orientation is Orientation.LANDSCAPE else (short, long)

    @property
    def area_mm2(self) -> float:
        return self.width_mm * self.height_mm


ISO_SIZES: tuple[PaperSize, ...] = tuple(PaperSize.iso(name) for name in
                                         ("A4", "A3", "A2", "A1", "A0"))
"""The ISO sheets, smallest first."""


def is_wall_paper(paper: PaperSize | None) -> bool:
    """Whether ``paper`` (a sheet, or the poster a tiled map makes) is read on a wall: A1 or
    larger."""
    return paper is not None and paper.area_mm2 >= ISO_SIZES[3].area_mm2 * 0.999


def text_floor(paper: PaperSize | None, poster_as_needed: bool = False) -> float:
    """The smallest text a map should print at on ``paper`` unless told otherwise; a tiled
    poster as large as the map needs (no paper, no scale) is read on a wall."""
    wall = is_wall_paper(paper) or (poster_as_needed and paper is None)
    return WALL_MIN_TEXT if wall else DEFAULT_MIN_TEXT


@dataclass(frozen=True)
class ExportOptions:
    """What to export and how.

    Attributes:
        journeys: names or ids of the journeys to print, in that order; empty for all.
        persona: name or id of the persona whose emotion and criticality are shown;
            :data:`ALL_PERSONAS` for the touchpoints' own values, as the map shows them for
            all personas; None for each journey's first persona (or the touchpoints' own
            values when it has none).
        paper: the sheet (or, with ``tile``, the poster); None for A3, or with ``scale``
            the smallest ISO sheet the map fits on.
        orientation: landscape or portrait (custom sizes keep their own way).
        scale: the map at this scale (1.0 = 100 %); None to fit the map to the sheet, as
            large as it goes, cut into pages when one sheet would print its text smaller
            than ``min_text``.
        one_sheet: a fitted map stays on one sheet; refused when that prints its text
            smaller than ``min_text``, unless ``allow_small_text``.
        min_text: the smallest text of the map, in printed points; None for the paper's
            floor (:func:`text_floor`: 10 pt on a wall paper, A1 and larger, or a poster tiled
            as large as the map needs at that size; else 6 pt).
        allow_small_text: print below ``min_text`` when ``one_sheet``, ``scale`` or a tiled
            poster's ``paper`` asks for it, instead of refusing.
        page_per_stage: cut the map into one page per stage (a stage too wide for a page
            over several).
        strips: cut the map into this many strips stacked on the sheet; None to let a
            fitted map take the number that prints it largest (one at a given ``scale``).
        tile: cut the poster into sheets of this size at 100 %; None for one sheet.
        overlap_mm: how much neighbouring tiles share, to glue them.
        sections: the parts of the document to include (default: all but ``segments``).
        report: where the report sections (persona cards, action plan, indicators,
            verbatims…) go: by default with the map, except on a poster (a sheet larger
            than A3, or tiled), which holds the map and its legend only; the report is then
            made apart (:func:`~cxdesigner.export.document.render_report`).
        language: the language of the fixed labels; None for the project's.
        author: written in the PDF's metadata; empty for the application's name.
        press: for a print shop: CMYK, bleed, crop marks, PDF/X-4 (see ``export/press.py``).
    """

    journeys: tuple[str, ...] = ()
    persona: str | None = None
    paper: PaperSize | None = None
    orientation: Orientation = Orientation.LANDSCAPE
    scale: float | None = None
    one_sheet: bool = False
    min_text: float | None = None
    allow_small_text: bool = False
    page_per_stage: bool = False
    strips: int | None = None
    tile: PaperSize | None = None
    overlap_mm: float = 10.0
    sections: frozenset[Section] = field(default_factory=lambda: DEFAULT_SECTIONS)
    report: ReportPlace = ReportPlace.AUTO
    language: Language | None = None
    author: str = ""
    press: bool = False

    def __post_init__(self) -> None:
        if self.scale is not None and not 0.01 <= self.scale <= 10:
            raise ExportError(f"a scale of {self.scale:g} is out of range: use 0.01 to 10 "
                              "(1.0 is 100 %).")
        low, high = MIN_TEXT_RANGE
        if not low <= self.floor <= high:
            raise ExportError(f"a smallest text of {self.floor:g} pt is out of range: use "
                              f"{low:g} to {high:g} pt.")
        if self.strips is not None and not 1 <= self.strips <= 8:
            raise ExportError(f"{self.strips} strips is out of range: use 1 to 8.")
        if not 0 <= self.overlap_mm <= 50:
            raise ExportError(f"an overlap of {self.overlap_mm:g} mm is out of range: use 0 "
                              "to 50 mm.")
        if self.tile is not None and self.tile.name not in ("A4", "A3"):
            raise ExportError("tiles are office sheets: use --tile A4 or --tile A3.")
        if not self.sections:
            raise ExportError("choose at least one section to export.")

    @property
    def floor(self) -> float:
        """The smallest text of the map, in printed points: as asked, or the paper's."""
        if self.min_text is not None:
            return self.min_text
        as_needed = self.tile is not None and self.scale is None
        return text_floor(self.paper, poster_as_needed=as_needed)
