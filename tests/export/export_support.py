"""Small projects to print, and helpers to read the PDFs back.

Test modules import these from here, not from conftest: several test folders have a
conftest, and importing one by name would pick whichever was loaded first.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
from pathlib import Path

from pypdf import PdfReader

from cxdesigner.model import (
    Action,
    ActionStatus,
    Channel,
    Criticality,
    Flow,
    FlowKind,
    Interlocutor,
    Irritant,
    Journey,
    JourneyKind,
    MomentOfTruth,
    Opportunity,
    Persona,
    Project,
    Stage,
    StickyNote,
    SurveyAnswer,
    SurveyIndicator,
    Touchpoint,
    Verbatim,
    VerbatimSource,
)

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "parcours-demo.cxd"

LONG_DESCRIPTION = " ".join(["Le conseiller reprend tout le dossier depuis le début,"] * 12)


def build_tiny_project(touchpoints_per_stage: tuple[int, ...] = (2, 2, 1)) -> Project:
    """A small French project with every kind of content the map prints, fixed ids."""
    channels = [Channel(id="ch-web", name="Site web", digital=True),
                Channel(id="ch-phone", name="Téléphone"),
                Channel(id="ch-shop", name="Magasin")]
    people = [Interlocutor(id="i-bot", name="Chatbot « Lou »", human=False),
              Interlocutor(id="i-adv", name="Conseillère")]
    moments = [MomentOfTruth.ESSENTIAL, MomentOfTruth.NONE, MomentOfTruth.CRITICAL,
               MomentOfTruth.WOW]
    levels = [Criticality.LOW, Criticality.SENSITIVE, Criticality.VERY_SENSITIVE, None]
    emotions: list[int | None] = [1, 2, None, -2, -1, 3, 0]
    names = ["Découverte", "Achat", "Après-vente", "Fidélité"]
    stages: list[Stage] = []
    number = 0
    for index, count in enumerate(touchpoints_per_stage):
        tps = []
        for _ in range(count):
            tp = Touchpoint(
                id=f"tp{number}", title=f"Étape n° {number + 1} : l’œuvre",
                description="Le client « pressé » compare les offres." if number % 2 else "",
                channel_id=channels[number % 3].id,
                interlocutor_id=people[number % 2].id if number % 3 else None,
                customer_action="Cherche un créneau et s’énerve.",
                emotion=emotions[number % len(emotions)],
                moment=moments[number % len(moments)],
                criticality=levels[number % len(levels)],
                verbatims=[Verbatim(id=f"v{number}", text="C’est trop long, j’abandonne.",
                                    source=VerbatimSource.REVIEW, author="Avis client",
                                    date=dt.date(2025, 3, 1))] if number % 2 == 0 else [],
                irritants=[Irritant(id=f"irr{number}", text="Attente au téléphone",
                                    severity=3)] if number == 1 else [],
                opportunities=[Opportunity(id=f"op{number}", text="Rappel automatique")]
                if number == 2 else [],
            )
            tps.append(tp)
            number += 1
        stages.append(Stage(id=f"s{index}", name=names[index % len(names)], touchpoints=tps))
    ids = [tp.id for stage in stages for tp in stage.touchpoints]
    flows = [Flow(id=f"f{k}", source_id=a, target_id=b)
             for k, (a, b) in enumerate(itertools.pairwise(ids))]
    if len(ids) >= 4:
        flows.append(Flow(id="f-back", source_id=ids[3], target_id=ids[1], kind=FlowKind.BACK,
                          label="Rappelle"))
        flows.append(Flow(id="f-jump", source_id=ids[0], target_id=ids[3],
                          kind=FlowKind.TRANSFER, label="Transféré"))
    persona = Persona(id="p-lea", name="Léa, cliente pressée", quote="Je n’ai pas le temps.",
                      needs=["Un créneau le samedi"], frustrations=["Répéter son histoire"],
                      colour="#2a6f97")
    journey = Journey(id="j1", name="Parcours de réparation", kind=JourneyKind.CURRENT,
                      persona_ids=[persona.id], stages=stages, flows=flows,
                      notes=[StickyNote(id="n1", text="À vérifier avec l’équipe", stage_id="s0")])
    answers = [SurveyAnswer(id=f"a{k}", scope_id="j1", indicator=SurveyIndicator.NPS, value=v)
               for k, v in enumerate((10, 9, 7, 3, 10))]
    actions = [Action(id="act1", description="Rappeler sous 24 h", touchpoint_id=ids[0],
                      owner="Service client", status=ActionStatus.PLANNED,
                      due_date=dt.date(2025, 6, 30))]
    return Project(title="Réparations « Brunel »", client="Brunel Électroménager",
                   language="fr", created=dt.date(2025, 1, 10), modified=dt.date(2025, 4, 15),
                   personas=[persona], channels=channels, interlocutors=people,
                   journeys=[journey], answers=answers, actions=actions)


def reader(data: bytes) -> PdfReader:
    """pypdf's reader on PDF bytes."""
    return PdfReader(io.BytesIO(data))


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    """Width and height of each page, in points."""
    return [(float(page.mediabox.width), float(page.mediabox.height))
            for page in reader(data).pages]
