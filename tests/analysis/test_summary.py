"""The journey summary and its JSON form (what ``cxdesigner stats --json`` prints)."""

from __future__ import annotations

import json

from cxdesigner.analysis import project_json, summarise_journey
from cxdesigner.analysis.summary import unique_labels
from cxdesigner.model import (
    Channel,
    Criticality,
    Flow,
    Interlocutor,
    Journey,
    MomentOfTruth,
    Persona,
    Project,
    Stage,
    SurveyAnswer,
    SurveyIndicator,
    Touchpoint,
)


def project() -> Project:
    # Two stages both named "Use": the JSON keys must stay distinct.
    # a (chat, bot, +1) > b (phone, Ann, -2, critical) > c (phone, Ann, wow) > b (loop b c)
    stages = [
        Stage(id="s1", name="Use", touchpoints=[
            Touchpoint(id="a", title="Ask the chat", channel_id="chat", interlocutor_id="bot",
                       emotion=1, criticality=Criticality.SENSITIVE)]),
        Stage(id="s2", name="Use", touchpoints=[
            Touchpoint(id="b", title="Call", channel_id="phone", interlocutor_id="ann",
                       emotion=-2, moment=MomentOfTruth.CRITICAL, persona_emotions={"p": 0}),
            Touchpoint(id="c", title="Callback", channel_id="phone", interlocutor_id="ann",
                       moment=MomentOfTruth.WOW)]),
    ]
    flows = [Flow(id="f1", source_id="a", target_id="b"),
             Flow(id="f2", source_id="b", target_id="c"),
             Flow(id="f3", source_id="c", target_id="b")]
    journey = Journey(id="j", name="Support", stages=stages, flows=flows, persona_ids=["p"])
    answers = [SurveyAnswer(scope_id="b", indicator=SurveyIndicator.NPS, value=v)
               for v in (10, 9, 2)]
    return Project(title="Demo", journeys=[journey], answers=answers,
                   personas=[Persona(id="p", name="Paula")],
                   channels=[Channel(id="chat", name="Chat"), Channel(id="phone", name="Phone")],
                   interlocutors=[Interlocutor(id="bot", name="Bot"),
                                  Interlocutor(id="ann", name="Ann")])


def test_unique_labels() -> None:
    assert unique_labels(["Use", "Buy", "Use", "Use"]) == ["Use", "Buy", "Use (2)", "Use (3)"]


def test_summary_objects() -> None:
    summary = summarise_journey(project(), project().journeys[0])
    assert summary.flows.loops.loops == (("b", "c"),)
    assert [s.mean for s in summary.emotion] == [1.0, -2.0]
    assert [s.mean for s in summary.persona_emotion["p"]] == [1.0, 0.0]


def test_project_json_shape_and_values() -> None:
    data = project_json(project())
    json.dumps(data)  # plain JSON data
    assert data["project"] == "Demo"
    (journey,) = data["journeys"]
    assert {key: journey[key] for key in (
        "name", "kind", "stages", "touchpoints", "flows", "implied_links", "channel_switches",
        "handoffs", "loops", "loops_truncated", "repeated_steps", "dead_ends", "unreachable",
        "longest_path", "moments", "emotion_by_stage")} == {
        "name": "Support", "kind": "current", "stages": 2, "touchpoints": 3, "flows": 3,
        "implied_links": 0,  # a and b have a flow to the next card; c is the last
        "channel_switches": 1,  # a>b chat>phone; b>c and c>b stay on the phone
        "handoffs": 1,  # a>b bot>Ann
        "loops": [["Call", "Callback"]],
        "loops_truncated": False,
        "repeated_steps": [],
        "dead_ends": [],  # c goes back to b; b and c are in the last stage anyway
        "unreachable": [],
        "longest_path": ["Ask the chat", "Call", "Callback"],
        "moments": {"essential": 0, "critical": 1, "wow": 1},
        "emotion_by_stage": {"Use": 1.0, "Use (2)": -2.0},
    }
    assert journey["channel_switch_details"] == [
        {"from": "Ask the chat", "to": "Call", "from_channel": "Chat", "to_channel": "Phone",
         "implied": False}]
    assert journey["emotion_by_stage_per_persona"] == {"Paula": {"Use": 1.0, "Use (2)": 0.0}}
    assert journey["criticality_by_stage"] == {"Use": "sensitive", "Use (2)": None}
    # NPS of b: 10 9 2 -> (2 - 1) / 3 * 100 = 33.3 (reported to one decimal); rolled up to
    # its stage and journey
    assert journey["indicators"] == [
        {"scope": "Support", "scope_kind": "journey", "indicator": "nps", "value": 33.3,
         "n": 3, "direct_n": 0, "scale": "0-10"},
        {"scope": "Use", "scope_kind": "stage", "indicator": "nps", "value": 33.3, "n": 3,
         "direct_n": 0, "scale": "0-10"},
        {"scope": "Call", "scope_kind": "touchpoint", "indicator": "nps", "value": 33.3,
         "n": 3, "direct_n": 3, "scale": "0-10"},
    ]


def test_project_json_for_chosen_journeys() -> None:
    assert project_json(project(), [])["journeys"] == []
