"""Cross-reference checks: every id a project points to must exist, and ids are unique.

The checks of one entity are the same whether a whole project is read from a file or one
entity is inserted or changed while editing: :func:`check_entity` looks at one entity
against what the project holds (:class:`KnownIds`), and :func:`find_reference_problems`
runs it over the whole project.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Collection, Container
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from cxdesigner.model.benchmark import Player
from cxdesigner.model.blueprint import BlueprintItem
from cxdesigner.model.contacts import ContactProfile, ContactRecord
from cxdesigner.model.enums import JourneyKind
from cxdesigner.model.improvement import Action, IndicatorRecord, Scorecard, SurveyAnswer
from cxdesigner.model.journey import Flow, Journey, Stage, StickyNote, Touchpoint, Verbatim
from cxdesigner.model.locations import describe_location
from cxdesigner.model.people import Persona
from cxdesigner.model.wording import reference_sentence

if TYPE_CHECKING:
    from cxdesigner.model.project import Project

Loc = tuple[str | int, ...]

Report = Callable[..., None]
"""``report(loc, code, **params)``: one problem found at ``loc`` (see wording)."""


@dataclass(frozen=True)
class ReferenceProblem:
    """A broken reference or a duplicate id, with where it is.

    ``message`` and ``where`` are in English; ``code`` and ``params`` say the same for
    :meth:`worded` to put in another language.
    """

    loc: Loc
    message: str
    where: str
    code: str = dataclasses.field(default="", compare=False)
    params: tuple[tuple[str, Any], ...] = dataclasses.field(default=(), compare=False)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message

    def worded(self, root: Any, language: str = "en") -> str:
        """The problem as a sentence in ``language``, its place named from ``root``."""
        if language == "en" or not self.code:
            return str(self)
        where = describe_location(root, self.loc, language)
        message = reference_sentence(self.code, dict(self.params), language)
        return f"{where}{_COLON[language]} {message}" if where else message


_COLON = {"en": ":", "fr": "\u00a0:"}


def problem_at(root: Any, loc: Loc, code: str, params: dict[str, Any]) -> ReferenceProblem:
    """A problem at ``loc``, its place named from ``root`` (a project, or a dict of lists)."""
    return ReferenceProblem(loc, reference_sentence(code, params),
                            describe_location(root, loc), code, tuple(params.items()))


class BrokenReferencesError(ValueError):
    """Raised by :class:`Project` validation; keeps the problems for rewording."""

    def __init__(self, problems: list[ReferenceProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


# What each id field of an entity points to, in the words of wording.REFERENCE_TARGETS;
# the fields are checked in this order.
POINTERS: dict[type, tuple[tuple[str, str], ...]] = {
    Persona: (("segment_id", "segment"),),
    Verbatim: (("persona_id", "persona"), ("segment_id", "segment")),
    Journey: (("persona_ids", "persona"),),
    Touchpoint: (("channel_id", "channel"), ("interlocutor_id", "interlocutor"),
                 ("details_journey_id", "journey")),
    Flow: (("source_id", "touchpoint of this journey"),
           ("target_id", "touchpoint of this journey")),
    StickyNote: (("stage_id", "stage of this journey"),),
    BlueprintItem: (("stage_id", "stage of this journey"),
                    ("serves_ids", "touchpoint or blueprint item of this journey")),
    Action: (("irritant_id", "irritant"), ("touchpoint_id", "touchpoint"),
             ("profile_ids", "contact profile")),
    SurveyAnswer: (("scope_id", "journey, stage or touchpoint"), ("segment_id", "segment")),
    IndicatorRecord: (("scope_id", "journey, stage or touchpoint"),),
    Scorecard: (("scope_id", "journey or stage"), ("player_id", "player"), ("wave_id", "wave")),
    ContactRecord: (("segment_id", "segment"), ("channel_id", "channel"),
                    ("stage_id", "stage"), ("touchpoint_id", "touchpoint"),
                    ("profile_id", "contact profile")),
    ContactProfile: (("touchpoint_ids", "touchpoint"),),
}

_NESTED_IN_TOUCHPOINTS = ("verbatims", "irritants", "opportunities")
_LISTS = ("personas", "segments", "channels", "interlocutors", "verbatims", "actions",
          "answers", "indicator_records", "scorecards", "contacts", "contact_profiles",
          "parking_lot", "players", "waves", "point_values")


class KnownIds:
    """What the references of a project may point to, each gathered on first use.

    Checking one touchpoint's channel then costs a look at the channels, not a walk
    through every journey. ``journeys`` stands for the project's journeys when a journey
    is checked as it would be after a change.
    """

    def __init__(self, project: Project, journeys: list[Journey] | None = None,
                 holds_touchpoint: Callable[[Journey, str], bool] | None = None) -> None:
        """``holds_touchpoint``: whether a journey holds a touchpoint, answered from an index
        kept up to date elsewhere, so that checking one flow's ends does not gather every
        touchpoint of its journey."""
        self._project = project
        self._journeys = project.journeys if journeys is None else journeys
        self._inside: dict[int, tuple[set[str], set[str], set[str]]] = {}
        self._sets: dict[str, Collection[str]] = {}
        self._holds_touchpoint = holds_touchpoint

    def _ids(self, key: str) -> set[str]:
        return {item.id for item in getattr(self._project, key)}

    @cached_property
    def personas(self) -> set[str]:
        return self._ids("personas")

    @cached_property
    def segments(self) -> set[str]:
        return self._ids("segments")

    @cached_property
    def channels(self) -> set[str]:
        return self._ids("channels")

    @cached_property
    def interlocutors(self) -> set[str]:
        return self._ids("interlocutors")

    @cached_property
    def profiles(self) -> set[str]:
        return self._ids("contact_profiles")

    @cached_property
    def players(self) -> set[str]:
        return self._ids("players")

    @cached_property
    def waves(self) -> set[str]:
        return self._ids("waves")

    @cached_property
    def clients(self) -> dict[str, str]:
        """The players marked as the client's brand: id -> name."""
        return {player.id: player.name for player in self._project.players if player.client}

    @cached_property
    def journeys(self) -> dict[str, Journey]:
        return {journey.id: journey for journey in self._journeys}

    @cached_property
    def stages(self) -> set[str]:
        return {stage.id for journey in self._journeys for stage in journey.stages}

    @cached_property
    def touchpoints(self) -> set[str]:
        return {tp.id for journey in self._journeys for _, tp in journey.touchpoints()}

    @cached_property
    def irritants(self) -> set[str]:
        return {irritant.id for journey in self._journeys
                for _, tp in journey.touchpoints() for irritant in tp.irritants}

    @cached_property
    def scopes(self) -> set[str]:
        """What a survey answer or an indicator record may be about."""
        return self.journeys.keys() | self.stages | self.touchpoints

    @cached_property
    def journeys_and_stages(self) -> set[str]:
        """What a scorecard may be about."""
        return self.journeys.keys() | self.stages

    def _of_journey(self, journey: Journey) -> tuple[set[str], set[str], set[str]]:
        """The stages, the touchpoints and the blueprint items of ``journey``."""
        found = self._inside.get(id(journey))
        if found is None:
            found = ({stage.id for stage in journey.stages},
                     {tp.id for _, tp in journey.touchpoints()},
                     {item.id for item in journey.blueprint})
            self._inside[id(journey)] = found
        return found

    def targets(self, what: str, journey: Journey | None = None) -> Container[str]:
        """The ids a reference to ``what`` (a REFERENCE_TARGETS key) may hold."""
        found = self._sets.get(what)
        if found is not None:
            return found
        if what == "touchpoint of this journey":
            if journey is not None and self._holds_touchpoint is not None:
                return _TouchpointsOf(journey, self._holds_touchpoint)
            return self._of_journey(journey)[1] if journey is not None else ()
        if what == "stage of this journey":
            return self._of_journey(journey)[0] if journey is not None else ()
        if what == "blueprint item of this journey":
            return self._of_journey(journey)[2] if journey is not None else ()
        if what == "touchpoint or blueprint item of this journey":
            if journey is None:
                return ()
            _, touchpoints, items = self._of_journey(journey)
            return touchpoints | items
        found = self.journeys.keys() if what == "journey" else getattr(self, _TARGET_SETS[what])
        self._sets[what] = found
        return found


