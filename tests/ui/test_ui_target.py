"""Journey ▸ Create Target Journey: a copy to reshape that never touches the current journey."""

from __future__ import annotations

from ui_support import WindowFactory, small_project

from cxdesigner.document.commands import (
    AddTouchpoint,
    EditJourney,
    EditStage,
    EditTouchpoint,
    RemoveTouchpoints,
)
from cxdesigner.model import JourneyKind, MomentOfTruth, Project, Touchpoint
from cxdesigner.ui.main_window import MainWindow


def _current_only() -> Project:
    project = small_project()
    project.journeys = project.journeys[:1]
    return project


def test_the_target_journey_is_a_copy_in_its_own_tab_and_one_undo_step(
        make_window: WindowFactory) -> None:
    window: MainWindow = make_window(project=_current_only())
    document = window.document
    action = window.target_journeys.action
    assert action in window.menus.journey.actions()
    assert action.isEnabled() and action.text() == "Create &Target Journey"

    action.trigger()

    target = document.project.journeys[1]
    assert (target.kind, target.improves_journey_id, target.name) == (
        JourneyKind.TARGET, "j-now", "Parcours actuel — cible")
    assert [tp.title for _, tp in target.touchpoints()] == ["Publicité", "Appel", "Paiement"]
    assert [tp.origin_id for _, tp in target.touchpoints()] == ["t-1", "t-2", "t-3"]
    assert window.tabs.current_journey_id() == target.id
    assert window.tabs.tabs.tabText(1) == "Parcours actuel — cible"
    assert action.text() == "Create Another &Variant"  # on a target journey's tab
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert [j.id for j in document.project.journeys] == ["j-now"]


def test_reshaping_the_target_journey_leaves_the_current_one_untouched(
        make_window: WindowFactory) -> None:
    window: MainWindow = make_window(project=_current_only())
    document = window.document
    before = document.journey("j-now").model_dump()
    target_id = window.target_journeys.create()
    assert target_id is not None
    target = document.journey(target_id)
    first, second = target.stages
    call, payment = first.touchpoints[1], second.touchpoints[0]
    stack = document.undo_stack

    stack.push(EditTouchpoint(document, target_id, call.id, {
        "title": "Rappel en 2 h", "emotion": 2, "moment": MomentOfTruth.WOW,
        "persona_emotions": {"p-ana": 3}}))
    stack.push(EditTouchpoint(document, target_id, first.touchpoints[0].id, {
        "persona_emotions": {"p-ana": -1}}))
    stack.push(RemoveTouchpoints(document, target_id, [payment.id]))
    stack.push(AddTouchpoint(document, target_id, second.id, 0,
                             Touchpoint(title="Paiement en un clic", channel_id="ch-web")))
    stack.push(EditStage(document, target_id, first.id, {"name": "Découvrir"}))
    stack.push(EditJourney(document, target_id, {"persona_ids": ["p-ana", "p-bob"]}))

    assert document.journey("j-now").model_dump() == before
    assert [tp.title for _, tp in document.journey(target_id).touchpoints()] == [
        "Publicité", "Rappel en 2 h", "Paiement en un clic"]
    for _ in range(6):  # every reshaping, then the copy itself
        stack.undo()
        assert document.journey("j-now").model_dump() == before
    stack.undo()
    assert [j.id for j in document.project.journeys] == ["j-now"]


def test_without_a_journey_there_is_nothing_to_copy(make_window: WindowFactory) -> None:
    project = small_project()
    project.journeys = []
    window: MainWindow = make_window(project=project)
    assert not window.target_journeys.action.isEnabled()
    assert window.target_journeys.create() is None
