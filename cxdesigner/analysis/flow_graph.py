"""The flow graph of a journey, built on demand, and the questions it answers.

The graph is never stored: it is rebuilt from the journey whenever it is needed, so the
model stays the single source of truth. Nodes are touchpoint ids; an edge stands for one
or more flows (their ids are kept on the edge under ``"flows"``).

Definitions, as the numbers are meant to be checked by hand:

- **map order**: stage by stage, and within a stage in the touchpoints' order.
- **channel switch**: a flow whose two touchpoints both have a channel, and the channels
  differ. Counted per flow, so two flows between the same touchpoints count twice.
- **hand-off**: a flow whose two touchpoints both have an interlocutor, and they differ.
- **loop**: an elementary cycle of the graph (no touchpoint twice), including a flow from
  a touchpoint to itself; see :mod:`cxdesigner.analysis.loops` for the limits.
- **repeated steps**: touchpoints of the journey whose titles are equal once case,
  accents and spacing are ignored (untitled touchpoints are left out).
- **entry points**: the touchpoints of the first stage that has any touchpoint. A journey
  starts where the map starts; a touchpoint elsewhere with no incoming flow is not an
  entry but is reported as unreachable, which is what it is on the map.
- **unreachable**: touchpoints that no path from an entry point reaches.
- **dead end**: a touchpoint with no flow to another touchpoint, outside the last stage
  that has any touchpoint (an empty closing column does not make every step a dead end).
- **longest path**: the longest path without repetition found by a depth-first search
  from the entry points (then from every touchpoint not yet seen, in map order, taking
  flows in map order), after dropping the flows that close a loop in that search: what
  is left has no loop, and its longest path is found in linear time. On a graph with
  loops the true longest simple path is NP-hard; this one is a path of the journey that
  repeats nothing and follows the map's direction.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import networkx as nx

from cxdesigner.analysis.loops import DEFAULT_MAX_COUNT, DEFAULT_MAX_LENGTH, LoopSearch, find_loops
from cxdesigner.analysis.text import fold
from cxdesigner.model import Flow, Journey, is_channel_switch, is_handoff


def map_order(journey: Journey) -> list[str]:
    """The touchpoint ids of ``journey`` in map order."""
    return [touchpoint.id for _, touchpoint in journey.touchpoints()]


def build_flow_graph(journey: Journey) -> nx.DiGraph[str]:
    """A directed graph of the journey's touchpoints (nodes, in map order) and flows (edges)."""
    graph: nx.DiGraph[str] = nx.DiGraph()
    for rank, (stage, touchpoint) in enumerate(journey.touchpoints()):
        graph.add_node(touchpoint.id, rank=rank, stage_id=stage.id)
    for flow in journey.flows:
        if flow.source_id not in graph or flow.target_id not in graph:
            continue  # a broken file; the model's own checks report it
        if graph.has_edge(flow.source_id, flow.target_id):
            graph.edges[flow.source_id, flow.target_id]["flows"].append(flow.id)
        else:
            graph.add_edge(flow.source_id, flow.target_id, flows=[flow.id])
    return graph


def channel_switches(journey: Journey) -> list[Flow]:
    """The flows that switch channel, in the journey's flow order."""
    index = journey.touchpoint_index()
    return [flow for flow in journey.flows
            if flow.source_id in index and flow.target_id in index
            and is_channel_switch(index[flow.source_id], index[flow.target_id])]


def handoffs(journey: Journey) -> list[Flow]:
    """The flows that hand the customer to another interlocutor, in flow order."""
    index = journey.touchpoint_index()
    return [flow for flow in journey.flows
            if flow.source_id in index and flow.target_id in index
            and is_handoff(index[flow.source_id], index[flow.target_id])]


def repeated_steps(journey: Journey) -> list[tuple[str, ...]]:
    """Groups of touchpoint ids with the same folded title, in map order of first appearance."""
    groups: dict[str, list[str]] = {}
    for _, touchpoint in journey.touchpoints():
        key = fold(touchpoint.title)
        if key:
            groups.setdefault(key, []).append(touchpoint.id)
    return [tuple(ids) for ids in groups.values() if len(ids) > 1]


def entry_points(journey: Journey) -> list[str]:
    """The touchpoints of the first stage that has any."""
    for stage in journey.stages:
        if stage.touchpoints:
            return [touchpoint.id for touchpoint in stage.touchpoints]
    return []


def _last_stage_ids(journey: Journey) -> set[str]:
    for stage in reversed(journey.stages):
        if stage.touchpoints:
            return {touchpoint.id for touchpoint in stage.touchpoints}
    return set()


