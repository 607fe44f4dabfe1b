"""The sector benchmark and the value of the actions as JSON-ready data (``stats --json``).

Figures as :mod:`cxdesigner.analysis.benchmark` and :mod:`cxdesigner.analysis.action_value`
define them, unrounded; ``null`` where an input is missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cxdesigner.analysis.action_value import action_values, by_value_for_effort, value_totals
from cxdesigner.analysis.benchmark import (
    Benchmark,
    CriterionRow,
    benchmark,
    client_readings,
    compare_waves,
    default_waves,
)
from cxdesigner.model import Journey, Project, Wave


def _wave(wave: Wave | None) -> dict[str, Any] | None:
    return None if wave is None else {"id": wave.id, "name": wave.name,
                                      "date": wave.date.isoformat()}


def _row(row: CriterionRow) -> list[dict[str, Any]]:
    return [{"player_id": f.player_id, "mean": f.mean, "n": f.n, "low": f.low, "high": f.high,
             "spread": f.spread, "rank": f.rank, "gap_to_best": f.gap} for f in row.figures]


def _bench(bench: Benchmark) -> dict[str, Any]:
    strengths, watch = client_readings(bench)
    return {"wave": _wave(bench.wave), "scorecards": bench.scorecards,
            "criteria": [{"criterion": row.criterion, "best": row.best, "players": _row(row)}
                         for row in bench.criteria],
            "overall": {"best": bench.overall.best, "players": _row(bench.overall)},
            "strengths": [r.criterion for r in strengths],
            "points_to_watch": [r.criterion for r in watch]}


def journey_benchmark_json(project: Project, journey: Journey) -> dict[str, Any]:
    """One journey's benchmark in its latest wave scored, and the change from the one
    before (``evolution``: null with fewer than two waves)."""
    latest, earlier = default_waves(project, journey)
    bench = benchmark(project, journey, wave_id=latest.id if latest is not None else None)
    evolution = None
    if latest is not None and earlier is not None:
        comparison = compare_waves(project, journey, earlier.id, latest.id)
        evolution = {"from": _wave(earlier), "to": _wave(latest),
                     "players": [{"player_id": c.before.player_id, "before": c.before.mean,
                                  "after": c.after.mean, "change": c.change,
                                  "criteria_compared": c.before.n if c.change is not None
                                  else 0, "left_out": list(c.left_out),
                                  "rank_before": c.before.rank, "rank_after": c.after.rank}
                                 for c in comparison.overall]}
    return {"journey": journey.name, "journey_id": journey.id, **_bench(bench),
            "evolution": evolution}


def benchmark_json(project: Project, journeys: Sequence[Journey]) -> dict[str, Any]:
    """The players, and the benchmark of each of ``journeys`` whose players are scored."""
    return {"players": [{"id": p.id, "name": p.name, "colour": p.colour, "client": p.client}
                        for p in project.players],
            "journeys": [journey_benchmark_json(project, journey) for journey in journeys
                         if project.players and benchmark(project, journey).scored]}


def action_values_json(project: Project) -> dict[str, Any]:
    """Each value of a point, the actions ranked by value for effort, and the totals."""
    values = by_value_for_effort(action_values(project))
    return {
        "point_values": [{"indicator": p.indicator, "amount": p.amount, "unit": p.unit,
                          "higher_is_better": p.higher_is_better, "effect": p.effect,
                          "source": p.source} for p in project.point_values],
        "actions": [{"id": v.action.id, "description": v.action.description,
                     "expected_points": v.expected_points, "expected_value": v.expected_value,
                     "obtained_points": v.obtained_points, "obtained_value": v.obtained_value,
                     "value_per_day": v.per_day, "rank": v.rank, "missing": list(v.missing),
                     "unit": v.point.unit if v.point is not None else None}
                    for v in values],
        "totals": [{"unit": t.unit, "expected": t.expected, "expected_actions": t.expected_n,
                    "obtained": t.obtained, "obtained_actions": t.obtained_n,
                    "still_open": t.still_open, "open_actions": t.open_n}
                   for t in value_totals(values)],
    }
