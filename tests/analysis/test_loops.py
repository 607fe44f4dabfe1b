"""The bounded search for loops: same cycles as networkx, limits that say when they cut."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from cxdesigner.analysis import find_loops


def _graph(edges: str) -> nx.DiGraph[str]:
    graph: nx.DiGraph[str] = nx.DiGraph()
    for pair in edges.split():
        source, target = pair.split(">")
        graph.add_edge(source, target)
    return graph


def _rotated(cycle: list[str], rank: dict[str, int]) -> tuple[str, ...]:
    first = min(range(len(cycle)), key=lambda i: rank[cycle[i]])
    return tuple(cycle[first:] + cycle[:first])


def test_each_loop_starts_at_its_earliest_touchpoint() -> None:
    graph = _graph("a>b b>c c>a c>c b>a")
    result = find_loops(graph, ["a", "b", "c"])
    # From a: a>b>a (b's successors in map order: a first), then a>b>c>a; from c: c>c.
    assert result.loops == (("a", "b"), ("a", "b", "c"), ("c",))
    assert result.complete


def test_map_order_decides_where_a_loop_is_read_from() -> None:
    graph = _graph("a>b b>c c>a")
    assert find_loops(graph, ["c", "a", "b"]).loops == (("c", "a", "b"),)


@pytest.mark.parametrize("seed", range(150))
def test_same_cycles_as_networkx(seed: int) -> None:
    rnd = random.Random(seed)
    size = rnd.randint(1, 8)
    graph = nx.gnp_random_graph(size, rnd.random() * 0.6, seed=seed, directed=True)
    graph = nx.relabel_nodes(graph, {node: f"t{node}" for node in graph})
    if rnd.random() < 0.3:
        graph.add_edge("t0", "t0")
    bound = rnd.randint(1, 8)
    order = list(graph.nodes)
    rnd.shuffle(order)
    rank = {node: index for index, node in enumerate(order)}
    expected = {_rotated(cycle, rank) for cycle in nx.simple_cycles(graph, length_bound=bound)}
    result = find_loops(graph, order, max_length=bound, max_count=10_000)
    assert set(result.loops) == expected
    assert len(result.loops) == len(expected)  # each cycle once
    assert not result.truncated


def test_a_complete_graph_is_cut_at_the_count_and_says_so() -> None:
    # A complete 10-node digraph has about 1.1 million elementary cycles.
    graph: nx.DiGraph[str] = nx.complete_graph([f"t{i}" for i in range(10)], nx.DiGraph())
    result = find_loops(graph, list(graph.nodes), max_count=100)
    assert len(result.loops) == 100
    assert result.truncated
    assert not result.complete


def test_exactly_max_count_loops_is_not_cut() -> None:
    graph = _graph("a>b b>a c>d d>c")
    result = find_loops(graph, ["a", "b", "c", "d"], max_count=2)
    assert len(result.loops) == 2
    assert not result.truncated


def test_loops_longer_than_the_bound_are_reported_unsearched() -> None:
    ring = _graph("a>b b>c c>d d>e e>a")
    result = find_loops(ring, list("abcde"), max_length=4)
    assert result.loops == ()
    assert result.longer_unsearched  # all five can reach one another: a loop of 5 may exist
    assert not result.complete
    assert find_loops(ring, list("abcde"), max_length=5).loops == (("a", "b", "c", "d", "e"),)


def test_a_bound_of_one_finds_only_flows_to_the_same_step() -> None:
    result = find_loops(_graph("a>a a>b b>a"), ["a", "b"], max_length=1)
    assert result.loops == (("a",),)


def test_the_step_budget_stops_the_search() -> None:
    graph: nx.DiGraph[str] = nx.complete_graph([f"t{i}" for i in range(12)], nx.DiGraph())
    result = find_loops(graph, list(graph.nodes), max_count=10**9, max_steps=1_000)
    assert result.truncated
    assert 0 < len(result.loops) < 1_000


def test_bad_limits_are_refused() -> None:
    with pytest.raises(ValueError, match="max_length"):
        find_loops(_graph("a>b"), ["a", "b"], max_length=0)
