"""The rule of linked journeys the editor keeps: a step may not be detailed by a journey that
leads back to the step's own journey (the figures could not roll up)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cxdesigner.document.checks import DocumentRuleError
from cxdesigner.model import Project, Touchpoint


def check_link(project: Project, journey_id: str, touchpoint: Touchpoint,
               changes: Mapping[str, Any]) -> None:
    """Refuse ``changes`` to ``touchpoint`` when the journey they make detail it would close a
    cycle of links (a journey detailing itself is the references' own rule).

    Raises:
        DocumentRuleError: the links would make a cycle; it says which and what to do.
    """
    detailed_id = changes.get("details_journey_id")
    if not detailed_id or detailed_id == journey_id:
        return
    # Loaded with the first link: a new window starts without the analysis.
    from cxdesigner.analysis.linked_journeys import would_make_cycle

    if not would_make_cycle(project, journey_id, detailed_id):
        return
    names = {journey.id: journey.name for journey in project.journeys}
    detailed, own = names.get(detailed_id, detailed_id), names.get(journey_id, journey_id)
    title = touchpoint.title

    def sentences(language: str) -> list[str]:
        if language == "fr":
            return [f"Le parcours «\u00a0{detailed}\u00a0» ne peut pas détailler le point de "
                    f"contact «\u00a0{title}\u00a0»\u00a0: il mène déjà, par les points de "
                    "contact qu’il détaille, "
                    f"au parcours «\u00a0{own}\u00a0», et les liens tourneraient en boucle. "
                    "Choisissez un parcours plus détaillé, ou retirez d’abord l’un des liens."]
        return [f"Journey “{detailed}” cannot detail the step “{title}”: through the steps it "
                f"details, it already leads down to journey “{own}”, and the links would make "
                "a cycle. Choose a more detailed journey, or remove one of the links first."]

    raise DocumentRuleError(sentences)
