"""Cross-references: ids are unique in a project and every id points to something real."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pydantic import ValidationError

from cxdesigner.io import load_project
from cxdesigner.model import (
    Criticality,
    CxModel,
    JourneyKind,
    Lane,
    LaneSetting,
    Project,
)
from cxdesigner.model.references import (
    ReferenceProblem,
    find_reference_problems,
    ids_in_use,
    project_ids,
)
from cxdesigner.resources_path import resource_path


def sound_project() -> Project:
    """A small project in which every kind of reference is used once, correctly."""
    return Project.model_validate({
        "title": "Atelier",
        "personas": [{"id": "p-lea", "name": "Léa", "segment_id": "seg-1"}],
        "segments": [{"id": "seg-1", "name": "Familles"}],
        "channels": [{"id": "ch-chat", "name": "Chat"}, {"id": "ch-tel", "name": "Téléphone"}],
        "interlocutors": [{"id": "int-bot", "name": "Bot"}, {"id": "int-cons", "name": "Conseil"}],
        "journeys": [
            {"id": "j-now", "name": "Achat en ligne", "persona_ids": ["p-lea"],
             "stages": [
                 {"id": "s-1", "name": "Découverte",
                  "touchpoints": [{"id": "t-pub", "title": "Publicité"}]},
                 {"id": "s-2", "name": "Intérêt"},
                 {"id": "s-3", "name": "Commande", "touchpoints": [
                     {"id": "t-chat", "title": "Chat", "channel_id": "ch-chat",
                      "interlocutor_id": "int-bot"},
                     {"id": "t-call", "title": "Appel au support", "channel_id": "ch-tel",
                      "interlocutor_id": "int-cons", "emotion": -2,
                      "persona_emotions": {"p-lea": -3},
                      "persona_criticality": {"p-lea": "very_sensitive"},
                      "verbatims": [{"id": "v-1", "text": "Trop long", "persona_id": "p-lea",
                                     "segment_id": "seg-1"}],
                      "irritants": [{"id": "i-1", "text": "Transfert",
                                     "cause_ids": ["bp-svi"]}],
                      "opportunities": [{"id": "o-1", "text": "Rappel"}]},
                 ]},
             ],
             "flows": [{"id": "f-1", "source_id": "t-pub", "target_id": "t-chat"},
                       {"id": "f-2", "source_id": "t-chat", "target_id": "t-call"}],
             "notes": [{"id": "n-1", "text": "SVI", "stage_id": "s-3"}],
             "blueprint": [
                 {"id": "bp-svi", "layer": "back_stage", "title": "Routage SVI",
                  "stage_id": "s-3", "owner": "Téléphonie", "serves_ids": ["t-call"]},
                 {"id": "bp-crm", "layer": "support", "title": "CRM", "stage_id": "s-3",
                  "serves_ids": ["bp-svi", "t-chat"]}]},
            {"id": "j-target", "name": "Achat en ligne cible", "kind": "target",
             "improves_journey_id": "j-now",
             "stages": [{"id": "s-t1", "name": "Commande",
                         "touchpoints": [{"id": "t-t1", "title": "Rappel"}]}]},
        ],
        "verbatims": [{"id": "v-0", "text": "Bien", "persona_id": "p-lea", "segment_id": "seg-1"}],
        "actions": [{"id": "a-1", "description": "Relier chat et téléphone",
                     "irritant_id": "i-1", "touchpoint_id": "t-call"}],
        "answers": [{"id": "ans-1", "scope_id": "t-call", "indicator": "nps", "value": 3,
                     "segment_id": "seg-1"},
                    {"id": "ans-2", "scope_id": "s-3", "indicator": "csat", "value": 4},
                    {"id": "ans-3", "scope_id": "j-now", "indicator": "ces", "value": 2}],
        "indicator_records": [{"id": "r-1", "scope_id": "j-now", "indicator": "churn"},
                              {"id": "r-2", "scope_id": "t-t1", "indicator": "resolution_time"}],
        "scorecards": [{"id": "sc-1", "scope_id": "s-3"}, {"id": "sc-2", "scope_id": "j-target"},
                       {"id": "sc-3", "scope_id": "j-now", "player_id": "pl-rival",
                        "wave_id": "wv-1"}],
        "players": [{"id": "pl-us", "name": "Nous", "client": True},
                    {"id": "pl-rival", "name": "Concurrent"}],
        "waves": [{"id": "wv-1", "name": "Vague 1", "date": "2025-03-01"}],
    })


def test_the_sound_project_has_no_problem() -> None:
    assert find_reference_problems(sound_project()) == []


def _problems(change: Callable[[Project], Any]) -> list[str]:
    project = sound_project()
    change(project)  # assignments validate each entity alone, not the project
    return [str(problem) for problem in find_reference_problems(project)]


def _journey(project: Project, index: int = 0) -> Any:
    return project.journeys[index]


def _call(project: Project) -> Any:
    return project.journeys[0].stages[2].touchpoints[1]


CALL = "journey 'Achat en ligne', stage 3 'Commande', touchpoint 'Appel au support'"

DANGLING: list[tuple[str, Callable[[Project], Any], str]] = [
    ("persona segment", lambda p: setattr(p.personas[0], "segment_id", "nope"),
     "persona 'Léa', segment: points to a segment that does not exist (id 'nope')"),
    ("project verbatim persona", lambda p: setattr(p.verbatims[0], "persona_id", "nope"),
     "verbatim 1, persona: points to a persona that does not exist (id 'nope')"),
    ("project verbatim segment", lambda p: setattr(p.verbatims[0], "segment_id", "nope"),
     "verbatim 1, segment: points to a segment that does not exist (id 'nope')"),
    ("journey persona", lambda p: _journey(p).persona_ids.append("nope"),
     "journey 'Achat en ligne', personas: points to a persona that does not exist "
     "(id 'nope')"),
    ("improved journey", lambda p: setattr(_journey(p, 1), "improves_journey_id", "nope"),
     "journey 'Achat en ligne cible', current journey it improves: points to a journey that "
     "does not exist (id 'nope')"),
    ("touchpoint channel", lambda p: setattr(_call(p), "channel_id", "ch-fax"),
     f"{CALL}, channel: points to a channel that does not exist (id 'ch-fax')"),
    ("touchpoint interlocutor", lambda p: setattr(_call(p), "interlocutor_id", "nope"),
     f"{CALL}, interlocutor: points to an interlocutor that does not exist (id 'nope')"),
    ("persona emotion", lambda p: _call(p).persona_emotions.update({"p-omar": 1}),
     f"{CALL}: a value is set for a persona that does not exist (id 'p-omar')"),
    ("persona criticality",
     lambda p: _call(p).persona_criticality.update({"p-omar": Criticality.LOW}),
     f"{CALL}: a value is set for a persona that does not exist (id 'p-omar')"),
    ("touchpoint verbatim persona", lambda p: setattr(_call(p).verbatims[0], "persona_id", "x"),
     f"{CALL}, verbatim 1, persona: points to a persona that does not exist (id 'x')"),
    ("touchpoint verbatim segment", lambda p: setattr(_call(p).verbatims[0], "segment_id", "x"),
     f"{CALL}, verbatim 1, segment: points to a segment that does not exist (id 'x')"),
    ("flow start", lambda p: setattr(_journey(p).flows[0], "source_id", "nope"),
     "journey 'Achat en ligne', flow 1, start of the flow: points to a touchpoint of this "
     "journey that does not exist (id 'nope')"),
    ("flow end", lambda p: setattr(_journey(p).flows[1], "target_id", "nope"),
     "journey 'Achat en ligne', flow 2, end of the flow: points to a touchpoint of this "
     "journey that does not exist (id 'nope')"),
    ("flow into another journey", lambda p: setattr(_journey(p).flows[1], "target_id", "t-t1"),
     "journey 'Achat en ligne', flow 2, end of the flow: points to a touchpoint of this "
     "journey that does not exist (id 't-t1')"),
    ("note stage", lambda p: setattr(_journey(p).notes[0], "stage_id", "nope"),
     "journey 'Achat en ligne', sticky note 1, stage: points to a stage of this journey that "
     "does not exist (id 'nope')"),
    ("note on another journey's stage",
     lambda p: setattr(_journey(p).notes[0], "stage_id", "s-t1"),
     "journey 'Achat en ligne', sticky note 1, stage: points to a stage of this journey that "
     "does not exist (id 's-t1')"),
    ("blueprint stage", lambda p: setattr(_journey(p).blueprint[0], "stage_id", "s-t1"),
     "journey 'Achat en ligne', blueprint item 'Routage SVI', stage: points to a stage of "
     "this journey that does not exist (id 's-t1')"),
    ("blueprint serves", lambda p: _journey(p).blueprint[1].serves_ids.append("t-t1"),
     "journey 'Achat en ligne', blueprint item 'CRM', what it serves: points to a touchpoint "
     "or blueprint item of this journey that does not exist (id 't-t1')"),
    ("blueprint serves itself", lambda p: _journey(p).blueprint[1].serves_ids.append("bp-crm"),
     "journey 'Achat en ligne', blueprint item 'CRM', what it serves: a blueprint item "
     "cannot serve itself"),
    ("irritant cause", lambda p: _call(p).irritants[0].cause_ids.append("t-chat"),
     f"{CALL}, pain point 1, causes behind the scenes: points to a blueprint item of this "
     "journey that does not exist (id 't-chat')"),
    ("detailing journey", lambda p: setattr(_call(p), "details_journey_id", "nope"),
     f"{CALL}, journey that details it: points to a journey that does not exist (id 'nope')"),
    ("step detailed by its own journey",
     lambda p: setattr(_call(p), "details_journey_id", "j-now"),
     f"{CALL}, journey that details it: a step cannot be detailed by its own journey"),
    ("action irritant", lambda p: setattr(p.actions[0], "irritant_id", "nope"),
     "action 1, pain point: points to a pain point that does not exist (id 'nope')"),
    ("action touchpoint", lambda p: setattr(p.actions[0], "touchpoint_id", "nope"),
     "action 1, touchpoint: points to a touchpoint that does not exist (id 'nope')"),
    ("answer scope", lambda p: setattr(p.answers[1], "scope_id", "nope"),
     "survey answer 2, what it is about: points to a journey, stage or touchpoint that does "
     "not exist (id 'nope')"),
    ("answer segment", lambda p: setattr(p.answers[0], "segment_id", "nope"),
     "survey answer 1, segment: points to a segment that does not exist (id 'nope')"),
    ("indicator record scope", lambda p: setattr(p.indicator_records[0], "scope_id", "nope"),
     "indicator record 1, what it is about: points to a journey, stage or touchpoint that "
     "does not exist (id 'nope')"),
    ("scorecard scope", lambda p: setattr(p.scorecards[0], "scope_id", "nope"),
     "scorecard 1, what it is about: points to a journey or stage that does not exist "
     "(id 'nope')"),
    ("scorecard on a touchpoint", lambda p: setattr(p.scorecards[0], "scope_id", "t-call"),
     "scorecard 1, what it is about: points to a journey or stage that does not exist "
     "(id 't-call')"),
    ("scorecard player", lambda p: setattr(p.scorecards[2], "player_id", "nope"),
     "scorecard 3, player: points to a player that does not exist (id 'nope')"),
    ("scorecard wave", lambda p: setattr(p.scorecards[2], "wave_id", "nope"),
     "scorecard 3, wave: points to a wave that does not exist (id 'nope')"),
    ("second client", lambda p: setattr(p.players[1], "client", True),
     "player 'Concurrent', client: only one player can be the client's brand, and 'Nous' "
     "already is"),
]


@pytest.mark.parametrize(("change", "message"), [case[1:] for case in DANGLING],
                         ids=[case[0] for case in DANGLING])
def test_every_dangling_reference_is_reported_with_where_it_is(
        change: Callable[[Project], Any], message: str) -> None:
    assert _problems(change) == [message]


def test_a_step_may_be_detailed_by_another_journey() -> None:
    project = sound_project()
    _call(project).details_journey_id = "j-target"
    assert find_reference_problems(project) == []


def test_every_id_field_is_checked() -> None:
    # Each reference field of the model appears in one case above, or for the contact log
    # in test_model_contacts.py; origin_id is a link to history, and a merge conflict's
    # entity_id and parent_id say what it was about: deliberately unchecked.
    checked = {"segment_id", "persona_id", "persona_ids", "improves_journey_id", "channel_id",
               "interlocutor_id", "persona_emotions", "persona_criticality", "source_id",
               "target_id", "stage_id", "irritant_id", "touchpoint_id", "scope_id",
               "profile_id", "profile_ids", "touchpoint_ids", "origin_id", "entity_id",
               "parent_id", "serves_ids", "cause_ids", "details_journey_id", "player_id",
               "wave_id"}
    fields = {name for cls in _model_classes() for name in cls.model_fields
              if name.endswith(("_id", "_ids")) or name.startswith("persona_")}
    assert fields == checked


def _model_classes() -> set[type[CxModel]]:
    found: set[type[CxModel]] = set()
    pending: list[type[CxModel]] = [CxModel]
    while pending:
        for sub in pending.pop().__subclasses__():
            if sub.__module__.startswith("cxdesigner.model") and sub not in found:
                found.add(sub)
                pending.append(sub)
    return found


def test_a_problem_keeps_its_location() -> None:
    project = sound_project()
    _call(project).channel_id = "ch-fax"
    (problem,) = find_reference_problems(project)
    assert problem == ReferenceProblem(
        loc=("journeys", 0, "stages", 2, "touchpoints", 1, "channel_id"),
        message="points to a channel that does not exist (id 'ch-fax')",
        where=f"{CALL}, channel")


# --------------------------------------------------------------------------- duplicate ids


def test_duplicate_ids_across_kinds_are_reported_at_each_place() -> None:
    def clash(project: Project) -> None:
        _call(project).opportunities[0].id = "p-lea"

    assert _problems(clash) == [
        "persona 'Léa': the id 'p-lea' is used more than once",
        f"{CALL}, opportunity 1: the id 'p-lea' is used more than once",
    ]


@pytest.mark.parametrize(("change", "places"), [
    (lambda p: setattr(_call(p).irritants[0], "id", "t-call"),
     [CALL, f"{CALL}, pain point 1"]),
    (lambda p: setattr(_journey(p, 1), "id", "j-now"),
     ["journey 'Achat en ligne'", "journey 'Achat en ligne cible'"]),
    (lambda p: setattr(_journey(p).flows[1], "id", "n-1"),
     ["journey 'Achat en ligne', flow 2", "journey 'Achat en ligne', sticky note 1"]),
    (lambda p: setattr(p.scorecards[1], "id", "s-t1"),
     ["journey 'Achat en ligne cible', stage 1 'Commande'", "scorecard 2"]),
    (lambda p: setattr(p.answers[2], "id", "v-1"),
     [f"{CALL}, verbatim 1", "survey answer 3"]),
    (lambda p: setattr(_journey(p).blueprint[1], "id", "n-1"),
     ["journey 'Achat en ligne', sticky note 1", "journey 'Achat en ligne', blueprint item "
      "'CRM'"]),
])
def test_duplicate_ids_anywhere(change: Callable[[Project], Any], places: list[str]) -> None:
    # Renaming an entity also leaves what pointed to it dangling: only duplicates count here.
    duplicates = [problem.split(": the id '")[0] for problem in _problems(change)
                  if problem.endswith("' is used more than once")]
    assert sorted(duplicates) == sorted(places)


def test_a_project_with_duplicate_ids_does_not_validate() -> None:
    data = sound_project().model_dump(mode="json")
    data["segments"][0]["id"] = "p-lea"
    data["personas"][0]["segment_id"] = "p-lea"
    with pytest.raises(ValidationError) as info:
        Project.model_validate(data)
    text = str(info.value)
    assert "persona 'Léa': the id 'p-lea' is used more than once" in text
    assert "segment 'Familles': the id 'p-lea' is used more than once" in text


# --------------------------------------------------------------------------- target journeys


def test_a_target_journey_improves_a_current_one() -> None:
    project = sound_project()
    assert project.journeys[1].kind is JourneyKind.TARGET
    assert project.journeys[1].improves_journey_id == "j-now"


def test_only_a_target_journey_can_improve_another() -> None:
    def current_improving(project: Project) -> None:
        project.journeys[1].kind = JourneyKind.CURRENT

    assert _problems(current_improving) == [
        "journey 'Achat en ligne cible', kind: only a target journey can improve another "
        "journey"]


def test_a_target_journey_cannot_improve_itself() -> None:
    def itself(project: Project) -> None:
        project.journeys[1].improves_journey_id = "j-target"

    assert _problems(itself) == [
        "journey 'Achat en ligne cible', current journey it improves: a journey cannot "
        "improve itself"]


# --------------------------------------------------------------------------- lanes


def test_a_lane_listed_twice_is_reported() -> None:
    def twice(project: Project) -> None:
        project.journeys[0].lanes = [*project.journeys[0].lanes, LaneSetting(lane=Lane.EMOTION),
                                     LaneSetting(lane=Lane.NOTES, visible=False)]

    assert _problems(twice) == [
        "journey 'Achat en ligne', lanes: the lane 'emotion' is listed 2 times",
        "journey 'Achat en ligne', lanes: the lane 'notes' is listed 2 times",
    ]


def test_lanes_may_be_hidden_reordered_or_left_out() -> None:
    def few(project: Project) -> None:
        project.journeys[0].lanes = [LaneSetting(lane=Lane.EMOTION),
                                     LaneSetting(lane=Lane.TOUCHPOINTS, visible=False)]

    assert _problems(few) == []


# --------------------------------------------------------------------------- validation


def test_the_project_refuses_dangling_references_on_validation() -> None:
    data = sound_project().model_dump(mode="json")
    data["journeys"][0]["flows"][0]["target_id"] = "t-ghost"
    data["actions"][0]["irritant_id"] = "i-ghost"
    with pytest.raises(ValidationError) as info:
        Project.model_validate(data)
    (error,) = info.value.errors()
    assert error["type"] == "value_error"
    assert error["msg"].splitlines() == [
        "Value error, journey 'Achat en ligne', flow 1, end of the flow: points to a "
        "touchpoint of this journey that does not exist (id 't-ghost')",
        "action 1, pain point: points to a pain point that does not exist (id 'i-ghost')",
    ]


def test_at_most_50_reference_problems_are_told() -> None:
    data = sound_project().model_dump(mode="json")
    data["actions"] = [{"description": "x", "touchpoint_id": f"ghost-{n}"} for n in range(80)]
    with pytest.raises(ValidationError) as info:
        Project.model_validate(data)
    assert len(info.value.errors()[0]["msg"].splitlines()) == 50


@pytest.mark.parametrize("name", ["parcours-demo.cxd", "parcours-multilingue.cxd"])
def test_the_ids_in_use_are_every_id_the_project_places(name: str) -> None:
    """The quick list of ids an edit checks its new ones against misses none."""
    project = load_project(resource_path("demo", name))
    placed = [identifier for _, identifier in project_ids(project)]
    assert len(placed) > 40
    assert sorted(ids_in_use(project)) == sorted(placed)
