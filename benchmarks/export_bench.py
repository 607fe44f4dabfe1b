"""Time the PDF export of a 2,000-touchpoint journey against a bare reportlab drawing.

Run: ``python benchmarks/export_bench.py [--touchpoints 2000] [--runs 3]``. The baseline,
measured in the same run, draws as many boxes and labels as the map has cells (one box and
one line of text per touchpoint per lane, the stage headers) straight onto an A0 canvas with
the same embedded font, so the ratio says what the real drawing costs beyond merely
putting that much on paper, whatever the machine.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
if importlib.util.find_spec("cxdesigner") is None:  # a checkout that was not pip-installed
    sys.path.insert(0, str(ROOT))

from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from synthetic import make_project  # noqa: E402

from cxdesigner.export import (  # noqa: E402
    ExportOptions,
    Orientation,
    PaperSize,
    Section,
    render_pdf,
)
from cxdesigner.export.fonts import load_fonts  # noqa: E402
from cxdesigner.layout import layout_journey  # noqa: E402
from cxdesigner.model import Project  # noqa: E402

T = TypeVar("T")
A0 = PaperSize.parse("A0")
MAP = frozenset({Section.MAP, Section.LEGEND})


def best_of(runs: int, work: Callable[[], T]) -> tuple[float, T]:
    """The fastest of ``runs`` timings, with the last result."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return min(times), result


def bare_drawing(project: Project) -> tuple[bytes, int]:
    """Boxes and one-line labels at every cell of the map, on an A0 page: the floor."""
    fonts = load_fonts()
    journey = project.journeys[0]
    layout = layout_journey(journey)
    width, height = A0.oriented(Orientation.LANDSCAPE)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1,
                    initialFontName=fonts.regular)  # type: ignore[arg-type]  # stub: float
    scale = min(width / layout.width, height / layout.height)
    canvas.translate(0, height - layout.height * scale)
    canvas.scale(scale, scale)
    canvas.setFont(fonts.regular, 8)
    titles = {tp.id: tp.title for _, tp in journey.touchpoints()}
    count = 0
    for stage in layout.stages:
        canvas.rect(stage.header.x, layout.height - stage.header.bottom, stage.header.width,
                    stage.header.height, stroke=1, fill=1)
        canvas.drawString(stage.header.x + 4, layout.height - stage.header.bottom + 4, "Stage")
        count += 1
    for tp_id in layout.touchpoints:
        for lane in layout.lanes:
            cell = layout.cell(tp_id, lane.lane)
            if cell is None:
                continue
            canvas.rect(cell.x, layout.height - cell.bottom, cell.width, cell.height,
                        stroke=1, fill=0)
            canvas.drawString(cell.x + 3, layout.height - cell.y - 10, titles[tp_id][:30])
            count += 1
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--touchpoints", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    arguments = parser.parse_args()

    project = make_project(arguments.touchpoints, arguments.seed)
    load_fonts()
    render_pdf(project, ExportOptions(paper=PaperSize.parse("A4"), sections=MAP))  # warm up
    runs = arguments.runs
    print(f"{arguments.touchpoints} touchpoints in one journey, best of {runs} runs")

    cases = [
        ("A0 map sheet (map + legend)", ExportOptions(paper=A0, sections=MAP)),
        ("A0 map sheet, one strip", ExportOptions(paper=A0, strips=1, sections=MAP)),
        ("A0 poster tiled on A4 sheets", ExportOptions(paper=A0, tile=PaperSize.parse("A4"),
                                                       sections=MAP)),
        ("whole document on A0 (all sections)", ExportOptions(paper=A0)),
    ]
    timings: dict[str, float] = {}
    for name, options in cases:
        seconds, (data, result) = best_of(runs, partial(render_pdf, project, options))
        timings[name] = seconds
        print(f"  {name:<40} {seconds:6.2f} s  {result.page_count:4d} pages  "
              f"{len(data) / 1e6:5.2f} MB")
    bare, (data, count) = best_of(runs, partial(bare_drawing, project))
    print(f"  {'bare reportlab: ' + f'{count:,} boxes + labels':<40} {bare:6.2f} s  "
          f"{1:4d} pages  {len(data) / 1e6:5.2f} MB")
    first = cases[0][0]
    print(f"ratio A0 map sheet / bare drawing: {timings[first] / bare:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
