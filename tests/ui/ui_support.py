"""What the editor window tests share besides fixtures: paths, a small project, types.

Test modules import these from here, not from conftest: several test folders have a
conftest, and importing one by name would pick whichever was loaded first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cxdesigner.canvas import JourneyView
from cxdesigner.model import (
    Channel,
    Interlocutor,
    Journey,
    JourneyKind,
    Persona,
    Project,
    Stage,
    Touchpoint,
)
from cxdesigner.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "parcours-demo.cxd"

WindowFactory = Callable[..., MainWindow]


def small_project() -> Project:
    """Two journeys, personas, channels and interlocutors that touchpoints point to."""
    current = Journey(id="j-now", name="Parcours actuel", persona_ids=["p-ana"], stages=[
        Stage(id="s-1", name="Découverte", touchpoints=[
            Touchpoint(id="t-1", title="Publicité", channel_id="ch-web",
                       persona_emotions={"p-ana": 2}),
            Touchpoint(id="t-2", title="Appel", channel_id="ch-phone", interlocutor_id="i-1")]),
        Stage(id="s-2", name="Achat", touchpoints=[
            Touchpoint(id="t-3", title="Paiement", channel_id="ch-web")])])
    target = Journey(id="j-next", name="Parcours cible", kind=JourneyKind.TARGET,
                     improves_journey_id="j-now", stages=[
                         Stage(id="s-3", name="Découverte", touchpoints=[
                             Touchpoint(id="t-4", title="Conseil", channel_id="ch-phone")])])
    return Project(
        title="Atelier", language="fr",
        personas=[Persona(id="p-ana", name="Ana"), Persona(id="p-bob", name="Bob")],
        channels=[Channel(id="ch-web", name="Site web", digital=True),
                  Channel(id="ch-phone", name="Téléphone"), Channel(id="ch-shop", name="Magasin")],
        interlocutors=[Interlocutor(id="i-1", name="Conseiller", role="Service client")],
        journeys=[current, target])


def current_view(window: MainWindow) -> JourneyView:
    """The map of the journey shown in ``window``."""
    view = window.tabs.current_view()
    assert view is not None
    return view
