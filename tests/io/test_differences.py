"""What the "Changed on disk" question lists: items named as a consultant knows them, flows
by their ends as the diff command names them."""

from __future__ import annotations

import pytest

from cxdesigner.io.differences import project_differences
from cxdesigner.model import Flow, FlowKind, Journey, Project, Stage, Touchpoint


def _project(flows: list[Flow]) -> Project:
    stages = [Stage(id="s1", name="Achat", touchpoints=[
        Touchpoint(id="1b430efc57ae4ee294a3e1723254ee01", title="Panier"),
        Touchpoint(id="1b430efc57ae4ee294a3e1723254ee02", title="Paiement"),
        Touchpoint(id="1b430efc57ae4ee294a3e1723254ee03", title="Confirmation")])]
    return Project(title="Boutique", language="fr",
                   journeys=[Journey(id="j1", name="Parcours", stages=stages, flows=flows)])


CART, PAYMENT, DONE = (f"1b430efc57ae4ee294a3e1723254ee0{n}" for n in (1, 2, 3))
ADDED = Flow(id="1b430efc57ae4ee294a3e1723254ee66", source_id=CART, target_id=PAYMENT)
KEPT = Flow(id="1b430efc57ae4ee294a3e1723254ee77", source_id=PAYMENT, target_id=DONE)


@pytest.mark.parametrize(("language", "only_on_disk", "changed"), [
    ("fr", "parcours «\u00a0Parcours\u00a0»\u00a0: flux «\u00a0Panier → Paiement\u00a0» "
           "n’existe que dans le fichier sur le disque",
     "flux 1 «\u00a0Paiement → Confirmation\u00a0»"),
    ("en", "journey 'Parcours': flow 'Panier → Paiement' is only in the file on disk",
     "flow 1 'Paiement → Confirmation'"),
])
def test_a_flow_is_named_by_its_ends(language: str, only_on_disk: str, changed: str) -> None:
    mine = _project([KEPT])
    theirs = _project([KEPT.model_copy(update={"kind": FlowKind.BACK}), ADDED])
    lines = project_differences(mine, theirs, language)
    assert only_on_disk in lines
    assert any(changed in line for line in lines), lines
    assert not any("1b430efc" in line for line in lines), lines
