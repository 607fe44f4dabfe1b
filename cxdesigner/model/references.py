"""Cross-reference checks: every id a project points to must exist, and ids are unique."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cxdesigner.model.enums import JourneyKind
from cxdesigner.model.locations import describe_location
from cxdesigner.model.wording import reference_sentence

if TYPE_CHECKING:
    from cxdesigner.model.project import Project

Loc = tuple[str | int, ...]


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


class BrokenReferencesError(ValueError):
    """Raised by :class:`Project` validation; keeps the problems for rewording."""

    def __init__(self, problems: list[ReferenceProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


def _all_ids(project: Project) -> list[tuple[Loc, str]]:
    found: list[tuple[Loc, str]] = []
    for key in ("personas", "segments", "channels", "interlocutors", "verbatims", "actions",
                "answers", "indicator_records", "scorecards", "contacts", "contact_profiles"):
        found += [((key, i), item.id) for i, item in enumerate(getattr(project, key))]
    for j, journey in enumerate(project.journeys):
        found.append((("journeys", j), journey.id))
        for s, stage in enumerate(journey.stages):
            stage_loc: Loc = ("journeys", j, "stages", s)
            found.append((stage_loc, stage.id))
            for t, tp in enumerate(stage.touchpoints):
                tp_loc: Loc = (*stage_loc, "touchpoints", t)
                found.append((tp_loc, tp.id))
                for key in ("verbatims", "irritants", "opportunities"):
                    found += [((*tp_loc, key, i), x.id) for i, x in enumerate(getattr(tp, key))]
        found += [(("journeys", j, "flows", i), f.id) for i, f in enumerate(journey.flows)]
        found += [(("journeys", j, "notes", i), n.id) for i, n in enumerate(journey.notes)]
    return found


def find_reference_problems(project: Project) -> list[ReferenceProblem]:
    """Every duplicate id and dangling reference of the project, in file order."""
    problems: list[ReferenceProblem] = []

    def report(loc: Loc, code: str, **params: Any) -> None:
        problems.append(ReferenceProblem(loc, reference_sentence(code, params),
                                         describe_location(project, loc), code,
                                         tuple(params.items())))

    located_ids = _all_ids(project)
    counts = Counter(identifier for _, identifier in located_ids)
    for loc, identifier in located_ids:
        if counts[identifier] > 1:
            report(loc, "duplicate_id", id=identifier)

    def check(loc: Loc, field: str, value: str | None, known: set[str], what: str) -> None:
        if value is not None and value not in known:
            report((*loc, field), "dangling", what=what, id=value)

    personas = {p.id for p in project.personas}
    segments = {s.id for s in project.segments}
    channels = {c.id for c in project.channels}
    interlocutors = {i.id for i in project.interlocutors}
    journeys = {j.id: j for j in project.journeys}
    stages: set[str] = set()
    touchpoints: set[str] = set()
    irritants: set[str] = set()

    for i, persona in enumerate(project.personas):
        check(("personas", i), "segment_id", persona.segment_id, segments, "segment")
    for i, verbatim in enumerate(project.verbatims):
        check(("verbatims", i), "persona_id", verbatim.persona_id, personas, "persona")
        check(("verbatims", i), "segment_id", verbatim.segment_id, segments, "segment")

    for j, journey in enumerate(project.journeys):
        jloc: Loc = ("journeys", j)
        for persona_id in journey.persona_ids:
            check(jloc, "persona_ids", persona_id, personas, "persona")
        if journey.improves_journey_id is not None:
            improved = journeys.get(journey.improves_journey_id)
            if improved is None:
                check(jloc, "improves_journey_id", journey.improves_journey_id, set(), "journey")
            elif journey.kind is not JourneyKind.TARGET:
                report((*jloc, "kind"), "improver_not_target")
            elif improved.id == journey.id:
                report((*jloc, "improves_journey_id"), "improves_itself")
            elif improved.kind is not JourneyKind.CURRENT:
                report((*jloc, "improves_journey_id"), "improves_target")
        lanes = Counter(setting.lane for setting in journey.lanes)
        for lane, count in lanes.items():
            if count > 1:
                report((*jloc, "lanes"), "lane_repeated", lane=lane.value, count=count)
        journey_touchpoints: set[str] = set()
        journey_stages = {stage.id for stage in journey.stages}
        for s, stage in enumerate(journey.stages):
            for t, tp in enumerate(stage.touchpoints):
                tloc: Loc = (*jloc, "stages", s, "touchpoints", t)
                journey_touchpoints.add(tp.id)
                check(tloc, "channel_id", tp.channel_id, channels, "channel")
                check(tloc, "interlocutor_id", tp.interlocutor_id, interlocutors, "interlocutor")
                for persona_id in (*tp.persona_emotions, *tp.persona_criticality):
                    if persona_id not in personas:
                        report(tloc, "unknown_persona_value", id=persona_id)
                for v, verbatim in enumerate(tp.verbatims):
                    check((*tloc, "verbatims", v), "persona_id", verbatim.persona_id, personas,
                          "persona")
                    check((*tloc, "verbatims", v), "segment_id", verbatim.segment_id, segments,
                          "segment")
                irritants.update(irritant.id for irritant in tp.irritants)
        for f, flow in enumerate(journey.flows):
            floc: Loc = (*jloc, "flows", f)
            for end in ("source_id", "target_id"):
                check(floc, end, getattr(flow, end), journey_touchpoints,
                      "touchpoint of this journey")
        for n, note in enumerate(journey.notes):
            check((*jloc, "notes", n), "stage_id", note.stage_id, journey_stages,
                  "stage of this journey")
        stages |= journey_stages
        touchpoints |= journey_touchpoints

    scopes = set(journeys) | stages | touchpoints
    for i, action in enumerate(project.actions):
        check(("actions", i), "irritant_id", action.irritant_id, irritants, "irritant")
        check(("actions", i), "touchpoint_id", action.touchpoint_id, touchpoints, "touchpoint")
    for i, answer in enumerate(project.answers):
        check(("answers", i), "scope_id", answer.scope_id, scopes, "journey, stage or touchpoint")
        check(("answers", i), "segment_id", answer.segment_id, segments, "segment")
    for i, record in enumerate(project.indicator_records):
        check(("indicator_records", i), "scope_id", record.scope_id, scopes,
              "journey, stage or touchpoint")
    for i, card in enumerate(project.scorecards):
        check(("scorecards", i), "scope_id", card.scope_id, set(journeys) | stages,
              "journey or stage")
    _check_contacts(project, check, channels, segments, stages, touchpoints)
    return problems


def _check_contacts(project: Project, check: Callable[[Loc, str, str | None, set[str], str], None],
                    channels: set[str], segments: set[str], stages: set[str],
                    touchpoints: set[str]) -> None:
    """References of the contact log, the contact profiles and the actions aimed at them."""
    profiles = {profile.id for profile in project.contact_profiles}
    for i, contact in enumerate(project.contacts):
        loc: Loc = ("contacts", i)
        check(loc, "segment_id", contact.segment_id, segments, "segment")
        check(loc, "channel_id", contact.channel_id, channels, "channel")
        check(loc, "stage_id", contact.stage_id, stages, "stage")
        check(loc, "touchpoint_id", contact.touchpoint_id, touchpoints, "touchpoint")
        check(loc, "profile_id", contact.profile_id, profiles, "contact profile")
    for i, profile in enumerate(project.contact_profiles):
        for touchpoint_id in profile.touchpoint_ids:
            check(("contact_profiles", i), "touchpoint_ids", touchpoint_id, touchpoints,
                  "touchpoint")
    for i, action in enumerate(project.actions):
        for profile_id in action.profile_ids:
            check(("actions", i), "profile_ids", profile_id, profiles, "contact profile")
