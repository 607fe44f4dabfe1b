"""A journey: stages in time, their touchpoints, and the flows between touchpoints."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated

from pydantic import Field, Strict, StrictFloat

from cxdesigner.model.base import CxModel, Entity, Id, Items, Name, Text
from cxdesigner.model.blueprint import BlueprintItem
from cxdesigner.model.enums import (
    Criticality,
    EmployeeMoment,
    Evidence,
    FlowKind,
    JourneyKind,
    Lane,
    MomentOfTruth,
    Pillar,
    VerbatimSource,
)
from cxdesigner.model.images import MapImage
from cxdesigner.model.limits import EMOTION_MAX, EMOTION_MIN
from cxdesigner.model.people import Colour

Emotion = Annotated[int, Strict(), Field(ge=EMOTION_MIN, le=EMOTION_MAX)]
"""How the customer feels, from -3 (very bad) to +3 (very good)."""

Votes = Annotated[int, Strict(), Field(ge=0, le=100_000)]


class Verbatim(Entity):
    """The customer's (or an employee's) own words, with where they come from."""

    text: Text
    source: VerbatimSource = VerbatimSource.OTHER
    author: Name = ""
    date: dt.date | None = None
    persona_id: Id | None = None
    segment_id: Id | None = None
    employee_moment: EmployeeMoment | None = None


class Irritant(Entity):
    """A pain point, with its severity (1 minor … 4 blocking) and pillar tags."""

    text: Text
    severity: Annotated[int, Strict(), Field(ge=1, le=4)] = 2
    pillars: Items[Pillar] = Field(default_factory=list)
    votes: Votes = 0
    evidence: Evidence | None = None
    """How well it is backed, set by hand; None: suggested from its touchpoint
    (:mod:`cxdesigner.analysis.evidence`)."""
    cause_ids: Items[Id] = Field(default_factory=list)
    """The items of the journey's service blueprint that cause it: its failure points."""


class Opportunity(Entity):
    """An idea to improve a step."""

    text: Text
    pillars: Items[Pillar] = Field(default_factory=list)
    votes: Votes = 0


class KpiValue(CxModel):
    """A measured value shown on a touchpoint (e.g. "taux d'abandon" 38 %)."""

    name: Name
    value: StrictFloat
    unit: Name = ""


class Touchpoint(Entity):
    """One interaction between the customer and the company."""

    title: Name
    origin_id: Id | None = None
    """In a target journey: the touchpoint of the current journey it was made from. A link
    to history, not a reference: that touchpoint may since have been deleted."""
    description: Text = ""
    channel_id: Id | None = None
    interlocutor_id: Id | None = None
    customer_action: Text = ""
    thinking: Text = ""
    feeling: Text = ""
    emotion: Emotion | None = None
    persona_emotions: dict[Id, Emotion] = Field(default_factory=dict)
    moment: MomentOfTruth = MomentOfTruth.NONE
    criticality: Criticality | None = None
    persona_criticality: dict[Id, Criticality] = Field(default_factory=dict)
    verbatims: Items[Verbatim] = Field(default_factory=list)
    irritants: Items[Irritant] = Field(default_factory=list)
    opportunities: Items[Opportunity] = Field(default_factory=list)
    kpis: Items[KpiValue] = Field(default_factory=list)
    tags: Items[Name] = Field(default_factory=list)
    notes: Text = ""
    evidence: Evidence | None = None
    """How well the step is backed, set by hand; None: suggested from what is attached to it
    (verbatims and their sources, survey answers, contacts; see
    :mod:`cxdesigner.analysis.evidence`)."""
    ends_path: bool = False
    """The consultant broke the implied link to the next touchpoint on the map: the path
    stops here, or goes on only through the flows drawn from here (the rule is in
    :mod:`cxdesigner.analysis.flow_graph`)."""
    image: MapImage | None = None
    """A picture shown on the card (a screenshot of the page, a photo of the counter)."""
    details_journey_id: Id | None = None
    """Another journey of the project that details this step (a step of a lifecycle map
    opening onto its detailed journey); its figures roll up onto this card."""

    def emotion_for(self, persona_id: str | None) -> int | None:
        """The persona's own emotion when set, else the touchpoint's."""
        if persona_id is not None and persona_id in self.persona_emotions:
            return self.persona_emotions[persona_id]
        return self.emotion

    def criticality_for(self, persona_id: str | None) -> Criticality | None:
        """The persona's own criticality when set, else the touchpoint's default."""
        if persona_id is not None and persona_id in self.persona_criticality:
            return self.persona_criticality[persona_id]
        return self.criticality


