"""A spreadsheet of touchpoints imported into an open project: what it changes (no Qt).

The journeys read from the sheet (:func:`cxdesigner.io.csv_journeys.import_touchpoints`)
are matched with the project's: a sheet journey whose rows carry ids of a journey's
touchpoints updates that journey (else one of the same name; else it is added). Within
it, a row with a touchpoint's id changes that touchpoint, field by field, and only the
fields of the columns the sheet has; a row without a known id adds a touchpoint; a
touchpoint of the journey without a row is removed, with whatever pointed to it. What a
cell cannot say is kept: the sources of verbatims, the severity of pain points, flow
kinds and labels, persona-specific emotions. The result lists every change, so that it
can be shown before it is applied.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from cxdesigner.document.removals import release_irritants, remove_touchpoints
from cxdesigner.io.csv_journeys import path_for
from cxdesigner.model import (
    Channel,
    Flow,
    Interlocutor,
    Journey,
    Persona,
    Project,
    Stage,
    Touchpoint,
    journey_links,
)
from cxdesigner.model.text import fold

ChangeKind = Literal["added", "removed", "changed"]

# Touchpoint field -> the sheet column that carries it.
FIELD_COLUMNS: dict[str, str] = {
    "title": "title", "description": "description", "channel_id": "channel",
    "interlocutor_id": "interlocutor", "customer_action": "action", "thinking": "thinking",
    "feeling": "feeling", "emotion": "emotion", "moment": "moment",
    "criticality": "criticality", "verbatims": "verbatim", "irritants": "irritant",
    "opportunities": "opportunity", "kpis": "kpi", "tags": "tags", "notes": "notes",
}
_TEXT_LISTS = ("verbatims", "irritants", "opportunities")


@dataclass(frozen=True)
class TouchpointChange:
    """A touchpoint added, removed or changed, with the columns whose values changed."""

    kind: ChangeKind
    journey: str
    stage: str
    title: str
    columns: tuple[str, ...] = ()
    """Column keys (see :data:`cxdesigner.io.csv_journeys.COLUMNS`); ``stage`` for a move,
    ``next`` for a changed path."""


@dataclass(frozen=True)
class SpreadsheetUpdate:
    """The project as the sheet leaves it, and what changed."""

    project: Project
    changes: list[TouchpointChange] = field(default_factory=list)
    new_journeys: list[str] = field(default_factory=list)
    new_stages: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """Nothing would change."""
        return not (self.changes or self.new_journeys or self.new_stages)


class _Names:
    """The project's channels, interlocutors and personas by name, adding missing ones."""

    def __init__(self, project: Project, imported: Project) -> None:
        self.ids: dict[str, str] = {}
        used = {tp_field for journey in imported.journeys for _, tp in journey.touchpoints()
                for tp_field in (tp.channel_id, tp.interlocutor_id) if tp_field}
        used |= {p for journey in imported.journeys for p in journey.persona_ids}
        self._adopt(imported.channels, project.channels, used)
        self._adopt(imported.interlocutors, project.interlocutors, used)
        self._adopt(imported.personas, project.personas, used)

    def _adopt(self, theirs: list[Channel] | list[Interlocutor] | list[Persona],
               ours: list[Channel] | list[Interlocutor] | list[Persona],
               used: set[str]) -> None:
        by_name = {fold(entity.name): entity.id for entity in ours}
        for entity in theirs:
            found = by_name.get(fold(entity.name))
            if found is not None:
                self.ids[entity.id] = found
            elif entity.id in used:
                ours.append(entity)  # type: ignore[arg-type]
                by_name[fold(entity.name)] = entity.id

    def touchpoint(self, tp: Touchpoint) -> Touchpoint:
        """``tp`` pointing to the project's channel, interlocutor and personas."""
        def mapped(value: str | None) -> str | None:
            return self.ids.get(value, value) if value is not None else None

        return tp.model_copy(update={
            "channel_id": mapped(tp.channel_id),
            "interlocutor_id": mapped(tp.interlocutor_id),
            "persona_emotions": {self.ids.get(k, k): v for k, v in tp.persona_emotions.items()},
            "persona_criticality": {self.ids.get(k, k): v
                                    for k, v in tp.persona_criticality.items()},
            "verbatims": [v.model_copy(update={"persona_id": mapped(v.persona_id)})
                          for v in tp.verbatims],
        })


def _same_texts(old: list[object], new: list[object]) -> bool:
    return [getattr(item, "text", None) for item in old] == \
        [getattr(item, "text", None) for item in new]


