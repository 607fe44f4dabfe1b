"""A map printed in black and white still tells its marks apart.

The map page of the tiny project (every moment of truth, every criticality level, positive
and negative emotions) is rasterised twice by PDFium, in colour and in grey. The pixels that
have exactly a mark's colour in the colour rendering are the inside of that mark's fills;
their grey in the grey rendering is what a black-and-white printer or a photocopier shows.

Within each family the greys must differ by at least :data:`MARK_STEP` levels of 255 for
the marks (the three moments of truth; the three criticality levels) and by at least
:data:`BAND_STEP` for the two large tinted halves of the emotion lane, which are seen side
by side over their whole width. Before the palette was adjusted for this, the essential and
critical moments were 11 levels apart, and the two emotion halves 0.
"""

from __future__ import annotations

import itertools
import statistics
from collections import defaultdict

import pypdfium2 as pdfium
import pytest
from export_support import build_tiny_project

from cxdesigner.export import ExportOptions, PaperSize, Section, render_pdf
from cxdesigner.layout import palette
from cxdesigner.model import Criticality, MomentOfTruth

MARK_STEP = 40
BAND_STEP = 20
MIN_PIXELS = 10
"""A colour found on fewer pixels than this is not a mark's fill (or the mark is missing)."""

MOMENTS = {kind.value: palette.MOMENT_COLOURS[kind] for kind in
           (MomentOfTruth.ESSENTIAL, MomentOfTruth.CRITICAL, MomentOfTruth.WOW)}
LEVELS = {level.value: palette.CRITICALITY_COLOURS[level] for level in Criticality}
BANDS = {"positive": palette.EMOTION_POSITIVE_TINT, "negative": palette.EMOTION_NEGATIVE_TINT}


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return int(hex_colour[1:3], 16), int(hex_colour[3:5], 16), int(hex_colour[5:7], 16)


@pytest.fixture(scope="module")
def greys() -> dict[str, float]:
    """The grey (0 black … 255 white) of each palette colour of interest, as printed."""
    data, _ = render_pdf(build_tiny_project(), ExportOptions(
        paper=PaperSize.parse("A4"), sections=frozenset({Section.MAP, Section.LEGEND})))
    page = pdfium.PdfDocument(data)[0]
    colour = page.render(scale=1.5).to_pil().convert("RGB")
    grey = page.render(scale=1.5, grayscale=True).to_pil().convert("L")
    wanted = {_rgb(value) for value in (*MOMENTS.values(), *LEVELS.values(), *BANDS.values())}
    found: dict[tuple[int, int, int], list[int]] = defaultdict(list)
    for rgb, level in zip(colour.get_flattened_data(), grey.get_flattened_data(), strict=True):
        if rgb in wanted:
            found[rgb].append(level)
    result = {}
    for rgb in wanted:
        name = "#{:02x}{:02x}{:02x}".format(*rgb)
        assert len(found[rgb]) >= MIN_PIXELS, f"{name} is not on the map"
        result[name] = statistics.median(found[rgb])
    return result


def _closest(family: dict[str, str], greys: dict[str, float]) -> tuple[float, str]:
    pairs = [(abs(greys[a_colour] - greys[b_colour]), f"{a} / {b}")
             for (a, a_colour), (b, b_colour) in itertools.combinations(family.items(), 2)]
    return min(pairs)


def test_moments_of_truth_differ_in_grey(greys: dict[str, float]) -> None:
    step, pair = _closest(MOMENTS, greys)
    assert step >= MARK_STEP, f"{pair}: {step:.0f} grey levels apart"


def test_criticality_levels_differ_in_grey_and_darken_as_they_rise(
        greys: dict[str, float]) -> None:
    step, pair = _closest(LEVELS, greys)
    assert step >= MARK_STEP, f"{pair}: {step:.0f} grey levels apart"
    shades = [greys[LEVELS[level.value]] for level in
              (Criticality.LOW, Criticality.SENSITIVE, Criticality.VERY_SENSITIVE)]
    assert shades == sorted(shades, reverse=True)


def test_the_emotion_halves_differ_in_grey(greys: dict[str, float]) -> None:
    positive, negative = greys[BANDS["positive"]], greys[BANDS["negative"]]
    assert positive - negative >= BAND_STEP, "the negative half is the darker one"