class _TouchpointsOf(Container[str]):
    """The touchpoints of a journey, as far as asking whether it holds one goes."""

    def __init__(self, journey: Journey, holds: Callable[[Journey, str], bool]) -> None:
        self._journey, self._holds = journey, holds

    def __contains__(self, identifier: object) -> bool:
        return isinstance(identifier, str) and self._holds(self._journey, identifier)


_TARGET_SETS = {"persona": "personas", "segment": "segments", "channel": "channels",
                "player": "players", "wave": "waves",
                "interlocutor": "interlocutors", "contact profile": "profiles",
                "stage": "stages", "touchpoint": "touchpoints", "irritant": "irritants",
                "journey, stage or touchpoint": "scopes", "journey or stage": "journeys_and_stages"}


def check_entity(entity: object, loc: Loc, known: KnownIds, report: Report,
                 journey: Journey | None = None,
                 fields: Collection[str] | None = None) -> None:
    """Report the broken references of ``entity`` found at ``loc``.

    Args:
        entity: a persona, touchpoint, stage, journey, flow, action… with what it holds.
        loc: where it is, for the locations of the problems.
        known: what the references may point to.
        report: called once per problem.
        journey: the journey holding ``entity`` (for flows and notes, which point inside
            their journey); a journey is its own.
        fields: check only these fields (a changed entity); every field when None.
    """
    if isinstance(entity, Touchpoint):
        _check_touchpoint(entity, loc, known, report, fields, journey)
        return
    if isinstance(entity, BlueprintItem):
        _check_blueprint_item(entity, loc, known, report, journey, fields)
        return
    if isinstance(entity, Player):
        _check_player(entity, loc, known, report, fields)
        return
    _check_pointers(entity, loc, known, report, journey, fields)
    if isinstance(entity, Stage) and (fields is None or "touchpoints" in fields):
        for t, tp in enumerate(entity.touchpoints):
            _check_touchpoint(tp, (*loc, "touchpoints", t), known, report, journey=journey)
    elif isinstance(entity, Journey):
        _check_journey(entity, loc, known, report, fields)


