"""The model's helpers: per-persona fallbacks, journey walks, catalogue and templates."""

from __future__ import annotations

import pytest

from cxdesigner.model import (
    DEFAULT_SCALES,
    Channel,
    Criticality,
    Interlocutor,
    Journey,
    Lane,
    LaneSetting,
    Project,
    ScoreScale,
    Stage,
    SurveyAnswer,
    SurveyIndicator,
    Touchpoint,
    default_channels,
    default_lanes,
    is_channel_switch,
    is_handoff,
)
from cxdesigner.model.catalogue import default_text
from cxdesigner.model.locations import describe_location, field_words

# --------------------------------------------------------------------------- per persona


def test_emotion_for_a_persona_falls_back_to_the_touchpoint() -> None:
    touchpoint = Touchpoint(title="Appel", emotion=-1, persona_emotions={"lea": -3, "omar": 0})
    assert touchpoint.emotion_for("lea") == -3
    assert touchpoint.emotion_for("omar") == 0  # a zero is a value, not a gap
    assert touchpoint.emotion_for("zoe") == -1
    assert touchpoint.emotion_for(None) == -1
    assert Touchpoint(title="Appel").emotion_for("lea") is None
    assert Touchpoint(title="Appel", persona_emotions={"lea": 2}).emotion_for("zoe") is None


def test_criticality_for_a_persona_falls_back_to_the_touchpoint() -> None:
    touchpoint = Touchpoint(title="Appel", criticality=Criticality.SENSITIVE,
                            persona_criticality={"lea": Criticality.VERY_SENSITIVE})
    assert touchpoint.criticality_for("lea") is Criticality.VERY_SENSITIVE
    assert touchpoint.criticality_for("omar") is Criticality.SENSITIVE
    assert touchpoint.criticality_for(None) is Criticality.SENSITIVE
    assert Touchpoint(title="Appel").criticality_for("lea") is None


# --------------------------------------------------------------------------- journeys


def _journey() -> Journey:
    return Journey(name="Achat", stages=[
        Stage(id="s1", name="Avant", touchpoints=[Touchpoint(id="a", title="A"),
                                                  Touchpoint(id="b", title="B")]),
        Stage(id="s2", name="Pendant"),
        Stage(id="s3", name="Après", touchpoints=[Touchpoint(id="c", title="C")]),
    ])


def test_touchpoints_in_map_order_with_their_stage() -> None:
    journey = _journey()
    assert [(stage.id, tp.id) for stage, tp in journey.touchpoints()] == \
        [("s1", "a"), ("s1", "b"), ("s3", "c")]
    assert list(journey.touchpoint_index()) == ["a", "b", "c"]
    assert {tp: stage.id for tp, stage in journey.stage_of().items()} == \
        {"a": "s1", "b": "s1", "c": "s3"}


def test_lanes_default_to_all_shown_in_reading_order() -> None:
    assert [setting.lane for setting in default_lanes()] == list(Lane)
    journey = Journey(name="Achat")
    assert journey.visible_lanes() == list(Lane)
    journey.lanes = [LaneSetting(lane=Lane.EMOTION), LaneSetting(lane=Lane.NOTES, visible=False),
                     LaneSetting(lane=Lane.TOUCHPOINTS)]
    assert journey.visible_lanes() == [Lane.EMOTION, Lane.TOUCHPOINTS]
    # Each journey has its own list.
    assert Journey(name="x").lanes is not Journey(name="y").lanes


@pytest.mark.parametrize(("first", "second", "switch"), [
    ("chat", "phone", True), ("chat", "chat", False), (None, "phone", False),
    ("chat", None, False), (None, None, False),
])
def test_channel_switch(first: str | None, second: str | None, switch: bool) -> None:
    source = Touchpoint(title="a", channel_id=first)
    target = Touchpoint(title="b", channel_id=second)
    assert is_channel_switch(source, target) is switch


@pytest.mark.parametrize(("first", "second", "handoff"), [
    ("bot", "adviser", True), ("bot", "bot", False), (None, "adviser", False),
    ("bot", None, False),
])
def test_handoff(first: str | None, second: str | None, handoff: bool) -> None:
    source = Touchpoint(title="a", interlocutor_id=first)
    target = Touchpoint(title="b", interlocutor_id=second)
    assert is_handoff(source, target) is handoff


