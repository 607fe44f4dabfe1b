"""Comparing a current journey with its target, on a small support journey worked out by hand."""

from __future__ import annotations

import pytest

from cxdesigner.analysis.comparison import (
    CountChange,
    RemovedIrritant,
    RepeatedStep,
    TurnedMoment,
    compare_journeys,
    fold_title,
    pair_stages,
    pair_touchpoints,
)
from cxdesigner.model import (
    Channel,
    Flow,
    FlowKind,
    Interlocutor,
    Irritant,
    Journey,
    JourneyKind,
    MomentOfTruth,
    Persona,
    Project,
    Stage,
    Touchpoint,
)


def _tp(tp_id: str, title: str, channel: str | None, person: str | None,
        emotion: int | None, moment: MomentOfTruth = MomentOfTruth.NONE,
        irritants: tuple[tuple[str, int], ...] = ()) -> Touchpoint:
    return Touchpoint(id=tp_id, title=title, channel_id=channel, interlocutor_id=person,
                      emotion=emotion, moment=moment,
                      irritants=[Irritant(id=f"{tp_id}-i{n}", text=text, severity=severity)
                                 for n, (text, severity) in enumerate(irritants)])


def _flows(*pairs: tuple[str, str]) -> list[Flow]:
    return [Flow(id=f"f-{a}-{b}", source_id=a, target_id=b) for a, b in pairs]


def _project() -> Project:
    """Today: forum, chat, a call, a second call after a transfer, a visit. Target: chat in
    the same words, a scheduled call-back, one call, the visit, a follow-up SMS."""
    current = Journey(id="j-now", name="Dépannage", stages=[
        Stage(id="s-help", name="Recherche d'aide", touchpoints=[
            _tp("c0", "Recherche sur le forum", "ch-forum", None, -2),
            _tp("c1", "Chat en ligne", "ch-chat", "i-bot", -1,
                irritants=(("Le bot ne comprend pas", 3),)),
            _tp("c2", "Appel au SAV", "ch-phone", "i-adv1", -3, MomentOfTruth.CRITICAL,
                (("Attente de 20 minutes", 4), ("Répéter son histoire", 3))),
        ]),
        Stage(id="s-fix", name="Résolution", touchpoints=[
            _tp("c3", "Appel au SAV", "ch-phone", "i-adv2", -2, MomentOfTruth.CRITICAL,
                (("Transfert raté", 4),)),
            _tp("c4", "Visite du technicien", "ch-home", "i-tech", 1, MomentOfTruth.ESSENTIAL),
        ]),
    ], flows=_flows(("c0", "c1"), ("c1", "c2"), ("c2", "c3"), ("c3", "c4")))
    target = Journey(id="j-target", name="Dépannage — cible", kind=JourneyKind.TARGET,
                     improves_journey_id="j-now", stages=[
        Stage(id="t-help", name="RECHERCHE  D'AIDE", touchpoints=[
            _tp("t1", "chat en  ligne", "ch-chat", "i-bot", 1,
                irritants=(("le bot ne comprend PAS", 2),)),
            _tp("t2", "Rappel programmé", "ch-phone", "i-adv1", 2, MomentOfTruth.WOW),
        ]),
        Stage(id="t-fix", name="Résolution", touchpoints=[
            _tp("t3", "Appel au SAV", "ch-phone", "i-adv1", 1, MomentOfTruth.ESSENTIAL),
            _tp("t4", "Visite du technicien", "ch-home", "i-tech", 2, MomentOfTruth.WOW),
        ]),
        Stage(id="t-after", name="Suivi", touchpoints=[
            _tp("t5", "SMS de suivi", "ch-sms", None, None),
        ]),
    ], flows=_flows(("t1", "t2"), ("t2", "t3"), ("t3", "t4"), ("t4", "t5")))
    return Project(
        title="SAV", personas=[Persona(id="p1", name="Chloé")],
        channels=[Channel(id="ch-forum", name="Forum"), Channel(id="ch-chat", name="Chat"),
                  Channel(id="ch-phone", name="Téléphone"),
                  Channel(id="ch-home", name="Intervention à domicile"),
                  Channel(id="ch-sms", name="SMS")],
        interlocutors=[Interlocutor(id=i, name=i) for i in ("i-bot", "i-adv1", "i-adv2",
                                                            "i-tech")],
        journeys=[current, target])


def test_fold_title_ignores_case_accents_and_spaces() -> None:
    assert fold_title("  Rappel   PROGRAMMÉ ") == fold_title("rappel programme")


