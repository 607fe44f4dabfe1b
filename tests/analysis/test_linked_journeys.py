"""Journeys linked from a step: figures rolled up, where a journey comes from, cycles refused."""

from __future__ import annotations

import pytest

from cxdesigner.analysis.linked_journeys import (
    LinkCycleError,
    below,
    breadcrumb,
    check_no_link_cycle,
    find_link_cycle,
    parents,
    roll_up,
    step_links,
    would_make_cycle,
)
from cxdesigner.model import Irritant, Journey, MomentOfTruth, Persona, Project, Stage, Touchpoint

ESSENTIAL, CRITICAL, WOW = MomentOfTruth.ESSENTIAL, MomentOfTruth.CRITICAL, MomentOfTruth.WOW


def _lifecycle() -> Project:
    """A lifecycle map whose "buy" step opens the purchase journey and whose "get help" step
    opens the support journey; the support journey's "call" step opens a finer one."""
    return Project(title="Cycle", personas=[Persona(id="p-lea", name="Léa")], journeys=[
        Journey(id="j-cycle", name="Cycle de vie", stages=[
            Stage(id="s-decouvrir", name="Découvrir", touchpoints=[
                Touchpoint(id="t-pub", title="Publicité", emotion=1)]),
            Stage(id="s-acheter", name="Acheter", touchpoints=[
                Touchpoint(id="t-acheter", title="Acheter", emotion=3,
                           details_journey_id="j-achat")]),
            Stage(id="s-aide", name="Obtenir de l’aide", touchpoints=[
                Touchpoint(id="t-aide", title="Obtenir de l’aide",
                           details_journey_id="j-support")]),
        ]),
        Journey(id="j-achat", name="Achat en ligne", stages=[
            Stage(id="s-a1", name="Commande", touchpoints=[
                Touchpoint(id="t-panier", title="Panier", emotion=1, moment=ESSENTIAL),
                Touchpoint(id="t-paiement", title="Paiement", emotion=-1, moment=CRITICAL,
                           persona_emotions={"p-lea": -3},
                           irritants=[Irritant(text="3-D Secure", severity=3)])]),
        ]),
        Journey(id="j-support", name="Support", stages=[
            Stage(id="s-s1", name="Contact", touchpoints=[
                Touchpoint(id="t-chat", title="Chat", emotion=-2,
                           irritants=[Irritant(text="Bot", severity=2),
                                      Irritant(text="Attente", severity=4)]),
                Touchpoint(id="t-appel", title="Appel", emotion=2,
                           details_journey_id="j-appel")]),
        ]),
        Journey(id="j-appel", name="Appel au service client", stages=[
            Stage(id="s-c1", name="Appel", touchpoints=[
                Touchpoint(id="t-svi", title="SVI", emotion=-3, moment=CRITICAL),
                Touchpoint(id="t-conseiller", title="Conseiller", moment=WOW)]),
        ]),
    ])


def test_every_detailed_step_is_found_in_order() -> None:
    links = [(link.journey.id, link.stage_name, link.touchpoint.id, link.detailed.id)
             for link in step_links(_lifecycle())]
    assert links == [("j-cycle", "Acheter", "t-acheter", "j-achat"),
                     ("j-cycle", "Obtenir de l’aide", "t-aide", "j-support"),
                     ("j-support", "Contact", "t-appel", "j-appel")]


def test_a_detailed_journey_rolls_up_its_steps() -> None:
    rolled = roll_up(_lifecycle(), "j-achat")
    assert rolled.journey_ids == ("j-achat",)
    assert (rolled.steps, rolled.emotion, rolled.emotions) == (2, 0.0, 2)
    assert rolled.moments == {ESSENTIAL: 1, CRITICAL: 1, WOW: 0}
    assert (rolled.irritants, rolled.worst_severity) == (1, 3)


def test_a_persona_rolls_up_its_own_emotions() -> None:
    assert roll_up(_lifecycle(), "j-achat", "p-lea").emotion == -1.0