def test_project_lookups() -> None:
    project = Project(title="Atelier", journeys=[Journey(id="j1", name="Achat")],
                      channels=[Channel(id="c1", name="Chat")],
                      interlocutors=[Interlocutor(id="i1", name="Conseiller")])
    assert project.journey("j1").name == "Achat"
    with pytest.raises(KeyError):
        project.journey("j2")
    assert project.channel_names() == {"c1": "Chat"}
    assert project.interlocutor_names() == {"i1": "Conseiller"}


# --------------------------------------------------------------------------- scales


def test_default_scales() -> None:
    assert DEFAULT_SCALES[SurveyIndicator.NPS] == ScoreScale(low=0, high=10)
    assert DEFAULT_SCALES[SurveyIndicator.CSAT] == ScoreScale(low=1, high=5, satisfied_from=4)
    assert DEFAULT_SCALES[SurveyIndicator.CES] == ScoreScale(low=1, high=10)
    answer = SurveyAnswer(scope_id="j", indicator=SurveyIndicator.CSAT, value=4)
    assert answer.effective_scale() is DEFAULT_SCALES[SurveyIndicator.CSAT]
    own = ScoreScale(low=1, high=7)
    assert SurveyAnswer(scope_id="j", indicator=SurveyIndicator.CES, value=4,
                        scale=own).effective_scale() == own


# --------------------------------------------------------------------------- catalogue


def test_default_channels_in_french_and_english() -> None:
    french, english = default_channels("fr"), default_channels("en")
    assert [c.id for c in french] == [c.id for c in english]
    assert [c.digital for c in french] == [c.digital for c in english]
    assert len({c.id for c in french}) == len(french) == 14
    names_fr = {c.id: c.name for c in french}
    names_en = {c.id: c.name for c in english}
    assert (names_fr["ch-shop"], names_en["ch-shop"]) == ("Magasin", "Shop")
    assert (names_fr["ch-phone"], names_en["ch-phone"]) == ("Téléphone", "Phone")
    assert (names_fr["ch-social"], names_en["ch-social"]) == ("Réseau social", "Social network")
    assert {c.id for c in french if c.digital} == {
        "ch-sms", "ch-website", "ch-app", "ch-chat", "ch-email", "ch-social",
        "ch-click_collect", "ch-webstore"}
    # Fresh objects each time: a project may rename its own.
    assert default_channels("fr")[0] is not french[0]


def test_default_channels_fit_in_a_project() -> None:
    project = Project(title="Atelier", channels=default_channels("fr"))
    assert len(project.channel_names()) == 14


def test_new_items_start_with_a_text_in_the_project_language() -> None:
    assert default_text("touchpoint", "fr") == "Nouveau point de contact"
    assert default_text("stage", "en") == "New stage"
    assert default_text("note", "de") == "Note"


# --------------------------------------------------------------------------- locations


def test_locations_in_consultant_words() -> None:
    data = {"journeys": [{"name": "Achat en ligne", "stages": [
        {"name": "A"}, {"name": "B"},
        {"name": "Commande", "touchpoints": [{"title": "Appel   au\nsupport"}]}]}]}
    loc = ("journeys", 0, "stages", 2, "touchpoints", 0, "emotion")
    assert describe_location(data, loc) == \
        "journey 'Achat en ligne', stage 3 'Commande', touchpoint 'Appel au support', emotion"
    assert describe_location(data, ()) == ""


def test_locations_of_unnamed_or_missing_items_use_numbers() -> None:
    data = {"journeys": [{"name": "  ", "flows": [{}], "stages": []}]}
    assert describe_location(data, ("journeys", 0, "flows", 0, "source_id")) == \
        "journey 1, flow 1, start of the flow"
    assert describe_location(data, ("journeys", 3, "stages", 1)) == "journey 4, stage 2"
    assert describe_location(data, ("personas", 0, "needs", 2)) == "persona 1, needs, item 3"


def test_locations_work_on_models_too() -> None:
    project = Project(title="x", journeys=[Journey(name="Achat", stages=[Stage(name="Commande")])])
    assert describe_location(project, ("journeys", 0, "stages", 0, "name")) == \
        "journey 'Achat', stage 1 'Commande', name"
    assert describe_location(project, ("journeys", 0, "lanes", 6)) == \
        "journey 'Achat', lane 'emotion'"


def test_long_names_are_shortened() -> None:
    data = {"personas": [{"name": "x" * 100}]}
    assert describe_location(data, ("personas", 0)) == f"persona '{'x' * 57}…'"


def test_field_words() -> None:
    assert field_words("channel_id") == "channel"
    assert field_words("customer_action") == "customer action"
    assert field_words("satisfied_from") == "satisfied from"