def dead_ends(journey: Journey, graph: nx.DiGraph[str]) -> list[str]:
    """Touchpoints with no flow to another touchpoint, outside the last non-empty stage."""
    last = _last_stage_ids(journey)
    return [node for node in map_order(journey) if node not in last
            and all(after == node for after in graph.successors(node))]


def reachable_from(graph: nx.DiGraph[str], starts: Iterable[str]) -> set[str]:
    """``starts`` and every touchpoint a path from one of them reaches."""
    seen = {node for node in starts if node in graph}
    frontier = list(seen)
    while frontier:
        node = frontier.pop()
        for after in graph.successors(node):
            if after not in seen:
                seen.add(after)
                frontier.append(after)
    return seen


def unreachable(journey: Journey, graph: nx.DiGraph[str]) -> list[str]:
    """Touchpoints no path from the entry points reaches, in map order."""
    reached = reachable_from(graph, entry_points(journey))
    return [node for node in map_order(journey) if node not in reached]


def _loop_closing_flows(graph: nx.DiGraph[str], roots: Sequence[str],
                        rank: dict[str, int]) -> set[tuple[str, str]]:
    """The back edges of a depth-first search from ``roots`` in order, flows taken in map order."""
    state: dict[str, bool] = {}  # True while on the search path, False once finished
    closing: set[tuple[str, str]] = set()
    for root in roots:
        if root in state:
            continue
        state[root] = True
        # An explicit stack: a 2,000-step chain would overflow Python's recursion limit.
        stack = [(root, iter(sorted(graph.successors(root), key=rank.__getitem__)))]
        while stack:
            node, pending = stack[-1]
            for after in pending:
                if after not in state:
                    state[after] = True
                    stack.append((after, iter(sorted(graph.successors(after),
                                                     key=rank.__getitem__))))
                    break
                if state[after]:
                    closing.add((node, after))
            else:
                state[node] = False
                stack.pop()
    return closing


def longest_path(journey: Journey, graph: nx.DiGraph[str]) -> list[str]:
    """The longest path without repetition, as defined in this module's docstring."""
    order = map_order(journey)
    rank = {node: index for index, node in enumerate(order)}
    closing = _loop_closing_flows(graph, [*entry_points(journey), *order], rank)
    ahead = {node: [after for after in graph.successors(node) if (node, after) not in closing]
             for node in order}
    waiting = dict.fromkeys(order, 0)
    for node in order:
        for after in ahead[node]:
            waiting[after] += 1
    # Kahn's topological order, earliest touchpoint first, so ties follow the map.
    ready = [(rank[node], node) for node in order if waiting[node] == 0]
    heapq.heapify(ready)
    length = dict.fromkeys(order, 1)
    previous: dict[str, str] = {}
    while ready:
        _, node = heapq.heappop(ready)
        for after in ahead[node]:
            if length[node] + 1 > length[after]:
                length[after] = length[node] + 1
                previous[after] = node
            waiting[after] -= 1
            if waiting[after] == 0:
                heapq.heappush(ready, (rank[after], after))
    if not order:
        return []
    end = max(order, key=lambda node: (length[node], -rank[node]))
    path = [end]
    while path[-1] in previous:
        path.append(previous[path[-1]])
    return path[::-1]


@dataclass(frozen=True)
class FlowAnalysis:
    """What the flow graph of one journey says; every list holds ids, in map or flow order."""

    touchpoints: int
    flows: int
    channel_switches: tuple[str, ...]
    handoffs: tuple[str, ...]
    loops: LoopSearch
    repeated_steps: tuple[tuple[str, ...], ...]
    entry_points: tuple[str, ...]
    dead_ends: tuple[str, ...]
    unreachable: tuple[str, ...]
    longest_path: tuple[str, ...]


def analyse_flows(journey: Journey, *, max_loop_length: int = DEFAULT_MAX_LENGTH,
                  max_loops: int = DEFAULT_MAX_COUNT) -> FlowAnalysis:
    """Every flow-graph figure of ``journey``, from one graph built for the occasion."""
    graph = build_flow_graph(journey)
    order = map_order(journey)
    return FlowAnalysis(
        touchpoints=len(order),
        flows=len(journey.flows),
        channel_switches=tuple(flow.id for flow in channel_switches(journey)),
        handoffs=tuple(flow.id for flow in handoffs(journey)),
        loops=find_loops(graph, order, max_length=max_loop_length, max_count=max_loops),
        repeated_steps=tuple(repeated_steps(journey)),
        entry_points=tuple(entry_points(journey)),
        dead_ends=tuple(dead_ends(journey, graph)),
        unreachable=tuple(unreachable(journey, graph)),
        longest_path=tuple(longest_path(journey, graph)),
    )
