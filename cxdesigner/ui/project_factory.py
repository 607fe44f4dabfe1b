"""New projects and journeys, with their default names in the project's own language."""

from __future__ import annotations

import datetime as dt

from cxdesigner.model import JourneyKind, Project, default_channels
from cxdesigner.model.journey_template import add_template_journey
from cxdesigner.vocabulary import label

_UNTITLED = {"fr": "Projet sans titre", "en": "Untitled project"}


def project_language(language: str) -> str:
    return "fr" if language == "fr" else "en"


def default_journey_name(language: str, kind: JourneyKind) -> str:
    """Content of the project, so in the project's language, whatever the interface's."""
    return label(kind, language)


def untitled_title(language: str) -> str:
    return _UNTITLED[project_language(language)]


def new_project(title: str, language: str, template: Project | None,
                journey_name: str | None = None) -> Project:
    """A project with the usual channels and one current journey made from ``template``
    (with the template's channels and interlocutors), named ``journey_name`` or else
    "Current journey" in the project's language."""
    lang = project_language(language)
    empty = Project(title=title.strip() or untitled_title(lang),
                    language="fr" if lang == "fr" else "en", created=dt.date.today(),
                    channels=default_channels(lang))
    project, _ = add_template_journey(
        empty, template, journey_name or default_journey_name(lang, JourneyKind.CURRENT))
    return Project.model_validate(project.model_dump())
