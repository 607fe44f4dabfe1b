"""Best-of-k timing and the small helpers the benchmark's processes share."""

from __future__ import annotations

import importlib.util
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent

T = TypeVar("T")


def use_checkout() -> None:
    """Import ``cxdesigner`` from this checkout even when it was not pip-installed."""
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    if importlib.util.find_spec("cxdesigner") is None:
        sys.path.insert(0, str(ROOT))


def best_of(runs: int, work: Callable[[], T]) -> tuple[float, T]:
    """The fastest of ``runs`` timings of ``work()``, with what the fastest run returned."""
    timings: list[tuple[float, T]] = []
    for _ in range(max(1, runs)):
        start = time.perf_counter()
        result = work()
        timings.append((time.perf_counter() - start, result))
    return min(timings, key=lambda timing: timing[0])


def peak_rss_mb() -> float:
    """The process's peak resident set so far, in MB (``ru_maxrss`` is in KiB on Linux)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scale = 1 if sys.platform == "darwin" else 1024  # macOS reports bytes
    return peak * scale / 1e6
