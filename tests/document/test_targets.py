"""Making a target journey: a full copy of the current one, every id new, the rest the same."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from cxdesigner.analysis.comparison import compare_journeys
from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import AddJourney
from cxdesigner.document.targets import make_target_journey, target_name
from cxdesigner.model import (
    Channel,
    Flow,
    Irritant,
    Journey,
    JourneyKind,
    Opportunity,
    Persona,
    Project,
    Stage,
    StickyNote,
    Touchpoint,
    Verbatim,
)
from cxdesigner.model.limits import MAX_NAME_CHARS
from cxdesigner.model.project import Language

OLD_IDS = {"j1", "s1", "s2", "t1", "t2", "v1", "i1", "o1", "f1", "n1", "n2"}


def _project(language: Language = "fr", name: str = "Achat en ligne") -> Project:
    journey = Journey(id="j1", name=name, persona_ids=["p1"], stages=[
        Stage(id="s1", name="Recherche", touchpoints=[
            Touchpoint(id="t1", title="Recherche en ligne", channel_id="ch-web", emotion=-1,
                       persona_emotions={"p1": -2},
                       verbatims=[Verbatim(id="v1", text="Je ne trouve rien")],
                       irritants=[Irritant(id="i1", text="Filtres absents", votes=2)],
                       opportunities=[Opportunity(id="o1", text="Comparateur")]),
        ]),
        Stage(id="s2", name="Achat", touchpoints=[Touchpoint(id="t2", title="Paiement")]),
    ], flows=[Flow(id="f1", source_id="t1", target_id="t2")],
       notes=[StickyNote(id="n1", text="À revoir", stage_id="s1"),
              StickyNote(id="n2", text="Libre")])
    return Project(title="Boutique", language=language,
                   personas=[Persona(id="p1", name="Chloé")],
                   channels=[Channel(id="ch-web", name="Site web")], journeys=[journey])


def _without_ids(data: Any) -> Any:
    """``data`` with every id and reference to an id blanked, to compare contents."""
    if isinstance(data, dict):
        return {key: None if key in {"id", "source_id", "target_id", "stage_id"}
                else _without_ids(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_without_ids(item) for item in data]
    return data


def test_copy_has_new_ids_and_the_same_content() -> None:
    project = _project()
    before = project.model_dump()
    target, id_map = make_target_journey(project, "j1")

    assert (target.kind, target.improves_journey_id) == (JourneyKind.TARGET, "j1")
    assert target.name == "Achat en ligne — cible"
    # Eleven ids: journey, 2 stages, 2 touchpoints, verbatim, irritant, opportunity,
    # flow, 2 notes; all replaced by distinct new ones.
    assert set(id_map) == OLD_IDS
    assert len(set(id_map.values())) == len(OLD_IDS)
    assert not set(id_map.values()) & OLD_IDS
    assert target.id == id_map["j1"]
    assert [s.id for s in target.stages] == [id_map["s1"], id_map["s2"]]
    flow = target.flows[0]
    assert (flow.id, flow.source_id, flow.target_id) == (id_map["f1"], id_map["t1"],
                                                         id_map["t2"])
    assert [n.stage_id for n in target.notes] == [id_map["s1"], None]
    # Each copied stage and step remembers the current one it was made from.
    assert [s.origin_id for s in target.stages] == ["s1", "s2"]
    assert [tp.origin_id for _, tp in target.touchpoints()] == ["t1", "t2"]
    copy, original = target.model_dump(), project.journeys[0].model_dump()
    for data in (copy, original):
        for key in ("name", "kind", "improves_journey_id"):
            data.pop(key)
        for stage in data["stages"]:
            stage.pop("origin_id")
            for touchpoint in stage["touchpoints"]:
                touchpoint.pop("origin_id")
    assert _without_ids(copy) == _without_ids(original)  # votes, emotions, personas kept
    assert project.model_dump() == before  # the project is not changed


def test_the_copy_fits_in_the_project() -> None:
    project = _project()
    target, _ = make_target_journey(project, "j1")
    data = project.model_dump()
    data["journeys"].append(target.model_dump())
    Project.model_validate(data)  # no duplicate id, every reference resolves


def test_names_follow_the_project_language() -> None:
    assert make_target_journey(_project("en"), "j1")[0].name == "Achat en ligne — target"
    assert make_target_journey(_project(), "j1", name="Idéal")[0].name == "Idéal"
    long_name = make_target_journey(_project(name="x" * MAX_NAME_CHARS), "j1")[0].name
    assert len(long_name) == MAX_NAME_CHARS
    assert long_name.endswith(" — cible")
    assert target_name("A", "de") == "A — target"


def test_unknown_journey() -> None:
    with pytest.raises(KeyError):
        make_target_journey(_project(), "nope")


def test_added_through_the_undo_stack(qapp: QApplication) -> None:
    doc = JourneyDocument(_project())
    target, _ = make_target_journey(doc.project, "j1")
    doc.undo_stack.push(AddJourney(doc, target, "Create target journey"))
    assert [j.id for j in doc.project.journeys] == ["j1", target.id]
    doc.undo_stack.undo()
    assert [j.id for j in doc.project.journeys] == ["j1"]


def test_a_variant_of_a_target_keeps_the_current_origins() -> None:
    project = _project()
    first, _ = make_target_journey(project, "j1")
    project.journeys.append(first)
    variant, _ = make_target_journey(project, first.id, name="Variante")
    # It improves the same current journey, and its steps still point to today's steps.
    assert variant.improves_journey_id == "j1"
    assert [tp.origin_id for _, tp in variant.touchpoints()] == ["t1", "t2"]
    project.journeys.append(variant)
    Project.model_validate(project.model_dump())  # a sound project


def test_comparison_pairs_renamed_steps_through_their_origin() -> None:
    project = _project()
    target, _ = make_target_journey(project, "j1")
    target.stages[0].touchpoints[0].title = "Tout autre titre"
    comparison = compare_journeys(project, project.journeys[0], target)
    assert comparison.touchpoints_removed == ()
    assert comparison.touchpoints_added == ()