def _check_pointers(entity: object, loc: Loc, known: KnownIds, report: Report,
                    journey: Journey | None = None,
                    fields: Collection[str] | None = None) -> None:
    for field, what in POINTERS.get(type(entity), ()):
        if fields is not None and field not in fields:
            continue
        value = getattr(entity, field)
        if value is None:
            continue
        targets = known.targets(what, journey)
        for target in value if isinstance(value, list) else (value,):
            if target not in targets:
                report((*loc, field), "dangling", what=what, id=target)


def _check_blueprint_item(item: BlueprintItem, loc: Loc, known: KnownIds, report: Report,
                          journey: Journey | None,
                          fields: Collection[str] | None = None) -> None:
    _check_pointers(item, loc, known, report, journey, fields)
    if item.id in item.serves_ids and (fields is None or "serves_ids" in fields):
        report((*loc, "serves_ids"), "serves_itself")


def _check_player(player: Player, loc: Loc, known: KnownIds, report: Report,
                  fields: Collection[str] | None = None) -> None:
    """One player at most is the client's brand: the scorecards without a player are its."""
    if player.client and (fields is None or "client" in fields):
        other = next((name for other_id, name in known.clients.items()
                      if other_id != player.id), None)
        if other is not None and (fields is not None or _first_client(known) != player.id):
            report((*loc, "client"), "second_client", name=other)


def _first_client(known: KnownIds) -> str | None:
    return next(iter(known.clients), None)


def _check_touchpoint(tp: Touchpoint, loc: Loc, known: KnownIds, report: Report,
                      fields: Collection[str] | None = None,
                      journey: Journey | None = None) -> None:
    _check_pointers(tp, loc, known, report, None, fields)
    if (journey is not None and tp.details_journey_id == journey.id
            and (fields is None or "details_journey_id" in fields)):
        report((*loc, "details_journey_id"), "details_itself")
    for name in ("persona_emotions", "persona_criticality"):
        values = getattr(tp, name)
        if values and (fields is None or name in fields):
            for persona_id in values:
                if persona_id not in known.personas:
                    report(loc, "unknown_persona_value", id=persona_id)
    if tp.verbatims and (fields is None or "verbatims" in fields):
        for v, verbatim in enumerate(tp.verbatims):
            _check_pointers(verbatim, (*loc, "verbatims", v), known, report)
    if tp.irritants and (fields is None or "irritants" in fields):
        causes = known.targets("blueprint item of this journey", journey)
        for i, irritant in enumerate(tp.irritants):
            for cause in irritant.cause_ids:
                if cause not in causes:
                    report((*loc, "irritants", i, "cause_ids"), "dangling",
                           what="blueprint item of this journey", id=cause)


def _check_journey(journey: Journey, loc: Loc, known: KnownIds, report: Report,
                   fields: Collection[str] | None) -> None:
    def wanted(name: str) -> bool:
        return fields is None or name in fields

    if journey.improves_journey_id is not None and (wanted("improves_journey_id")
                                                    or wanted("kind")):
        improved = known.journeys.get(journey.improves_journey_id)
        if improved is None:
            report((*loc, "improves_journey_id"), "dangling", what="journey",
                   id=journey.improves_journey_id)
        elif journey.kind is not JourneyKind.TARGET:
            report((*loc, "kind"), "improver_not_target")
        elif improved.id == journey.id:
            report((*loc, "improves_journey_id"), "improves_itself")
        elif improved.kind is not JourneyKind.CURRENT:
            report((*loc, "improves_journey_id"), "improves_target")
    if wanted("lanes"):
        for lane, count in Counter(setting.lane for setting in journey.lanes).items():
            if count > 1:
                report((*loc, "lanes"), "lane_repeated", lane=lane.value, count=count)
    if wanted("stages") or wanted("blueprint"):
        # (an irritant's causes are items of the blueprint)
        for s, stage in enumerate(journey.stages):
            stage_loc = (*loc, "stages", s)
            for t, tp in enumerate(stage.touchpoints):
                _check_touchpoint(tp, (*stage_loc, "touchpoints", t), known, report,
                                  journey=journey)
    for key in ("flows", "notes"):
        if wanted(key):
            for i, item in enumerate(getattr(journey, key)):
                _check_pointers(item, (*loc, key, i), known, report, journey)
    if wanted("blueprint") or wanted("stages"):
        for i, blueprint_item in enumerate(journey.blueprint):
            _check_blueprint_item(blueprint_item, (*loc, "blueprint", i), known, report,
                                  journey)


