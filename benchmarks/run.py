"""CX Designer's performance benchmark: big maps must stay instant.

Generates synthetic projects (``benchmarks/synthetic.py``) of 100, 2,000 and 10,000
touchpoints and measures, each size in processes of its own so that memory peaks do not mix:
opening a file into a shown and painted map, a rename, a move and an added touchpoint with
their undo, saving, the A0 and tiled A4 PDF exports, the ``stats`` report and the peak
memory; then the editor's cold start to a shown window. Every figure stands beside a bare
baseline measured in the same run (see ``baselines.py``), as a ratio that holds on a noisy
machine, and the project's performance targets are checked at the end.

Usage::

    python benchmarks/run.py [--sizes 100 2000 10000] [--quick] [--markdown] [--json FILE]

Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from report import TARGET_SIZE, Results, render_table, targets_table
from timing import HERE, ROOT, use_checkout

use_checkout()

from synthetic import make_project  # noqa: E402

from cxdesigner.io import save_project  # noqa: E402

DEFAULT_SIZES = (100, 2000, 10000)
HOOK = "CXDESIGNER_EXIT_WHEN_SHOWN"
"""Set to 1, the editor prints one line once its first window is shown, then quits."""
CHILD_TIMEOUT = 900.0


@dataclass(frozen=True)
class Plan:
    """How many runs each measure takes the best of."""

    quick: bool

    def runs(self, size: int) -> int:
        if self.quick:
            return 1
        return 5 if size <= 500 else 3 if size <= 3000 else 2

    def edit_runs(self, size: int) -> int:
        if self.quick:
            return 3
        return 9 if size <= 3000 else 5

    @property
    def cold_runs(self) -> int:
        return 2 if self.quick else 5


def child_environment(home: Path) -> dict[str, str]:
    """Offscreen Qt, settings and recovery files kept in a throw-away folder, and compiled
    bytecode kept there too: a start-up is timed as an installed copy starts, its modules
    compiled once (by the first run) rather than at every start."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                       PYTHONPYCACHEPREFIX=str(home / "bytecode"))
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                 "XDG_RUNTIME_DIR"):
        folder = home / name.lower()
        folder.mkdir(mode=0o700, exist_ok=True)
        environment[name] = str(folder)
    environment.pop(HOOK, None)
    return environment


def run_child(arguments: Sequence[str], environment: dict[str, str]) -> dict[str, float]:
    """Run a measuring process; its last line of output is a JSON object."""
    done = subprocess.run([sys.executable, *arguments], capture_output=True, text=True,
                          env=environment, timeout=CHILD_TIMEOUT, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(arguments)} failed:\n{done.stderr[-3000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def time_to_first_line(command: Sequence[str], environment: dict[str, str]) -> float:
    """Seconds from starting ``command`` to its first line of output (then it must exit)."""
    start = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          env=environment) as process:
        assert process.stdout is not None
        line = process.stdout.readline()
        elapsed = time.perf_counter() - start
        try:
            _, errors = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
        if not line or process.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} did not report a shown window:\n"
                               f"{errors[-3000:]}")
    return elapsed


def editor_has_hook() -> bool:
    """Whether the editor knows :data:`HOOK` (it then quits by itself once shown)."""
    return any(HOOK in path.read_text(encoding="utf-8")
               for path in (ROOT / "cxdesigner").rglob("*.py"))


def measure_cold_start(runs: int, environment: dict[str, str],
                       project: Path | None) -> dict[str, float]:
    """Best-of cold start of the editor, of the editor opening ``project``, and of the bare
    window, alternated."""
    hooked = editor_has_hook()
    if hooked:
        editor = [sys.executable, "-m", "cxdesigner"]
        editor_environment = dict(environment, **{HOOK: "1"})
    else:
        editor = [sys.executable, str(HERE / "processes.py"), "editor"]
        editor_environment = environment
    bare = [sys.executable, str(HERE / "processes.py"), "bare-window"]
    time_to_first_line(editor, editor_environment)  # warm the disk cache
    times: dict[str, list[float]] = {"cold": [], "cold_bare": [], "cold_file": []}
    for _ in range(runs):
        times["cold"].append(time_to_first_line(editor, editor_environment))
        times["cold_bare"].append(time_to_first_line(bare, environment))
        if project is not None:
            times["cold_file"].append(time_to_first_line([*editor, str(project)],
                                                         editor_environment))
    results = {name: min(values) for name, values in times.items() if values}
    results["cold_hook"] = float(hooked)
    return results


def machine() -> str:
    """The machine, for the table's caption."""
    cpu = platform.processor() or platform.machine()
    memory = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next((line.split(":", 1)[1].strip() for line in info
                        if line.startswith("model name")), cpu)
        with open("/proc/meminfo", encoding="utf-8") as info:
            kib = next(int(line.split()[1]) for line in info if line.startswith("MemTotal"))
            memory = f", {kib / 1024 ** 2:.0f} GiB RAM"
    except (OSError, StopIteration):
        pass
    import PySide6
    from PySide6.QtCore import qVersion

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (f"{cores} cores ({cpu}){memory}, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}, Qt {qVersion()} "
            f"(PySide6 {PySide6.__version__})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES),
                        help="touchpoint counts (default: 100 2000 10000)")
    parser.add_argument("--quick", action="store_true",
                        help="best of 1 (edits: of 3) instead of best of 2 to 5")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic projects")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--json", type=Path, default=None, help="also write the raw figures")
    options = parser.parse_args(argv)
    plan = Plan(options.quick)
    sizes = sorted(set(options.sizes))
    began = time.perf_counter()
    results: Results = {}
    with tempfile.TemporaryDirectory(prefix="cxd-perf-") as name:
        folder = Path(name)
        environment = child_environment(folder)
        for size in sizes:
            path = folder / f"synthetic-{size}.cxd"
            save_project(make_project(size, options.seed), path, backups=0)
            print(f"N={size:,}: measuring…", file=sys.stderr, flush=True)
            figures = run_child([str(HERE / "measure.py"), str(path),
                                 "--runs", str(plan.runs(size)),
                                 "--edit-runs", str(plan.edit_runs(size))], environment)
            figures.update(run_child([str(HERE / "measure.py"), str(path), "--baselines",
                                      "--runs", str(plan.runs(size)),
                                      "--edit-runs", str(plan.edit_runs(size))], environment))
            figures.update(run_child([str(HERE / "measure.py"), str(path), "--pdf",
                                      "--runs", str(plan.runs(size))], environment))
            figures.update(run_child([str(HERE / "processes.py"), "bare-memory", str(path)],
                                     environment))
            results[size] = figures
            if size != TARGET_SIZE:
                path.unlink()
        print("cold start: measuring…", file=sys.stderr, flush=True)
        target = folder / f"synthetic-{TARGET_SIZE}.cxd"
        cold = measure_cold_start(plan.cold_runs, environment,
                                  target if target.exists() else None)
    caption = (f"{dt.date.today().isoformat()} · {machine()} · best of "
               f"{' / '.join(str(plan.runs(size)) for size in sizes)} runs "
               f"(edits: best of {' / '.join(str(plan.edit_runs(size)) for size in sizes)})")
    print(caption)
    print()
    print(render_table(results, cold, options.markdown))
    print()
    table, missed = targets_table(results, cold, options.markdown)
    print(table)
    print(f"\n{len(missed)} target(s) missed; the run took {time.perf_counter() - began:.0f} s.")
    if options.json is not None:
        options.json.write_text(json.dumps({"caption": caption, "sizes": results,
                                            "cold_start": cold}, indent=1), encoding="utf-8")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
