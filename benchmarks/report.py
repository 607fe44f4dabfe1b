"""The benchmark's tables: every figure beside its bare baseline, and the targets checked."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

Figures = dict[str, float]
Results = dict[int, Figures]
"""Figures by project size (touchpoints)."""

REFERENCE_SIZE = 100
"""Edits are compared with the same edit on a map of this size (or the smallest measured)."""
TARGET_SIZE = 2000
BIG_SIZE = 10000


def seconds(value: float) -> str:
    """A duration as people read it: 0.42 ms, 12.3 ms, 245 ms, 1.62 s."""
    if value < 0.01:
        return f"{value * 1e3:.2f} ms"
    if value < 0.1:
        return f"{value * 1e3:.1f} ms"
    if value < 1:
        return f"{value * 1e3:.0f} ms"
    return f"{value:.2f} s"


def times(value: float) -> str:
    return f"{value:.1f}x"


@dataclass(frozen=True)
class Row:
    """One line of the table: a label and how to show the figure of one size."""

    label: str
    show: Callable[[Results, int], str]
    sub: bool = False


def _time(key: str) -> Callable[[Results, int], str]:
    return lambda results, size: seconds(results[size][key])


def _ratio(key: str, base: str) -> Callable[[Results, int], str]:
    return lambda results, size: times(results[size][key] / results[size][base])


def _megabytes(key: str) -> Callable[[Results, int], str]:
    return lambda results, size: f"{results[size][key]:.0f} MB"


def reference(results: Results) -> int:
    return REFERENCE_SIZE if REFERENCE_SIZE in results else min(results)


def growth(results: Results, key: str, size: int) -> float:
    """The figure at ``size`` over the same figure on the reference map."""
    return results[size][key] / results[reference(results)][key]


def _growth(key: str) -> Callable[[Results, int], str]:
    def show(results: Results, size: int) -> str:
        if size == reference(results):
            return "—"
        return times(growth(results, key, size))

    return show


def _items(results: Results, size: int) -> str:
    figures = results[size]
    return f"{figures['items']:,.0f} (stock: {figures['bare_items']:,.0f})"


def _tiled(results: Results, size: int) -> str:
    figures = results[size]
    return f"{seconds(figures['a4_tiled'])} ({figures['a4_tiled_pages']:.0f} sheets)"


def _bare_pdf(results: Results, size: int) -> str:
    figures = results[size]
    marks = figures.get("pdf_bare_marks")
    shown = "" if marks is None else f" ({marks:,.0f} marks)"
    return f"{seconds(figures['pdf_bare'])}{shown}"


def _a0(results: Results, size: int) -> str:
    figures = results[size]
    pages = figures.get("a0_pages", 1.0)
    return f"{seconds(figures['a0'])} ({pages:.0f} page{'s' if pages != 1 else ''})"


ROWS: tuple[Row, ...] = (
    Row("open: read, validate, lay out, build, paint", _time("open")),
    Row("read + validate", _time("open_read"), True),
    Row("lay out + build the scene", _time("open_scene"), True),
    Row("first paint, 1600x1000 at 100 %", _time("open_paint"), True),
    Row("bare: json.loads + stock scene, painted", _time("open_bare"), True),
    Row("ratio to bare", _ratio("open", "open_bare"), True),
    Row("scene items", _items, True),
    Row("paint the whole map (fit to view)", _time("fit_paint")),
    Row("bare: the stock scene, fitted", _time("fit_paint_bare"), True),
    Row("ratio to bare", _ratio("fit_paint", "fit_paint_bare"), True),
    Row("rename one touchpoint + undo", _time("rename")),
    Row("growth from the smallest map", _growth("rename"), True),
    Row("repaint after both, 100 %", _time("rename_paint"), True),
    Row("move one to the next stage + undo", _time("move")),
    Row("growth from the smallest map", _growth("move"), True),
    Row("repaint after both, 100 %", _time("move_paint"), True),
    Row("add a touchpoint + undo", _time("add")),
    Row("growth from the smallest map", _growth("add"), True),
    Row("bare: the same edit on the document alone", _time("add_bare"), True),
    Row("ratio to bare", _ratio("add", "add_bare"), True),
    Row("repaint after both, 100 %", _time("add_paint"), True),
    Row("map overview drawn again after both", _time("overview"), True),
    Row("bare: a filled rectangle per card, overview-sized", _time("overview_bare"), True),
    Row("ratio to bare", _ratio("overview", "overview_bare"), True),
    Row("in the editor window: open the file", _time("window_open")),
    Row("rename + undo", _time("window_rename"), True),
    Row("move to the next stage + undo", _time("window_move"), True),
    Row("add a touchpoint + undo", _time("window_add"), True),
    Row("save (atomic, with backups)", _time("save")),
    Row("bare: json.dumps + write + fsync", _time("save_bare"), True),
    Row("ratio to bare", _ratio("save", "save_bare"), True),
    Row("PDF: the map on A0 sheets, text at 6 pt or more", _a0),
    Row("PDF: A0 poster tiled on A4", _tiled),
    Row("bare: reportlab boxes, labels and lines of the printed map, on A0", _bare_pdf,
        True),
    Row("ratio A0 / bare", _ratio("a0", "pdf_bare"), True),
    Row("ratio tiled / bare", _ratio("a4_tiled", "pdf_bare"), True),
    Row("stats report (stats --json)", _time("stats")),
    Row("bare: networkx graph of the flows", _time("stats_bare"), True),
    Row("ratio to bare", _ratio("stats", "stats_bare"), True),
    Row("peak memory (RSS), whole session", _megabytes("rss")),
    Row("peak after opening", _megabytes("rss_open"), True),
    Row("bare: PySide6 + QApplication + JSON", _megabytes("rss_bare"), True),
    Row("ratio to bare", _ratio("rss", "rss_bare"), True),
)


def _render(header: Sequence[str], rows: Sequence[Sequence[str]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(header) + " |",
                 "|" + "|".join([":---", *(["---:"] * (len(header) - 1))]) + "|"]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(lines)
    widths = [max(len(row[column]) for row in [header, *rows]) for column in range(len(header))]
    lines = []
    for row in [header, *rows]:
        cells = [row[0].ljust(widths[0])]
        cells += [cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def render_table(results: Results, cold: Figures, markdown: bool) -> str:
    """Every figure, one column per size, each followed by its baseline and ratio."""
    sizes = sorted(results)
    header = ["", *(f"N={size:,}" for size in sizes)]
    rows: list[list[str]] = []
    for row in ROWS:
        label = (("↳ " if markdown else "  ") + row.label) if row.sub else row.label
        rows.append([label, *(row.show(results, size) for size in sizes)])
    blank = [""] * (len(sizes) - 1)
    how = "" if cold["cold_hook"] else " (run_editor until its event loop starts)"
    rows.append([f"cold start to a shown window{how}", seconds(cold["cold"]), *blank])
    rows.append([("↳ " if markdown else "  ") + "bare: QApplication + QMainWindow shown",
                 seconds(cold["cold_bare"]), *blank])
    rows.append([("↳ " if markdown else "  ") + "ratio to bare",
                 times(cold["cold"] / cold["cold_bare"]), *blank])
    if "cold_file" in cold:
        rows.append([f"cold start to a shown map of {TARGET_SIZE:,} touchpoints{how}",
                     seconds(cold["cold_file"]), *blank])
    return _render(header, rows, markdown)


@dataclass(frozen=True)
class Target:
    """A promise: a figure of one size (None: not size-bound) and its limit."""

    text: str
    size: int | None
    value: Callable[[Results, Figures], float]
    limit: float
    show: Callable[[float], str]
    relative: bool = False
    """Compared with the smaller reference map, which must then have been measured."""


def _at(key: str, size: int) -> Callable[[Results, Figures], float]:
    return lambda results, cold: results[size][key]


def _ratio_at(key: str, base: str, size: int) -> Callable[[Results, Figures], float]:
    return lambda results, cold: results[size][key] / results[size][base]


TARGETS: tuple[Target, ...] = (
    Target("open, 2,000 touchpoints", TARGET_SIZE, _at("open", TARGET_SIZE), 0.5, seconds),
    Target("open / bare baseline, 2,000", TARGET_SIZE,
           _ratio_at("open", "open_bare", TARGET_SIZE), 3.0, times),
    Target("open, 10,000 touchpoints", BIG_SIZE, _at("open", BIG_SIZE), 3.0, seconds),
    Target("rename + undo, 2,000", TARGET_SIZE, _at("rename", TARGET_SIZE), 0.010, seconds),
    Target("move + undo, 2,000", TARGET_SIZE, _at("move", TARGET_SIZE), 0.010, seconds),
    Target("add + undo, 2,000", TARGET_SIZE, _at("add", TARGET_SIZE), 0.010, seconds),
    Target("rename + undo in the editor window, 2,000", TARGET_SIZE,
           _at("window_rename", TARGET_SIZE), 0.010, seconds),
    Target("move + undo in the editor window, 2,000", TARGET_SIZE,
           _at("window_move", TARGET_SIZE), 0.010, seconds),
    Target("add + undo in the editor window, 2,000", TARGET_SIZE,
           _at("window_add", TARGET_SIZE), 0.010, seconds),
    Target("rename + undo, 2,000 / 100", TARGET_SIZE,
           lambda results, cold: growth(results, "rename", TARGET_SIZE), 2.0, times, True),
    Target("move + undo, 2,000 / 100", TARGET_SIZE,
           lambda results, cold: growth(results, "move", TARGET_SIZE), 2.0, times, True),
    Target("add + undo, 2,000 / 100", TARGET_SIZE,
           lambda results, cold: growth(results, "add", TARGET_SIZE), 2.0, times, True),
    Target("map overview drawn again after an edit, 10,000", BIG_SIZE,
           _at("overview", BIG_SIZE), 0.100, seconds),
    Target("save, 2,000", TARGET_SIZE, _at("save", TARGET_SIZE), 0.100, seconds),
    Target("A0 PDF export, 2,000", TARGET_SIZE, _at("a0", TARGET_SIZE), 1.5, seconds),
    Target("A0 PDF export / bare reportlab, 2,000", TARGET_SIZE,
           _ratio_at("a0", "pdf_bare", TARGET_SIZE), 2.0, times),
    Target("cold start to a shown window", None, lambda results, cold: cold["cold"], 0.5,
           seconds),
    Target("peak memory, 2,000", TARGET_SIZE, _at("rss", TARGET_SIZE), 300.0,
           lambda value: f"{value:.0f} MB"),
)


def targets_table(results: Results, cold: Figures, markdown: bool) -> tuple[str, list[str]]:
    """The targets with the measured figures; also the texts of those missed."""
    rows: list[list[str]] = []
    missed: list[str] = []
    for target in TARGETS:
        if target.size is not None and (target.size not in results or (
                target.relative and reference(results) >= target.size)):
            rows.append([target.text, f"≤ {target.show(target.limit)}", "not measured", ""])
            continue
        value = target.value(results, cold)
        met = value <= target.limit
        if not met:
            missed.append(target.text)
        rows.append([target.text, f"≤ {target.show(target.limit)}", target.show(value),
                     "met" if met else "MISSED"])
    return _render(["target", "promise", "measured", ""], rows, markdown), missed
