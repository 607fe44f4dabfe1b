"""The journey template library: bundled templates by sector, and the consultant's own."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from cxdesigner.io.errors import ProjectFileError
from cxdesigner.io.project_file import PROJECT_SUFFIX, load_project, save_project
from cxdesigner.io.wording import say
from cxdesigner.model import Project, Sector
from cxdesigner.model.journey_template import TemplateShapeError, stage_names, template_journey
from cxdesigner.model.text import fold
from cxdesigner.resources_path import resource_path

TEMPLATE_SUFFIX = PROJECT_SUFFIX
"""A template is a project file holding one journey."""


@dataclass(frozen=True)
class JourneyTemplate:
    """A template of the library, as read from its file.

    Attributes:
        key: ``sector/name`` for a bundled template, the file name for one of the user's.
        sector: the sector of a bundled template; None for the consultant's own.
        project: the validated file: title and description name the template, its one
            journey is the skeleton, its channels and interlocutors the typical ones.
        path: the file it was read from.
    """

    key: str
    sector: Sector | None
    project: Project
    path: Path

    @property
    def name(self) -> str:
        return self.project.title

    @property
    def description(self) -> str:
        return self.project.description

    @property
    def language(self) -> str:
        return self.project.language

    def stage_names(self) -> list[str]:
        return stage_names(self.project)

    @property
    def journey_name(self) -> str | None:
        """The name of a journey made from it: the consultant's own template names its
        journey; a bundled one is a shape to start from (None: the usual "Current
        journey", in the project's language)."""
        return template_journey(self.project).name if self.sector is None else None


def read_template(path: Path, language: str = "en") -> Project:
    """The template file at ``path``, read like a project and checked to hold one journey.

    Raises:
        ProjectFileError: the file is not a sound template, said in ``language``.
    """
    project = load_project(path, language)
    try:
        template_journey(project)
    except TemplateShapeError as error:
        raise ProjectFileError(path, [say("template_journeys", language,
                                          count=len(project.journeys))],
                               language=language) from error
    return project


def templates_root() -> Path:
    """Where the bundled templates are: one folder per sector."""
    return resource_path("templates")


def _suffix(language: str) -> str:
    """How the bundled templates written in ``language`` end: ``.fr.cxd`` or ``.en.cxd``."""
    return f".{'fr' if language == 'fr' else 'en'}{TEMPLATE_SUFFIX}"


@functools.cache
def bundled_templates(language: str) -> tuple[JourneyTemplate, ...]:
    """The bundled templates written in ``language`` ("fr" or "en"), sector by sector.

    Read once: the files ship with the application and do not change while it runs.
    """
    suffix = _suffix(language)
    found = []
    for sector in Sector:
        for path in sorted((templates_root() / sector.value).glob(f"*{suffix}")):
            name = path.name.removesuffix(suffix)
            found.append(JourneyTemplate(f"{sector.value}/{name}", sector, read_template(path),
                                         path))
    return tuple(found)


@functools.cache
def bundled_template(key: str, language: str) -> JourneyTemplate:
    """The bundled template ``key`` ("general/purchase") in ``language``.

    Read alone, once: a new window needs its one template, not the whole library.

    Raises:
        KeyError: no bundled template has that key.
    """
    sector_name, _, name = key.partition("/")
    sector = next((sector for sector in Sector if sector.value == sector_name), None)
    path = templates_root() / sector_name / f"{name}{_suffix(language)}"
    if sector is None or not name or "/" in name or not path.is_file():
        raise KeyError(key)
    return JourneyTemplate(key, sector, read_template(path), path)


def user_templates(folder: Path, language: str = "en") -> tuple[list[JourneyTemplate],
                                                                 list[ProjectFileError]]:
    """The consultant's own templates in ``folder``, by name, and the files there that could
    not be read (listed apart, so that one broken file hides none of the others)."""
    templates: list[JourneyTemplate] = []
    broken: list[ProjectFileError] = []
    if not folder.is_dir():
        return templates, broken
    for path in sorted(folder.glob(f"*{TEMPLATE_SUFFIX}")):
        try:
            templates.append(JourneyTemplate(path.name, None, read_template(path, language), path))
        except ProjectFileError as error:
            broken.append(error)
    templates.sort(key=lambda template: fold(template.name))
    return templates, broken


def _file_stem(name: str) -> str:
    """A file name made of a template's name: letters, digits and dashes."""
    stem = re.sub(r"[^\w]+", "-", fold(name)).strip("-_")[:60]
    return stem or "template"


def save_user_template(template: Project, folder: Path) -> Path:
    """Store ``template`` in the user's ``folder`` under a new file name; returns the file.

    Raises:
        ProjectFileError: the file could not be written.
    """
    folder.mkdir(parents=True, exist_ok=True)
    stem = _file_stem(template.title)
    path = folder / f"{stem}{TEMPLATE_SUFFIX}"
    number = 2
    while path.exists():
        path = folder / f"{stem}-{number}{TEMPLATE_SUFFIX}"
        number += 1
    save_project(template, path, backups=0)
    return path


def export_template(template: Project, path: Path) -> None:
    """Write ``template`` to ``path``, a file to share with others.

    Raises:
        ProjectFileError: the file could not be written.
    """
    save_project(template, path, backups=0)


def import_template_file(path: Path, folder: Path, language: str = "en") -> Path:
    """Check the template file at ``path`` and copy it into the user's ``folder``.

    Raises:
        ProjectFileError: the file is not a sound template (nothing is copied) or the copy
            could not be written.
    """
    return save_user_template(read_template(path, language), folder)


def bundled_name(key: str, language: str) -> str:
    """The name of the bundled template ``key`` in ``language`` (for a menu in the interface
    language, while the stages come in the project's)."""
    return bundled_template(key, language).name
