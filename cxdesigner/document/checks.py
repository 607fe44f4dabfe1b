"""Check what the document inserts or changes with the model's own rules, before it does.

An entity built without validation (``model_construct``, ``model_copy(update=...)``) or one
pointing to something that does not exist would otherwise be saved, and the file would then
refuse to open. So each entity the document inserts or replaces is validated as a file is
on reading, and its references and ids are checked against the rest of the project: only
that entity and what it points to, never the whole project, so that an edit costs the same
on a map of 100 or of 10,000 touchpoints. No Qt here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Container, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from cxdesigner.io.messages import describe_validation_error
from cxdesigner.model import Journey, Project
from cxdesigner.model.references import (
    KnownIds,
    Loc,
    ReferenceProblem,
    check_entity,
    entity_ids,
    problem_at,
)

M = TypeVar("M", bound=BaseModel)


class DocumentRuleError(ValueError):
    """An edit the document refused; nothing was changed.

    ``str()`` is in English; :meth:`message` says the same in the interface's language:
    where the problem is, what is wrong and what to do.
    """

    def __init__(self, sentences: Callable[[str], list[str]]) -> None:
        self._sentences = sentences
        super().__init__("\n".join(sentences("en")))

    def message(self, language: str = "en") -> str:
        """The reasons, one per line, in ``language`` (``en`` or ``fr``)."""
        return "\n".join(self._sentences(language))


@dataclass(frozen=True)
class Place:
    """Where an entity is, or is going, in the project: to name it in messages, and for the
    references that depend on it (flows and notes point inside their journey).

    ``steps`` are (list key, index, item) from the project down to the entity; only the
    names of the items above the entity are read. No steps: the project itself.
    """

    steps: tuple[tuple[str, int, Any], ...] = ()
    journey: Journey | None = None

    @property
    def loc(self) -> Loc:
        return tuple(part for key, index, _ in self.steps for part in (key, index))

    def root(self, entity: Any) -> Any:
        """A stand-in for the project in which ``entity`` is at :attr:`loc`."""
        if not self.steps:
            return entity
        root: dict[Any, Any] = {}
        node = root
        for key, index, item in self.steps[:-1]:
            child: dict[Any, Any] = {"name": getattr(item, "name", "")}
            node[key] = {index: child}
            node = child
        key, index, _ = self.steps[-1]
        node[key] = {index: entity}
        return root


def plain(value: Any) -> Any:
    """``value`` with every model in it turned into plain data.

    Validating plain data checks the models inside it too: pydantic trusts a model
    instance as it is, even one built without validation.
    """
    if isinstance(value, BaseModel):
        return value.model_dump(warnings=False)
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    return value


def _refused_value(error: ValidationError, root: Any, at: Loc) -> DocumentRuleError:
    return DocumentRuleError(
        lambda language: describe_validation_error(error, root, language, at=at))


def _refused_problems(problems: list[ReferenceProblem], root: Any) -> DocumentRuleError:
    return DocumentRuleError(
        lambda language: [problem.worded(root, language) for problem in problems])


def validated(cls: type[M], entity: BaseModel | Mapping[str, Any], place: Place) -> M:
    """``entity`` validated as a ``cls`` with everything it holds: a new, sound copy.

    Raises:
        DocumentRuleError: a value breaks the model's rules.
    """
    data = plain(entity)
    try:
        return cls.model_validate(data)
    except ValidationError as error:
        raise _refused_value(error, place.root(data), place.loc) from None


def validated_changes(entity: M, changes: Mapping[str, Any], place: Place) -> M:
    """A copy of ``entity`` with ``changes``, each value validated with what it holds.

    Raises:
        DocumentRuleError: a value breaks the model's rules (``entity`` is untouched).
    """
    copy = entity.model_copy()
    try:
        for name, value in changes.items():
            setattr(copy, name, plain(value))  # validate_assignment checks the value
    except ValidationError as error:
        data = {**entity.model_dump(warnings=False), **plain(dict(changes))}
        raise _refused_value(error, place.root(data), place.loc) from None
    return copy


def check_references(project: Project, entity: object, place: Place,
                     fields: Collection[str] | None = None,
                     journeys: list[Journey] | None = None,
                     holds_touchpoint: Callable[[Journey, str], bool] | None = None) -> None:
    """Refuse ``entity`` (at ``place``) when it points to something that does not exist.

    Args:
        fields: only the references of these fields (those an edit changes); all when None.
        journeys: the project's journeys as they would be after the edit, when it changes
            what a journey is (its kind), for the journeys that point to it.
        holds_touchpoint: whether a journey holds a touchpoint, from the document's index.

    Raises:
        DocumentRuleError: with every broken reference.
    """
    problems: list[ReferenceProblem] = []
    root = place.root(entity)

    def report(loc: Loc, code: str, **params: Any) -> None:
        problems.append(problem_at(root, loc, code, params))

    journey = entity if isinstance(entity, Journey) else place.journey
    known = KnownIds(project, journeys, holds_touchpoint)
    check_entity(entity, place.loc, known, report, journey, fields)
    if problems:
        raise _refused_problems(problems, root)


def check_new_ids(in_use: Container[str], entity: object, place: Place,
                  before: object | None = None, also: Collection[str] = ()) -> None:
    """Refuse ``entity`` when an id it brings (not already ``before``'s) is used elsewhere.

    ``in_use``: the ids of the project (the document keeps them, see
    :class:`~cxdesigner.document.project_ids.ProjectIds`). ``also``: the ids brought by the
    other entities of the same edit.

    Raises:
        DocumentRuleError: naming each id used twice.
    """
    kept = {identifier for _, identifier in entity_ids(before, ())} if before is not None \
        else set()
    brought = [(loc, identifier) for loc, identifier in entity_ids(entity, place.loc)
               if identifier not in kept]
    if not brought:
        return
    counts = Counter(identifier for _, identifier in brought)
    taken = {identifier for identifier in counts if identifier in in_use}
    clashes = [(loc, identifier) for loc, identifier in brought
               if identifier in taken or counts[identifier] > 1 or identifier in also]
    if clashes:
        root = place.root(entity)
        raise _refused_problems([problem_at(root, loc, "duplicate_id", {"id": identifier})
                                 for loc, identifier in clashes], root)
