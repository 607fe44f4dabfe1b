"""The flow graph of a journey, built on demand, and the questions it answers.

The graph is never stored: it is rebuilt from the journey whenever it is needed, so the
model stays the single source of truth. Nodes are touchpoint ids; an edge stands for one
or more links (kept on the edge under ``"links"``).

Definitions, as the numbers are meant to be checked by hand:

- **map order**: stage by stage, and within a stage in the touchpoints' order.
- **the path**: the journey's **links**, each a drawn flow or an implied link, given by
  :func:`~cxdesigner.model.path.journey_links`. The rule: a touchpoint leads to the next
  touchpoint in map order (an **implied link**) unless

  - it is marked as **ending the path** (``ends_path``): the consultant broke the link,
    because the journey really ends there (the customer gives up, or the map goes on
    with another case) or goes on only through the flows drawn from it; or
  - a flow drawn from it already says where the path goes next: a flow of any kind to
    that next touchpoint (it stands for the link, which is not counted a second time),
    or a "next step" flow to a touchpoint further along the map (the path skips ahead).

  Every other drawn flow comes on top of the implied link: a flow back (a loop), a
  transfer, an alternative, or a "next step" flow drawn backwards. Why: a consultant
  who draws a loop from step 5 back to step 2 still reads step 5 leading on to step 6,
  and one who draws a transfer from the chat to the phone still reads the chat card
  leading to the card beside it, until they break that link; whereas "next step" drawn
  from step 3 to step 7 is read as the path skipping 4 to 6. So cards typed one after
  the other are a path, and the same journey gives the same figures whether its steps
  were linked by drawn flows or by their order on the map. The last touchpoint of the
  map has no implied link; empty stages are skipped.
- every figure below counts **implied links as links**, exactly like drawn flows.
- **channel switch**: a link whose two touchpoints both have a channel, and the channels
  differ. Counted per link, so two flows drawn between the same touchpoints count twice.
- **hand-off**: a link whose two touchpoints both have an interlocutor, and they differ.
- **loop**: an elementary cycle of the graph (no touchpoint twice), including a flow from
  a touchpoint to itself; see :mod:`cxdesigner.analysis.loops` for the limits. Implied
  links only go forward, so a loop has at least one flow drawn backwards, and implied
  links carry it through the steps in between.
- **repeated steps**: touchpoints of the journey whose titles are equal once case,
  accents and spacing are ignored (untitled touchpoints are left out); links play no part.
- **entry points**: the touchpoints of the first stage that has any touchpoint. A journey
  starts where the map starts; a touchpoint elsewhere that no link reaches is not an
  entry but is reported as unreachable, which is what it is on the map.
- **unreachable**: touchpoints that no path of links from an entry point reaches.
- **dead end**: a touchpoint with no link to another touchpoint, outside the last stage
  that has any touchpoint (an empty closing column does not make every step a dead end).
  As every touchpoint leads on unless marked, a dead end is a step marked as ending the
  path with no flow drawn from it: the customer's journey stops before the map does.
- **longest path**: the longest path without repetition found by a depth-first search
  from the entry points (then from every touchpoint not yet seen, in map order, taking
  links in map order), after dropping the links that close a loop in that search: what
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
from cxdesigner.model import Journey, Link, is_channel_switch, is_handoff, journey_links
from cxdesigner.model.text import fold

__all__ = [
    "FlowAnalysis",
    "Link",
    "analyse_flows",
    "build_flow_graph",
    "channel_switches",
    "dead_ends",
    "entry_points",
    "handoffs",
    "journey_links",
    "longest_path",
    "map_order",
    "reachable_from",
    "repeated_steps",
    "unreachable",
]


def map_order(journey: Journey) -> list[str]:
    """The touchpoint ids of ``journey`` in map order."""
    return [touchpoint.id for _, touchpoint in journey.touchpoints()]


def build_flow_graph(journey: Journey, links: Sequence[Link] | None = None) -> nx.DiGraph[str]:
    """A directed graph of the journey's touchpoints (nodes, in map order) and links (edges).

    ``links`` are the journey's links when the caller already has them.
    """
    graph: nx.DiGraph[str] = nx.DiGraph()
    for rank, (stage, touchpoint) in enumerate(journey.touchpoints()):
        graph.add_node(touchpoint.id, rank=rank, stage_id=stage.id)
    for link in journey_links(journey) if links is None else links:
        if graph.has_edge(link.source_id, link.target_id):
            graph.edges[link.source_id, link.target_id]["links"].append(link)
        else:
            graph.add_edge(link.source_id, link.target_id, links=[link])
    return graph


def channel_switches(journey: Journey, links: Sequence[Link] | None = None) -> list[Link]:
    """The links that switch channel, in the order of :func:`journey_links`."""
    index = journey.touchpoint_index()
    return [link for link in (journey_links(journey) if links is None else links)
            if is_channel_switch(index[link.source_id], index[link.target_id])]


def handoffs(journey: Journey, links: Sequence[Link] | None = None) -> list[Link]:
    """The links that hand the customer to another interlocutor, in link order."""
    index = journey.touchpoint_index()
    return [link for link in (journey_links(journey) if links is None else links)
            if is_handoff(index[link.source_id], index[link.target_id])]


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
    """Touchpoints with no link to another touchpoint, outside the last non-empty stage."""
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
    """The back edges of a depth-first search from ``roots`` in order, links taken in map order."""
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
    """What the flow graph of one journey says; lists hold ids (or links) in map order.

    Attributes:
        touchpoints: how many touchpoints the journey has.
        flows: how many flows are drawn.
        implied_links: how many implied links the path has besides them.
        channel_switches: the links that switch channel.
        handoffs: the links that hand the customer over.
    """

    touchpoints: int
    flows: int
    implied_links: int
    channel_switches: tuple[Link, ...]
    handoffs: tuple[Link, ...]
    loops: LoopSearch
    repeated_steps: tuple[tuple[str, ...], ...]
    entry_points: tuple[str, ...]
    dead_ends: tuple[str, ...]
    unreachable: tuple[str, ...]
    longest_path: tuple[str, ...]


def analyse_flows(journey: Journey, *, max_loop_length: int = DEFAULT_MAX_LENGTH,
                  max_loops: int = DEFAULT_MAX_COUNT) -> FlowAnalysis:
    """Every flow-graph figure of ``journey``, from one graph built for the occasion."""
    links = journey_links(journey)
    graph = build_flow_graph(journey, links)
    order = map_order(journey)
    return FlowAnalysis(
        touchpoints=len(order),
        flows=len(journey.flows),
        implied_links=sum(1 for link in links if link.implied),
        channel_switches=tuple(channel_switches(journey, links)),
        handoffs=tuple(handoffs(journey, links)),
        loops=find_loops(graph, order, max_length=max_loop_length, max_count=max_loops),
        repeated_steps=tuple(repeated_steps(journey)),
        entry_points=tuple(entry_points(journey)),
        dead_ends=tuple(dead_ends(journey, graph)),
        unreachable=tuple(unreachable(journey, graph)),
        longest_path=tuple(longest_path(journey, graph)),
    )
