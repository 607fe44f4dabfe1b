"""How much room snapshots take in a project file, and how long they take.

A synthetic map (``synthetic.make_project``) gets a snapshot, then a round of edits (a
number of cards re-titled and re-scored), then another snapshot, and so on; the file is
measured at the end, beside the map alone and beside what full copies would take.

Usage::

    python benchmarks/snapshots.py [--touchpoints 300] [--snapshots 10] [--changed 15]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

if importlib.util.find_spec("cxdesigner") is None:  # a checkout that was not pip-installed
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import make_project  # noqa: E402

from cxdesigner.io import dumps_project, loads_project  # noqa: E402
from cxdesigner.versions.snapshots import snapshot_project, with_snapshot  # noqa: E402


def measure(touchpoints: int = 300, snapshots: int = 10, changed: int = 15,
            seed: int = 0) -> dict[str, Any]:
    """Sizes (bytes) and times (seconds) of ``snapshots`` snapshots of a synthetic map,
    ``changed`` cards edited between two snapshots."""
    project = make_project(touchpoints, seed=seed)
    rng = random.Random(seed)
    alone = len(dumps_project(project).encode("utf-8"))
    taking = 0.0
    start = dt.datetime(2026, 11, 2, 9, tzinfo=dt.UTC)
    for number in range(snapshots):
        began = time.perf_counter()
        history, _ = with_snapshot(project, f"Snapshot {number + 1}", "Claire",
                                   start + dt.timedelta(days=number), f"snapshot-{number}")
        project = project.model_copy(update={"history": history})
        taking = max(taking, time.perf_counter() - began)
        cards = [tp for journey in project.journeys for _, tp in journey.touchpoints()]
        for card in rng.sample(cards, min(changed, len(cards))):
            card.title += " *"
            card.emotion = rng.randint(-3, 3)
    text = dumps_project(project)
    began = time.perf_counter()
    loaded = loads_project(text)
    opening = time.perf_counter() - began
    began = time.perf_counter()
    snapshot_project(loaded.history, "snapshot-0")
    reading = time.perf_counter() - began
    copies = sum(len(dumps_project(snapshot_project(loaded.history, s.id)).encode("utf-8"))
                 for s in loaded.history.snapshots)
    size = len(text.encode("utf-8"))
    return {"touchpoints": touchpoints, "snapshots": snapshots, "changed": changed,
            "map_bytes": alone, "file_bytes": size, "ratio": size / alone,
            "full_copies_bytes": alone + copies, "full_copies_ratio": (alone + copies) / alone,
            "pieces": len(loaded.history.pieces), "take_seconds": taking,
            "open_seconds": opening, "read_snapshot_seconds": reading}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--touchpoints", type=int, default=300)
    parser.add_argument("--snapshots", type=int, default=10)
    parser.add_argument("--changed", type=int, default=15)
    options = parser.parse_args(argv)
    found = measure(options.touchpoints, options.snapshots, options.changed)
    mb = 1024 * 1024
    print(f"{found['touchpoints']} touchpoints, {found['snapshots']} snapshots, "
          f"{found['changed']} cards edited between two")
    print(f"  the map alone:              {found['map_bytes'] / mb:6.2f} MB")
    print(f"  with its snapshots:         {found['file_bytes'] / mb:6.2f} MB "
          f"({found['ratio']:.1f}x), {found['pieces']} pieces")
    print(f"  had each been a full copy:  {found['full_copies_bytes'] / mb:6.2f} MB "
          f"({found['full_copies_ratio']:.1f}x)")
    print(f"  take a snapshot: {found['take_seconds'] * 1000:.0f} ms; open the file: "
          f"{found['open_seconds'] * 1000:.0f} ms; read a snapshot back: "
          f"{found['read_snapshot_seconds'] * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