def _merged_texts(old: list[Any], new: list[Any]) -> list[Any]:
    """``new``'s texts in its order, keeping the old item (with its details) of each text.

    A line reworded in the sheet keeps the details of the old item left over at its rank
    (a pain point its severity, causes and the actions aimed at it); only items left over
    after that are gone.
    """
    unused = list(old)
    matched: list[Any] = []
    for item in new:
        match = next((kept for kept in unused if kept.text == item.text), None)
        if match is not None:
            unused.remove(match)
        matched.append(match)
    merged: list[Any] = []
    for item, match in zip(new, matched, strict=True):
        if match is None and unused:
            match = unused.pop(0).model_copy(update={"text": item.text})
        merged.append(match if match is not None else item)
    return merged


def _irritant_ids(project: Project) -> set[str]:
    return {irritant.id for journey in project.journeys
            for _, tp in journey.touchpoints() for irritant in tp.irritants}


def _changed_fields(old: Touchpoint, new: Touchpoint,
                    columns: frozenset[str]) -> tuple[dict[str, object], tuple[str, ...]]:
    update: dict[str, object] = {}
    changed: list[str] = []
    for name, column in FIELD_COLUMNS.items():
        if column not in columns:
            continue
        before, after = getattr(old, name), getattr(new, name)
        if name in _TEXT_LISTS:
            if not _same_texts(before, after):
                update[name] = _merged_texts(before, after)
                changed.append(column)
        elif before != after:
            update[name] = after
            changed.append(column)
    return update, tuple(changed)


def _matching_journey(project: Project, sheet: Journey) -> Journey | None:
    ids = {tp.id for _, tp in sheet.touchpoints()}
    best, shared = None, 0
    for journey in project.journeys:
        count = sum(1 for _, tp in journey.touchpoints() if tp.id in ids)
        if count > shared:
            best, shared = journey, count
    if best is not None:
        return best
    return next((j for j in project.journeys if fold(j.name) == fold(sheet.name)), None)


def _links(journey: Journey) -> dict[str, list[str]]:
    links: dict[str, list[str]] = {}
    for link in journey_links(journey):
        links.setdefault(link.source_id, []).append(link.target_id)
    return links


def _replaced_flows(old: list[Flow], new: list[Flow], sources: set[str]) -> list[Flow]:
    """``old`` with the flows from ``sources`` replaced by ``new``'s, where the first of
    them was (so that the file and a diff show no needless reordering)."""
    by_source: dict[str, list[Flow]] = {}
    for flow in new:
        by_source.setdefault(flow.source_id, []).append(flow)
    flows: list[Flow] = []
    for flow in old:
        if flow.source_id not in sources:
            flows.append(flow)
        elif flow.source_id in by_source:
            flows += by_source.pop(flow.source_id)
    return flows + [flow for own in by_source.values() for flow in own]


def project_path(project: Project) -> dict[str, list[str]]:
    """Each touchpoint of ``project`` with those it leads to: where a deleted row's path went.

    Given to :func:`cxdesigner.io.csv_journeys.import_touchpoints` as ``left_out``.
    """
    links: dict[str, list[str]] = {}
    for journey in project.journeys:
        links.update(_links(journey))
    return links


