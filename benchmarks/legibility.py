"""Read an exported PDF back and measure what it prints: smallest text, thinnest line, sheet use.

Sizes are read as printed: a character's size and a stroke's width are multiplied by the
transformation in force where they are drawn (a map scaled onto its sheet, a symbol placed
as a form), so a 9 pt label on a map printed at 50 % counts as 4.5 pt. (pdfplumber's
``linewidth`` scales a width by the transformation in force where the width is set, which
differs when the width was set before the map was scaled.)

Usage::

    python benchmarks/legibility.py [PROJECT.cxd] [--papers A4 A3 A1 A0 tiled-A4]
                                    [--sizes 300 2000] [--out FOLDER]
    python benchmarks/legibility.py --read MAP.pdf [MORE.pdf ...]

Without arguments it measures the demo project on A4, A3, A1, A0 and tiled over A4 sheets
(a poster as large as the map needs), and synthetic maps of 300 and 2,000 touchpoints on
A3 and A0: the map and its legend only. ``--read`` measures PDFs already written.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import math
import statistics
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
if importlib.util.find_spec("cxdesigner") is None:  # a checkout that was not pip-installed
    sys.path.insert(0, str(ROOT))

from pdfminer.converter import PDFLayoutAnalyzer  # noqa: E402
from pdfminer.layout import LTChar  # noqa: E402
from pdfminer.pdfdocument import PDFDocument  # noqa: E402
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager  # noqa: E402
from pdfminer.pdfpage import PDFPage  # noqa: E402
from pdfminer.pdfparser import PDFParser  # noqa: E402
from pdfminer.psparser import literal_name  # noqa: E402

DEMO = ROOT / "resources" / "demo" / "parcours-demo.cxd"


@dataclass
class PageInk:
    """What one page prints, in points on the paper."""

    size: tuple[float, float]
    chars: list[tuple[str, float]] = field(default_factory=list)
    """Each character drawn, with its size."""
    strokes: list[float] = field(default_factory=list)
    """The width of each stroked path."""
    text: str = ""
    """The page's characters in drawing order, lines of one text object run together."""

    @property
    def smallest_text(self) -> float:
        sizes = [size for char, size in self.chars if char.strip()]
        return min(sizes, default=math.inf)

    @property
    def thinnest_line(self) -> float:
        return min(self.strokes, default=math.inf)


def _scale(ctm: Sequence[float]) -> float:
    """How much a length grows under ``ctm`` (the square root of its area factor)."""
    a, b, c, d = ctm[:4]
    return math.sqrt(abs(a * d - b * c))


class _Reader(PDFLayoutAnalyzer):  # type: ignore[misc]
    """Collects characters and stroked paths with their sizes as printed."""

    def __init__(self, manager: PDFResourceManager) -> None:
        super().__init__(manager, pageno=1, laparams=None)
        self.page: PageInk | None = None
        self.forms: dict[tuple[int, float], tuple[list[tuple[str, float]], list[float], str]] = {}
        self._last_text_y: float | None = None

    def begin_page(self, page: Any, ctm: Any) -> None:
        (x0, y0, x1, y1) = page.mediabox
        self.page = PageInk((float(x1 - x0), float(y1 - y0)))
        super().begin_page(page, ctm)

    def render_char(self, matrix: Any, font: Any, fontsize: float, scaling: float, rise: float,
                    cid: int, ncs: Any, graphicstate: Any) -> float:
        advance: float = super().render_char(matrix, font, fontsize, scaling, rise, cid, ncs,
                                             graphicstate)
        item = self.cur_item._objs[-1]
        assert isinstance(item, LTChar) and self.page is not None
        y = round(item.y0, 1)
        if self._last_text_y is not None and y != self._last_text_y:
            self.page.text += "\n"
        self._last_text_y = y
        self.page.chars.append((item.get_text(), item.size))
        self.page.text += item.get_text()
        return advance

    def paint_path(self, gstate: Any, stroke: bool, fill: bool, evenodd: bool,
                   path: Any) -> None:
        if stroke and self.page is not None:
            self.page.strokes.append(gstate.linewidth * _scale(self.ctm))

    def receive_layout(self, ltpage: Any) -> None:
        self._last_text_y = None


class _Interpreter(PDFPageInterpreter):  # type: ignore[misc]
    """Keeps a line width as written: a width is in the space in force when a path is
    stroked, not when the width is set (pdfminer scales it at the latter).

    A form placed again at the same scale prints what it printed the first time: its
    measures are taken once (a tiled poster places the whole poster on every sheet, a map
    places each symbol thousands of times)."""

    def do_w(self, linewidth: Any) -> None:
        self.graphicstate.linewidth = float(linewidth)

    def do_Do(self, xobjid_arg: Any) -> None:
        reader = self.device
        page = reader.page
        objid = getattr(self.xobjmap.get(literal_name(xobjid_arg)), "objid", None)
        if objid is None or page is None:
            super().do_Do(xobjid_arg)
            return
        key = (objid, round(_scale(self.ctm), 6))
        cached = reader.forms.get(key)
        if cached is None:
            marks = (len(page.chars), len(page.strokes), len(page.text))
            super().do_Do(xobjid_arg)
            reader.forms[key] = (page.chars[marks[0]:], page.strokes[marks[1]:],
                                 page.text[marks[2]:])
            return
        chars, strokes, text = cached
        page.chars.extend(chars)
        page.strokes.extend(strokes)
        page.text += text


