"""Time the PDF export of a big journey against a bare reportlab drawing of the same map.

Run: ``python benchmarks/export_bench.py [--sizes 2000] [--all] [--runs 3] [--seed 0]``.

For each size (2,000 touchpoints by default; ``--all`` adds 100 and 10,000) it prints the
map on A0 (map and legend: one sheet, or as many A0 pages as its text needs to stay at
6 pt), the whole document on A0 (every section), the A0 poster tiled on A4 sheets (with
its text allowed below 6 pt: a large map on one A0 poster is far smaller), and the bare
baseline of ``benchmarks/run.py`` (``baselines.bare_pdf``): everything the printed map
shows (a box per shape, a label per line of text, a path per line or curve) on one A0
page, with reportlab's plain canvas calls. Each export is also given
as a ratio to that baseline: measured in the same run, interleaved with the exports, it
says what the real drawing costs beyond putting that much on paper, whatever the machine
and its load. The first run of each case (the export's
caches still empty for this project) is shown beside the best one.

The targets of the 2,000-touchpoint map are checked at the end: the map on A0 sheets in at
most 1.5 s and at most twice the baseline. Exit status 1 when one is missed.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
if importlib.util.find_spec("cxdesigner") is None:  # a checkout that was not pip-installed
    sys.path.insert(0, str(ROOT))

import baselines  # noqa: E402
from synthetic import make_project  # noqa: E402

from cxdesigner.drawing.fonts import load_fonts, register_family  # noqa: E402
from cxdesigner.export import (  # noqa: E402
    ExportOptions,
    PaperSize,
    ReportPlace,
    Section,
    render_pdf,
)
from cxdesigner.layout import layout_journey  # noqa: E402
from cxdesigner.model import Project  # noqa: E402

A0 = PaperSize.parse("A0")
A4 = PaperSize.parse("A4")
MAP = frozenset({Section.MAP, Section.LEGEND})
DEFAULT_SIZES = (2000,)
ALL_SIZES = (100, 2000, 10000)
TARGET_SIZE = 2000
TARGET_SECONDS = 1.5
TARGET_RATIO = 2.0
SHEET = "A0 map sheets (map + legend)"
BARE = "bare reportlab"

Work = Callable[[], tuple[bytes, int]]
"""One measured case: returns the PDF and its number of pages."""


@dataclass
class Timing:
    """The runs of one case."""

    name: str
    work: Work
    seconds: list[float] = field(default_factory=list)
    pages: int = 0
    size: int = 0

    @property
    def best(self) -> float:
        return min(self.seconds)

    def run(self) -> None:
        start = time.perf_counter()
        data, self.pages = self.work()
        self.seconds.append(time.perf_counter() - start)
        self.size = len(data)


def _export(project: Project, options: ExportOptions) -> Work:
    def work() -> tuple[bytes, int]:
        data, result = render_pdf(project, options)
        return data, result.page_count

    return work


def measure(touchpoints: int, seed: int, runs: int) -> dict[str, Timing]:
    """Every case for one size, their runs interleaved so that a change of load hits all."""
    project = make_project(touchpoints, seed)
    marks = baselines.printed_marks(project, layout_journey(project.journeys[0]))

    def bare() -> tuple[bytes, int]:
        return baselines.bare_pdf(marks), 1

    cases = {
        SHEET: Timing(SHEET, _export(project, ExportOptions(paper=A0, sections=MAP, min_text=6))),
        "whole document on A0 (all sections)": Timing(
            "whole document on A0 (all sections)",
            _export(project, ExportOptions(paper=A0, report=ReportPlace.WITH_MAP, min_text=6))),
        "A0 poster tiled on A4 sheets": Timing(
            "A0 poster tiled on A4 sheets",
            _export(project, ExportOptions(paper=A0, tile=A4, sections=MAP,
                                           allow_small_text=True, min_text=6))),
        BARE: Timing(BARE, bare),
    }
    for _ in range(max(1, runs)):
        for case in cases.values():
            case.run()
    cases[BARE].name = f"{BARE}: {marks.count:,} marks"
    return cases


def _load() -> str:
    try:
        one, five, _ = os.getloadavg()
    except OSError:  # not available on this system
        return "load unknown"
    return f"load average {one:.2f} (5 min {five:.2f}) on {os.cpu_count()} CPUs"


def report(touchpoints: int, timings: dict[str, Timing], runs: int) -> list[str]:
    """The table of one size, and the targets it misses (when it is the target size)."""
    bare = timings[BARE]
    print(f"\n{touchpoints:,} touchpoints in one journey, best of {runs} (first run); {_load()}")
    for key, timing in timings.items():
        ratio = "" if key == BARE else f"{timing.best / bare.best:5.2f}x bare"
        pages = f"{timing.pages:4d} page{'s' if timing.pages > 1 else ' '}"
        print(f"  {timing.name:<42} {timing.best:6.2f} s ({timing.seconds[0]:5.2f})  {pages}  "
              f"{timing.size / 1e6:5.2f} MB  {ratio}")
    if touchpoints != TARGET_SIZE:
        return []
    sheet = timings[SHEET]
    times = sheet.best / bare.best
    checks = [(f"A0 map sheet in at most {TARGET_SECONDS:g} s", sheet.best <= TARGET_SECONDS,
               f"{sheet.best:.2f} s"),
              (f"A0 map sheet at most {TARGET_RATIO:g}x the bare drawing", times <= TARGET_RATIO,
               f"{times:.2f}x")]
    print("targets:")
    for what, met, measured in checks:
        print(f"  {what:<48} {measured:>8}  {'met' if met else 'MISSED'}")
    return [what for what, met, _ in checks if not met]


def main(argv: Sequence[str] | None = None) -> int:
    doc = __doc__ or ""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES),
                        metavar="N", help="touchpoints of the journey (default: 2000)")
    parser.add_argument("--all", action="store_true",
                        help=f"measure {', '.join(f'{n:,}' for n in ALL_SIZES)} touchpoints")
    parser.add_argument("--runs", type=int, default=3, help="runs per case, the best kept")
    parser.add_argument("--seed", type=int, default=0)
    arguments = parser.parse_args(argv)

    sizes = sorted(set(ALL_SIZES if arguments.all else arguments.sizes))
    register_family(load_fonts())
    # Imports and reportlab's first-use costs, on a project that shares nothing with the
    # measured ones, so that the first measured run shows the export's own cold start.
    render_pdf(make_project(60, arguments.seed + 1),
               ExportOptions(paper=A0, sections=MAP, min_text=6))
    missed: list[str] = []
    for touchpoints in sizes:
        timings = measure(touchpoints, arguments.seed, arguments.runs)
        missed += report(touchpoints, timings, arguments.runs)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
