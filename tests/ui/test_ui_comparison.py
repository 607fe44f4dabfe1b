"""The comparison window and the comparison pages of the PDF, on journeys worked out by hand.

The current journey: a customer sees an error code on the website, tries the chat (the bot
does not understand), phones, explains, is transferred to an expert, explains again, and a
technician comes. The target journey keeps the error code (without its irritant), a call
that is now an essential moment, adds a diagnosis in the app (a wow moment) and keeps the
visit.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_support import WindowFactory

from cxdesigner.document.commands import EditTouchpoint
from cxdesigner.export import ExportOptions, render_pdf
from cxdesigner.export.options import Section
from cxdesigner.model import (
    BlueprintItem,
    BlueprintLayer,
    Channel,
    Flow,
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
from cxdesigner.ui.comparison.window import ComparisonWindow
from cxdesigner.ui.main_window import MainWindow

CRITICAL, ESSENTIAL, WOW = MomentOfTruth.CRITICAL, MomentOfTruth.ESSENTIAL, MomentOfTruth.WOW
BACK, SUPPORT = BlueprintLayer.BACK_STAGE, BlueprintLayer.SUPPORT


def _tp(tp_id: str, title: str, channel: str, emotion: int, who: str | None = None,
        **fields: object) -> Touchpoint:
    return Touchpoint(id=tp_id, title=title, channel_id=channel, interlocutor_id=who,
                      emotion=emotion, **fields)  # type: ignore[arg-type]


def _flows(*pairs: tuple[str, str]) -> list[Flow]:
    return [Flow(id=f"f-{a}-{b}", source_id=a, target_id=b) for a, b in pairs]


def comparison_project() -> Project:
    current = Journey(id="j-now", name="Panne", persona_ids=["p-ana"], stages=[
        Stage(id="s-1", name="Détection", touchpoints=[
            _tp("t-1", "Code erreur", "web", -1,
                irritants=[Irritant(id="i-1", text="Code incompréhensible")])]),
        Stage(id="s-2", name="Aide", touchpoints=[
            _tp("t-2", "Chat", "chat", -2, "bot", moment=CRITICAL,
                irritants=[Irritant(id="i-2", text="Le bot ne comprend pas")]),
            _tp("t-3", "Appel", "phone", -3, "adviser", moment=CRITICAL,
                persona_emotions={"p-ana": -1},
                irritants=[Irritant(id="i-3", text="Attente de 14 min",
                                    cause_ids=["b-svi"])]),
            _tp("t-4", "Expliquer son problème", "phone", -2, "adviser"),
            _tp("t-5", "Transfert", "phone", -3, "expert"),
            _tp("t-6", "Expliquer son problème", "phone", -3, "expert",
                irritants=[Irritant(id="i-4", text="Tout réexpliquer")])]),
        Stage(id="s-3", name="Résolution", touchpoints=[
            _tp("t-7", "Visite du technicien", "shop", 1)])],
        flows=_flows(("t-1", "t-2"), ("t-2", "t-3"), ("t-3", "t-4"), ("t-4", "t-5"),
                     ("t-5", "t-6"), ("t-6", "t-7")),
        # Behind the call: the phone routing (which keeps customers waiting), fed by the CRM.
        blueprint=[BlueprintItem(id="b-svi", layer=BACK, title="Routage SVI", stage_id="s-2",
                                 owner="Téléphonie", serves_ids=["t-3"]),
                   BlueprintItem(id="b-crm", layer=SUPPORT, title="CRM", stage_id="s-2",
                                 owner="DSI", serves_ids=["b-svi"])])
    target = Journey(
        id="j-next", name="Panne sans effort", kind=JourneyKind.TARGET,
        improves_journey_id="j-now", persona_ids=["p-ana"], stages=[
            Stage(id="s-1b", name="Détection", origin_id="s-1", touchpoints=[
                _tp("t-1b", "Code erreur", "web", 0, origin_id="t-1")]),
            Stage(id="s-2b", name="Aide", origin_id="s-2", touchpoints=[
                _tp("t-3b", "Appel", "phone", 1, "expert", origin_id="t-3", moment=ESSENTIAL,
                    persona_emotions={"p-ana": 2},
                    irritants=[Irritant(id="i-3b", text="Attente de 14 min")]),
                _tp("t-8", "Diagnostic dans l’appli", "app", 2, moment=WOW)]),
            Stage(id="s-3b", name="Résolution", origin_id="s-3", touchpoints=[
                _tp("t-7b", "Visite du technicien", "shop", 2, origin_id="t-7")])],
        flows=_flows(("t-1b", "t-8"), ("t-8", "t-7b")),
        # The target: the CRM gives the expert the story; experts diagnose from afar.
        blueprint=[BlueprintItem(id="b-crm-b", layer=SUPPORT, title="CRM", stage_id="s-2b",
                                 owner="DSI", serves_ids=["t-3b", "t-8"]),
                   BlueprintItem(id="b-diag", layer=BACK, title="Diagnostic à distance",
                                 stage_id="s-2b", owner="Experts", serves_ids=["t-8"])])
    return Project(
        title="Réparations", language="fr", personas=[Persona(id="p-ana", name="Ana")],
        channels=[Channel(id="web", name="Site web", digital=True),
                  Channel(id="chat", name="Messagerie", digital=True),
                  Channel(id="phone", name="Téléphone"), Channel(id="shop", name="Domicile"),
                  Channel(id="app", name="Appli", digital=True)],
        interlocutors=[Interlocutor(id="bot", name="Robot", human=False),
                       Interlocutor(id="adviser", name="Conseiller"),
                       Interlocutor(id="expert", name="Expert")],
        journeys=[current, target])


EXPECTED = [
    ("Touchpoints removed (4)",
     ["Chat", "Expliquer son problème", "Transfert", "Expliquer son problème"]),
    ("Touchpoints added (1)", ["Diagnostic dans l’appli"]),
    ("Pain points removed (3) · pain points 4 → 1",
     ["Code incompréhensible — Code erreur",
      "Le bot ne comprend pas — Chat, step removed",
      "Tout réexpliquer — Expliquer son problème, step removed"]),
    ("Critical moments turned around (1)", ["Appel → now: Essential"]),
    ("Wow moments added (1)", ["Diagnostic dans l’appli"]),
    ("Channels added (1)", ["Appli"]),
    ("Channels dropped (1)", ["Messagerie"]),
    # In the target, "next step" goes from the error code over the call to the app; the
    # call has no flow of its own, so it leads on to the app card beside it: a switch.
    ("Channel switches: 3 → 3", [
        "Current journey (3): Code erreur → Chat (Site web → Messagerie); "
        "Chat → Appel (Messagerie → Téléphone); "
        "Expliquer son problème → Visite du technicien (Téléphone → Domicile)",
        "Target journey (3): Code erreur → Diagnostic dans l’appli (Site web → Appli); "
        "Appel → Diagnostic dans l’appli (Téléphone → Appli) — implied link; "
        "Diagnostic dans l’appli → Visite du technicien (Appli → Domicile)"]),
    ("Hand-offs: 2 → 0", [
        "Current journey (2): Chat → Appel (Robot → Conseiller); "
        "Expliquer son problème → Transfert (Conseiller → Expert)",
        "Target journey (0)"]),
    ("Loops: 0 → 0", ["Current journey (0)", "Target journey (0)"]),
    ("Dead ends: 0 → 0", ["Current journey (0)", "Target journey (0)"]),
    # Nothing leads to the target's call: "next step" goes from the error code over it.
    ("Unreachable steps: 0 → 1", ["Current journey (0)", "Target journey (1): Appel"]),
    ("Repeated steps: 1 → 0", ["Current journey (1): Expliquer son problème \u00d7 2",
                               "Target journey (0)"]),
    # Means: (-1 - 2 - 3 - 2 - 3 - 3 + 1) / 7 = -13/7, (0 + 1 + 2 + 2) / 4 = 1.25.
    ("Mean emotion: \u22121.9 → +1.2 (+3.1)", [
        "Détection: \u22121 → 0 (+1)", "Aide: \u22122.6 → +1.5 (+4.1)",
        "Résolution: +1 → +2 (+1)"]),
    # Today the call alone is served from behind (the routing, fed by the CRM, keeps the
    # customer waiting: a failure point); in the target, the call and the app are.
    ("Behind the scenes and evidence", [
        "Items behind the scenes: 2 → 2", "Front-stage items: 0 → 0",
        "Teams: 2 → 2 · added: Experts · dropped: Téléphonie",
        "Hand-offs between teams: 1 → 0", "Failure points: 1 → 0",
        "Touchpoints without back-stage support: 6 → 2",
        "Touchpoints resting on hypotheses: 7 → 4",
        "Critical moments still to check: 2 → 2"]),
]


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window(project=comparison_project())


@pytest.fixture
def dialog(window: MainWindow) -> ComparisonWindow:
    window.tabs.show_journey("j-next")
    return window.comparisons.open()


def test_the_list_shows_the_differences_worked_out_by_hand(window: MainWindow,
                                                          dialog: ComparisonWindow) -> None:
    assert window.comparisons.action.isEnabled()
    assert dialog.targets.currentData() == "j-next"
    assert dialog.differences() == EXPECTED
    assert [(row.stage_name, row.gain) for row in dialog.chart.rows] == [
        ("Détection", 1.0), ("Aide", pytest.approx(4.1)), ("Résolution", 1.0)]
    assert "Pain points&nbsp;<b>4&nbsp;→&nbsp;1</b>" in dialog.summary.text()


def test_the_persona_changes_the_emotions_compared(dialog: ComparisonWindow) -> None:
    dialog.set_persona("p-ana")
    # Ana: the call is -1 today and +2 in the target.
    emotion = dialog.differences()[-2]
    assert emotion[1][1] == "Aide: \u22122.2 → +2 (+4.2)"
    assert dialog.current_map is not None
    assert dialog.current_map.view.map_scene.context.persona_id == "p-ana"
    dialog.set_persona(None)
    assert dialog.differences()[-2][1][1] == "Aide: \u22122.6 → +1.5 (+4.1)"


def test_a_click_on_a_difference_selects_it_in_the_maps(dialog: ComparisonWindow) -> None:
    turned = dialog.tree.topLevelItem(3)
    assert turned is not None
    call = turned.child(0)
    assert call is not None
    dialog.tree.setCurrentItem(call)
    assert dialog.current_map is not None and dialog.target_map is not None
    assert dialog.current_map.view.selected_touchpoint_ids() == ["t-3"]
    assert dialog.target_map.view.selected_touchpoint_ids() == ["t-3b"]
    added = dialog.tree.topLevelItem(1)
    assert added is not None
    dialog.tree.setCurrentItem(added)
    assert dialog.current_map.view.selected_touchpoint_ids() == []
    assert dialog.target_map.view.selected_touchpoint_ids() == ["t-8"]
    backstage = dialog.tree.topLevelItem(dialog.tree.topLevelItemCount() - 1)
    assert backstage is not None
    unsupported = backstage.child(5)
    assert unsupported is not None
    dialog.tree.setCurrentItem(unsupported)
    assert dialog.target_map.view.selected_touchpoint_ids() == ["t-1b", "t-7b"]
    assert len(dialog.current_map.view.selected_touchpoint_ids()) == 6


def test_the_maps_go_side_by_side_or_stacked_and_take_no_edits(
        window: MainWindow, dialog: ComparisonWindow) -> None:
    assert dialog.maps.orientation() == Qt.Orientation.Vertical  # maps are wide
    dialog.side_by_side.click()
    assert dialog.maps.orientation() == Qt.Orientation.Horizontal
    assert dialog.stacked.isChecked() is False
    dialog.stacked.click()
    assert dialog.maps.orientation() == Qt.Orientation.Vertical
    assert dialog.target_map is not None
    assert not dialog.target_map.view.isInteractive()


def test_an_edit_of_the_target_journey_shows_at_once(window: MainWindow,
                                                     dialog: ComparisonWindow,
                                                     qtbot: QtBot) -> None:
    document = window.document
    document.undo_stack.push(EditTouchpoint(document, "j-next", "t-7b", {"moment": WOW}))
    qtbot.waitUntil(lambda: len(dialog.differences()[4][1]) == 2)
    assert dialog.differences()[4] == ("Wow moments added (2)",
                                       ["Diagnostic dans l’appli", "Visite du technicien"])


def test_the_pdf_has_a_comparison_page_per_target_journey() -> None:
    data, result = render_pdf(comparison_project(), ExportOptions(
        sections=frozenset({Section.COMPARISON})))
    assert [page.kind for page in result.pages] == ["comparison"]
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text().replace("\u00a0", " ")
    for expected in (
            "Parcours actuel et parcours cible",
            "« Panne sans effort » comparé à « Panne »",
            "Points de contact : 7 \u2192 4 (4 retirés, 1 ajoutés)",
            "Irritants : 4 \u2192 1 (3 supprimés)",
            "Moments critiques retournés : 1",
            "Moments waouh ajoutés : 1",
            "Canaux ajoutés : Appli · abandonnés : Messagerie",
            "Changements de canal : 3 \u2192 3 · passages de relais : 2 \u2192 0 · "
            "étapes répétées : 1 \u2192 0",
            "Boucles : 0 \u2192 0 · impasses : 0 \u2192 0 · étapes inaccessibles : 0 \u2192 1",
            "Émotion moyenne : -1,9 \u2192 +1,2 (+3,1)",
            "Courbe émotionnelle par étape", "+4,1",
            "Le bot ne comprend pas — Chat (étape retirée)",
            "Appel \u2192 désormais essentiel",
            "Expliquer son problème \u00d7 2",
            "En coulisses : 2 \u2192 2 éléments · 2 \u2192 2 équipes · 1 \u2192 0 points de "
            "défaillance",
            "Sans appui en coulisses : 6 \u2192 2 · hypothèses : 7 \u2192 4 · à vérifier : "
            "2 \u2192 2"):
        assert expected in " ".join(text.split()), expected


def test_no_target_journey_no_comparison_page() -> None:
    project = comparison_project()
    project.journeys = project.journeys[:1]
    _, result = render_pdf(project, ExportOptions(
        sections=frozenset({Section.COMPARISON, Section.PERSONAS})))
    assert [page.kind for page in result.pages] == ["personas"]
