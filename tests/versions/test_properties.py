"""Properties of diff and merge, on random projects edited at random on two sides.

For every project and pair of edit scripts drawn: the merge loads (through the file
format); it holds every change of each side that is not part of a recorded conflict; and
settling each of its conflicts the way ``merge(base, theirs, ours)`` did gives exactly
that other merge. The diff of two versions, applied to the first, gives the second.

Each property runs on 150 drawn examples; ``CXDESIGNER_PROPERTY_EXAMPLES=3000`` runs more.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict

from hypothesis import HealthCheck, event, example, given, settings
from versions_support import Edit, clashing_scripts, edited, projects, scripts

from cxdesigner.io import dumps_project, loads_project
from cxdesigner.model import Channel, ConflictKind, Journey, Persona, Project, Stage, Touchpoint
from cxdesigner.versions.diff import apply_diff, diff_projects
from cxdesigner.versions.diff_json import apply_diff_json, diff_to_json
from cxdesigner.versions.links import links
from cxdesigner.versions.merge import MergeResult, merge_projects, only_dropped
from cxdesigner.versions.resolve import resolved
from cxdesigner.versions.tree import ROOT, flatten

EXAMPLES = int(os.environ.get("CXDESIGNER_PROPERTY_EXAMPLES", "150"))
MERGES = settings(max_examples=EXAMPLES, deadline=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
DIFFS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_SETTLE_FIRST = {ConflictKind.CHANGED: 0, ConflictKind.MOVED: 1, ConflictKind.ORDER: 2,
                 ConflictKind.REMOVED: 3}


def changes_kept(base: Project, side: Project, other: Project, result: MergeResult) -> None:
    """Every change ``side`` made to ``base`` is in the merge, unless a conflict says why."""
    diff = diff_projects(base, side)
    merged = flatten(result.project)
    flat_other = flatten(other)
    clashes = {(c.entity_id or ROOT, c.field) for c in result.conflicts
               if c.kind is ConflictKind.CHANGED}
    moved = {c.entity_id for c in result.conflicts if c.kind is ConflictKind.MOVED}
    kept_back = {c.entity_id for c in result.conflicts if c.kind is ConflictKind.REMOVED}
    for name, (_, value) in diff.project_fields.items():
        assert (ROOT, name) in clashes or merged.fields[name] == value, name
    for entity_id, node in diff.added.items():
        assert entity_id in merged.nodes, entity_id
        for name, value in node.fields.items():
            assert (entity_id, name) in clashes or merged.nodes[entity_id].fields[name] == value
        assert entity_id in moved or merged.nodes[entity_id].container == node.container
    # A removal kept back keeps what the same side removed only because it pointed there.
    region = {e for top in kept_back if top in merged.nodes for e in merged.subtree(top)}
    pointing = defaultdict(set)
    for link in links(merged):
        pointing[link.source].add(link.target)
    present = [e for e in diff.removed if e in merged.nodes]
    grew = True
    while grew:
        grew = False
        for entity_id in present:
            if entity_id not in region and any(pointing[e] & region
                                               for e in merged.subtree(entity_id)):
                region |= set(merged.subtree(entity_id))
                grew = True
    for entity_id in present:
        assert entity_id in region, entity_id
    for entity_id, changes in diff.changed.items():
        assert entity_id in merged.nodes, entity_id
        for name, (old, value) in changes.items():
            now = merged.nodes[entity_id].fields[name]
            # A reference cleared because what it pointed to was removed comes back with it,
            # and then takes the other side's change, if it made one: clearing it was no
            # change of this side's own.
            theirs = flat_other.nodes.get(entity_id)
            put_back = only_dropped(old, value, region & set(diff.removed)) and (
                now == old or (theirs is not None and now == theirs.fields[name]))
            assert (entity_id, name) in clashes or now == value or put_back, (entity_id, name)
    for entity_id, (_, container) in diff.moved.items():
        assert entity_id in merged.nodes, entity_id
        assert entity_id in moved or merged.nodes[entity_id].container == container
    snapshots = {s.id for s in result.project.history.snapshots}
    assert {s.id for s in side.history.snapshots} - {s.id for s in base.history.snapshots} \
        <= snapshots


def one_side_orders_kept(base: Project, side: Project, other: Project,
                         result: MergeResult) -> None:
    """A list only ``side`` reordered or added to is in ``side``'s order."""
    flat_base, flat_side, flat_other = flatten(base), flatten(side), flatten(other)
    merged = flatten(result.project)
    for container, ids in flat_side.orders.items():
        if flat_other.orders.get(container) != flat_base.orders.get(container):
            continue
        common = set(ids) & set(merged.orders.get(container, []))
        assert [e for e in merged.orders.get(container, []) if e in common] == \
            [e for e in ids if e in common], container