class _JourneyUpdate:
    """Applies one sheet journey to one journey of the project (a working copy)."""

    def __init__(self, project: Project, journey: Journey, sheet: Journey, names: _Names,
                 columns: frozenset[str]) -> None:
        self.project, self.journey, self.sheet = project, journey, sheet
        self.names, self.columns = names, columns
        self.new_stages: list[str] = []
        self.changes: dict[str, TouchpointChange] = {}

    def report(self, tp_id: str, change: TouchpointChange) -> None:
        known = self.changes.get(tp_id)
        if known is not None:  # a changed path on top of changed fields
            change = TouchpointChange(known.kind, known.journey, known.stage, known.title,
                                      known.columns + change.columns)
        self.changes[tp_id] = change

    def apply(self) -> None:
        journey, sheet = self.journey, self.sheet
        kept_ids = {tp.id for _, tp in sheet.touchpoints()}
        stage_names = journey.stage_of()
        removed = [(stage_names[tp.id].name, tp) for _, tp in journey.touchpoints()
                   if tp.id not in kept_ids]
        if removed:
            remove_touchpoints(self.project, journey.id, [tp.id for _, tp in removed])
        for stage_name, tp in removed:
            self.report(tp.id, TouchpointChange("removed", journey.name, stage_name, tp.title))
        existing = journey.touchpoint_index()
        old_stage = {tp_id: stage.id for tp_id, stage in journey.stage_of().items()}
        stages = {fold(stage.name): stage for stage in journey.stages}
        order = [stage.id for stage in journey.stages]
        placed: dict[str, list[Touchpoint]] = {stage.id: [] for stage in journey.stages}
        previous_stage: str | None = None
        for sheet_stage, row in sheet.touchpoints():
            stage = stages.get(fold(sheet_stage.name))
            if stage is None:
                stage = Stage(name=sheet_stage.name)
                stages[fold(stage.name)] = stage
                placed[stage.id] = []
                order.insert(order.index(previous_stage) + 1 if previous_stage else 0, stage.id)
                self.new_stages.append(f"{journey.name} \u203a {stage.name}")
            previous_stage = stage.id
            new = self.names.touchpoint(row)
            old = existing.get(row.id)
            if old is None:
                placed[stage.id].append(new)
                self.report(new.id, TouchpointChange("added", journey.name, stage.name,
                                                     new.title))
                continue
            update, changed = _changed_fields(old, new, self.columns)
            if old_stage[old.id] != stage.id:
                changed += ("stage",)
            placed[stage.id].append(old.model_copy(update=update) if update else old)
            if changed:
                self.report(old.id, TouchpointChange("changed", journey.name, stage.name,
                                                     new.title, changed))
        by_id = {stage.id: stage for stage in stages.values()}
        journey.stages[:] = [by_id[stage_id].model_copy(update={"touchpoints": placed[stage_id]})
                             for stage_id in order]
        self._update_path()

    def _update_path(self) -> None:
        """Redraw the path of the touchpoints whose links the sheet changes, and only theirs.

        A sheet without a "next" column says nothing of the path: the journey keeps its own.
        The other touchpoints keep their drawn flows as they are (kinds and labels).
        """
        journey = self.journey
        if "next" not in self.columns:
            return
        wanted = _links(self.sheet)
        now = _links(journey)
        order = [tp for _, tp in journey.touchpoints()]
        stage_of = journey.stage_of()
        differ = [tp for tp in order if set(now.get(tp.id, [])) != set(wanted.get(tp.id, []))]
        if not differ:
            return
        for tp in differ:
            if tp.id not in self.changes:
                self.report(tp.id, TouchpointChange("changed", journey.name,
                                                    stage_of[tp.id].name, tp.title, ("next",)))
            elif self.changes[tp.id].kind == "changed":
                self.report(tp.id, TouchpointChange("changed", journey.name, "", "",
                                                    ("next",)))
        redrawn = {tp.id for tp in differ}
        flows, ends = path_for(order, wanted, journey.flows, redrawn)
        journey.flows[:] = _replaced_flows(journey.flows, flows, redrawn)
        for stage in journey.stages:
            stage.touchpoints[:] = [tp.model_copy(update={"ends_path": tp.id in ends})
                                    if tp.id in redrawn and tp.ends_path != (tp.id in ends)
                                    else tp for tp in stage.touchpoints]


def plan_update(project: Project, imported: Project,
                columns: frozenset[str]) -> SpreadsheetUpdate:
    """What importing ``imported`` (read from a sheet with ``columns``) does to ``project``.

    ``project`` itself is not changed.

    Raises:
        pydantic.ValidationError: the result would not be a sound project.
    """
    copy = project.model_copy(deep=True)
    names = _Names(copy, imported)
    changes: list[TouchpointChange] = []
    new_journeys: list[str] = []
    new_stages: list[str] = []
    for sheet in imported.journeys:
        journey = _matching_journey(copy, sheet)
        if journey is None:
            added = sheet.model_copy(update={
                "persona_ids": [names.ids.get(p, p) for p in sheet.persona_ids],
                "stages": [stage.model_copy(update={"touchpoints": [
                    names.touchpoint(tp) for tp in stage.touchpoints]})
                    for stage in sheet.stages]})
            copy.journeys.append(added)
            new_journeys.append(added.name)
            continue
        work = _JourneyUpdate(copy, journey, sheet, names, columns)
        work.apply()
        changes += work.changes.values()
        new_stages += work.new_stages
    release_irritants(copy, _irritant_ids(project) - _irritant_ids(copy))
    updated = Project.model_validate(copy.model_dump())
    return SpreadsheetUpdate(updated, changes, new_journeys, new_stages)
