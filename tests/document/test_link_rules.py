"""The document refuses a link between journeys that would close a cycle, in both languages."""

from __future__ import annotations

import pytest
from linked_support import lifecycle_project

from cxdesigner.document import JourneyDocument
from cxdesigner.document.checks import DocumentRuleError
from cxdesigner.document.commands import EditTouchpoint


def test_a_link_that_would_close_a_cycle_is_refused_and_says_what_to_do() -> None:
    document = JourneyDocument(lifecycle_project())
    with pytest.raises(DocumentRuleError) as refused:
        EditTouchpoint(document, "j-support", "t-chat", {"details_journey_id": "j-cycle"})
    assert refused.value.message("fr") == (
        "Le parcours «\u00a0Cycle de vie\u00a0» ne peut pas détailler le point de contact "
        "«\u00a0Chat\u00a0»\u00a0: il mène déjà, par les points de contact qu’il détaille, au "
        "parcours «\u00a0Support\u00a0», "
        "et les liens tourneraient en boucle. Choisissez un parcours plus détaillé, ou retirez "
        "d’abord l’un des liens.")
    assert document.undo_stack.count() == 0


def test_a_link_further_down_is_accepted_and_undone() -> None:
    document = JourneyDocument(lifecycle_project())
    document.undo_stack.push(
        EditTouchpoint(document, "j-support", "t-appel", {"details_journey_id": "j-achat"}))
    assert document.touchpoint("j-support", "t-appel").details_journey_id == "j-achat"
    document.undo_stack.undo()
    assert document.touchpoint("j-support", "t-appel").details_journey_id is None
    document.undo_stack.redo()
    assert document.touchpoint("j-support", "t-appel").details_journey_id == "j-achat"
