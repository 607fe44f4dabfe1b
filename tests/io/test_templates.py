"""The journey template library: bundled files, the consultant's own, sharing as a file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cxdesigner.io import ProjectFileError, load_project
from cxdesigner.io.project_file import dumps_project
from cxdesigner.io.templates import (
    bundled_template,
    bundled_templates,
    export_template,
    import_template_file,
    read_template,
    save_user_template,
    user_templates,
)
from cxdesigner.model import (
    BlueprintItem,
    BlueprintLayer,
    Channel,
    Interlocutor,
    Journey,
    JourneyKind,
    Lane,
    LaneSetting,
    Project,
    Sector,
    Stage,
    Touchpoint,
)
from cxdesigner.model.journey_template import add_template_journey, template_from_journey

USES = {"retail/purchase", "telecom/support", "banking/account_opening", "insurance/claim",
        "public/service_request", "software/onboarding", "hospitality/hotel_stay",
        "healthcare/appointment", "general/service_blueprint", "general/purchase",
        "general/five_as", "general/support"}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_bundled_template_loads_and_validates(language: str) -> None:
    templates = bundled_templates(language)
    assert {t.key for t in templates} == USES
    assert {t.sector for t in templates} == set(Sector)
    for template in templates:
        assert template.project.language == language
        # Read again through the file loader, as any project file: validated and migrated.
        assert load_project(template.path) == template.project
        assert template.name and template.description, template.key
        names = template.stage_names()
        assert len(names) >= 3 and len(names) == len(set(names)), template.key
        journey = template.project.journeys[0]
        assert {item.stage_id for item in journey.blueprint} <= {s.id for s in journey.stages}


@pytest.mark.parametrize("language", ["fr", "en", "de"])
def test_a_template_read_alone_is_the_one_of_the_library(language: str) -> None:
    for template in bundled_templates(language):
        assert bundled_template(template.key, language) == template


@pytest.mark.parametrize("key", ["general/nothing", "nowhere/purchase", "general", "",
                                 "general/", "general/../general/purchase", "/purchase"])
def test_a_template_not_in_the_library_is_not_found(key: str) -> None:
    with pytest.raises(KeyError):
        bundled_template(key, "fr")


def test_each_template_says_the_same_in_french_and_english() -> None:
    for french in bundled_templates("fr"):
        english = bundled_template(french.key, "en")
        assert english.name != french.name or french.key == "general/support"
        one, other = french.project, english.project
        assert len(one.journeys[0].stages) == len(other.journeys[0].stages), french.key
        assert one.journeys[0].lanes == other.journeys[0].lanes
        assert [(i.layer, i.stage_id) for i in one.journeys[0].blueprint] == \
            [(i.layer, i.stage_id) for i in other.journeys[0].blueprint]
        assert [c.digital for c in one.channels] == [c.digital for c in other.channels]
        assert [p.human for p in one.interlocutors] == [p.human for p in other.interlocutors]


def test_sector_templates_carry_channels_interlocutors_and_a_blueprint() -> None:
    for template in bundled_templates("en"):
        if template.sector is Sector.GENERAL:
            continue
        project = template.project
        assert len(project.channels) >= 4 and len(project.interlocutors) >= 3, template.key
        journey = project.journeys[0]
        assert journey.show_blueprint and journey.blueprint, template.key
        assert all(item.owner for item in journey.blueprint)
    blueprint = bundled_template("general/service_blueprint", "fr").project.journeys[0]
    assert blueprint.show_blueprint and not blueprint.blueprint


@pytest.mark.parametrize(("key", "french", "english"), [
    ("general/five_as",
     ["Prise de conscience", "Intérêt", "Questionnement", "Action", "Recommandation"],
     ["Aware", "Appeal", "Ask", "Act", "Advocate"]),
    ("general/purchase",
     ["Apparition du besoin", "Avant l'achat", "Pendant l'achat", "Après l'achat", "Usage"],
     ["Need appears", "Before purchase", "During purchase", "After purchase", "Use"]),
    ("general/support",
     ["Détection du problème", "Recherche d'aide", "Diagnostic", "Résolution", "Suivi"],
     ["Detect the problem", "Seek help", "Diagnose", "Resolve", "Follow-up"]),
])
def test_stage_templates_of_the_method(key: str, french: list[str], english: list[str]) -> None:
    assert bundled_template(key, "fr").stage_names() == french
    assert bundled_template(key, "en").stage_names() == english


def _workshop() -> Project:
    journey = Journey(
        id="j-1", name="Livraison", description="Du panier au colis",
        lanes=[LaneSetting(lane=Lane.TOUCHPOINTS), LaneSetting(lane=Lane.EMOTION, visible=False)],
        show_blueprint=True,
        stages=[Stage(id="s-1", name="Commande", touchpoints=[
                    Touchpoint(id="t-1", title="Paiement", channel_id="ch-web",
                               interlocutor_id="i-1")]),
                Stage(id="s-2", name="Livraison")],
        blueprint=[BlueprintItem(id="b-1", layer=BlueprintLayer.BACK_STAGE, title="Préparation",
                                 stage_id="s-2", owner="Entrepôt", serves_ids=["t-1", "b-2"]),
                   BlueprintItem(id="b-2", layer=BlueprintLayer.SUPPORT, title="Transport",
                                 stage_id="s-2", owner="Transporteur")])
    return Project(title="Atelier", language="fr",
                   channels=[Channel(id="ch-web", name="Site web", digital=True),
                             Channel(id="ch-shop", name="Magasin")],
                   interlocutors=[Interlocutor(id="i-1", name="Vendeur")],
                   journeys=[journey])


def _shape(journey: Journey) -> tuple[object, ...]:
    """What a template keeps of a journey, without ids: stages, lanes and blueprint."""
    stage_names = {stage.id: stage.name for stage in journey.stages}
    return ([(s.name, s.description) for s in journey.stages], journey.lanes,
            journey.show_blueprint,
            [(i.layer, i.title, i.owner, stage_names[i.stage_id]) for i in journey.blueprint])


def test_a_journey_saved_as_template_is_listed_and_used_for_a_new_journey(
        tmp_path: Path) -> None:
    project = _workshop()
    template = template_from_journey(project, "j-1", "Livraison type", "Pour le e-commerce")
    # Only the channel and interlocutor its touchpoints use; no touchpoints.
    assert [c.name for c in template.channels] == ["Site web"]
    assert [p.name for p in template.interlocutors] == ["Vendeur"]
    assert not any(True for _ in template.journeys[0].touchpoints())
    folder = tmp_path / "templates"
    path = save_user_template(template, folder)
    assert path.parent == folder and path.name == "livraison-type.cxd"
    assert save_user_template(template, folder).name == "livraison-type-2.cxd"

    listed, broken = user_templates(folder)
    assert not broken and [t.name for t in listed] == ["Livraison type", "Livraison type"]
    assert listed[0].sector is None and listed[0].description == "Pour le e-commerce"

    other = Project(title="Autre client", language="fr",
                    channels=[Channel(id="c-1", name="SITE WEB")])
    after, journey = add_template_journey(other, listed[0].project, "Nouveau")
    assert _shape(journey) == _shape(project.journeys[0])
    # The blueprint keeps its hand-off between items, not the arrow to a touchpoint left out.
    assert journey.blueprint[0].serves_ids == [journey.blueprint[1].id]
    assert [c.name for c in after.channels] == ["SITE WEB"]  # the same channel, not twice
    assert [p.name for p in after.interlocutors] == ["Vendeur"]
    Project.model_validate(after.model_dump())


def test_a_template_used_twice_gives_journeys_with_their_own_ids() -> None:
    template = bundled_template("retail/purchase", "en").project
    start = Project(title="Shop", language="en")
    once, first = add_template_journey(start, template, "One")
    twice, second = add_template_journey(once, template, "Two", JourneyKind.TARGET,
                                         improves_journey_id=first.id)
    assert {s.id for s in first.stages}.isdisjoint(s.id for s in second.stages)
    assert {b.id for b in first.blueprint}.isdisjoint(b.id for b in second.blueprint)
    assert len(twice.channels) == len(template.channels)  # no duplicates the second time
    assert second.improves_journey_id == first.id
    Project.model_validate(twice.model_dump())


def test_export_and_import_a_template_file(tmp_path: Path) -> None:
    template = template_from_journey(_workshop(), "j-1", "Livraison", "")
    shared = tmp_path / "shared" / "livraison.cxd"
    shared.parent.mkdir()
    export_template(template, shared)
    assert read_template(shared) == template
    folder = tmp_path / "mine"
    stored = import_template_file(shared, folder)
    assert stored.parent == folder and read_template(stored) == template
    assert list(shared.parent.iterdir()) == [shared]  # no backup beside a shared file


@pytest.mark.parametrize(("content", "expected"), [
    ("{ not json", "JSON"),
    ('{"format": "cxdesigner-project", "format_version": 6, "title": "x", "journeys": []}',
     "exactly one journey"),
    ('{"format": "cxdesigner-project", "format_version": 6, "title": "x", '
     '"journeys": [{"name": "a", "stages": [{"name": 3}]}]}', "stage 1: name"),
])
def test_a_broken_template_file_is_refused_and_changes_nothing(
        tmp_path: Path, content: str, expected: str) -> None:
    broken = tmp_path / "broken.cxd"
    broken.write_text(content, encoding="utf-8")
    folder = tmp_path / "mine"
    save_user_template(template_from_journey(_workshop(), "j-1", "Gardé", ""), folder)
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(ProjectFileError) as refused:
        import_template_file(broken, folder)
    assert expected in refused.value.message() and "broken.cxd" in refused.value.message()
    assert sorted(p.name for p in folder.iterdir()) == before


def test_the_message_for_a_project_with_many_journeys_is_in_french_too(tmp_path: Path) -> None:
    project = _workshop()
    project = project.model_copy(update={"journeys": [*project.journeys,
                                                      Journey(name="Deux")]})
    path = tmp_path / "deux.cxd"
    path.write_text(dumps_project(project), encoding="utf-8")
    with pytest.raises(ProjectFileError) as refused:
        read_template(path, "fr")
    assert "un modèle contient exactement un parcours" in refused.value.message()


def test_a_broken_file_among_the_users_templates_hides_none_of_the_others(
        tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    save_user_template(template_from_journey(_workshop(), "j-1", "Bon", ""), folder)
    (folder / "abime.cxd").write_text(json.dumps({"format": "autre"}), encoding="utf-8")
    listed, broken = user_templates(folder)
    assert [t.name for t in listed] == ["Bon"]
    assert len(broken) == 1 and "abime.cxd" in broken[0].message()
    assert user_templates(tmp_path / "none") == ([], [])
