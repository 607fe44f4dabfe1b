"""New projects and journeys, with their default names in the project's own language."""

from __future__ import annotations

import datetime as dt

from cxdesigner.model import (
    Journey,
    JourneyKind,
    Project,
    Stage,
    StageTemplate,
    default_channels,
    template_stage_names,
)
from cxdesigner.vocabulary import label

_UNTITLED = {"fr": "Projet sans titre", "en": "Untitled project"}


def project_language(language: str) -> str:
    return "fr" if language == "fr" else "en"


def default_journey_name(language: str, kind: JourneyKind) -> str:
    """Content of the project, so in the project's language, whatever the interface's."""
    return label(kind, language)


def untitled_title(language: str) -> str:
    return _UNTITLED[project_language(language)]


def template_stages(template: StageTemplate | None, language: str) -> list[Stage]:
    """The stages of ``template`` (none without a template: the user adds them)."""
    if template is None:
        return []
    return [Stage(name=name) for name in template_stage_names(template, project_language(language))]


def new_journey(name: str, kind: JourneyKind, template: StageTemplate | None, language: str,
                improves_journey_id: str | None = None) -> Journey:
    """A journey with the stages of ``template``."""
    return Journey(name=name or default_journey_name(language, kind), kind=kind,
                   improves_journey_id=improves_journey_id if kind is JourneyKind.TARGET
                   else None,
                   stages=template_stages(template, language))


def new_project(title: str, language: str, template: StageTemplate | None) -> Project:
    """A project with the usual channels and one current journey made from ``template``."""
    lang = project_language(language)
    today = dt.date.today()
    return Project(
        title=title.strip() or untitled_title(lang),
        language="fr" if lang == "fr" else "en",
        created=today,
        channels=default_channels(lang),
        journeys=[new_journey(default_journey_name(lang, JourneyKind.CURRENT),
                              JourneyKind.CURRENT, template, lang)],
    )
