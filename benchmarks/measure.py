"""One size of the benchmark in its own process: open, edit, save, stats, memory; or the
bare baselines; or the PDF exports beside theirs.

Run by ``benchmarks/run.py`` (processes of their own for each project size, so that memory
peaks do not mix); prints one JSON object on its last line. By hand::

    python benchmarks/measure.py PROJECT.cxd [--runs 3] [--edit-runs 9] [--baselines | --pdf]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import best_of, peak_rss_mb, use_checkout

use_checkout()

import baselines  # noqa: E402
from PySide6.QtCore import QEvent, QRectF, QStandardPaths, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsView  # noqa: E402

from cxdesigner.analysis import project_json  # noqa: E402
from cxdesigner.canvas import JourneyView, ensure_fonts_loaded  # noqa: E402
from cxdesigner.document import JourneyDocument  # noqa: E402
from cxdesigner.export import ExportOptions, PaperSize, Section, export_pdf  # noqa: E402
from cxdesigner.io import load_project, save_project  # noqa: E402
from cxdesigner.layout import layout_journey  # noqa: E402
from cxdesigner.model import Journey, Project  # noqa: E402

MAP_SECTIONS = frozenset({Section.MAP, Section.LEGEND})
A0 = PaperSize.parse("A0")
A4 = PaperSize.parse("A4")
PDF_CASES = {"a0": ExportOptions(paper=A0, sections=MAP_SECTIONS, min_text=6),
             "a4_tiled": ExportOptions(paper=A0, tile=A4, sections=MAP_SECTIONS,
                                       allow_small_text=True, min_text=6)}
"""The map on A0 sheets, and the map on one A0 poster tiled on A4 sheets, both at the
table floor (6 pt) they have always been measured at, not the wall floor of A0."""


def _settle(app: QApplication) -> None:
    """Deliver what is pending: queued scene updates, then the repaint they ask for."""
    for _ in range(2):
        app.processEvents()


def _dispose(app: QApplication, view: QGraphicsView) -> None:
    """Close and free a view, its scene and its document (as closing a tab does)."""
    view.close()
    view.deleteLater()
    _settle(app)
    # Outside a running event loop, deferred deletions only happen when asked for.
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def measure_open(app: QApplication, path: Path, runs: int) -> tuple[dict[str, float],
                                                                   JourneyView]:
    """Open the file into a shown, painted view ``runs`` times; the phases of the fastest."""
    results: list[dict[str, float]] = []
    view: JourneyView | None = None
    for run in range(max(1, runs)):
        if view is not None:
            _dispose(app, view)
            view = None
        start = time.perf_counter()
        project = load_project(path)
        loaded = time.perf_counter()
        document = JourneyDocument(project, path)
        view = JourneyView(document, project.journeys[0].id)
        document.setParent(view)
        built = time.perf_counter()
        baselines.show_and_grab(view)
        painted = time.perf_counter()
        results.append({"open": painted - start, "open_read": loaded - start,
                        "open_scene": built - loaded, "open_paint": painted - built,
                        "open_run": float(run)})
    assert view is not None
    best = min(results, key=lambda phases: phases["open"])
    best["open_first"] = results[0]["open"]
    return best, view


def measure_open_baseline(app: QApplication, path: Path, spec: baselines.SceneSpec,
                          runs: int) -> float:
    def work() -> QGraphicsView:
        return baselines.bare_open(path, spec)[0]

    best = float("inf")
    for _ in range(max(1, runs)):
        start = time.perf_counter()
        view = work()
        best = min(best, time.perf_counter() - start)
        _dispose(app, view)
    return best


def measure_fit_paint(view: QGraphicsView, width: float, height: float,
                      runs: int) -> float:
    """Paint the whole map, zoomed out to fit the view (every item drawn, least detail)."""
    if isinstance(view, JourneyView):
        view.fit_to_window()  # as the editor's Fit to Window does
    else:
        view.fitInView(QRectF(-10, -10, width + 20, height + 20),
                       Qt.AspectRatioMode.KeepAspectRatio)
    seconds, _ = best_of(runs, lambda: view.grab())
    if isinstance(view, JourneyView):
        view.reset_zoom()
    else:
        view.resetTransform()
    return seconds


def _middle_touchpoint(journey: Journey) -> tuple[str, str, int]:
    """A touchpoint in the middle of the map: its id, the next stage's id, a middle index."""
    stages = [stage for stage in journey.stages if stage.touchpoints]
    number = max(0, len(stages) // 2 - 1)
    stage = stages[number]
    touchpoint = stage.touchpoints[len(stage.touchpoints) // 2]
    target = stages[min(number + 1, len(stages) - 1)]
    return touchpoint.id, target.id, len(target.touchpoints) // 2


def _middle_stage(journey: Journey) -> str:
    """The stage of the touchpoint in the middle of the map: where the edits add one."""
    touchpoint_id = _middle_touchpoint(journey)[0]
    return next(stage.id for stage in journey.stages
                if any(tp.id == touchpoint_id for tp in stage.touchpoints))


def measure_edits(app: QApplication, view: JourneyView, runs: int) -> dict[str, float]:
    """Rename a touchpoint, move one to the next stage, add one: each then undone.

    The edits go through the map's editing API, as the gestures do. ``NAME`` is the time of
    the edit and its undo, each until the document and the scene are up to date;
    ``NAME_paint`` the repaints that follow them, in a view at 100 % centred on the card.
    """
    editor = view.editor
    document = view.document
    journey = document.journey(view.journey_id)
    tp_id, stage_id, index = _middle_touchpoint(journey)
    stack = document.undo_stack
    layout = view.map_scene.map_layout
    assert layout is not None
    card = layout.touchpoints[tp_id].card
    view.resetTransform()
    view.centerOn(card.center.x, card.center.y)
    _settle(app)
    original = document.touchpoint(view.journey_id, tp_id).title
    home = _middle_stage(journey)
    count = stack.count()

    def timed(edit: Callable[[], object]) -> tuple[float, float]:
        start = time.perf_counter()
        edit()
        edited = time.perf_counter()
        _settle(app)
        painted = time.perf_counter()
        stack.undo()
        undone = time.perf_counter()
        _settle(app)
        repainted = time.perf_counter()
        assert stack.index() == count
        return (edited - start) + (undone - painted), (painted - edited) + (repainted - undone)

    edits: dict[str, Callable[[], object]] = {
        "rename": lambda: editor.set_title(tp_id, original + " (v2)"),
        "move": lambda: editor.move_touchpoints([tp_id], stage_id, index),
        "add": lambda: editor.add_touchpoint(home, 0),
    }
    results: dict[str, float] = {}
    for name, edit in edits.items():
        timings = [timed(edit) for _ in range(max(1, runs))]
        results[name] = min(update for update, _ in timings)
        results[f"{name}_paint"] = min(paint for _, paint in timings)
    assert document.touchpoint(view.journey_id, tp_id).title == original
    return results


def measure_overview(app: QApplication, view: JourneyView, runs: int) -> float:
    """The map's overview drawn again after a touchpoint is added and undone, as its timer
    does shortly after edits, in the view of :func:`measure_edits`."""
    overview = view.minimap
    overview.follow()
    journey = view.document.journey(view.journey_id)
    view.editor.add_touchpoint(_middle_stage(journey), 0)
    _settle(app)
    view.document.undo_stack.undo()
    _settle(app)
    seconds, _ = best_of(runs, overview.redraw_now)
    return seconds


def measure_save(project: Project, folder: Path, runs: int) -> dict[str, float]:
    """Save as the editor does: atomically, keeping backups."""
    target = folder / "saved.cxd"
    save_project(project, target)  # the first save creates the file; later ones rotate backups
    save, _ = best_of(runs, lambda: save_project(project, target))
    return {"save": save, "file_mb": target.stat().st_size / 1e6}


def measure_pdf(path: Path, runs: int) -> dict[str, float]:
    """The map on A0 (one sheet, or the A0 pages its text needs to stay readable), the map
    on one A0 poster tiled on A4 sheets (its text allowed to be as small as that takes), and
    their bare baseline: in turn, run after run, the best of each.

    Run in a process of its own (``--pdf``) that has read the file and painted nothing, as
    the editor runs an export in a worker thread that starts from its event loop. The
    export is all Python, and on x86 processors Python can run slower in a thread that has
    just painted with Qt: the raster painter may leave the vector registers' upper halves
    in use, and until some native code clears them every instruction of the interpreter
    pays for it (the bare baseline alone then takes 1.6x its time). Measured in the process
    that had just painted the map, the export was timed in that state.
    """
    project = load_project(path)
    marks = baselines.printed_marks(project, layout_journey(project.journeys[0]))
    timings: dict[str, list[float]] = {"a0": [], "a4_tiled": [], "pdf_bare": []}
    results = {"pdf_bare_marks": float(marks.count)}
    with tempfile.TemporaryDirectory(prefix="cxd-bench-") as name:
        folder = Path(name)
        for _ in range(max(1, runs)):
            for key, options in PDF_CASES.items():
                start = time.perf_counter()
                result = export_pdf(project, folder / f"{key}.pdf", options)
                timings[key].append(time.perf_counter() - start)
                results[f"{key}_pages"] = float(result.page_count)
            start = time.perf_counter()
            baselines.bare_pdf(marks)
            timings["pdf_bare"].append(time.perf_counter() - start)
    results.update({key: min(values) for key, values in timings.items()})
    return results


def session(path: Path, runs: int, edit_runs: int) -> dict[str, float]:
    """Everything the editor does with one project file, in this process, and its peak memory."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QStandardPaths.setTestModeEnabled(True)  # the window's settings stay out of the user's
    ensure_fonts_loaded()
    results: dict[str, float] = {}
    phases, view = measure_open(app, path, runs)
    results.update(phases)
    results["rss_open"] = peak_rss_mb()
    layout = view.map_scene.map_layout
    assert layout is not None
    results["items"] = float(len(view.map_scene.items()))
    results.update(measure_edits(app, view, edit_runs))
    results["overview"] = measure_overview(app, view, edit_runs)
    results["fit_paint"] = measure_fit_paint(view, layout.width, layout.height, runs)
    project = view.document.project
    with tempfile.TemporaryDirectory(prefix="cxd-bench-") as name:
        folder = Path(name)
        results.update(measure_save(project, folder, runs))
        # Printed here too, so that the session's peak memory holds an export's; their
        # time is measured in a process of their own (measure_pdf).
        for options in PDF_CASES.values():
            export_pdf(project, folder / "printed.pdf", options)
    results["stats"], _ = best_of(runs, lambda: project_json(project))
    _dispose(app, view)
    results.update(measure_window(app, path, edit_runs))
    results["rss"] = peak_rss_mb()
    results["touchpoints"] = float(sum(len(s.touchpoints) for s in project.journeys[0].stages))
    return results


def measure_window(app: QApplication, path: Path, edit_runs: int) -> dict[str, float]:
    """The same file opened in the editor's main window (map, docks, inspector), then the
    same edits there: what a user waits for, every listener of the document included."""
    from cxdesigner.app import set_identity
    from cxdesigner.ui.recovery import RecoveryStore
    from cxdesigner.ui.settings import Preferences
    from cxdesigner.ui.windows import WindowManager

    set_identity()
    manager = WindowManager(Preferences(parent=app), RecoveryStore(), "en", app)
    window = manager.new_window()
    window.resize(*baselines.VIEW_SIZE)
    window.show()
    _settle(app)
    start = time.perf_counter()
    window.files.open_path(path)
    _settle(app)
    results = {"window_open": time.perf_counter() - start}
    view = window.tabs.current_view()
    assert view is not None
    edits = measure_edits(app, view, edit_runs)
    results.update({f"window_{name}": value for name, value in edits.items()})
    window.close()
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return results


def measure_add_baseline(path: Path, runs: int) -> float:
    """The same add and undo as :func:`measure_edits`, on the document alone."""
    project = load_project(path)
    document = JourneyDocument(project, path)
    journey = project.journeys[0]
    stage_id = _middle_stage(journey)
    seconds, _ = best_of(runs, lambda: baselines.bare_add(document, journey.id, stage_id))
    return seconds


def baseline_session(path: Path, runs: int, edit_runs: int) -> dict[str, float]:
    """The bare baselines of every figure, in a process of their own."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    project = load_project(path)
    spec = baselines.scene_spec(project)
    results: dict[str, float] = {"bare_items": float(spec.item_count)}
    results["add_bare"] = measure_add_baseline(path, edit_runs)
    results["open_bare"] = measure_open_baseline(app, path, spec, runs)
    view = baselines.bare_view(spec)
    baselines.show_and_grab(view)
    results["fit_paint_bare"] = measure_fit_paint(view, spec.width, spec.height, runs)
    _dispose(app, view)
    data = json.loads(path.read_bytes())
    with tempfile.TemporaryDirectory(prefix="cxd-bench-") as name:
        target = Path(name) / "bare.json"
        results["save_bare"], _ = best_of(runs, lambda: baselines.bare_save(data, target))
    layout = layout_journey(project.journeys[0])
    results["overview_bare"], _ = best_of(edit_runs, lambda: baselines.bare_overview(layout))
    results["stats_bare"], _ = best_of(runs, lambda: baselines.bare_graphs(project))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("project", type=Path)
    parser.add_argument("--runs", type=int, default=3, help="best of this many (default: 3)")
    parser.add_argument("--edit-runs", type=int, default=9,
                        help="best of this many for the edits (default: 9)")
    parser.add_argument("--baselines", action="store_true",
                        help="measure the bare baselines instead")
    parser.add_argument("--pdf", action="store_true",
                        help="measure the PDF exports and their bare baseline instead")
    options = parser.parse_args(argv)
    if options.baselines:
        print(json.dumps(baseline_session(options.project, options.runs, options.edit_runs)))
    elif options.pdf:
        print(json.dumps(measure_pdf(options.project, options.runs)))
    else:
        print(json.dumps(session(options.project, options.runs, options.edit_runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