def settled_like(result: MergeResult, mirror: MergeResult) -> Project:
    """``result`` with each conflict settled on the side ``mirror`` kept."""
    kept_there = {conflict.id: conflict.chosen for conflict in mirror.conflicts}
    project = result.project
    for conflict in sorted(result.conflicts, key=lambda c: _SETTLE_FIRST[c.kind]):
        # The mirror's "ours" is our "theirs".
        side = kept_there[conflict.id].other if conflict.id in kept_there \
            else conflict.chosen.other
        project = resolved(project, conflict.id, side)
    return project


def without_records(result: MergeResult) -> Project:
    """``result`` with each conflict settled on the side it kept."""
    ids = {conflict.id for conflict in result.conflicts}
    return result.project.model_copy(update={"conflicts": [
        conflict for conflict in result.project.conflicts if conflict.id not in ids]})


def check_merge(base: Project, ours_script: list[Edit], theirs_script: list[Edit]) -> None:
    ours, theirs = edited(base, ours_script, "o-"), edited(base, theirs_script, "t-")
    result = merge_projects(base, ours, theirs)
    for kind in sorted({conflict.kind.value for conflict in result.conflicts}) or ["none"]:
        event(f"conflicts: {kind}")
    assert loads_project(dumps_project(result.project)) == result.project
    assert len({c.id for c in result.conflicts}) == len(result.conflicts)
    changes_kept(base, ours, theirs, result)
    changes_kept(base, theirs, ours, result)
    one_side_orders_kept(base, ours, theirs, result)
    one_side_orders_kept(base, theirs, ours, result)
    mirror = merge_projects(base, theirs, ours)
    assert settled_like(result, mirror) == without_records(mirror)
    if not result.conflicts:
        assert result.project == mirror.project


def two_channels() -> Project:
    """Two cards, the second on the second of two channels: one side puts the first card
    on that channel and moves the second to the first channel, the other removes both
    channels (which keeps them back, and the second card's channel with them)."""
    cards = [Touchpoint(id="t3", title="Site"), Touchpoint(id="t8", title="Appel", channel_id="c1")]
    return Project(title="Atelier", channels=[Channel(id="c0", name="Canal 0"),
                                              Channel(id="c1", name="Canal 1")],
                   journeys=[Journey(id="j", name="Achat", stages=[
                       Stage(id="s", name="Avant", touchpoints=cards)])])


def two_personas() -> Project:
    """Each side removes one of two personas that a card has emotions for."""
    card = Touchpoint(id="t6", title="Appel", persona_emotions={"p0": 0, "p1": 0})
    return Project(title="Atelier", personas=[Persona(id="p0", name="Léa"),
                                              Persona(id="p1", name="Omar")],
                   journeys=[Journey(id="j", name="Achat", stages=[
                       Stage(id="s", name="Avant", touchpoints=[card])])])


@MERGES
@given(projects(), scripts, scripts)
@example(two_personas(), [("remove_persona", (0, 0, 0, 0), "Léa")],
         [("title", (0, 0, 0, 0), "Appel"), ("remove_persona", (1, 0, 0, 0), "Omar")])
@example(two_channels(),
         [("channel", (0, 1, 1, 0), "Canal 1"), ("channel", (1, 0, 1, 0), "Canal 0")],
         [("remove_channel", (0, 0, 0, 0), "Canal 0"), ("remove_channel", (0, 0, 0, 0), "")])
def test_merge_loads_keeps_both_sides_and_mirrors(base: Project, ours_script: list[Edit],
                                                  theirs_script: list[Edit]) -> None:
    check_merge(base, ours_script, theirs_script)


@MERGES
@given(projects(min_stages=3), clashing_scripts, clashing_scripts)
def test_merge_of_clashing_edits(base: Project, ours_script: list[Edit],
                                 theirs_script: list[Edit]) -> None:
    check_merge(base, ours_script, theirs_script)


@DIFFS
@given(projects(), scripts)
def test_a_diff_applied_gives_the_newer_version(base: Project, script: list[Edit]) -> None:
    new = edited(base, script, "n-")
    diff = diff_projects(base, new)
    assert apply_diff(base, diff) == new
    assert diff.is_empty() == (base == new)
    # The same through the JSON that ``cxdesigner diff --json`` writes.
    written = json.loads(json.dumps(diff_to_json(diff), ensure_ascii=False))
    assert apply_diff_json(base, written) == new


@MERGES
@given(projects(), scripts)
def test_merging_a_side_with_itself_or_the_base_gives_that_side(base: Project,
                                                                 script: list[Edit]) -> None:
    side = edited(base, script, "o-")
    for ours, theirs in ((side, base), (base, side), (side, side)):
        result = merge_projects(base, ours, theirs)
        assert result.conflicts == []
        assert result.project == side

