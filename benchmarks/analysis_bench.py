"""Time the analysis of a 2,000-touchpoint journey full of loops against a bare baseline.

Run: ``python benchmarks/analysis_bench.py``. The baseline, measured in the same run,
builds a plain networkx DiGraph of the same touchpoints and flows, so the ratio says how
much the analysis costs beyond merely holding the graph, whatever the machine.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

import networkx as nx

from cxdesigner.analysis import analyse_flows, summarise_journey
from cxdesigner.model import (
    Channel,
    Flow,
    Interlocutor,
    Journey,
    Project,
    Stage,
    SurveyAnswer,
    SurveyIndicator,
    Touchpoint,
)

STAGES = 20
PER_STAGE = 100
RUNS = 7


def build_project(seed: int = 7) -> Project:
    """A project whose one journey has 2,000 touchpoints, local loops and long returns."""
    rnd = random.Random(seed)
    channels = [Channel(id=f"ch{i}", name=f"Channel {i}") for i in range(8)]
    people = [Interlocutor(id=f"who{i}", name=f"Person {i}") for i in range(6)]
    stages = []
    for s in range(STAGES):
        stages.append(Stage(id=f"s{s}", name=f"Stage {s}", touchpoints=[
            Touchpoint(id=f"t{s * PER_STAGE + i}", title=f"Step {(s * PER_STAGE + i) % 1500}",
                       channel_id=rnd.choice(channels).id, interlocutor_id=rnd.choice(people).id,
                       emotion=rnd.randint(-3, 3))
            for i in range(PER_STAGE)]))
    count = STAGES * PER_STAGE
    pairs = {(i, i + 1) for i in range(count - 1)}
    pairs |= {(i, i + rnd.randint(2, 6)) for i in range(0, count - 6, 3)}  # skipped steps
    pairs |= {(i, i - rnd.randint(1, 8)) for i in range(8, count, 7)}  # going back a little
    pairs |= {(rnd.randrange(count // 2, count), rnd.randrange(count // 2))
              for _ in range(20)}  # starting over from far along the journey
    flows = [Flow(id=f"f{n}", source_id=f"t{a}", target_id=f"t{b}")
             for n, (a, b) in enumerate(sorted(pairs))]
    journey = Journey(id="j", name="Benchmark", stages=stages, flows=flows)
    answers = [SurveyAnswer(scope_id=f"t{rnd.randrange(count)}", indicator=SurveyIndicator.NPS,
                            value=rnd.randint(0, 10)) for _ in range(2000)]
    return Project(title="Benchmark", channels=channels, interlocutors=people,
                   journeys=[journey], answers=answers)


def best_of(action: Callable[[], object], runs: int = RUNS) -> tuple[float, float]:
    """The fastest and the median time of ``runs`` calls, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main() -> None:
    """Measure and print."""
    project = build_project()
    journey = project.journeys[0]
    pairs = [(flow.source_id, flow.target_id) for flow in journey.flows]
    nodes = [touchpoint.id for _, touchpoint in journey.touchpoints()]

    def baseline() -> object:
        graph: nx.DiGraph[str] = nx.DiGraph()
        graph.add_nodes_from(nodes)
        graph.add_edges_from(pairs)
        return graph

    analysis = analyse_flows(journey)
    print(f"journey: {len(nodes)} touchpoints, {len(pairs)} flows; "
          f"{len(analysis.loops.loops)} loops listed (cut: {not analysis.loops.complete}), "
          f"longest path {len(analysis.longest_path)} steps, "
          f"{len(analysis.dead_ends)} dead ends, {len(analysis.unreachable)} unreachable")
    base_best, base_median = best_of(baseline)
    print(f"baseline, plain DiGraph of the same size: best {base_best * 1000:7.1f} ms, "
          f"median {base_median * 1000:7.1f} ms")
    for label, action in (("flow analysis (analyse_flows)", lambda: analyse_flows(journey)),
                          ("full summary (summarise_journey)",
                           lambda: summarise_journey(project, journey))):
        best, median = best_of(action)
        print(f"{label}: best {best * 1000:7.1f} ms, median {median * 1000:7.1f} ms, "
              f"{best / base_best:5.1f} x the baseline")


if __name__ == "__main__":
    main()
