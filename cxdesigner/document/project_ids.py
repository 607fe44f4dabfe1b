"""The ids in use in the document's project, kept up to date edit by edit (no Qt).

An edit that brings new ids must not reuse one of the project's; looking through every id
of a map of 10,000 touchpoints for that took longer than the rest of the edit. The document
tells this index what each edit puts in and takes out, so that the check costs what the
edit touches; a whole other project (opened, restored, imported) is read again in full.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from cxdesigner.model import Project
from cxdesigner.model.references import entity_ids, ids_in_use


class ProjectIds:
    """How many times each id is used in one project (a file may hold an id twice)."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._counts: Counter[str] = Counter(ids_in_use(project))

    def __contains__(self, identifier: object) -> bool:
        return self._counts[identifier] > 0 if isinstance(identifier, str) else False

    def counts(self) -> Counter[str]:
        """Each id in use with its number of uses."""
        return +self._counts

    def added(self, entities: Iterable[object]) -> None:
        """``entities`` (with everything they hold) were put into the project."""
        for entity in entities:
            self._counts.update(identifier for _, identifier in entity_ids(entity, ()))

    def removed(self, entities: Iterable[object]) -> None:
        """``entities`` (with everything they hold) were taken out of the project."""
        for entity in entities:
            for _, identifier in entity_ids(entity, ()):
                self._counts[identifier] -= 1
                if self._counts[identifier] <= 0:
                    del self._counts[identifier]

    def replaced(self, old: object, new: object) -> None:
        """``old`` was replaced by ``new`` (an edited copy)."""
        self.removed([old])
        self.added([new])
