"""Journey templates: projects holding one journey skeleton, to start new journeys from.

A template is an ordinary project (so it is read, migrated and validated like any
``.cxd`` file) whose title and description name the template and whose one journey
carries the stages, lanes and service blueprint to start from; its channels and
interlocutors are the ones typical of the journey.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from cxdesigner.model.base import new_id
from cxdesigner.model.enums import JourneyKind
from cxdesigner.model.journey import Journey, Stage
from cxdesigner.model.people import Channel, Interlocutor
from cxdesigner.model.project import Project
from cxdesigner.model.text import fold

_Named = TypeVar("_Named", Channel, Interlocutor)


class TemplateShapeError(ValueError):
    """A project that cannot be a template: it must hold exactly one journey."""


def template_journey(template: Project) -> Journey:
    """The one journey of a template.

    Raises:
        TemplateShapeError: the project holds no journey or more than one.
    """
    if len(template.journeys) != 1:
        raise TemplateShapeError(
            f"a template holds exactly one journey; this file holds {len(template.journeys)}")
    return template.journeys[0]


def stage_names(template: Project) -> list[str]:
    """The names of the template's stages, in order."""
    return [stage.name for stage in template_journey(template).stages]


def template_from_journey(project: Project, journey_id: str, name: str,
                          description: str = "") -> Project:
    """A template made of a journey of ``project``: its stages (without their touchpoints),
    lanes and service blueprint, with the channels and interlocutors its touchpoints use.

    Touchpoints, flows, notes and personas stay behind: they are one project's findings,
    not a shape to start from.
    """
    journey = next(j for j in project.journeys if j.id == journey_id)
    used_channels = {tp.channel_id for _, tp in journey.touchpoints()}
    used_people = {tp.interlocutor_id for _, tp in journey.touchpoints()}
    blueprint_ids = {item.id for item in journey.blueprint}
    skeleton = Journey(
        name=name, description=journey.description,
        lanes=[lane.model_copy() for lane in journey.lanes],
        stages=[Stage(id=stage.id, name=stage.name, description=stage.description)
                for stage in journey.stages],
        blueprint=[item.model_copy(update={
            "serves_ids": [i for i in item.serves_ids if i in blueprint_ids]})
            for item in journey.blueprint],
        show_blueprint=journey.show_blueprint)
    return Project(
        title=name, description=description, language=project.language,
        created=dt.date.today(),
        channels=[c for c in project.channels if c.id in used_channels],
        interlocutors=[p for p in project.interlocutors if p.id in used_people],
        journeys=[skeleton])


def _fresh_journey(journey: Journey, name: str, kind: JourneyKind,
                   improves_journey_id: str | None) -> Journey:
    """A copy of ``journey`` with new ids throughout, so a template can be used many times."""
    ids = {stage.id: new_id() for stage in journey.stages}
    ids.update({item.id: new_id() for item in journey.blueprint})
    return Journey(
        name=name, kind=kind, description=journey.description,
        improves_journey_id=improves_journey_id if kind is JourneyKind.TARGET else None,
        lanes=[lane.model_copy() for lane in journey.lanes], show_blueprint=journey.show_blueprint,
        stages=[Stage(id=ids[stage.id], name=stage.name, description=stage.description)
                for stage in journey.stages],
        blueprint=[item.model_copy(update={
            "id": ids[item.id], "stage_id": ids[item.stage_id],
            "serves_ids": [ids[i] for i in item.serves_ids if i in ids]})
            for item in journey.blueprint])


def _merged(present: list[_Named], wanted: list[_Named]) -> list[_Named]:
    """``present`` plus those of ``wanted`` it has no namesake of (case and accents aside)."""
    names = {fold(item.name) for item in present}
    merged = list(present)
    merged.extend(item.model_copy(update={"id": new_id()}) for item in wanted
                  if fold(item.name) not in names)
    return merged


def add_template_journey(project: Project, template: Project | None, name: str,
                         kind: JourneyKind = JourneyKind.CURRENT,
                         improves_journey_id: str | None = None) -> tuple[Project, Journey]:
    """``project`` with a new journey made from ``template`` (empty without one), and the
    template's channels and interlocutors it lacks; returns the project and the journey."""
    if template is None:
        journey = Journey(name=name, kind=kind, improves_journey_id=improves_journey_id
                          if kind is JourneyKind.TARGET else None)
        return project.model_copy(update={"journeys": [*project.journeys, journey]}), journey
    journey = _fresh_journey(template_journey(template), name, kind, improves_journey_id)
    return project.model_copy(update={
        "journeys": [*project.journeys, journey],
        "channels": _merged(project.channels, template.channels),
        "interlocutors": _merged(project.interlocutors, template.interlocutors),
    }), journey
