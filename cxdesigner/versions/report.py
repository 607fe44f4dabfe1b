"""A diff told in a consultant's words, grouped by where things are, and merge conflicts told
the same way (English and French)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from cxdesigner import vocabulary
from cxdesigner.model import ConflictKind, MergeConflict, Project, Side, Snapshot
from cxdesigner.model.wording import field_subject, participle_ending, quoted
from cxdesigner.versions.diff import ProjectDiff
from cxdesigner.versions.tree import ROOT, Container, FlatProject, Node, entity_lists, flatten
from cxdesigner.versions.words import (
    entity_label,
    entity_name,
    field_label,
    list_title,
    location,
    noun,
    phrase,
    value_text,
    visible,
)

SENTENCES: dict[str, dict[str, str]] = {
    # {e}: the ending a French participle takes after the item named (étape ajoutée).
    "added": {"en": "{what} added", "fr": "{what} ajouté{e}"},
    "removed": {"en": "{what} removed", "fr": "{what} supprimé{e}"},
    "after": {"en": "after {name}", "fr": "après {name}"},
    "at_start": {"en": "at the start", "fr": "au début"},
    "moved_here": {"en": "{what} moved here from {place}",
                   "fr": "{what} déplacé{e} ici depuis {place}"},
    "moved_within": {"en": "{what} moved {where}", "fr": "{what} déplacé{e} {where}"},
    "with": {"en": "with {items}", "fr": "avec {items}"},
    "change": {"en": "{field} {old} → {new}", "fr": "{field} {old} → {new}"},
    "snapshot_taken": {"en": "snapshot {name} taken {when} by {author}",
                       "fr": "instantané {name} pris le {when} par {author}"},
    "snapshot_taken_anonymous": {"en": "snapshot {name} taken {when}",
                                 "fr": "instantané {name} pris le {when}"},
    "snapshot_removed": {"en": "snapshot {name} deleted", "fr": "instantané {name} supprimé"},
    "no_changes": {"en": "No changes.", "fr": "Aucun changement."},
    "summary": {"en": "{changes}: {added} added, {removed} removed, {changed} changed, "
                      "{moved} moved.",
                "fr": "Changements\u00a0: {count} (ajouts\u00a0: {added}, suppressions\u00a0: "
                      "{removed}, modifications\u00a0: {changed}, déplacements\u00a0: "
                      "{moved})."},
    "conflict_recorded": {"en": "conflict recorded: {summary}",
                          "fr": "conflit enregistré\u00a0: {summary}"},
    "conflict_settled": {"en": "conflict settled: {summary}",
                         "fr": "conflit réglé\u00a0: {summary}"},
    # French says the field as a subject ("l’émotion a changé"): "changé" after "avoir"
    # agrees with no gender; {has} is "a", or "ont" for a plural subject.
    "conflict_changed": {"en": "{where}: {field} changed on both sides",
                         "fr": "{where}\u00a0: {subject} {has} changé des deux côtés"},
    "conflict_removed": {"en": "{where}: removed in {remover}, changed or still used in {keeper}",
                         "fr": "{where}\u00a0: supprimé{e} dans {remover}, modifié{e} ou encore "
                               "utilisé{e} dans {keeper}"},
    "conflict_moved": {"en": "{where}: moved to different places on both sides",
                       "fr": "{where}\u00a0: déplacé{e} à des endroits différents des deux "
                             "côtés"},
    "conflict_order": {"en": "{where}: the {items} are in a different order on each side",
                       "fr": "{where}\u00a0: les {items} sont dans un ordre différent de "
                             "chaque côté"},
    "kept": {"en": "kept: {side}", "fr": "gardé\u00a0: {side}"},
    "kept_entity": {"en": "kept", "fr": "gardé{e}"},
    "gone": {"en": "removed", "fr": "supprimé"},
    "changed_fields": {"en": "changed: {fields}", "fr": "modifié\u00a0: {fields}"},
    "unchanged": {"en": "unchanged", "fr": "inchangé"},
    "present": {"en": "there", "fr": "présent"},
    "in_place": {"en": "in {place}", "fr": "dans {place}"},
    "not_there": {"en": "(no longer in the project)", "fr": "(n’est plus dans le projet)"},
    "base": {"en": "base", "fr": "origine"},
}

_FRENCH_PLURALS = {"touchpoint": "touchpoints", "point de contact": "points de contact",
                   "persona": "personas", "canal": "canaux", "flux": "flux",
                   "parcours": "parcours", "pain point": "pain points"}


def say(key: str, language: str, **params: Any) -> str:
    words = SENTENCES[key]
    return words.get(language, words["en"]).format(**params)


def plural(word: str, count: int) -> str:
    """``3 touchpoints``, ``1 stage``, ``2 canaux``."""
    if count == 1:
        return f"1 {word}"
    many = _FRENCH_PLURALS.get(word) or (word if word.endswith(("s", "x")) else word + "s")
    return f"{count} {many}"


@dataclass
class ReportLine:
    """One change: ``sign`` is + added, - removed, ~ changed, > moved."""

    sign: str
    text: str
    entity_id: str = ""


@dataclass
class ReportGroup:
    """The changes in one place: a list of the project, or what one entity holds."""

    title: str
    lines: list[ReportLine] = field(default_factory=list)
    holder: str = ROOT
    """The entity whose lists changed (ROOT: the project's own lists)."""


def describe_diff(diff: ProjectDiff, language: str = "en") -> list[ReportGroup]:
    """The changes of ``diff``, grouped by where they are, in the order of the map."""
    old, new = diff.old, diff.new
    groups: dict[Container | str, ReportGroup] = {}

    def group(container: Container | str, flat: FlatProject) -> ReportGroup:
        if container not in groups:
            if isinstance(container, str):
                title, holder = list_title(container, language), ROOT
            elif container[0] == ROOT:
                title, holder = list_title(container[1], language), ROOT
            else:
                title, holder = location(flat, container[0], language), container[0]
            groups[container] = ReportGroup(title[:1].upper() + title[1:], holder=holder)
        return groups[container]

    if diff.project_fields:
        lines = group("project", new).lines
        for name, (before, after) in diff.project_fields.items():
            lines.append(ReportLine("~", _change(new, old, Project, name, before, after,
                                                 language)))
    for entity_id, node in diff.added.items():
        if node.parent in diff.added:
            continue
        if node.kind == "conflicts" and node.parent == ROOT:
            summary = conflict_summary(_conflict(entity_id, node), new, language)
            group(node.container, new).lines.append(ReportLine(
                "+", say("conflict_recorded", language, summary=summary), entity_id))
            continue
        what = entity_label(new, entity_id, language)
        text = say("added", language, what=what, e=participle_ending(node.kind, language))
        text += _position(new, node, entity_id, language)
        text += _contents(new, entity_id, language)
        group(node.container, new).lines.append(ReportLine("+", text, entity_id))
    for entity_id, node in diff.removed.items():
        if node.parent in diff.removed:
            continue
        if node.kind == "conflicts" and node.parent == ROOT:
            summary = conflict_summary(_conflict(entity_id, node), old, language)
            group(node.container, old).lines.append(ReportLine(
                "-", say("conflict_settled", language, summary=summary), entity_id))
            continue
        text = say("removed", language, what=entity_label(old, entity_id, language),
                   e=participle_ending(node.kind, language))
        text += _contents(old, entity_id, language)
        group(node.container, old).lines.append(ReportLine("-", text, entity_id))
    for entity_id, changes in diff.changed.items():
        node = new.nodes[entity_id]
        parts = [_change(new, old, node.model, name, before, after, language)
                 for name, (before, after) in changes.items()]
        text = phrase("colon", language, what=entity_label(new, entity_id, language),
                      rest="; ".join(parts))
        group(node.container, new).lines.append(ReportLine("~", text, entity_id))
    for entity_id, (before, _) in diff.moved.items():
        node = new.nodes[entity_id]
        place = location(old, before[0], language) if before[0] != ROOT \
            else list_title(before[1], language)
        text = say("moved_here", language, what=entity_label(new, entity_id, language),
                   place=place, e=participle_ending(node.kind, language)) \
            + _position(new, node, entity_id, language)
        group(node.container, new).lines.append(ReportLine(">", text, entity_id))
    for entity_id in sorted(diff.reordered - set(diff.moved),
                            key=lambda e: _rank(new).get(e, 0)):
        node = new.nodes[entity_id]
        where = _position(new, node, entity_id, language, always=True).removeprefix(", ")
        text = say("moved_within", language, what=entity_label(new, entity_id, language),
                   where=where, e=participle_ending(node.kind, language))
        group(node.container, new).lines.append(ReportLine(">", text, entity_id))
    if diff.history is not None:
        lines = group("snapshots", new).lines
        for snapshot in diff.history.added:
            name, author = quoted(snapshot["name"], language), snapshot.get("author") or ""
            when = value_text(new, Snapshot, "taken", snapshot["taken"], language)
            key = "snapshot_taken" if author else "snapshot_taken_anonymous"
            lines.append(ReportLine("+", say(key, language, name=name, when=when,
                                             author=author)))
        names = {s["id"]: s["name"] for s in (old.special.get("history") or {}).get(
            "snapshots", [])}
        for snapshot_id in diff.history.removed:
            lines.append(ReportLine("-", say("snapshot_removed", language,
                                             name=quoted(names.get(snapshot_id, ""), language))))
    rank = _container_rank(new, old)
    first, last = -1, len(rank) + 1
    return [groups[key] for key in sorted(
        groups, key=lambda key: first if key == "project" else last if key == "snapshots"
        else rank.get(key, last) if not isinstance(key, str) else last)]


def _conflict(entity_id: str, node: Node) -> MergeConflict:
    return MergeConflict.model_validate({"id": entity_id, **node.fields})


def _container_rank(new: FlatProject, old: FlatProject) -> dict[Container, int]:
    """Each list's place in a reading of the project, depth first (the newer version's,
    then what only the older one has, after the entity holding it)."""
    rank: dict[Container, int] = {}

    def walk(flat: FlatProject, holder: str) -> None:
        for key in entity_lists(flat.model_of(holder)):
            rank.setdefault((holder, key), len(rank))
            for child in flat.orders.get((holder, key), []):
                walk(flat, child)

    walk(new, ROOT)
    walk(old, ROOT)
    return rank


def _rank(flat: FlatProject) -> dict[str, int]:
    """Each entity's place in a reading of the whole project, depth first."""
    return {entity_id: index for index, entity_id in enumerate(flat.subtree(ROOT))}


def _change(new: FlatProject, old: FlatProject, model: type[BaseModel], name: str,
            before: Any, after: Any, language: str) -> str:
    old_text = value_text(old, model, name, before, language)
    new_text = value_text(new, model, name, after, language)
    if old_text == new_text and isinstance(before, str) and isinstance(after, str):
        # The difference is in spaces or invisible characters: show them.
        old_text, new_text = quoted(visible(before), language), quoted(visible(after), language)
    return say("change", language, field=field_label(name, language), old=old_text,
               new=new_text)


def _position(flat: FlatProject, node: Node, entity_id: str, language: str,
              always: bool = False) -> str:
    """``, after 'Paiement'`` for the stages and cards of a map (their order shows)."""
    if node.kind not in ("stages", "touchpoints") and not always:
        return ""
    ids = flat.orders.get(node.container, [])
    index = ids.index(entity_id) if entity_id in ids else 0
    if index == 0:
        return ", " + say("at_start", language)
    name = entity_name(flat, ids[index - 1]) or ids[index - 1]
    return ", " + say("after", language, name=quoted(name, language))


def _contents(flat: FlatProject, entity_id: str, language: str) -> str:
    """``, with 3 touchpoints and 2 flows`` for what an added or removed entity holds."""
    counts: dict[str, int] = defaultdict(int)
    for inner in flat.subtree(entity_id)[1:]:
        counts[flat.nodes[inner].kind] += 1
    if not counts:
        return ""
    items = ", ".join(plural(noun(kind, language), count) for kind, count in counts.items())
    return ", " + say("with", language, items=items)


def diff_text(diff: ProjectDiff, language: str = "en") -> str:
    """The whole report as text: headings, one line per change, then a summary."""
    groups = describe_diff(diff, language)
    if not groups:
        return say("no_changes", language) + "\n"
    lines: list[str] = []
    counts = {"+": 0, "-": 0, "~": 0, ">": 0}
    for group in groups:
        lines.append(group.title)
        for line in group.lines:
            lines.append(f"  {line.sign} {line.text}")
            counts[line.sign] += 1
    total = sum(counts.values())
    lines.append(say("summary", language, count=total, changes=plural("change", total),
                     added=counts["+"],
                     removed=counts["-"], changed=counts["~"], moved=counts[">"]))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- conflicts


def side_name(side: Side, language: str) -> str:
    """``ours``, ``theirs``; in French ``notre version``, ``leur version``."""
    return vocabulary.label(side, language).lower()


def conflict_where(conflict: MergeConflict, flat: FlatProject, language: str) -> str:
    """What the conflict is about, in words (from the project as it is now)."""
    entity_id = conflict.entity_id or ROOT
    if entity_id != ROOT and entity_id not in flat.nodes:
        return f"{noun(conflict.entity_list, language)} {say('not_there', language)}"
    return location(flat, entity_id, language)


def conflict_summary(conflict: MergeConflict, flat: FlatProject, language: str = "en",
                     short: bool = False) -> str:
    """One line: where, what happened, and the side the project holds now; ``short`` names
    the entity alone (``touchpoint 'Appel'``) and leaves out the side kept."""
    entity_id = conflict.entity_id or ROOT
    if short and entity_id in flat.nodes:
        where = entity_label(flat, entity_id, language)
    else:
        where = conflict_where(conflict, flat, language)
    kind = conflict.kind
    node = flat.nodes.get(entity_id)
    ending = participle_ending(node.kind if node is not None else None, language)
    if kind is ConflictKind.CHANGED:
        subject = field_subject(conflict.field, language)
        text = say("conflict_changed", language, where=where,
                   field=field_label(conflict.field, language), subject=subject,
                   has="ont" if subject.startswith("les ") else "a")
    elif kind is ConflictKind.REMOVED:
        text = say("conflict_removed", language, where=where,
                   remover=side_name(conflict.chosen.other, language),
                   keeper=side_name(conflict.chosen, language), e=ending)
        return text if short else f"{text} ({say('kept_entity', language, e=ending)})"
    elif kind is ConflictKind.MOVED:
        text = say("conflict_moved", language, where=where, e=ending)
    else:
        text = say("conflict_order", language, where=where,
                   items=list_title(conflict.field, language).lower())
    if short:
        return text
    return f"{text} ({say('kept', language, side=side_name(conflict.chosen, language))})"


def conflict_values(conflict: MergeConflict, flat: FlatProject, language: str = "en",
                    ) -> dict[str, str]:
    """The base, ours and theirs of a conflict as text, keyed ``base``, ``ours``, ``theirs``."""
    values = {"base": conflict.base, "ours": conflict.ours, "theirs": conflict.theirs}
    kind = conflict.kind
    entity_id = conflict.entity_id or ROOT
    model = flat.model_of(entity_id) if entity_id == ROOT or entity_id in flat.nodes \
        else Project
    if kind is ConflictKind.CHANGED:
        return {key: value_text(flat, model, conflict.field, value, language)
                for key, value in values.items()}
    if kind is ConflictKind.REMOVED:
        return {"base": say("present", language),
                **{key: _entity_state(flat, model, conflict.base, values[key], language)
                   for key in ("ours", "theirs")}}
    if kind is ConflictKind.MOVED:
        return {key: _place_text(flat, value, language) for key, value in values.items()}
    return {key: " · ".join(entity_name(flat, item) or item for item in value or [])
            for key, value in values.items()}


def _entity_state(flat: FlatProject, model: Any, base: Any, value: Any, language: str) -> str:
    if value is None:
        return say("gone", language)
    if value == base or not isinstance(value, dict) or not isinstance(base, dict):
        return say("unchanged", language)
    changes = [phrase("colon", language, what=field_label(name, language),
                      rest=value_text(flat, model, name, value.get(name), language))
               for name in value if value.get(name) != base.get(name)]
    return say("changed_fields", language, fields="; ".join(changes))


def _place_text(flat: FlatProject, place: Any, language: str) -> str:
    if not isinstance(place, dict):
        return "—"
    parent = place.get("parent_id") or ROOT
    if parent == ROOT:
        return list_title(str(place.get("key")), language)
    return say("in_place", language, place=location(flat, parent, language))


def conflicts_text(conflicts: list[MergeConflict], project: Project,
                   language: str = "en") -> str:
    """Each conflict on a line with its values, for the command line."""
    flat = flatten(project)
    lines = []
    for number, conflict in enumerate(conflicts, start=1):
        lines.append(f"{number}. {conflict_summary(conflict, flat, language)}")
        values = conflict_values(conflict, flat, language)
        for key, side in (("base", None), ("ours", Side.OURS), ("theirs", Side.THEIRS)):
            label = side_name(side, language) if side is not None else say("base", language)
            lines.append("     " + phrase("colon", language, what=label, rest=values[key]))
    return "\n".join(lines) + ("\n" if lines else "")