def test_touchpoints_pair_within_a_stage_before_anywhere() -> None:
    project = _project()
    current, target = project.journeys
    # Stage + title: c1-t1 ("chat en ligne" in "recherche d'aide"), c3-t3 and c4-t4
    # ("resolution"). c2 "Appel au SAV" is in "Recherche d'aide": no match there, and the
    # only other "Appel au SAV" (t3) is already taken by c3, so c2 stays unpaired. Pairing
    # by title alone in map order would have paired c2-t3 and left c3 out.
    assert pair_touchpoints(current, target) == {"c1": "t1", "c3": "t3", "c4": "t4"}


def test_comparison_of_the_support_journey() -> None:
    project = _project()
    current, target = project.journeys
    result = compare_journeys(project, current, target)

    assert result.touchpoints_removed == ("Recherche sur le forum", "Appel au SAV")
    assert result.touchpoints_added == ("Rappel programmé", "SMS de suivi")
    # Irritants 4 -> 1. Removed: both of c2 (its touchpoint is gone) and c3's (t3 has none);
    # c1's stays: "le bot ne comprend PAS" folds to the same text.
    assert result.irritants == CountChange(4, 1)
    assert result.irritants_removed == (
        RemovedIrritant("c2-i0", "Attente de 20 minutes", 4, "Recherche d'aide",
                        "Appel au SAV", True),
        RemovedIrritant("c2-i1", "Répéter son histoire", 3, "Recherche d'aide",
                        "Appel au SAV", True),
        RemovedIrritant("c3-i0", "Transfert raté", 4, "Résolution", "Appel au SAV", False),
    )
    assert result.irritants_removed_count == 3
    # c3 critical -> t3 essential; c2 was critical too but is removed, not turned around.
    assert result.critical_turned_around == (
        TurnedMoment("Appel au SAV", "Appel au SAV", MomentOfTruth.ESSENTIAL),)
    # t2 is new and wow; t4 is wow where c4 was essential.
    assert result.wow_added == ("Rappel programmé", "Visite du technicien")
    assert result.channels_added == ("SMS",)
    assert result.channels_dropped == ("Forum",)
    # Switches before: forum>chat, chat>phone, phone>home = 3 (phone>phone is none).
    # After: chat>phone, phone>home, home>sms = 3.
    assert result.channel_switches == CountChange(3, 3)
    # Hand-offs before: bot>adv1, adv1>adv2, adv2>tech = 3 (c0 has no interlocutor).
    # After: bot>adv1, adv1>tech = 2 (adv1>adv1 is none, t5 has no interlocutor).
    assert result.handoffs == CountChange(3, 2)
    assert result.handoffs.change == -1
    assert result.repeated_before == (RepeatedStep("Appel au SAV", 2),)
    assert result.repeated_after == ()


def test_emotion_per_stage_and_gain() -> None:
    project = _project()
    current, target = project.journeys
    rows = compare_journeys(project, current, target).stage_emotions
    # Recherche d'aide: (-2 - 1 - 3) / 3 = -2 -> (1 + 2) / 2 = 1.5, gain 3.5.
    # Résolution: (-2 + 1) / 2 = -0.5 -> (1 + 2) / 2 = 1.5, gain 2.
    # Suivi: only in the target, and t5 has no emotion: mean None, n 0.
    assert [(r.stage_name, r.current_mean, r.current_rated, r.target_mean, r.target_rated,
             r.gain) for r in rows] == [
        ("Recherche d'aide", -2.0, 3, 1.5, 2, 3.5),
        ("Résolution", -0.5, 2, 1.5, 2, 2.0),
        ("Suivi", None, 0, None, 0, None),
    ]
    assert (rows[2].current_stage_id, rows[2].target_stage_id) == (None, "t-after")
    result = compare_journeys(project, current, target)
    # Whole journey: (-2 - 1 - 3 - 2 + 1) / 5 = -1.4 -> (1 + 2 + 1 + 2) / 4 = 1.5.
    assert result.emotion_before == pytest.approx(-1.4)
    assert result.emotion_after == 1.5


def test_emotion_for_a_persona_uses_its_own_values() -> None:
    project = _project()
    current, target = project.journeys
    current.stages[0].touchpoints[2].persona_emotions = {"p1": -1}  # c2: -3 -> -1 for p1
    target.stages[0].touchpoints[0].persona_emotions = {"p1": -1}  # t1: 1 -> -1 for p1
    result = compare_journeys(project, current, target, persona_id="p1")
    first = result.stage_emotions[0]
    # (-2 - 1 - 1) / 3 = -4/3 -> (-1 + 2) / 2 = 0.5, gain 0.5 + 4/3 = 11/6.
    assert first.current_mean == pytest.approx(-4 / 3)
    assert first.target_mean == 0.5
    assert first.gain == pytest.approx(11 / 6)
    # Whole journey: (-2 - 1 - 1 - 2 + 1) / 5 = -1 -> (-1 + 2 + 1 + 2) / 4 = 1.
    assert (result.emotion_before, result.emotion_after) == (-1.0, 1.0)
    assert result.persona_id == "p1"


