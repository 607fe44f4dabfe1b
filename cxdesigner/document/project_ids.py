"""The ids in use in the document's project, kept up to date edit by edit (no Qt).

An edit that brings new ids must not reuse one of the project's; looking through every id
of a map of 10,000 touchpoints for that took longer than the rest of the edit. The document
tells this index what each edit puts in and takes out, so that the check costs what the
edit touches; a whole other project (opened, restored, imported) is read again in full.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from cxdesigner.model import Journey, Project, Stage, Touchpoint
from cxdesigner.model.references import entity_ids, ids_in_use


def detailed_journey_ids(entities: Iterable[object]) -> list[str]:
    """The journeys that the steps among ``entities`` (or held by them) detail, once per
    step."""
    found: list[str] = []
    for entity in entities:
        if isinstance(entity, Touchpoint):
            steps: Iterable[Touchpoint] = (entity,)
        elif isinstance(entity, Stage):
            steps = entity.touchpoints
        elif isinstance(entity, Journey):
            steps = (tp for stage in entity.stages for tp in stage.touchpoints)
        else:
            continue
        found += [tp.details_journey_id for tp in steps if tp.details_journey_id]
    return found


class ProjectIds:
    """How many times each id is used in one project (a file may hold an id twice), and
    how many steps detail each journey (so that a journey's breadcrumb is known to be
    empty without reading the map)."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._counts: Counter[str] = Counter(ids_in_use(project))
        self._detailed: Counter[str] = Counter(detailed_journey_ids(project.journeys))

    def __contains__(self, identifier: object) -> bool:
        return self._counts[identifier] > 0 if isinstance(identifier, str) else False

    def is_detailed(self, journey_id: str) -> bool:
        """Whether a step of the project details journey ``journey_id``."""
        return self._detailed[journey_id] > 0

    def detailed_counts(self) -> Counter[str]:
        """Each journey a step details, with the number of such steps."""
        return +self._detailed

    def counts(self) -> Counter[str]:
        """Each id in use with its number of uses."""
        return +self._counts

    def added(self, entities: Iterable[object]) -> None:
        """``entities`` (with everything they hold) were put into the project."""
        entities = list(entities)
        for entity in entities:
            self._counts.update(identifier for _, identifier in entity_ids(entity, ()))
        self._detailed.update(detailed_journey_ids(entities))

    def removed(self, entities: Iterable[object]) -> None:
        """``entities`` (with everything they hold) were taken out of the project."""
        entities = list(entities)
        for entity in entities:
            for _, identifier in entity_ids(entity, ()):
                self._counts[identifier] -= 1
                if self._counts[identifier] <= 0:
                    del self._counts[identifier]
        self._detailed.subtract(detailed_journey_ids(entities))

    def replaced(self, old: object, new: object) -> None:
        """``old`` was replaced by ``new`` (an edited copy)."""
        self.removed([old])
        self.added([new])
