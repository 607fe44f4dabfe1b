"""Synthetic projects of any size, realistic enough to measure layout, analysis, load and print.

``make_project(2000)`` gives a French journey of 2,000 touchpoints spread over stages of
10 to 40 touchpoints, with channel switches, hand-offs, back loops and transfers, three
personas, voice-of-the-customer material on about a third of the touchpoints, moments of
truth, survey answers and actions. The same seed always gives the same project.

Usage::

    python benchmarks/synthetic.py OUTPUT_FOLDER [--sizes 100 2000 10000] [--seed 0]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import random
import sys
import time
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

if importlib.util.find_spec("cxdesigner") is None:  # a checkout that was not pip-installed
    sys.path.insert(0, str(ROOT))

from cxdesigner.io import save_project  # noqa: E402
from cxdesigner.model import (  # noqa: E402
    Action,
    ActionStatus,
    Channel,
    CountIndicator,
    CriterionScore,
    Criticality,
    EmployeeMoment,
    Flow,
    FlowKind,
    IndicatorRecord,
    Interlocutor,
    Irritant,
    Journey,
    JourneyKind,
    KpiValue,
    MomentOfTruth,
    Opportunity,
    Persona,
    Pillar,
    Project,
    Scorecard,
    Segment,
    Stage,
    StickyNote,
    SurveyAnswer,
    SurveyIndicator,
    Touchpoint,
    Verbatim,
    VerbatimSource,
    default_channels,
)

DEFAULT_SIZES = (100, 2000, 10000)
STAGE_MIN, STAGE_MAX = 10, 40
START = dt.date(2025, 1, 6)

# --------------------------------------------------------------------------- word lists

_STAGE_NAMES = (
    "Apparition du besoin", "Recherche d’informations", "Comparaison", "Choix de l’offre",
    "Commande", "Paiement", "Livraison", "Installation", "Premiers usages", "Usage",
    "Demande d’aide", "Diagnostic", "Résolution", "Suivi", "Renouvellement",
    "Recommandation",
)
_VERBS = (
    "Consulter", "Comparer", "Vérifier", "Choisir", "Recevoir", "Payer", "Suivre",
    "Contacter", "Modifier", "Annuler", "Confirmer", "Télécharger", "Signaler", "Réserver",
    "Retirer", "Évaluer", "Relancer", "Activer", "Renseigner", "Expliquer",
)
_OBJECTS = (
    "la fiche produit", "le panier", "la commande", "le créneau de livraison", "la facture",
    "le service client", "le mode de paiement", "l’adresse de livraison", "le devis",
    "la garantie", "le colis", "l’avis client", "le compte client", "la notice",
    "le rendez-vous", "le remboursement", "la carte de fidélité", "le code promo",
    "l’offre de reprise", "le dossier SAV", "son problème", "le contrat",
)
# Channel -> (interlocutors one may meet there, words that end a title on that channel).
_CHANNEL_CONTEXT: dict[str, tuple[tuple[str | None, ...], str]] = {
    "ch-shop": (("it-vendeur", "it-accueil", "it-vendeur"), "en magasin"),
    "ch-adviser": (("it-vendeur", "it-service-client"), "avec un conseiller"),
    "ch-phone": (("it-svi", "it-service-client", "it-expert"), "par téléphone"),
    "ch-sms": ((None,), "par SMS"),
    "ch-website": ((None, None, "it-chatbot"), "en ligne"),
    "ch-app": ((None, None, "it-chatbot"), "sur l’appli"),
    "ch-chat": (("it-chatbot", "it-conseiller-chat"), "sur le chat"),
    "ch-email": ((None, "it-service-client"), "par e-mail"),
    "ch-social": ((None, "it-community"), "sur les réseaux"),
    "ch-click_collect": (("it-accueil",), "au comptoir"),
    "ch-delivery": (("it-livreur",), "à la livraison"),
    "ch-domicile": (("it-technicien",), "à domicile"),
}
_CHANNEL_IDS = tuple(_CHANNEL_CONTEXT)
_INTERLOCUTORS = (
    ("it-vendeur", "Conseiller vente", "Magasin", True),
    ("it-accueil", "Hôte d’accueil", "Magasin", True),
    ("it-svi", "Serveur vocal", "Téléphonie", False),
    ("it-service-client", "Conseiller service client", "Niveau 1", True),
    ("it-expert", "Conseiller expert", "Niveau 2", True),
    ("it-chatbot", "Chatbot", "Assistant virtuel", False),
    ("it-conseiller-chat", "Conseiller chat", "Équipe digitale", True),
    ("it-community", "Community manager", "Réseaux sociaux", True),
    ("it-livreur", "Livreur", "Prestataire", True),
    ("it-technicien", "Technicien", "Service après-vente", True),
)
_NEGATIVE = (
    "Impossible de {v} {o} du premier coup.",
    "J’ai dû {v} {o} trois fois avant d’avoir une réponse.",
    "Personne ne m’a expliqué comment {v} {o}.",
    "On m’a promis un retour sous 48 h, je l’attends toujours.",
    "Trop long, trop compliqué : j’ai failli tout abandonner.",
    "Chaque interlocuteur me redemande la même chose.",
)
_POSITIVE = (
    "Très simple de {v} {o}, en deux minutes c’était réglé.",
    "Le conseiller a été patient et clair, merci.",
    "Je ne m’attendais pas à un suivi aussi précis.",
    "Rien à redire, tout était prêt à l’heure.",
)
_NEUTRAL = (
    "Il faut {v} {o}, c’est normal, mais ce n’est pas très intuitif.",
    "Ça a marché, sans plus.",
    "J’aurais aimé savoir plus tôt qu’il fallait {v} {o}.",
)
_IRRITANTS = (
    "Délai trop long pour {v} {o}",
    "Informations contradictoires sur {o}",
    "Étape à refaire après une erreur",
    "Aucune confirmation après avoir dû {v} {o}",
    "Le client doit répéter ses informations",
    "Horaires d’ouverture trop restreints",
)
_OPPORTUNITIES = (
    "Permettre de {v} {o} en un clic",
    "Prévenir le client avant qu’il ait à {v} {o}",
    "Un seul interlocuteur du début à la fin",
    "Rappel proactif par un conseiller",
    "Expliquer en une phrase ce qui va se passer ensuite",
)
_KPIS = (
    ("Taux d’abandon", "%", 2.0, 45.0),
    ("Temps d’attente", "min", 1.0, 30.0),
    ("Taux de résolution", "%", 40.0, 98.0),
    ("Taux de conversion", "%", 0.5, 12.0),
)
_TAGS = (
    "Digital", "Magasin", "Logistique", "SAV", "Paiement", "Omnicanal", "Prestataire",
    "Fidélité", "Répétition", "Attente",
)
_SOURCES = tuple(VerbatimSource)
_PILLARS = tuple(Pillar)
_CRITERIA = ("Cognitif", "Émotionnel", "Sociétal", "Fonctionnel")
_PERSONA_IDS = ("pe-1", "pe-2", "pe-3")
_SEGMENT_IDS = ("seg-1", "seg-2")

# --------------------------------------------------------------------------- people


def _personas() -> list[Persona]:
    return [
        Persona(id="pe-1", name="Camille, maman active", colour="#d9730d",
                quote="« Je n’ai pas une demi-journée à perdre. »",
                needs=["Aller vite", "Tout suivre depuis son téléphone"],
                usages=["Application mobile le soir"], behaviours=["Décide vite"],
                interactions=["Appli, chat, SMS"], goals=["Zéro congé posé"],
                frustrations=["Répéter son problème"], segment_id="seg-1"),
        Persona(id="pe-2", name="Gérard, retraité fidèle", colour="#2f6f9f",
                quote="« Je veux parler à quelqu’un. »",
                needs=["Un conseil humain"], usages=["Magasin et téléphone"],
                behaviours=["Prend son temps"], interactions=["Magasin, téléphone"],
                goals=["Un appareil pour dix ans"], frustrations=["Les serveurs vocaux"],
                segment_id="seg-2"),
        Persona(id="pe-3", name="Yanis, étudiant comparateur", colour="#4f8a3c",
                quote="« Je compare tout, à l’euro près. »",
                needs=["Le meilleur prix"], usages=["Comparateurs, réseaux sociaux"],
                behaviours=["Change d’enseigne facilement"], interactions=["Site, click & collect"],
                goals=["Rester dans son budget"], frustrations=["Les frais cachés"]),
    ]


def _segments() -> list[Segment]:
    return [
        Segment(id="seg-1", name="Familles urbaines", size=48_000),
        Segment(id="seg-2", name="Seniors fidélisés", size=31_000),
    ]


def _channels() -> list[Channel]:
    return [*default_channels("fr"),
            Channel(id="ch-domicile", name="Intervention à domicile", digital=False)]


def _interlocutors() -> list[Interlocutor]:
    return [Interlocutor(id=key, name=name, role=role, human=human)
            for key, name, role, human in _INTERLOCUTORS]


# --------------------------------------------------------------------------- journeys


def _stage_sizes(rng: random.Random, count: int) -> list[int]:
    """Sizes of 10 to 40 touchpoints adding up to ``count`` (one stage if ``count`` < 10)."""
    sizes: list[int] = []
    left = count
    while left > 0:
        size = min(rng.randint(STAGE_MIN, STAGE_MAX), left)
        if left - size < STAGE_MIN and sizes and left - size > 0:
            size = left  # a short remainder joins this stage instead of making a tiny one
        sizes.append(size)
        left -= size
    if len(sizes) > 1 and sizes[-1] < STAGE_MIN:
        last = sizes.pop()  # popped first: ``sizes[-2] += sizes.pop()`` indexes the old list
        sizes[-1] += last
    return sizes


class _JourneyMaker:
    """Builds one journey; all randomness comes from the shared generator, in a fixed order."""

    def __init__(self, rng: random.Random, prefix: str) -> None:
        self.rng = rng
        self.prefix = prefix
        self.counter = 0
        self.irritant_ids: list[str] = []

    def _id(self, kind: str) -> str:
        self.counter += 1
        return f"{self.prefix}-{kind}{self.counter}"

    def _phrase(self, templates: tuple[str, ...]) -> str:
        rng = self.rng
        return rng.choice(templates).format(v=rng.choice(_VERBS).lower(), o=rng.choice(_OBJECTS))

    def _verbatim(self, emotion: int | None) -> Verbatim:
        rng = self.rng
        templates: tuple[str, ...] = _NEUTRAL
        if emotion:
            templates = _POSITIVE if emotion > 0 else _NEGATIVE
        source = rng.choice(_SOURCES)
        moment = None
        if source is VerbatimSource.EMPLOYEE:
            moment = EmployeeMoment.POSITIVE if (emotion or 0) > 0 else EmployeeMoment.TENSION
        return Verbatim(
            id=self._id("vb"),
            text=self._phrase(templates),
            source=source,
            date=START + dt.timedelta(days=rng.randrange(120)),
            persona_id=rng.choice(_PERSONA_IDS) if rng.random() < 0.4 else None,
            segment_id=rng.choice(_SEGMENT_IDS) if rng.random() < 0.2 else None,
            employee_moment=moment,
        )

    def _touchpoint(self, channel: str, emotion: int | None) -> Touchpoint:
        rng = self.rng
        interlocutors, place = _CHANNEL_CONTEXT[channel]
        title = f"{rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"
        if rng.random() < 0.3:
            title = f"{title} {place}"
        roll = rng.random()
        moment = (MomentOfTruth.ESSENTIAL if roll < 0.08 else MomentOfTruth.CRITICAL
                  if roll < 0.13 else MomentOfTruth.WOW if roll < 0.17 else MomentOfTruth.NONE)
        persona_emotions: dict[str, int] = {}
        if emotion is not None and rng.random() < 0.25:
            for persona in rng.sample(_PERSONA_IDS, rng.randint(1, 3)):
                persona_emotions[persona] = max(-3, min(3, emotion + rng.randint(-2, 2)))
        persona_criticality: dict[str, Criticality] = {}
        if rng.random() < 0.15:
            persona_criticality[rng.choice(_PERSONA_IDS)] = rng.choice(tuple(Criticality))
        verbatims = ([self._verbatim(emotion) for _ in range(rng.randint(1, 3))]
                     if rng.random() < 0.3 else [])
        irritants: list[Irritant] = []
        if rng.random() < 0.3:
            irritant = Irritant(id=self._id("ir"), text=self._phrase(_IRRITANTS),
                                severity=rng.randint(1, 4),
                                pillars=rng.sample(_PILLARS, rng.randint(1, 2)),
                                votes=rng.randrange(10))
            irritants.append(irritant)
            self.irritant_ids.append(irritant.id)
        opportunities = ([Opportunity(id=self._id("op"), text=self._phrase(_OPPORTUNITIES),
                                      pillars=rng.sample(_PILLARS, 1), votes=rng.randrange(8))]
                         if rng.random() < 0.3 else [])
        kpis: list[KpiValue] = []
        if rng.random() < 0.1:
            name, unit, low, high = rng.choice(_KPIS)
            kpis.append(KpiValue(name=name, value=round(rng.uniform(low, high), 1), unit=unit))
        return Touchpoint(
            id=self._id("tp"),
            title=title,
            channel_id=channel,
            interlocutor_id=rng.choice(interlocutors),
            emotion=emotion,
            persona_emotions=persona_emotions,
            moment=moment,
            criticality=rng.choice(tuple(Criticality)) if rng.random() < 0.7 else None,
            persona_criticality=persona_criticality,
            verbatims=verbatims,
            irritants=irritants,
            opportunities=opportunities,
            kpis=kpis,
            tags=rng.sample(_TAGS, rng.randint(1, 2)) if rng.random() < 0.5 else [],
        )

    def _flows(self, ids: list[str]) -> list[Flow]:
        rng = self.rng
        flows = [Flow(id=self._id("fl"), source_id=source, target_id=target)
                 for source, target in pairwise(ids)]
        for index, source in enumerate(ids):
            roll = rng.random()
            if roll < 0.05 and index > 0:  # the customer goes back a few steps
                target = ids[index - rng.randint(1, min(8, index))]
                flows.append(Flow(id=self._id("fl"), source_id=source, target_id=target,
                                  kind=FlowKind.BACK, label="Retour en arrière"))
            elif roll < 0.08 and index + 2 < len(ids):  # handed over further down the path
                target = ids[index + rng.randint(2, min(4, len(ids) - 1 - index))]
                flows.append(Flow(id=self._id("fl"), source_id=source, target_id=target,
                                  kind=FlowKind.TRANSFER, label="Transfert"))
            elif roll < 0.10 and index + 2 < len(ids):
                flows.append(Flow(id=self._id("fl"), source_id=source, target_id=ids[index + 2],
                                  kind=FlowKind.ALTERNATIVE))
        return flows

    def journey(self, name: str, count: int, kind: JourneyKind,
                improves: str | None) -> Journey:
        rng = self.rng
        stages: list[Stage] = []
        notes: list[StickyNote] = []
        ids: list[str] = []
        channel = rng.choice(_CHANNEL_IDS)
        emotion = 0
        for number, size in enumerate(_stage_sizes(rng, count)):
            base = _STAGE_NAMES[number % len(_STAGE_NAMES)]
            lap = number // len(_STAGE_NAMES)
            stage_id = self._id("st")
            touchpoints: list[Touchpoint] = []
            for _ in range(size):
                if rng.random() < 0.35:  # the customer switches channel
                    channel = rng.choice(_CHANNEL_IDS)
                emotion = max(-3, min(3, emotion + rng.choice((-2, -1, -1, 0, 0, 1, 1, 2))))
                shown = None if rng.random() < 0.08 else emotion
                touchpoint = self._touchpoint(channel, shown)
                touchpoints.append(touchpoint)
                ids.append(touchpoint.id)
            stages.append(Stage(id=stage_id, name=f"{base} {lap + 1}" if lap else base,
                                touchpoints=touchpoints))
            if rng.random() < 0.3:
                notes.append(StickyNote(id=self._id("nt"), stage_id=stage_id,
                                        text=self._phrase(_OPPORTUNITIES)))
        return Journey(id=self.prefix, name=name, kind=kind, improves_journey_id=improves,
                       persona_ids=list(_PERSONA_IDS), stages=stages, flows=self._flows(ids),
                       notes=notes)


# --------------------------------------------------------------------------- improvement loop


def _answers(rng: random.Random, journey: Journey, start: int) -> list[SurveyAnswer]:
    touchpoint_ids = [tp.id for _, tp in journey.touchpoints()]
    count = len(touchpoint_ids)
    answers: list[SurveyAnswer] = []
    plan: list[tuple[SurveyIndicator, str, int, int]] = [
        (SurveyIndicator.NPS, journey.id, 0, 10),
    ]
    if touchpoint_ids:
        plan.append((SurveyIndicator.CSAT, rng.choice(touchpoint_ids), 1, 5))
        plan.append((SurveyIndicator.CES, rng.choice(touchpoint_ids), 1, 10))
    for indicator, scope, low, high in plan:
        for _ in range(max(10, count // 20)):
            start += 1
            answers.append(SurveyAnswer(
                id=f"ans-{start}", scope_id=scope, indicator=indicator,
                value=rng.randint(low, high), respondent=f"Répondant {start}",
                date=START + dt.timedelta(days=rng.randrange(90)),
                segment_id=rng.choice(_SEGMENT_IDS) if rng.random() < 0.2 else None,
            ))
    return answers


def _actions(rng: random.Random, irritant_ids: list[str], start: int) -> list[Action]:
    actions: list[Action] = []
    for irritant_id in irritant_ids[::10]:
        start += 1
        status = rng.choice(tuple(ActionStatus))
        done = status is ActionStatus.DONE
        measured = round(rng.uniform(5, 40), 1) if done else None
        actions.append(Action(
            id=f"act-{start}", description=f"Corriger l’irritant n° {start}",
            irritant_id=irritant_id, owner=rng.choice(("Service client", "Logistique", "DSI")),
            due_date=START + dt.timedelta(days=rng.randrange(30, 300)),
            kpi="Taux d’abandon", kpi_target=20.0, status=status,
            measured_value=measured, target_met=None if measured is None else measured <= 20,
        ))
    return actions


def make_project(touchpoints: int, seed: int = 0, journeys: int = 1) -> Project:
    """A valid synthetic project with exactly ``touchpoints`` touchpoints in all.

    The touchpoints are shared out between ``journeys`` journeys: the first is a current
    journey, the next ones alternate target journeys (improving the one before) and
    current ones. The same arguments always give the same project.
    """
    if touchpoints < 0 or journeys < 1:
        raise ValueError("touchpoints must be 0 or more and journeys 1 or more")
    rng = random.Random(seed)
    built: list[Journey] = []
    irritant_ids: list[str] = []
    for number in range(journeys):
        count = touchpoints // journeys + (1 if number < touchpoints % journeys else 0)
        target = number % 2 == 1
        maker = _JourneyMaker(rng, f"j{number + 1}")
        built.append(maker.journey(
            name=f"Parcours {'cible' if target else 'actuel'} n° {number + 1}",
            count=count,
            kind=JourneyKind.TARGET if target else JourneyKind.CURRENT,
            improves=built[-1].id if target else None,
        ))
        irritant_ids += maker.irritant_ids
    answers: list[SurveyAnswer] = []
    for journey in built:
        answers += _answers(rng, journey, len(answers))
    scorecards = [
        Scorecard(id=f"sc-{stage.id}", scope_id=stage.id, name="Baromètre",
                  scores=[CriterionScore(criterion=criterion,
                                         score=round(rng.uniform(2, 9), 1))
                          for criterion in _CRITERIA])
        for journey in built for stage in journey.stages
    ]
    records = [
        IndicatorRecord(id=f"ind-{journey.id}", scope_id=journey.id,
                        indicator=CountIndicator.CHURN, period="Année 2024",
                        inputs={"customers_at_start": 10_000.0,
                                "customers_lost": float(rng.randint(500, 2500))})
        for journey in built
    ]
    return Project(
        title=f"Projet synthétique de {touchpoints} points de contact",
        client="Enseigne fictive",
        language="fr",
        created=START,
        modified=START,
        personas=_personas(),
        segments=_segments(),
        channels=_channels(),
        interlocutors=_interlocutors(),
        journeys=built,
        actions=_actions(rng, irritant_ids, 0),
        answers=answers,
        indicator_records=records,
        scorecards=scorecards,
    )


def main(argv: list[str] | None = None) -> int:
    """Write one synthetic project per size into the folder given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folder", type=Path, help="where to write the .cxd files")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES),
                        help="touchpoint counts (default: 100 2000 10000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--journeys", type=int, default=1)
    options = parser.parse_args(argv)
    options.folder.mkdir(parents=True, exist_ok=True)
    for size in options.sizes:
        began = time.perf_counter()
        project = make_project(size, seed=options.seed, journeys=options.journeys)
        built = time.perf_counter()
        path = options.folder / f"synthetic-{size}.cxd"
        save_project(project, path, backups=0)
        saved = time.perf_counter()
        print(f"{path}: built in {built - began:.2f} s, saved in {saved - built:.2f} s, "
              f"{path.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