def test_a_detailed_step_counts_its_journey_in_its_place() -> None:
    """The support journey: the chat (-2), and the call's own journey (the phone menu -3, the
    adviser without emotion) in place of the call step's own +2."""
    rolled = roll_up(_lifecycle(), "j-support")
    assert rolled.journey_ids == ("j-support", "j-appel")
    assert (rolled.steps, rolled.emotions) == (3, 2)
    assert rolled.emotion == -2.5
    assert rolled.moments == {ESSENTIAL: 0, CRITICAL: 1, WOW: 1}
    assert (rolled.irritants, rolled.worst_severity) == (2, 4)


def test_the_whole_lifecycle_counts_each_journey_once() -> None:
    project = _lifecycle()
    project.journeys[2].stages[0].touchpoints[0].details_journey_id = "j-achat"
    rolled = roll_up(project, "j-cycle")
    assert rolled.journey_ids == ("j-cycle", "j-achat", "j-support", "j-appel")
    assert rolled.steps == 1 + 2 + 2  # the ad, the purchase's two, the call's two
    assert rolled.irritants == 1


def test_a_journey_without_emotions_has_no_mean() -> None:
    project = _lifecycle()
    for _, touchpoint in project.journeys[3].touchpoints():
        touchpoint.emotion = None
    rolled = roll_up(project, "j-appel")
    assert (rolled.emotion, rolled.emotions, rolled.irritants, rolled.worst_severity) == \
        (None, 0, 0, 0)


def _with_cycle() -> Project:
    project = _lifecycle()
    project.journeys[3].stages[0].touchpoints[1].details_journey_id = "j-support"
    return project


def test_a_cycle_of_links_is_refused_with_the_steps_that_make_it() -> None:
    project = _with_cycle()
    with pytest.raises(LinkCycleError) as info:
        roll_up(project, "j-cycle")
    assert [(link.journey.id, link.touchpoint.id) for link in info.value.cycle] == \
        [("j-support", "t-appel"), ("j-appel", "t-conseiller")]
    assert str(info.value) == (
        "the links between journeys make a cycle: step 'Appel' of journey 'Support' is "
        "detailed by journey 'Appel au service client'; step 'Conseiller' of journey 'Appel "
        "au service client' is detailed by journey 'Support'. Journey 'Support' would detail "
        "itself, so its figures cannot roll up: remove one of these links (select the step's "
        "card, then Detailed by journey ▸ None in its menu).")
    with pytest.raises(LinkCycleError):
        check_no_link_cycle(project)
    assert roll_up(project, "j-achat").steps == 2  # what lies outside the cycle still rolls up


def test_no_cycle_in_a_tree_of_links() -> None:
    project = _lifecycle()
    assert find_link_cycle(project) is None
    check_no_link_cycle(project)


@pytest.mark.parametrize(("journey_id", "detailed_id", "cycle"), [
    ("j-appel", "j-cycle", True),  # the lifecycle leads down to the call
    ("j-appel", "j-support", True),
    ("j-achat", "j-achat", True),
    ("j-achat", "j-appel", False),
    ("j-cycle", "j-appel", False),  # a second way down is no cycle
    ("j-achat", "j-nope", False),
])
def test_a_link_that_would_close_a_cycle_is_seen_before_it_is_made(
        journey_id: str, detailed_id: str, cycle: bool) -> None:
    assert would_make_cycle(_lifecycle(), journey_id, detailed_id) is cycle


def test_where_a_journey_comes_from() -> None:
    project = _lifecycle()
    assert [link.touchpoint.id for link in parents(project, "j-appel")] == ["t-appel"]
    assert [link.touchpoint.id for link in breadcrumb(project, "j-appel")] == \
        ["t-aide", "t-appel"]
    assert breadcrumb(project, "j-cycle") == []
    assert [link.touchpoint.id for link in breadcrumb(_with_cycle(), "j-appel")] == \
        ["t-aide", "t-appel"]


def test_the_journeys_below_one() -> None:
    project = _lifecycle()
    assert below(project, "j-support") == {"j-support", "j-appel"}
    assert below(project, "j-cycle") == {"j-cycle", "j-achat", "j-support", "j-appel"}
    assert below(_with_cycle(), "j-appel") == {"j-support", "j-appel"}