def entity_ids(entity: object, loc: Loc) -> list[tuple[Loc, str]]:
    """The id of ``entity`` (at ``loc``) and of everything it holds, in file order."""
    found: list[tuple[Loc, str]] = []
    if isinstance(entity, Journey):
        _journey_ids(entity, loc, found)
    elif isinstance(entity, Stage):
        _stage_ids(entity, loc, found)
    elif isinstance(entity, Touchpoint):
        _touchpoint_ids(entity, loc, found)
    else:
        found.append((loc, str(getattr(entity, "id"))))  # noqa: B009 - every entity has one
    return found


def _touchpoint_ids(tp: Touchpoint, loc: Loc, found: list[tuple[Loc, str]]) -> None:
    found.append((loc, tp.id))
    for key in _NESTED_IN_TOUCHPOINTS:
        items = getattr(tp, key)
        if items:
            found += [((*loc, key, i), x.id) for i, x in enumerate(items)]


def _stage_ids(stage: Stage, loc: Loc, found: list[tuple[Loc, str]]) -> None:
    found.append((loc, stage.id))
    for t, tp in enumerate(stage.touchpoints):
        _touchpoint_ids(tp, (*loc, "touchpoints", t), found)


def _journey_ids(journey: Journey, loc: Loc, found: list[tuple[Loc, str]]) -> None:
    found.append((loc, journey.id))
    for s, stage in enumerate(journey.stages):
        _stage_ids(stage, (*loc, "stages", s), found)
    found += [((*loc, "flows", i), flow.id) for i, flow in enumerate(journey.flows)]
    found += [((*loc, "notes", i), note.id) for i, note in enumerate(journey.notes)]
    found += [((*loc, "blueprint", i), item.id) for i, item in enumerate(journey.blueprint)]


def project_ids(project: Project) -> list[tuple[Loc, str]]:
    """Every id of the project with where it is, in file order."""
    found: list[tuple[Loc, str]] = []
    for key in _LISTS:
        found += [((key, i), item.id) for i, item in enumerate(getattr(project, key))]
    for j, journey in enumerate(project.journeys):
        _journey_ids(journey, ("journeys", j), found)
    return found


def ids_in_use(project: Project) -> list[str]:
    """Every id of the project: :func:`project_ids` without the places, for an edit that
    checks a few new ids (made without one object per id, of which a big map holds tens of
    thousands)."""
    ids = [item.id for key in _LISTS for item in getattr(project, key)]
    for journey in project.journeys:
        ids.append(journey.id)
        for stage in journey.stages:
            ids.append(stage.id)
            ids += [tp.id for tp in stage.touchpoints]
            ids += [item.id for tp in stage.touchpoints for key in _NESTED_IN_TOUCHPOINTS
                    for item in getattr(tp, key)]
        ids += [item.id for key in ("flows", "notes", "blueprint")
                for item in getattr(journey, key)]
    return ids


def find_reference_problems(project: Project) -> list[ReferenceProblem]:
    """Every duplicate id and dangling reference of the project, in file order."""
    problems: list[ReferenceProblem] = []

    def report(loc: Loc, code: str, **params: Any) -> None:
        problems.append(problem_at(project, loc, code, params))

    located_ids = project_ids(project)
    counts = Counter(identifier for _, identifier in located_ids)
    for loc, identifier in located_ids:
        if counts[identifier] > 1:
            report(loc, "duplicate_id", id=identifier)

    known = KnownIds(project)
    for key in ("personas", "verbatims", "players"):
        for i, item in enumerate(getattr(project, key)):
            check_entity(item, (key, i), known, report)
    for j, journey in enumerate(project.journeys):
        check_entity(journey, ("journeys", j), known, report, journey)
    for i, action in enumerate(project.actions):
        check_entity(action, ("actions", i), known, report,
                     fields=("irritant_id", "touchpoint_id"))
    for key in ("answers", "indicator_records", "scorecards", "contacts", "contact_profiles"):
        for i, item in enumerate(getattr(project, key)):
            check_entity(item, (key, i), known, report)
    for i, action in enumerate(project.actions):
        check_entity(action, ("actions", i), known, report, fields=("profile_ids",))
    return problems