class Stage(Entity):
    """A column of the map; its touchpoints are listed in chronological order."""

    name: Name
    origin_id: Id | None = None
    """In a target journey: the stage of the current journey it was made from (it may since
    have been deleted)."""
    description: Text = ""
    touchpoints: Items[Touchpoint] = Field(default_factory=list)
    image: MapImage | None = None
    """A picture shown in the stage's header."""


class Flow(Entity):
    """The customer moves from one touchpoint to another."""

    source_id: Id
    target_id: Id
    kind: FlowKind = FlowKind.NEXT
    label: Name = ""


class StickyNote(Entity):
    """A free note on the map, in a stage column or across the map."""

    text: Text
    stage_id: Id | None = None
    colour: Colour = "#ffe680"
    image: MapImage | None = None
    """A picture pinned on the note."""


class LaneSetting(CxModel):
    """A row of the map and whether it is shown."""

    lane: Lane
    visible: bool = True


def default_lanes() -> list[LaneSetting]:
    """Every lane, shown, in the order a map is usually read."""
    return [LaneSetting(lane=lane) for lane in Lane]


class Journey(Entity):
    """A customer journey, current ("parcours actuel") or target ("parcours cible")."""

    name: Name
    kind: JourneyKind = JourneyKind.CURRENT
    description: Text = ""
    persona_ids: Items[Id] = Field(default_factory=list)
    improves_journey_id: Id | None = None
    stages: Items[Stage] = Field(default_factory=list)
    flows: Items[Flow] = Field(default_factory=list)
    notes: Items[StickyNote] = Field(default_factory=list)
    lanes: Items[LaneSetting] = Field(default_factory=default_lanes)
    blueprint: Items[BlueprintItem] = Field(default_factory=list)
    """The service blueprint behind the journey: front-stage, back-stage and support items,
    in the order they are placed in their stage."""
    show_blueprint: bool = False
    """Whether the map shows the blueprint's rows below the customer's lanes."""

    def touchpoints(self) -> Iterator[tuple[Stage, Touchpoint]]:
        """Every touchpoint with its stage, in map order."""
        for stage in self.stages:
            for touchpoint in stage.touchpoints:
                yield stage, touchpoint

    def touchpoint_index(self) -> dict[str, Touchpoint]:
        """Touchpoints by id."""
        return {tp.id: tp for _, tp in self.touchpoints()}

    def stage_of(self) -> dict[str, Stage]:
        """The stage of each touchpoint, by touchpoint id."""
        return {tp.id: stage for stage, tp in self.touchpoints()}

    def visible_lanes(self) -> list[Lane]:
        """The shown lanes, in their order."""
        return [setting.lane for setting in self.lanes if setting.visible]

    def failure_points(self) -> dict[str, list[Irritant]]:
        """The blueprint items named as the cause of a pain point, with those pain points,
        by item id (in map order of the pain points)."""
        found: dict[str, list[Irritant]] = {}
        for _, touchpoint in self.touchpoints():
            for irritant in touchpoint.irritants:
                for cause in irritant.cause_ids:
                    found.setdefault(cause, []).append(irritant)
        return found


def is_channel_switch(source: Touchpoint, target: Touchpoint) -> bool:
    """A flow switches channel when both ends have a channel and they differ."""
    return (source.channel_id is not None and target.channel_id is not None
            and source.channel_id != target.channel_id)


def is_handoff(source: Touchpoint, target: Touchpoint) -> bool:
    """A flow hands the customer over when both ends have an interlocutor and they differ."""
    return (source.interlocutor_id is not None and target.interlocutor_id is not None
            and source.interlocutor_id != target.interlocutor_id)
