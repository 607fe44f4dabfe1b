"""Three-way merges of projects, case by case: what is kept, what is recorded, and settling
each kind of conflict."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cxdesigner.io import load_project
from cxdesigner.model import (
    Channel,
    ConflictKind,
    Flow,
    Journey,
    JourneyKind,
    Project,
    Side,
    Stage,
    Touchpoint,
)
from cxdesigner.versions.diff import diff_projects
from cxdesigner.versions.merge import MergeError, UnrelatedVersionsError, merge_projects
from cxdesigner.versions.report import conflict_summary, describe_diff
from cxdesigner.versions.resolve import ResolutionError, find_conflict, resolved
from cxdesigner.versions.snapshots import with_snapshot
from cxdesigner.versions.tree import flatten

ROOT_DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
Change = Callable[[dict[str, Any]], None]


def base_project() -> Project:
    stages = [Stage(id="s1", name="Avant", touchpoints=[
                  Touchpoint(id="t1", title="Publicité", channel_id="web"),
                  Touchpoint(id="t2", title="Site", channel_id="web")]),
              Stage(id="s2", name="Pendant", touchpoints=[
                  Touchpoint(id="t3", title="Panier"), Touchpoint(id="t4", title="Paiement")]),
              Stage(id="s3", name="Après", touchpoints=[Touchpoint(id="t5", title="Colis")])]
    return Project(title="Atelier", channels=[Channel(id="web", name="Site web"),
                                              Channel(id="tel", name="Téléphone")],
                   journeys=[Journey(id="j1", name="Achat", stages=stages, flows=[
                       Flow(id="f1", source_id="t4", target_id="t2", kind="back")])])


def edited(project: Project, change: Change) -> Project:
    data = project.model_dump(mode="json")
    change(data)
    return Project.model_validate(data)


def stage(data: dict[str, Any], index: int) -> dict[str, Any]:
    found: dict[str, Any] = data["journeys"][0]["stages"][index]
    return found


def card(data: dict[str, Any], card_id: str) -> dict[str, Any]:
    return next(tp for s in data["journeys"][0]["stages"] for tp in s["touchpoints"]
                if tp["id"] == card_id)


def new_card(card_id: str, title: str) -> dict[str, Any]:
    return Touchpoint(id=card_id, title=title).model_dump(mode="json")


def titles(project: Project) -> list[list[str]]:
    return [[tp.title for tp in s.touchpoints] for s in project.journeys[0].stages]


def merge(ours: Change, theirs: Change) -> tuple[Project, Project, Project, Any]:
    base = base_project()
    mine, yours = edited(base, ours), edited(base, theirs)
    return base, mine, yours, merge_projects(base, mine, yours)


# --------------------------------------------------------------------------- clean merges


def test_two_people_adding_cards_in_different_stages_both_keep_them() -> None:
    *_, result = merge(lambda d: stage(d, 0)["touchpoints"].append(new_card("a", "Salon")),
                       lambda d: stage(d, 2)["touchpoints"].insert(0, new_card("b", "Retour")))
    assert result.clean
    assert titles(result.project) == [["Publicité", "Site", "Salon"], ["Panier", "Paiement"],
                                      ["Retour", "Colis"]]


def test_cards_added_at_different_places_of_one_stage_keep_their_places() -> None:
    *_, result = merge(lambda d: stage(d, 1)["touchpoints"].insert(0, new_card("a", "Promo")),
                       lambda d: stage(d, 1)["touchpoints"].append(new_card("b", "Reçu")))
    assert result.clean
    assert titles(result.project)[1] == ["Promo", "Panier", "Paiement", "Reçu"]


def test_fields_changed_on_each_side_are_all_taken() -> None:
    def ours(d: dict[str, Any]) -> None:
        card(d, "t1")["emotion"] = 2
        d["title"] = "Atelier du lundi"

    def theirs(d: dict[str, Any]) -> None:
        card(d, "t1")["moment"] = "wow"
        card(d, "t3")["title"] = "Panier 🛒"

    *_, result = merge(ours, theirs)
    assert result.clean
    t1 = result.project.journeys[0].stages[0].touchpoints[0]
    assert (t1.emotion, t1.moment.value, result.project.title) == (2, "wow", "Atelier du lundi")
    assert titles(result.project)[1][0] == "Panier 🛒"


def test_the_same_change_on_both_sides_is_taken_once() -> None:
    def both(d: dict[str, Any]) -> None:
        card(d, "t3")["title"] = "Caddie"
        stage(d, 2)["touchpoints"].append(new_card("same", "Avis"))

    *_, result = merge(both, both)
    assert result.clean
    assert titles(result.project)[1:] == [["Caddie", "Paiement"], ["Colis", "Avis"]]


def test_a_card_moved_on_one_side_and_renamed_on_the_other() -> None:
    def ours(d: dict[str, Any]) -> None:
        stage(d, 2)["touchpoints"].append(stage(d, 1)["touchpoints"].pop(1))

    *_, result = merge(ours, lambda d: card(d, "t4").update(title="Paiement 3x"))
    assert result.clean
    assert titles(result.project)[1:] == [["Panier"], ["Colis", "Paiement 3x"]]


def test_a_removal_nobody_else_touched_goes_through_with_its_flows() -> None:
    def theirs(d: dict[str, Any]) -> None:
        stage(d, 1)["touchpoints"].pop(1)
        d["journeys"][0]["flows"] = []

    *_, result = merge(lambda d: card(d, "t1").update(emotion=1), theirs)
    assert result.clean
    assert titles(result.project)[1] == ["Panier"]
    assert result.project.journeys[0].flows == []


# --------------------------------------------------------------------------- conflicts


def test_a_field_changed_differently_keeps_ours_and_records_both() -> None:
    *_, result = merge(lambda d: card(d, "t3").update(title="Caddie"),
                       lambda d: card(d, "t3").update(title="Panier 🛒"))
    (conflict,) = result.conflicts
    assert (conflict.kind, conflict.entity_id, conflict.field) == \
        (ConflictKind.CHANGED, "t3", "title")
    assert (conflict.base, conflict.ours, conflict.theirs, conflict.chosen) == \
        ("Panier", "Caddie", "Panier 🛒", Side.OURS)
    assert result.project.conflicts == [conflict]
    assert titles(result.project)[1][0] == "Caddie"
    theirs = resolved(result.project, conflict.id, Side.THEIRS)
    assert titles(theirs)[1][0] == "Panier 🛒" and theirs.conflicts == []
    ours = resolved(result.project, conflict.id, Side.OURS)
    assert titles(ours)[1][0] == "Caddie" and ours.conflicts == []


def test_a_card_removed_on_one_side_and_changed_on_the_other_is_kept() -> None:
    def theirs(d: dict[str, Any]) -> None:
        stage(d, 1)["touchpoints"].pop(1)
        d["journeys"][0]["flows"] = []

    _, _, _, result = merge(lambda d: card(d, "t4").update(emotion=-2), theirs)
    (conflict,) = result.conflicts
    assert (conflict.kind, conflict.entity_id, conflict.chosen) == \
        (ConflictKind.REMOVED, "t4", Side.OURS)
    assert conflict.theirs is None and conflict.ours["emotion"] == -2
    assert titles(result.project)[1] == ["Panier", "Paiement"]
    assert [f.id for f in result.project.journeys[0].flows] == ["f1"]  # ours still has it
    removed = resolved(result.project, conflict.id, Side.THEIRS)
    assert titles(removed)[1] == ["Panier"]
    assert removed.journeys[0].flows == []  # a flow cannot stand without its card


def test_a_stage_removed_while_the_other_side_added_a_card_to_it_stays_whole() -> None:
    def ours(d: dict[str, Any]) -> None:
        d["journeys"][0]["stages"].pop(1)
        d["journeys"][0]["flows"] = []

    _, _, _, result = merge(ours, lambda d: stage(d, 1)["touchpoints"].append(
        new_card("n", "Code promo")))
    (conflict,) = result.conflicts
    assert (conflict.kind, conflict.entity_id, conflict.chosen) == \
        (ConflictKind.REMOVED, "s2", Side.THEIRS)
    assert titles(result.project)[1] == ["Panier", "Paiement", "Code promo"]
    assert titles(resolved(result.project, conflict.id, Side.OURS)) == \
        [["Publicité", "Site"], ["Colis"]]


def test_a_channel_removed_but_chosen_on_the_other_side_is_kept_back() -> None:
    def ours(d: dict[str, Any]) -> None:
        d["channels"] = [c for c in d["channels"] if c["id"] != "tel"]

    _, _, _, result = merge(ours, lambda d: card(d, "t3").update(channel_id="tel"))
    (conflict,) = result.conflicts
    assert (conflict.kind, conflict.entity_id, conflict.entity_list) == \
        (ConflictKind.REMOVED, "tel", "channels")
    assert [c.id for c in result.project.channels] == ["web", "tel"]
    removed = resolved(result.project, conflict.id, Side.OURS)
    assert [c.id for c in removed.channels] == ["web"]
    assert removed.journeys[0].stages[1].touchpoints[0].channel_id is None


def test_a_card_moved_to_different_stages_keeps_ours_and_can_take_theirs() -> None:
    def to(index: int) -> Change:
        def change(d: dict[str, Any]) -> None:
            stage(d, index)["touchpoints"].append(stage(d, 1)["touchpoints"].pop(0))
        return change

    *_, result = merge(to(0), to(2))
    (conflict,) = result.conflicts
    assert conflict.kind is ConflictKind.MOVED
    assert (conflict.ours["parent_id"], conflict.theirs["parent_id"]) == ("s1", "s3")
    assert titles(result.project) == [["Publicité", "Site", "Panier"], ["Paiement"], ["Colis"]]
    theirs = resolved(result.project, conflict.id, Side.THEIRS)
    assert titles(theirs) == [["Publicité", "Site"], ["Paiement"], ["Colis", "Panier"]]


def test_cards_added_at_the_same_place_record_the_order() -> None:
    *_, result = merge(lambda d: stage(d, 2)["touchpoints"].append(new_card("a", "Avis")),
                       lambda d: stage(d, 2)["touchpoints"].append(new_card("b", "Retour")))
    (conflict,) = result.conflicts
    assert (conflict.kind, conflict.entity_id, conflict.field) == \
        (ConflictKind.ORDER, "s3", "touchpoints")
    assert titles(result.project)[2] == ["Colis", "Avis", "Retour"]
    assert titles(resolved(result.project, conflict.id, Side.THEIRS))[2] == \
        ["Colis", "Retour", "Avis"]


def test_the_same_conflict_gets_the_same_id_whoever_merges() -> None:
    base = base_project()
    mine = edited(base, lambda d: card(d, "t3").update(title="Caddie"))
    yours = edited(base, lambda d: card(d, "t3").update(title="Panier 🛒"))
    first = merge_projects(base, mine, yours).conflicts[0]
    second = merge_projects(base, yours, mine).conflicts[0]
    assert first.id == second.id
    assert (second.ours, second.theirs) == (first.theirs, first.ours)


def test_a_conflict_settled_on_one_side_stays_settled() -> None:
    base = base_project()
    mine = edited(base, lambda d: card(d, "t3").update(title="Caddie"))
    yours = edited(base, lambda d: card(d, "t3").update(title="Panier 🛒"))
    conflicted = merge_projects(base, mine, yours).project
    settled = resolved(conflicted, conflicted.conflicts[0].id, Side.THEIRS)
    again = merge_projects(conflicted, settled,
                           edited(conflicted, lambda d: card(d, "t5").update(emotion=3)))
    assert again.clean and again.project.conflicts == []
    assert titles(again.project)[1][0] == "Panier 🛒"


def test_settling_a_move_into_a_stage_since_removed_is_refused() -> None:
    def to(index: int) -> Change:
        def change(d: dict[str, Any]) -> None:
            stage(d, index)["touchpoints"].append(stage(d, 1)["touchpoints"].pop(0))
        return change

    *_, result = merge(to(0), to(2))
    conflict = result.conflicts[0]
    without_stage = edited(result.project, lambda d: d["journeys"][0]["stages"].pop(2))
    with pytest.raises(ResolutionError, match="no longer exists"):
        resolved(without_stage, conflict.id, Side.THEIRS)
    assert find_conflict(without_stage, conflict.id) == conflict


def test_a_merge_that_would_not_load_is_refused() -> None:
    base = base_project().model_copy(update={"journeys": [
        *base_project().journeys, Journey(id="j2", name="Cible")]})

    def ours(d: dict[str, Any]) -> None:
        d["journeys"][1].update(kind="target", improves_journey_id="j1")

    def theirs(d: dict[str, Any]) -> None:
        d["journeys"][0]["kind"] = "target"

    with pytest.raises(MergeError, match="improves a current journey"):
        merge_projects(base, edited(base, ours), edited(base, theirs))
    assert JourneyKind.TARGET.value == "target"


# --------------------------------------------------------------------------- snapshots


def test_snapshots_taken_on_both_sides_are_all_kept_in_time_order() -> None:
    base = base_project()
    early = dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)
    later = early + dt.timedelta(hours=3)
    mine = edited(base, lambda d: card(d, "t1").update(emotion=1))
    mine = mine.model_copy(update={"history": with_snapshot(mine, "Après l’atelier", "Claire",
                                                            later, "s-late")[0]})
    yours = base.model_copy(update={"history": with_snapshot(base, "Avant", "Marc", early,
                                                             "s-early")[0]})
    result = merge_projects(base, mine, yours)
    assert result.clean
    history = result.project.history
    assert [s.id for s in history.snapshots] == ["s-early", "s-late"]
    used = history.reachable(history.snapshots[0].state) | \
        history.reachable(history.snapshots[1].state)
    assert set(history.pieces) == used


def test_versions_of_two_projects_are_not_merged() -> None:
    demo = load_project(ROOT_DEMO / "parcours-demo.cxd")
    other = load_project(ROOT_DEMO / "parcours-multilingue.cxd")
    with pytest.raises(UnrelatedVersionsError) as caught:
        merge_projects(demo, demo, other)
    assert caught.value.side == "theirs"
    # A project just started (nothing in it but the usual catalogue) can be anyone's base.
    blank = Project(title="Nouveau", channels=demo.channels)
    assert merge_projects(blank, blank, demo).project.journeys == demo.journeys


# --------------------------------------------------------------------------- French words


def test_french_conflict_sentences_agree_with_what_they_speak_of() -> None:
    """An emotion (feminine) changed on both sides, a stage (feminine) removed on one side
    while the other added to it: the French participles agree, or need not."""
    nbsp = "\u00a0"
    *_, result = merge(lambda d: card(d, "t3").update(emotion=-1),
                       lambda d: card(d, "t3").update(emotion=2))
    flat = flatten(result.project)
    (conflict,) = result.conflicts
    assert conflict_summary(conflict, flat, "fr", short=True) == \
        f"point de contact «{nbsp}Panier{nbsp}»{nbsp}: l’émotion a changé des deux côtés"
    assert conflict_summary(conflict, flat, "en", short=True) == \
        "touchpoint 'Panier': emotion changed on both sides"

    def ours(d: dict[str, Any]) -> None:
        d["journeys"][0]["stages"].pop(1)
        d["journeys"][0]["flows"] = []

    *_, result = merge(ours, lambda d: stage(d, 1)["touchpoints"].append(
        new_card("n", "Code promo")))
    (conflict,) = result.conflicts
    summary = conflict_summary(conflict, flatten(result.project), "fr")
    assert f"étape «{nbsp}Pendant{nbsp}»{nbsp}: supprimée dans " in summary
    assert ", modifiée ou encore utilisée dans " in summary and summary.endswith("(gardée)")


def test_french_changes_agree_with_the_item_named() -> None:
    base = base_project()
    changed = edited(base, lambda d: d["journeys"][0]["stages"].pop(2))
    lines = [line.text for group in describe_diff(diff_projects(base, changed), "fr")
             for line in group.lines]
    assert lines == ["étape «\u00a0Après\u00a0» supprimée, avec 1 point de contact"]