def read_pdf(data: bytes) -> list[PageInk]:
    """Every page of the PDF ``data``, as printed."""
    manager = PDFResourceManager(caching=True)
    reader = _Reader(manager)
    interpreter = _Interpreter(manager, reader)
    pages: list[PageInk] = []
    document = PDFDocument(PDFParser(io.BytesIO(data)))
    for page in PDFPage.create_pages(document):
        interpreter.process_page(page)
        assert reader.page is not None
        pages.append(reader.page)
    return pages


def squeeze(text: str) -> str:
    """Text with its spacing and line breaks removed, to look for a title cut over lines."""
    return "".join(text.replace("\u00ad", "").split()).replace("\u2011", "-")


# --------------------------------------------------------------------------- the command


@dataclass(frozen=True)
class Case:
    """One export to measure."""

    name: str
    paper: str | None
    tile: str | None = None


def _cases(papers: Iterable[str]) -> list[Case]:
    cases = []
    for paper in papers:
        if paper.lower().startswith("tiled-"):
            # A poster as large as the map needs at its paper's floor, tiled on office sheets.
            cases.append(Case(paper, None, paper.split("-", 1)[1].upper()))
        else:
            cases.append(Case(paper, paper.upper()))
    return cases


def _share(page: Any, heights: dict[str, float]) -> float:
    """The share of the sheet the map's strips cover (their lane labels included)."""
    placement = page.placement
    if placement is None:
        return 0.0
    height = heights[placement.journey_id] * placement.scale
    area = sum(((strip.end - strip.start) + (placement.label_width if strip.labels else 0.0))
               * placement.scale * height for strip in placement.strips)
    return area / (page.size[0] * page.size[1])


def measure(project: Any, case: Case, out: Path | None) -> str:
    """Export ``project`` as ``case`` says and describe what it prints."""
    from cxdesigner.export import ExportError, ExportOptions, PaperSize, Section, render_pdf
    from cxdesigner.layout import layout_journey

    sections = frozenset({Section.MAP, Section.LEGEND})
    options = ExportOptions(paper=PaperSize.parse(case.paper) if case.paper else None,
                            sections=sections,
                            tile=PaperSize.parse(case.tile) if case.tile else None)
    start = time.perf_counter()
    try:
        data, result = render_pdf(project, options)
    except ExportError as error:  # a poster too small for the map at the paper's floor
        return f"  {case.name:<10} refused: {error}"
    seconds = time.perf_counter() - start
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        (out / f"{case.name}.pdf").write_bytes(data)
    pages = read_pdf(data)
    maps = [(info, page) for info, page in zip(result.pages, pages, strict=True)
            if info.kind in ("map", "tile")]
    text = min(page.smallest_text for _, page in maps)
    line = min(page.thinnest_line for _, page in maps)
    heights = {journey.id: layout_journey(journey).height for journey in project.journeys}
    shares = [_share(info, heights) for info, _ in maps if info.kind == "map"]
    share = (f"{min(shares):4.0%}–{max(shares):4.0%} (median {statistics.median(shares):.0%})"
             if shares else "—")
    return (f"  {case.name:<10} {len(pages):4d} pages  smallest text {text:5.2f} pt  "
            f"thinnest line {line:5.2f} pt  map on {share} of the sheet  ({seconds:.2f} s)")


def main(argv: Sequence[str] | None = None) -> int:
    doc = __doc__ or ""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("project", type=Path, nargs="?")
    parser.add_argument("--papers", nargs="+", default=None)
    parser.add_argument("--sizes", type=int, nargs="*", default=None)
    parser.add_argument("--out", type=Path, help="keep the PDFs in this folder")
    parser.add_argument("--read", type=Path, nargs="+", metavar="PDF",
                        help="measure these PDFs instead of exporting")
    arguments = parser.parse_args(argv)
    if arguments.read:
        for path in arguments.read:
            pages = read_pdf(path.read_bytes())
            text = min(page.smallest_text for page in pages)
            line = min(page.thinnest_line for page in pages)
            print(f"  {path}: {len(pages)} pages  smallest text {text:5.2f} pt  "
                  f"thinnest line {line:5.2f} pt")
        return 0

    from synthetic import make_project

    from cxdesigner.io import load_project

    path = arguments.project or DEMO
    papers = arguments.papers or ["A4", "A3", "A1", "A0", "tiled-A4"]
    print(f"{path.name}")
    project = load_project(path)
    for case in _cases(papers):
        print(measure(project, case, arguments.out))
    sizes = arguments.sizes if arguments.sizes is not None else ([] if arguments.project
                                                                 else [300, 2000])
    for size in sizes:
        print(f"synthetic map of {size:,} touchpoints")
        project = make_project(size)
        for case in _cases(arguments.papers or ["A3", "A0"]):
            print(measure(project, case, arguments.out and arguments.out / str(size)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
