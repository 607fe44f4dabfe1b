"""Whether project files are versions of one project: copies of a project share its ids.

A project file carries no id of its own, but every journey, stage, card, persona and other
item keeps its id in every copy made of the project, whatever is edited. Two files that
hold items and have none in common were not made from one another: merging them would mix
two projects. The usual channels and interlocutors are left out, as every project starts
with the same catalogue ids.
"""

from __future__ import annotations

from cxdesigner.versions.tree import ROOT, FlatProject

# Lists of the project that every project starts with, under the same ids.
_CATALOGUES = {(ROOT, "channels"), (ROOT, "interlocutors")}


def own_ids(flat: FlatProject) -> set[str]:
    """The ids of what a project holds, its catalogue of channels and interlocutors aside."""
    return {entity_id for entity_id, node in flat.nodes.items()
            if node.container not in _CATALOGUES}


def related(one: FlatProject, other: FlatProject) -> bool:
    """Whether the two can be versions of one project: they share an item, or one of them
    holds none (a project just started, or emptied, says nothing against it)."""
    mine, theirs = own_ids(one), own_ids(other)
    return not mine or not theirs or bool(mine & theirs)