def test_stage_rows_keep_target_only_stages_where_they_are() -> None:
    def journey(journey_id: str, names: str) -> Journey:
        return Journey(id=journey_id, name=journey_id, stages=[
            Stage(id=f"{journey_id}-{name}", name=name) for name in names])

    current, target = journey("c", "ABC"), journey("t", "XaYcZ")
    rows = [(old.name if old else None, new.name if new else None)
            for old, new in pair_stages(current, target)]
    # X comes before any paired stage: first. Y follows a (paired with A): after A's row.
    # B is only in the current journey. Z follows c (paired with C): after C's row.
    assert rows == [(None, "X"), ("A", "a"), (None, "Y"), ("B", None), ("C", "c"),
                    (None, "Z")]


def test_duplicate_names_pair_one_to_one_in_order() -> None:
    current = Journey(id="c", name="c", stages=[Stage(id="c1", name="Achat"),
                                                Stage(id="c2", name="Achat")])
    target = Journey(id="t", name="t", stages=[Stage(id="t1", name="achat")])
    assert [(o.id if o else None, n.id if n else None)
            for o, n in pair_stages(current, target)] == [("c1", "t1"), ("c2", None)]


def test_an_id_table_pairs_renamed_copies() -> None:
    project = _project()
    current = project.journeys[0]
    copy = current.model_copy(deep=True)
    copy.id = "j-copy"
    id_map = {}
    for stage in copy.stages:
        id_map[stage.id] = stage.id = f"{stage.id}-new"
        for touchpoint in stage.touchpoints:
            id_map[touchpoint.id] = touchpoint.id = f"{touchpoint.id}-new"
    copy.flows = []
    copy.stages[0].name = "Besoin d'aide"  # renamed stage
    copy.stages[0].touchpoints[2].title = "Rappel"  # c2 renamed

    by_title = compare_journeys(project, current, copy)
    assert by_title.touchpoints_removed == ("Appel au SAV",)
    assert by_title.touchpoints_added == ("Rappel",)
    # Without the table the renamed stage has no pair: two one-sided rows.
    assert len(by_title.stage_emotions) == 3

    by_id = compare_journeys(project, current, copy, id_map=id_map)
    assert by_id.touchpoints_removed == by_id.touchpoints_added == ()
    assert by_id.irritants_removed == ()
    assert [row.gain for row in by_id.stage_emotions] == [0.0, 0.0]


def test_untitled_touchpoints_never_pair_by_title() -> None:
    current = Journey(id="c", name="c", stages=[
        Stage(id="cs", name="A", touchpoints=[Touchpoint(id="c1", title="  ")])])
    target = Journey(id="t", name="t", stages=[
        Stage(id="ts", name="A", touchpoints=[Touchpoint(id="t1", title="")])])
    assert pair_touchpoints(current, target) == {}


def test_loops_dead_ends_and_unreachable_steps_count_implied_links() -> None:
    # Today, typed card after card: forum, chat, phone, visit; the phone sends back to the
    # chat (a loop chat-phone, carried by the implied link chat~phone). The target: chat,
    # call-back, visit, but the call-back is marked as ending the path: a dead end, and the
    # visit is then unreachable.
    current = Journey(id="now", name="Dépannage", stages=[Stage(name="Aide", touchpoints=[
        _tp("c0", "Forum", "ch-forum", None, None), _tp("c1", "Chat", "ch-chat", None, None),
        _tp("c2", "Appel", "ch-phone", "i-adv1", None),
        _tp("c3", "Visite", "ch-home", "i-tech", None)])],
        flows=[Flow(id="back", source_id="c2", target_id="c1", kind=FlowKind.BACK)])
    target = Journey(id="next", name="Cible", kind=JourneyKind.TARGET, stages=[
        Stage(name="Aide", touchpoints=[
            _tp("t1", "Chat", "ch-chat", None, None),
            _tp("t2", "Rappel", "ch-phone", "i-adv1", None).model_copy(
                update={"ends_path": True})]),
        Stage(name="Résolution", touchpoints=[_tp("t3", "Visite", "ch-home", "i-tech", None)])])
    project = _project()
    result = compare_journeys(project, current, target)
    # Switches today: forum~chat, chat~phone, phone>chat, phone~visit = 4; target:
    # chat~call-back only (the call-back ends the path) = 1.
    assert result.channel_switches == CountChange(4, 1)
    assert result.handoffs == CountChange(1, 0)  # phone~visit: adviser to technician
    assert result.loops == CountChange(1, 0)
    assert result.dead_ends == CountChange(0, 1)
    assert result.unreachable == CountChange(0, 1)
    assert result.current_flows.loops.loops == (("c1", "c2"),)
    assert result.target_flows.dead_ends == ("t2",)
    assert result.target_flows.unreachable == ("t3",)
