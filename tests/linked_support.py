"""A lifecycle map whose steps are detailed by two journeys, for the tests of linked journeys."""

from __future__ import annotations

from cxdesigner.model import Irritant, Journey, MomentOfTruth, Project, Stage, Touchpoint


def lifecycle_project() -> Project:
    """A lifecycle map ("Cycle de vie"): its "buy" step detailed by the purchase journey,
    its "get help" step by the support journey; the support journey is detailed by nothing."""
    return Project(title="Cycle", language="fr", journeys=[
        Journey(id="j-cycle", name="Cycle de vie", stages=[
            Stage(id="s-decouvrir", name="Découvrir", touchpoints=[
                Touchpoint(id="t-pub", title="Publicité", emotion=1)]),
            Stage(id="s-acheter", name="Acheter", touchpoints=[
                Touchpoint(id="t-acheter", title="Acheter", details_journey_id="j-achat")]),
            Stage(id="s-aide", name="Aide", touchpoints=[
                Touchpoint(id="t-aide", title="Obtenir de l’aide",
                           details_journey_id="j-support")]),
        ]),
        Journey(id="j-achat", name="Achat en ligne", stages=[
            Stage(id="s-a1", name="Commande", touchpoints=[
                Touchpoint(id="t-panier", title="Panier", emotion=1,
                           moment=MomentOfTruth.ESSENTIAL),
                Touchpoint(id="t-paiement", title="Paiement", emotion=-2,
                           moment=MomentOfTruth.CRITICAL,
                           irritants=[Irritant(text="3-D Secure", severity=3)])])]),
        Journey(id="j-support", name="Support", stages=[
            Stage(id="s-s1", name="Contact", touchpoints=[
                Touchpoint(id="t-chat", title="Chat", emotion=-2),
                Touchpoint(id="t-appel", title="Appel", emotion=2)])]),
    ])
