"""What an export makes, in the words the export dialog shows: pages, smallest text, cuts."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from cxdesigner.export import JourneyPrint, MapPlacement, Orientation, Section
from cxdesigner.interface_language import interface_language
from cxdesigner.ui.i18n import translate

if TYPE_CHECKING:
    from cxdesigner.ui.export_preview import PreviewPlan

MM = 72 / 25.4
Size = tuple[float, float]


def paper_label(size: Size, turned: bool = True) -> str:
    """``A3 landscape`` (or just ``A3``), or the size in millimetres when it is not ISO."""
    width, height = (side / MM for side in size)
    short, long = sorted((width, height))
    for number, (iso_short, iso_long) in enumerate(((841, 1189), (594, 841), (420, 594),
                                                    (297, 420), (210, 297))):
        if abs(short - iso_short) < 1.5 and abs(long - iso_long) < 1.5:
            if not turned:
                return f"A{number}"
            text = translate("ExportPreview", "%1 landscape") if width > height else \
                translate("ExportPreview", "%1 portrait")
            return text.replace("%1", f"A{number}")
    return f"{width:.0f} \u00d7 {height:.0f} mm"


def fill(text: str, *values: object) -> str:
    """``text`` with ``%1``, ``%2``… replaced by ``values``."""
    for number in reversed(range(len(values))):
        text = text.replace(f"%{number + 1}", str(values[number]))
    return text


def points(size: float) -> str:
    """A printed size: ``6.4 pt``, rounded down so that it never reads above the truth."""
    number = f"{math.floor(size * 10 + 1e-6) / 10:.1f}"
    if interface_language() == "fr":
        number = number.replace(".", ",")
    return fill(translate("ExportPreview", "%1 pt"), number)


def percent(scale: float) -> str:
    return f"{scale:.0%}".replace("%", "\u00a0%")


def _report_names() -> dict[Section, str]:
    return {Section.PERSONAS: translate("ExportPreview", "persona cards"),
            Section.COMPARISON: translate("ExportPreview", "current and target journeys"),
            Section.ACTIONS: translate("ExportPreview", "action plan"),
            Section.INDICATORS: translate("ExportPreview", "indicators"),
            Section.VERBATIMS: translate("ExportPreview", "verbatim appendix"),
            Section.SEGMENTS: translate("ExportPreview", "segments and contact profiles"),
            Section.BACKSTAGE: translate("ExportPreview", "behind the scenes and evidence"),
            Section.BENCHMARK: translate("ExportPreview", "sector barometer")}


def _journey(journey: JourneyPrint) -> str:
    parts = [fill(translate("ExportPreview", "“%1” is cut into %2 pages at stage boundaries, "
                                             "at %3."),
                  journey.name, journey.pages, percent(journey.scale))]
    if journey.turned is Orientation.PORTRAIT:
        parts.append(translate("ExportPreview", "Its sheets are turned to portrait to hold "
                                                "the map's height."))
    elif journey.turned is Orientation.LANDSCAPE:
        parts.append(translate("ExportPreview", "Its sheets are turned to landscape to hold "
                                                "the map's height."))
    if journey.legend_apart:
        parts.append(translate("ExportPreview", "Its legend has a page of its own."))
    if journey.one_sheet is not None and journey.one_sheet_turned is Orientation.PORTRAIT:
        parts.append(fill(translate("ExportPreview", "One %1 sheet in portrait would hold it "
                                                     "whole."), journey.one_sheet))
    elif journey.one_sheet is not None and \
            journey.one_sheet_turned is Orientation.LANDSCAPE:
        parts.append(fill(translate("ExportPreview", "One %1 sheet in landscape would hold "
                                                     "it whole."), journey.one_sheet))
    elif journey.one_sheet is not None:
        parts.append(fill(translate("ExportPreview", "One %1 sheet would hold it whole."),
                          journey.one_sheet))
    elif journey.poster_mm is not None:
        parts.append(fill(translate("ExportPreview", "A poster of %1 \u00d7 %2 mm would hold it "
                                                     "whole, tiled on office sheets."),
                          f"{journey.poster_mm[0]:.0f}", f"{journey.poster_mm[1]:.0f}"))
    return " ".join(parts)


def describe(plan: PreviewPlan) -> str:
    """What the export makes, in a few sentences a consultant checks before printing."""
    def scale(placement: MapPlacement) -> str:
        return percent(placement.scale)

    pages = plan.pages
    count = fill(translate("ExportPreview", "1 page") if len(pages) == 1 else
                 translate("ExportPreview", "%1 pages"), len(pages))
    if plan.smallest_text is not None:
        head = fill(translate("ExportPreview", "%1, smallest text %2 on the map."), count,
                    points(plan.smallest_text))
        if plan.smallest_text < plan.min_text - 0.05:
            head += " " + fill(translate("ExportPreview", "Below the %1 asked: it may be hard "
                                                          "to read."), points(plan.min_text))
        if plan.smallest_furniture is not None:
            head += " " + fill(translate("ExportPreview", "Title block and legend from %1."),
                               points(plan.smallest_furniture))
    else:
        head = fill(translate("ExportPreview", "%1 in all."), count)
    parts = [head]
    cut = {journey.journey_id for journey in plan.journeys if journey.cut}
    maps = [p for p in pages if p.kind == "map" and p.journey_id not in cut]
    if maps:
        scales = " / ".join(sorted({scale(p.placement) for p in maps if p.placement}))
        parts.append(fill(translate("ExportPreview", "Map on %1 sheet %2 at %3.")
                          if len(maps) == 1 else
                          translate("ExportPreview", "Maps on %1 sheets %2 at %3."),
                          len(maps), paper_label(maps[0].size), scales))
    parts += [_journey(journey) for journey in plan.journeys if journey.cut]
    for poster in plan.posters:
        parts.append(fill(translate(
            "ExportPreview", "Poster %1 on %2 sheets %3 (%4 rows \u00d7 %5 columns) at %6, "
                             "with an assembly plan."),
            paper_label(poster.size), poster.printed,
            paper_label(poster.sheet, turned=False), poster.rows, poster.columns,
            scale(poster.placement)))
        if poster.skipped:
            parts.append(fill(translate("ExportPreview", "1 blank sheet is left out.")
                              if len(poster.skipped) == 1 else
                              translate("ExportPreview", "%1 blank sheets are left out."),
                              len(poster.skipped)))
    names = {"legend": translate("ExportPreview", "legend"), **{
        section.value: name for section, name in _report_names().items()}}
    others = [page.kind for page in pages if page.kind not in ("map", "tile", "assembly")]
    if others:
        listed = ", ".join(f"{names.get(kind, kind)} ({others.count(kind)})"
                           for kind in dict.fromkeys(others))
        parts.append(fill(translate("ExportPreview", "Then: %1."), listed))
    if plan.left_out:
        listed = ", ".join(_report_names()[section] for section in sorted(plan.left_out))
        parts.append(fill(translate("ExportPreview", "A poster's file holds the map only: the "
                                                     "report (%1) goes to a separate A4 file "
                                                     "if you choose so under “Report”."),
                          listed))
    if plan.elided:
        parts.append(fill(translate("ExportPreview", "1 text is shortened on the map.")
                          if plan.elided == 1 else
                          translate("ExportPreview", "%1 texts are shortened on the map."),
                          plan.elided))
        if Section.VERBATIMS in plan.left_out:
            parts.append(translate("ExportPreview", "The poster's last page gives them in "
                                                    "full."))
    return " ".join(parts)
