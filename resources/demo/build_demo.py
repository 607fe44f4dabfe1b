"""Build the bundled demo project, ``parcours-demo.cxd``, from the model classes.

The demo is a French omnichannel case a CX consultant can show a client: a household
appliance retailer, the current journey "buying a washing machine and having it
delivered" with its classic support failure (chat, then phone, explain again, a transfer
that drops the customer back at the start of the phone menu), the target journey that
fixes it, the improvement loop around both (actions, survey answers, barometer), and
the mapping process: six months of contact log per segment and channel, contact profiles
valued for the customer and the business, and actions aimed at them.

Every id and date is fixed, so running the script again writes the same bytes.

Usage (from the project's virtualenv)::

    python resources/demo/build_demo.py [OUTPUT.cxd]
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DEMO_PATH = Path(__file__).resolve().parent / "parcours-demo.cxd"

if importlib.util.find_spec("cxdesigner") is None:  # a checkout that was not pip-installed
    sys.path.insert(0, str(ROOT))

from cxdesigner.io import save_project  # noqa: E402
from cxdesigner.model import (  # noqa: E402
    Action,
    ActionStatus,
    Channel,
    ContactProfile,
    ContactRecord,
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
    ParkedQuestion,
    Persona,
    Pillar,
    Project,
    Scorecard,
    ScoreScale,
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

# Short names keep the data tables below readable.
ESSENTIAL, CRITICAL, WOW = MomentOfTruth.ESSENTIAL, MomentOfTruth.CRITICAL, MomentOfTruth.WOW
LOW, SENSITIVE, VERY = Criticality.LOW, Criticality.SENSITIVE, Criticality.VERY_SENSITIVE
INTEGRITY, RESOLUTION = Pillar.INTEGRITY, Pillar.RESOLUTION
EXPECTATIONS, EFFORT = Pillar.EXPECTATIONS, Pillar.TIME_AND_EFFORT
PERSONAL, EMPATHY = Pillar.PERSONALISATION, Pillar.EMPATHY
NEXT, ALTERNATIVE = FlowKind.NEXT, FlowKind.ALTERNATIVE
BACK, TRANSFER = FlowKind.BACK, FlowKind.TRANSFER

CAMILLE, GERARD, YANIS = "pe-camille", "pe-gerard", "pe-yanis"
FAMILLES, SENIORS = "seg-familles", "seg-seniors"
CURRENT, TARGET = "j-actuel", "j-cible"
SUIVI, CRENEAU, PANNE = "prof-suivi-livraison", "prof-creneau", "prof-panne"
FACTURE, REPRISE = "prof-facture", "prof-reprise"


def _day(month: int, day: int, year: int = 2025) -> dt.date:
    return dt.date(year, month, day)


# --------------------------------------------------------------------------- typography

# French spacing: a no-break space inside « » and before a colon, a narrow one before
# ; ? ! and inside large numbers, and no line break between a number and its unit.
_SPACING: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"« "), "«\u00a0"),
    (re.compile(r" »"), "\u00a0»"),
    (re.compile(r" :"), "\u00a0:"),
    (re.compile(r" ([;?!])"), "\u202f\\1"),
    (re.compile(r"(\d) (\d{3})\b"), "\\1\u202f\\2"),
    (re.compile(r"(\d) (%|€|h\b|min\b|jours\b|ans\b)"), "\\1\u00a0\\2"),
)


def _typeset_text(text: str) -> str:
    for pattern, replacement in _SPACING:
        text = pattern.sub(replacement, text)
    return text


def _typeset(value: Any) -> Any:
    if isinstance(value, str):
        return _typeset_text(value)
    if isinstance(value, list):
        return [_typeset(item) for item in value]
    if isinstance(value, dict):
        return {key: _typeset(item) for key, item in value.items()}
    return value


# --------------------------------------------------------------------------- people


def _segments() -> list[Segment]:
    return [
        Segment(
            id=FAMILLES,
            name="Familles urbaines actives",
            description="Foyers de trois personnes ou plus, en métropole, qui achètent en "
                        "ligne au moins une fois par trimestre.",
            size=48_200,
        ),
        Segment(
            id=SENIORS,
            name="Porteurs de carte, 65 ans et plus",
            description="Clients de plus de 65 ans avec une carte de fidélité active ; "
                        "ils achètent surtout en magasin et appellent le service client.",
            size=31_400,
        ),
    ]


def _personas() -> list[Persona]:
    return [
        Persona(
            id=CAMILLE,
            name="Camille, maman active",
            quote="« Si je dois poser une demi-journée pour attendre un livreur, "
                  "c’est déjà raté. »",
            description="36 ans, cheffe de projet dans une mutuelle, deux enfants de 4 et 7 "
                        "ans, appartement à Villeurbanne. Une machine par jour, parfois deux : "
                        "une panne désorganise toute la semaine.",
            needs=[
                "Remplacer la machine en moins d’une semaine",
                "Être livrée et installée sans poser de congé",
                "Suivre sa commande depuis son téléphone",
            ],
            usages=[
                "Achète sur l’application, le soir ou dans le tram",
                "Compare deux ou trois modèles, pas davantage",
                "Préfère le chat au téléphone",
            ],
            behaviours=[
                "Décide vite quand l’information est claire",
                "Lit les avis récents avant de payer",
                "Abandonne un parcours qui lui fait perdre du temps",
            ],
            interactions=[
                "Application mobile et site web",
                "Chat, SMS et e-mail",
                "Le magasin seulement quand elle n’a pas le choix",
            ],
            goals=[
                "Retrouver une lessive quotidienne sans y penser",
                "N’avoir qu’un interlocuteur en cas de problème",
            ],
            frustrations=[
                "Les créneaux de livraison d’une demi-journée",
                "Répéter son problème à chaque nouvel interlocuteur",
            ],
            segment_id=FAMILLES,
            colour="#d9730d",
        ),
        Persona(
            id=GERARD,
            name="Gérard, retraité fidèle",
            quote="« Je veux voir la machine, et parler à quelqu’un qui la connaît. »",
            description="71 ans, ancien menuisier, vit seul dans une maison à "
                        "Bourg-en-Bresse. Client de l’enseigne depuis 1998, il garde ses "
                        "appareils dix ans et plus.",
            needs=[
                "Un conseil humain, sans jargon",
                "Une installation complète : il ne peut plus rien porter",
                "La reprise de l’ancien appareil",
            ],
            usages=[
                "Se rend au magasin de sa ville, souvent le mardi matin",
                "Appelle le service client plutôt que d’écrire",
                "Lit ses e-mails mais ne clique pas sur les liens",
            ],
            behaviours=[
                "Fidèle à l’enseigne tant qu’on le respecte",
                "Prend son temps et pose beaucoup de questions",
                "Demande l’avis de sa fille avant un gros achat",
            ],
            interactions=[
                "Magasin et conseiller vente",
                "Téléphone",
                "Courrier et catalogue",
            ],
            goals=[
                "Une machine robuste et silencieuse pour dix ans",
                "Ne rien avoir à débrancher ni à porter",
            ],
            frustrations=[
                "Les serveurs vocaux à rallonge",
                "Les petits caractères de l’application",
                "Qu’on lui réponde « allez voir sur internet »",
            ],
            segment_id=SENIORS,
            colour="#2f6f9f",
        ),
        Persona(
            id=YANIS,
            name="Yanis, étudiant comparateur",
            quote="« Je regarde partout, et j’achète là où c’est le moins cher, livraison "
                  "comprise. »",
            description="22 ans, master en alternance à Lyon, colocation de trois personnes. "
                        "Budget serré : il compare chaque euro et n’exclut pas le "
                        "reconditionné.",
            needs=[
                "Le meilleur prix, frais de livraison compris",
                "Un petit modèle qui tient sous l’évier",
                "Payer en plusieurs fois sans frais",
            ],
            usages=[
                "Comparateurs de prix et codes promo",
                "Vidéos de tests sur les réseaux sociaux",
                "Retrait en click & collect pour éviter les frais",
            ],
            behaviours=[
                "Met plusieurs enseignes en concurrence",
                "Publie un avis quand il est déçu… ou bluffé",
                "Change d’enseigne pour quelques euros",
            ],
            interactions=[
                "Site web et comparateurs",
                "Réseaux sociaux et forums",
                "Click & collect",
            ],
            goals=[
                "Équiper la colocation pour moins de 350 €",
                "Ne pas se faire avoir sur les garanties",
            ],
            frustrations=[
                "Le stock affiché en ligne qui s’avère faux",
                "Les frais découverts au dernier moment",
            ],
            colour="#4f8a3c",
        ),
    ]


def _channels() -> list[Channel]:
    return [*default_channels("fr"),
            Channel(id="ch-domicile", name="Intervention à domicile", digital=False)]


def _interlocutors() -> list[Interlocutor]:
    return [
        Interlocutor(id="it-vendeur", name="Conseiller vente",
                     role="Vendeur du rayon gros électroménager"),
        Interlocutor(id="it-accueil", name="Hôte d’accueil", role="Comptoir click & collect"),
        Interlocutor(id="it-chatbot", name="Chatbot « Lou »",
                     role="Assistant virtuel du site et de l’application", human=False),
        Interlocutor(id="it-svi", name="Serveur vocal (SVI)",
                     role="Menu du numéro de service client", human=False),
        Interlocutor(id="it-service-client", name="Conseiller service client",
                     role="Niveau 1, plateau téléphonique"),
        Interlocutor(id="it-expert", name="Conseiller expert SAV",
                     role="Niveau 2, diagnostic technique"),
        Interlocutor(id="it-livreur", name="Livreur-installateur",
                     role="Prestataire de livraison"),
        Interlocutor(id="it-technicien", name="Technicien SAV", role="Intervention à domicile"),
    ]


# --------------------------------------------------------------------------- current journey


def _current_stages() -> list[Stage]:
    besoin = Stage(
        id="st-besoin",
        name="Apparition du besoin",
        description="L’ancienne machine lâche ; il faut la remplacer vite.",
        touchpoints=[
            Touchpoint(
                id="tp-panne-ancien",
                title="Panne de l’ancien appareil",
                description="Le tambour ne tourne plus en plein cycle, le linge reste "
                            "trempé. La machine a onze ans.",
                customer_action="Vide la machine à la main et cherche s’il vaut la peine "
                                "de la réparer.",
                thinking="Il m’en faut une autre avant le week-end.",
                feeling="Agacé, pressé",
                emotion=-2,
                criticality=VERY,
                tags=["Avant l’achat"],
            ),
            Touchpoint(
                id="tp-conseils-proches",
                title="Avis des proches",
                description="Demande sur le groupe WhatsApp de la famille et sur Facebook "
                            "quelles marques tiennent le coup.",
                channel_id="ch-social",
                customer_action="Pose la question à son entourage.",
                thinking="Qui a une machine dont il est content ?",
                criticality=LOW,
                tags=["Avant l’achat", "Bouche-à-oreille"],
            ),
        ],
    )
    recherche = Stage(
        id="st-recherche",
        name="Recherche d’informations",
        description="Le client découvre l’offre, seul et surtout en ligne.",
        touchpoints=[
            Touchpoint(
                id="tp-recherche-site",
                title="Recherche sur le site",
                description="Catégorie « Lave-linge hublot », 214 références. Les filtres "
                            "portent sur la marque, le prix et la capacité, pas sur les "
                            "dimensions.",
                channel_id="ch-website",
                customer_action="Filtre par capacité et par prix, ouvre une dizaine de "
                                "fiches.",
                thinking="Lequel rentre dans ma niche de 60 cm ?",
                feeling="Curieux, un peu perdu",
                emotion=1,
                criticality=SENSITIVE,
                verbatims=[
                    Verbatim(
                        id="vb-filtre-largeur",
                        text="Je ne trouve pas où filtrer par largeur, je dois ouvrir "
                             "chaque fiche une par une.",
                        source=VerbatimSource.USER_TEST,
                        author="Test utilisateur n° 4",
                        date=_day(2, 18),
                        persona_id=CAMILLE,
                    ),
                ],
                irritants=[
                    Irritant(
                        id="ir-filtre-dimensions",
                        text="Pas de filtre par dimensions (largeur, profondeur)",
                        severity=2,
                        pillars=[EXPECTATIONS, EFFORT],
                        votes=4,
                    ),
                ],
                opportunities=[
                    Opportunity(
                        id="op-filtre-niche",
                        text="Filtre « tient dans ma niche » à partir des cotes",
                        pillars=[EXPECTATIONS, PERSONAL],
                        votes=5,
                    ),
                ],
                kpis=[KpiValue(name="Taux de rebond", value=41, unit="%")],
                tags=["Digital"],
            ),
            Touchpoint(
                id="tp-fiches-appli",
                title="Fiches produit sur l’appli",
                description="Photos, étiquette énergie, avis clients. Les caractéristiques "
                            "sont lisibles sur grand écran, beaucoup moins sur téléphone.",
                channel_id="ch-app",
                customer_action="Consulte les avis et l’étiquette énergie.",
                thinking="Les avis récents sont-ils bons ?",
                emotion=1,
                persona_emotions={CAMILLE: 2, GERARD: -1},
                criticality=SENSITIVE,
                tags=["Digital", "Mobile"],
            ),
            Touchpoint(
                id="tp-question-chatbot",
                title="Question au chatbot",
                description="Le client demande si le modèle peut être superposé à son "
                            "sèche-linge ; le chatbot renvoie vers la FAQ générale.",
                channel_id="ch-chat",
                interlocutor_id="it-chatbot",
                customer_action="Pose une question technique précise.",
                thinking="Il ne comprend pas ma question.",
                feeling="Déçu",
                emotion=-1,
                criticality=SENSITIVE,
                irritants=[
                    Irritant(
                        id="ir-chatbot-technique",
                        text="Le chatbot répond à côté des questions techniques",
                        severity=2,
                        pillars=[RESOLUTION, EMPATHY],
                        votes=3,
                    ),
                ],
                tags=["Digital", "Chatbot"],
            ),
        ],
    )
    choix = Stage(
        id="st-choix",
        name="Comparaison et choix",
        description="Le client hésite entre deux ou trois modèles et entre plusieurs "
                    "enseignes.",
        touchpoints=[
            Touchpoint(
                id="tp-comparateur",
                title="Comparateur de prix",
                description="Le client vérifie le prix sur deux comparateurs et chez trois "
                            "concurrents. Le stock annoncé « disponible » en ligne est "
                            "parfois épuisé en entrepôt.",
                channel_id="ch-website",
                customer_action="Compare le prix livré, installé et repris.",
                thinking="Est-ce que je ne paie pas trop cher ?",
                emotion=0,
                persona_emotions={YANIS: 2, GERARD: -1},
                criticality=SENSITIVE,
                persona_criticality={YANIS: VERY, GERARD: LOW},
                verbatims=[
                    Verbatim(
                        id="vb-stock-vendeur",
                        text="On perd des ventes quand le site affiche « disponible » et que "
                             "l’entrepôt n’a plus rien : le client revient au magasin "
                             "furieux.",
                        source=VerbatimSource.SALES_STAFF,
                        author="Responsable de rayon, magasin de Lyon Part-Dieu",
                        date=_day(3, 5),
                    ),
                ],
                irritants=[
                    Irritant(
                        id="ir-stock-faux",
                        text="Stock affiché en ligne faux",
                        severity=3,
                        pillars=[INTEGRITY],
                        votes=6,
                    ),
                ],
                tags=["Prix", "Concurrence"],
            ),
            Touchpoint(
                id="tp-visite-magasin",
                title="Visite en magasin",
                description="Le client vient voir les modèles en vrai : ouvrir le hublot, "
                            "juger la finition, écouter le niveau sonore annoncé.",
                channel_id="ch-shop",
                customer_action="Touche, ouvre, compare deux modèles côte à côte.",
                thinking="Je veux la voir avant de payer 600 €.",
                emotion=1,
                persona_emotions={GERARD: 2, CAMILLE: -1, YANIS: 0},
                criticality=SENSITIVE,
                persona_criticality={GERARD: VERY, CAMILLE: LOW},
                verbatims=[
                    Verbatim(
                        id="vb-voir-machine",
                        text="Moi, je veux voir la machine, ouvrir le hublot, et qu’on me dise "
                             "la vérité sur le bruit. Sur internet, tout le monde est "
                             "silencieux.",
                        source=VerbatimSource.INTERVIEW,
                        author="Entretien client, 71 ans",
                        date=_day(2, 26),
                        persona_id=GERARD,
                        segment_id=SENIORS,
                    ),
                ],
                tags=["Magasin"],
            ),
            Touchpoint(
                id="tp-conseil-vendeur",
                title="Conseil du vendeur",
                description="Le vendeur compare la consommation réelle des deux modèles, "
                            "montre le programme rapide et déconseille l’option inutile.",
                channel_id="ch-shop",
                interlocutor_id="it-vendeur",
                customer_action="Pose ses questions, se fait expliquer les programmes.",
                thinking="Enfin quelqu’un qui s’y connaît.",
                feeling="Rassuré, en confiance",
                emotion=3,
                persona_emotions={GERARD: 3, CAMILLE: 2},
                moment=WOW,
                criticality=VERY,
                persona_criticality={GERARD: VERY, YANIS: SENSITIVE},
                verbatims=[
                    Verbatim(
                        id="vb-vendeur-honnete",
                        text="Le vendeur a pris le temps de m’expliquer la différence entre "
                             "les classes énergétiques, sans me pousser vers le plus cher. "
                             "C’est pour ça que je reviens chez vous.",
                        source=VerbatimSource.SURVEY,
                        author="Enquête post-achat, verbatim libre",
                        date=_day(3, 3),
                        segment_id=SENIORS,
                    ),
                ],
                opportunities=[
                    Opportunity(
                        id="op-visio-vendeur",
                        text="Proposer un conseil en visio avec un vendeur depuis le site",
                        pillars=[PERSONAL, EMPATHY],
                        votes=7,
                    ),
                ],
                kpis=[KpiValue(name="Taux de transformation", value=34, unit="%")],
                tags=["Magasin", "Conseil"],
            ),
        ],
    )
    achat = Stage(
        id="st-achat",
        name="Achat",
        description="Commande en ligne ou en magasin, choix de la livraison.",
        touchpoints=[
            Touchpoint(
                id="tp-commande-web",
                title="Commande en ligne",
                description="Panier, options (installation, reprise, extension de "
                            "garantie) et paiement en trois fois.",
                channel_id="ch-website",
                customer_action="Ajoute les options et paie.",
                thinking="Pourvu que tout soit compris dans le prix.",
                emotion=1,
                moment=ESSENTIAL,
                criticality=VERY,
                kpis=[
                    KpiValue(name="Taux de conversion", value=2.3, unit="%"),
                    KpiValue(name="Panier moyen", value=612, unit="€"),
                ],
                tags=["Digital", "Paiement"],
            ),
            Touchpoint(
                id="tp-achat-magasin",
                title="Achat en magasin",
                description="Le vendeur saisit la commande et la livraison à la caisse ; "
                            "le ticket tient lieu de bon de commande.",
                channel_id="ch-shop",
                interlocutor_id="it-vendeur",
                customer_action="Paie en caisse avec sa carte de fidélité.",
                emotion=2,
                persona_emotions={GERARD: 2},
                moment=ESSENTIAL,
                criticality=SENSITIVE,
                tags=["Magasin", "Paiement"],
            ),
            Touchpoint(
                id="tp-choix-creneau",
                title="Choix du créneau",
                description="Créneaux de 8 h–12 h ou 13 h–18 h, trois jours proposés, "
                            "aucun le samedi.",
                channel_id="ch-website",
                customer_action="Choisit un jour et une demi-journée.",
                thinking="Encore une demi-journée de congé à poser.",
                feeling="Contrariée",
                emotion=-1,
                persona_emotions={CAMILLE: -2, GERARD: 1},
                criticality=VERY,
                persona_criticality={CAMILLE: VERY, GERARD: LOW},
                irritants=[
                    Irritant(
                        id="ir-creneau-4h",
                        text="Créneaux de livraison d’une demi-journée, jamais le samedi",
                        severity=3,
                        pillars=[EFFORT, PERSONAL],
                        votes=8,
                    ),
                ],
                opportunities=[
                    Opportunity(
                        id="op-creneau-2h",
                        text="Créneaux de 2 h, samedi compris, choisis dès le panier",
                        pillars=[EFFORT, PERSONAL],
                        votes=9,
                    ),
                ],
                kpis=[KpiValue(name="Abandon à l’étape créneau", value=18, unit="%")],
                tags=["Logistique", "Digital"],
            ),
            Touchpoint(
                id="tp-confirmation",
                title="E-mail de confirmation",
                description="Récapitulatif de commande, facture et date de livraison.",
                channel_id="ch-email",
                customer_action="Vérifie le récapitulatif.",
                criticality=LOW,
                tags=["Digital"],
            ),
        ],
    )
    livraison = Stage(
        id="st-livraison",
        name="Livraison et installation",
        description="Du suivi de commande à la machine branchée, ancienne machine "
                    "reprise.",
        touchpoints=[
            Touchpoint(
                id="tp-report-livraison",
                title="Livraison reportée par SMS",
                description="La veille au soir, un SMS annonce que la livraison est "
                            "reportée « pour raison logistique », sans nouvelle date.",
                channel_id="ch-sms",
                customer_action="Rappelle pour obtenir une nouvelle date, reprend un "
                                "créneau.",
                # From here the customer goes back to choosing a slot, not on to the
                # click & collect card beside it on the map.
                ends_path=True,
                thinking="J’ai posé ma journée pour rien.",
                feeling="En colère",
                emotion=-3,
                persona_emotions={CAMILLE: -3, GERARD: -2},
                moment=CRITICAL,
                criticality=VERY,
                persona_criticality={CAMILLE: VERY, GERARD: SENSITIVE, YANIS: SENSITIVE},
                verbatims=[
                    Verbatim(
                        id="vb-report-avis",
                        text="Livraison annoncée mardi, reportée la veille à 21 h par un "
                             "simple SMS. Pas d’excuse, pas de nouvelle date. J’avais posé ma "
                             "journée pour rien.",
                        source=VerbatimSource.REVIEW,
                        author="Avis vérifié, 1 étoile sur 5",
                        date=_day(3, 11),
                        persona_id=CAMILLE,
                        segment_id=FAMILLES,
                    ),
                ],
                irritants=[
                    Irritant(
                        id="ir-report-veille",
                        text="Report annoncé la veille, sans excuse ni nouvelle date",
                        severity=4,
                        pillars=[INTEGRITY, EMPATHY, EFFORT],
                        votes=9,
                    ),
                ],
                opportunities=[
                    Opportunity(
                        id="op-prevenance",
                        text="Prévenir 48 h avant, s’excuser et proposer une nouvelle date",
                        pillars=[INTEGRITY, EMPATHY],
                        votes=6,
                    ),
                ],
                kpis=[KpiValue(name="Livraisons reportées", value=14, unit="%")],
                tags=["Logistique", "Moment critique"],
            ),
            Touchpoint(
                id="tp-retrait-cc",
                title="Retrait en click & collect",
                description="Pour un petit modèle, retrait au comptoir du magasin deux "
                            "heures après la commande.",
                channel_id="ch-click_collect",
                interlocutor_id="it-accueil",
                customer_action="Présente le QR code reçu par e-mail.",
                emotion=1,
                persona_emotions={YANIS: 2},
                criticality=LOW,
                tags=["Magasin", "Omnicanal"],
            ),
            Touchpoint(
                id="tp-livraison",
                title="Livraison et installation",
                description="Deux livreurs montent la machine, la branchent et lancent un "
                            "cycle à vide.",
                channel_id="ch-delivery",
                interlocutor_id="it-livreur",
                customer_action="Indique l’emplacement et vérifie l’appareil.",
                thinking="Pourvu qu’ils ne rayent pas le parquet.",
                emotion=1,
                persona_emotions={GERARD: 2, CAMILLE: 1},
                moment=ESSENTIAL,
                criticality=VERY,
                persona_criticality={GERARD: VERY, CAMILLE: VERY, YANIS: SENSITIVE},
                verbatims=[
                    Verbatim(
                        id="vb-livreur-positif",
                        text="Les clients sont ravis quand on branche la machine et qu’on "
                             "lance un cycle à vide devant eux : c’est là qu’on nous offre "
                             "le café.",
                        source=VerbatimSource.EMPLOYEE,
                        author="Livreur-installateur, prestataire Rhône",
                        date=_day(3, 7),
                        employee_moment=EmployeeMoment.POSITIVE,
                    ),
                ],
                kpis=[KpiValue(name="Livraisons à l’heure", value=86, unit="%")],
                tags=["Logistique", "Prestataire"],
            ),
            Touchpoint(
                id="tp-reprise-ancien",
                title="Reprise de l’ancien appareil",
                description="Les livreurs refusent de reprendre l’ancienne machine parce "
                            "qu’elle n’a pas été débranchée et vidangée.",
                channel_id="ch-delivery",
                interlocutor_id="it-livreur",
                customer_action="Négocie, puis garde l’ancienne machine sur les bras.",
                thinking="On ne m’avait rien dit !",
                feeling="Piégé",
                emotion=-2,
                persona_emotions={GERARD: -3},
                criticality=SENSITIVE,
                persona_criticality={GERARD: VERY},
                irritants=[
                    Irritant(
                        id="ir-reprise-refusee",
                        text="Reprise refusée si l’ancien appareil n’est pas débranché",
                        severity=3,
                        pillars=[EXPECTATIONS, INTEGRITY],
                        votes=5,
                    ),
                ],
                tags=["Logistique", "Prestataire"],
            ),
        ],
    )
    usage = Stage(
        id="st-usage",
        name="Usage et SAV",
        description="Premières lessives, puis la panne et le parcours du service "
                    "après-vente.",
        touchpoints=[
            Touchpoint(
                id="tp-premiere-lessive",
                title="Première lessive",
                description="La machine est silencieuse et le programme rapide tient ses "
                            "promesses.",
                customer_action="Lance un programme coton 40°.",
                emotion=2,
                criticality=LOW,
                tags=["Usage"],
            ),
            Touchpoint(
                id="tp-code-erreur",
                title="Code erreur à l’écran",
                description="Au troisième jour, la machine s’arrête avec le code E21 et "
                            "reste pleine d’eau.",
                customer_action="Cherche le code dans la notice, puis sur internet.",
                thinking="Elle est neuve, ce n’est pas normal.",
                feeling="Inquiet",
                emotion=-2,
                criticality=VERY,
                verbatims=[
                    Verbatim(
                        id="vb-forum-e21",
                        text="Le code E21, c’est la vidange bouchée. Souvent ce n’est que la "
                             "cale de transport oubliée par l’installateur.",
                        source=VerbatimSource.FORUM,
                        author="Forum d’entraide électroménager",
                        date=_day(1, 29),
                    ),
                ],
                opportunities=[
                    Opportunity(
                        id="op-diagnostic-appli",
                        text="Diagnostic guidé dans l’appli à partir du code erreur",
                        pillars=[RESOLUTION, EFFORT],
                        votes=6,
                    ),
                ],
                tags=["Usage", "SAV"],
            ),
            Touchpoint(
                id="tp-expliquer-chat",
                title="Expliquer son problème",
                description="Sur le chat, le client décrit la panne au chatbot, qui propose "
                            "trois articles de FAQ puis « un conseiller va vous répondre ». "
                            "Personne ne répond en 20 minutes.",
                channel_id="ch-chat",
                interlocutor_id="it-chatbot",
                customer_action="Décrit la panne, envoie une photo de l’écran, attend.",
                thinking="Je veux parler à quelqu’un.",
                feeling="Agacée",
                emotion=-2,
                persona_emotions={CAMILLE: -2},
                criticality=VERY,
                verbatims=[
                    Verbatim(
                        id="vb-chat-robot",
                        text="Client : « Votre robot ne comprend rien, je veux parler à "
                             "quelqu’un. Ça fait 20 minutes que j’attends. »",
                        source=VerbatimSource.ADVISER_CHAT,
                        author="Extrait de chat, relevé par l’équipe digitale",
                        date=_day(3, 14),
                        persona_id=CAMILLE,
                    ),
                ],
                irritants=[
                    Irritant(
                        id="ir-chat-sans-historique",
                        text="La conversation du chat n’est pas transmise au téléphone",
                        severity=3,
                        pillars=[RESOLUTION, EFFORT],
                        votes=7,
                    ),
                ],
                opportunities=[
                    Opportunity(
                        id="op-historique-chat",
                        text="Transmettre l’historique du chat au conseiller",
                        pillars=[EFFORT, PERSONAL],
                        votes=10,
                    ),
                ],
                kpis=[KpiValue(name="Escalade chat vers téléphone", value=38, unit="%")],
                tags=["SAV", "Digital", "Répétition"],
            ),
            Touchpoint(
                id="tp-appel-sav",
                title="Appel au service client",
                description="Le client abandonne le chat et appelle. Le serveur vocal "
                            "propose six choix, aucun pour « panne après livraison ».",
                channel_id="ch-phone",
                interlocutor_id="it-svi",
                customer_action="Écoute le menu, tape 3, puis 2, attend.",
                thinking="Quelle touche pour mon cas ?",
                feeling="Exaspéré",
                emotion=-2,
                persona_emotions={CAMILLE: -3, GERARD: -1},
                criticality=VERY,
                verbatims=[
                    Verbatim(
                        id="vb-attente-reseau",
                        text="@BrunelElectro 40 min d’attente au téléphone pour une machine "
                             "livrée il y a 3 jours. Bravo.",
                        source=VerbatimSource.SOCIAL_NETWORK,
                        author="Message public sur X",
                        date=_day(3, 13),
                    ),
                ],
                irritants=[
                    Irritant(
                        id="ir-attente-telephone",
                        text="14 minutes d’attente en moyenne, jusqu’à 40 le lundi",
                        severity=3,
                        pillars=[EFFORT],
                        votes=6,
                    ),
                ],
                kpis=[
                    KpiValue(name="Temps d’attente moyen", value=14, unit="min"),
                    KpiValue(name="Appels abandonnés", value=27, unit="%"),
                ],
                tags=["SAV", "Téléphone"],
            ),
            Touchpoint(
                id="tp-expliquer-tel",
                title="Expliquer son problème",
                description="Le conseiller n’a pas la conversation du chat : le client "
                            "raconte tout depuis le début, numéro de commande compris.",
                channel_id="ch-phone",
                interlocutor_id="it-service-client",
                customer_action="Raconte à nouveau la panne et l’échange sur le chat.",
                thinking="Je l’ai déjà tout écrit !",
                feeling="Excédé",
                emotion=-3,
                moment=CRITICAL,
                criticality=VERY,
                persona_criticality={GERARD: VERY, CAMILLE: VERY},
                verbatims=[
                    Verbatim(
                        id="vb-conseillere-tension",
                        text="Quand l’appel arrive après un chat, on n’a aucun historique. "
                             "Le client est déjà énervé avant d’avoir dit bonjour, et c’est "
                             "sur nous que ça retombe.",
                        source=VerbatimSource.EMPLOYEE,
                        author="Conseillère service client, plateau de Villefranche",
                        date=_day(3, 12),
                        employee_moment=EmployeeMoment.TENSION,
                    ),
                    Verbatim(
                        id="vb-appel-geste",
                        text="Le client en est à son troisième appel pour la même panne ; il "
                             "demande un geste commercial et menace de tout renvoyer.",
                        source=VerbatimSource.ADVISER_CALL,
                        author="Note d’appel, niveau 1",
                        date=_day(3, 17),
                        persona_id=GERARD,
                    ),
                ],
                irritants=[
                    Irritant(
                        id="ir-reexpliquer",
                        text="Le client doit tout réexpliquer au téléphone",
                        severity=4,
                        pillars=[EFFORT, EMPATHY, PERSONAL],
                        votes=12,
                    ),
                ],
                tags=["SAV", "Téléphone", "Répétition"],
                notes="Même intitulé que l’étape du chat : c’est volontaire, le client "
                      "répète la même étape.",
            ),
            Touchpoint(
                id="tp-transfert-expert",
                title="Transfert vers un expert",
                description="Le niveau 1 transfère au diagnostic technique. Une fois sur "
                            "cinq, l’appel bascule au menu d’accueil du serveur vocal.",
                channel_id="ch-phone",
                interlocutor_id="it-expert",
                customer_action="Patiente en musique, puis réentend le message d’accueil.",
                thinking="Ce n’est pas possible, je recommence tout ?",
                feeling="Abandonné",
                emotion=-3,
                moment=CRITICAL,
                criticality=VERY,
                verbatims=[
                    Verbatim(
                        id="vb-reclamation-transfert",
                        text="Trois appels, trois fois la même histoire à raconter, et à la "
                             "fin on me renvoie au message d’accueil en plein transfert. Je "
                             "demande le remboursement de la machine.",
                        source=VerbatimSource.COMPLAINT,
                        author="Réclamation écrite, service consommateurs",
                        date=_day(3, 18),
                        persona_id=GERARD,
                        segment_id=SENIORS,
                    ),
                ],
                irritants=[
                    Irritant(
                        id="ir-transfert-rate",
                        text="Transfert raté : retour au menu d’accueil du serveur vocal",
                        severity=4,
                        pillars=[RESOLUTION, EFFORT],
                        votes=11,
                    ),
                ],
                opportunities=[
                    Opportunity(
                        id="op-rappel-auto",
                        text="Rappel automatique quand un appel est coupé en transfert",
                        pillars=[RESOLUTION, EMPATHY],
                        votes=8,
                    ),
                ],
                kpis=[KpiValue(name="Transferts perdus", value=22, unit="%")],
                tags=["SAV", "Téléphone", "Boucle"],
            ),
            Touchpoint(
                id="tp-visite-technicien",
                title="Visite du technicien",
                description="Rendez-vous cinq jours plus tard. Le technicien retire la cale "
                            "de transport oubliée : dix minutes d’intervention.",
                channel_id="ch-domicile",
                interlocutor_id="it-technicien",
                customer_action="Reste à la maison pour le rendez-vous.",
                thinking="Tout ça pour ça.",
                emotion=1,
                moment=ESSENTIAL,
                criticality=VERY,
                verbatims=[
                    Verbatim(
                        id="vb-technicien-distance",
                        text="La moitié de mes déplacements pour un E21 se régleraient avec "
                             "un diagnostic à distance et une vidéo de deux minutes.",
                        source=VerbatimSource.MAINTENANCE_STAFF,
                        author="Technicien SAV, secteur Ain",
                        date=_day(3, 6),
                    ),
                ],
                kpis=[KpiValue(name="Résolution à la 1re visite", value=71, unit="%")],
                tags=["SAV", "Prestataire"],
            ),
            Touchpoint(
                id="tp-avis-en-ligne",
                title="Avis publié en ligne",
                description="Le client note l’enseigne 2 sur 5 : le produit est bon, le "
                            "service ne l’est pas.",
                channel_id="ch-social",
                customer_action="Publie un avis et le partage.",
                thinking="Que les autres sachent.",
                emotion=-1,
                persona_emotions={YANIS: -2},
                criticality=SENSITIVE,
                tags=["Recommandation"],
            ),
        ],
    )
    return [besoin, recherche, choix, achat, livraison, usage]


# (source, target, kind, label) of the current journey, in reading order.
_CURRENT_FLOWS: tuple[tuple[str, str, FlowKind, str], ...] = (
    ("tp-panne-ancien", "tp-conseils-proches", NEXT, ""),
    ("tp-conseils-proches", "tp-recherche-site", NEXT, ""),
    ("tp-recherche-site", "tp-fiches-appli", NEXT, "Continue sur son téléphone"),
    ("tp-recherche-site", "tp-comparateur", ALTERNATIVE, "Va droit au prix"),
    ("tp-fiches-appli", "tp-question-chatbot", NEXT, ""),
    ("tp-question-chatbot", "tp-comparateur", NEXT, ""),
    ("tp-comparateur", "tp-recherche-site", BACK, "Stock épuisé, cherche un autre modèle"),
    ("tp-comparateur", "tp-visite-magasin", NEXT, ""),
    ("tp-visite-magasin", "tp-conseil-vendeur", NEXT, ""),
    ("tp-conseil-vendeur", "tp-commande-web", NEXT, "Commande le soir, en ligne"),
    ("tp-conseil-vendeur", "tp-achat-magasin", ALTERNATIVE, "Achète sur place"),
    ("tp-commande-web", "tp-choix-creneau", NEXT, ""),
    ("tp-achat-magasin", "tp-choix-creneau", NEXT, ""),
    ("tp-commande-web", "tp-retrait-cc", ALTERNATIVE, "Petit modèle retiré en magasin"),
    ("tp-choix-creneau", "tp-confirmation", NEXT, ""),
    ("tp-confirmation", "tp-report-livraison", NEXT, ""),
    ("tp-report-livraison", "tp-choix-creneau", BACK, "Doit reprendre un créneau"),
    ("tp-confirmation", "tp-livraison", NEXT, "Livraison à la date prévue"),
    ("tp-livraison", "tp-reprise-ancien", NEXT, ""),
    ("tp-reprise-ancien", "tp-premiere-lessive", NEXT, ""),
    ("tp-retrait-cc", "tp-premiere-lessive", NEXT, ""),
    ("tp-premiere-lessive", "tp-code-erreur", NEXT, "Trois jours plus tard"),
    ("tp-code-erreur", "tp-expliquer-chat", NEXT, ""),
    ("tp-expliquer-chat", "tp-appel-sav", NEXT, "Abandonne le chat et appelle"),
    ("tp-appel-sav", "tp-expliquer-tel", NEXT, ""),
    ("tp-expliquer-tel", "tp-transfert-expert", TRANSFER, "Transfert au niveau 2"),
    ("tp-transfert-expert", "tp-appel-sav", BACK, "Appel basculé au menu d’accueil"),
    ("tp-transfert-expert", "tp-visite-technicien", NEXT, "Au troisième appel : rendez-vous"),
    ("tp-visite-technicien", "tp-avis-en-ligne", NEXT, ""),
)


def _current_notes() -> list[StickyNote]:
    return [
        StickyNote(
            id="nt-svi",
            text="Le serveur vocal propose six choix ; aucun ne correspond à une panne "
                 "après livraison.",
            stage_id="st-usage",
        ),
        StickyNote(
            id="nt-logistique",
            text="À vérifier avec la logistique : une livraison sur sept reportée la "
                 "veille ?",
            stage_id="st-livraison",
            colour="#ffb3c7",
        ),
        StickyNote(
            id="nt-atelier",
            text="Atelier du 12 mars : e-commerce, magasins, logistique, service client et "
                 "un livreur du prestataire.",
            colour="#aee3ff",
        ),
    ]


def _current_journey() -> Journey:
    return Journey(
        id=CURRENT,
        name="Achat d’un lave-linge et livraison",
        kind=JourneyKind.CURRENT,
        description="Parcours actuel, reconstitué en atelier le 12 mars 2025 à partir des "
                    "réclamations, des avis publiés, des enquêtes du premier trimestre et "
                    "du témoignage des équipes. Il va de la panne de l’ancienne machine à "
                    "l’avis publié après le passage du technicien.",
        persona_ids=[CAMILLE, GERARD, YANIS],
        stages=_current_stages(),
        flows=[
            Flow(id=f"fl-a{number:02d}", source_id=source, target_id=target, kind=kind,
                 label=label)
            for number, (source, target, kind, label) in enumerate(_CURRENT_FLOWS, start=1)
        ],
        notes=_current_notes(),
    )


# --------------------------------------------------------------------------- target journey


def _target_stages() -> list[Stage]:
    return [
        Stage(
            id="st-cible-besoin",
            name="Apparition du besoin",
            touchpoints=[
                Touchpoint(
                    id="tp-cible-panne",
                    title="Panne de l’ancien appareil",
                    description="Le point de départ ne change pas : la machine lâche.",
                    emotion=-2,
                    criticality=VERY,
                ),
            ],
        ),
        Stage(
            id="st-cible-recherche",
            name="Recherche d’informations",
            touchpoints=[
                Touchpoint(
                    id="tp-cible-recherche",
                    title="Recherche par dimensions",
                    description="Le client saisit les cotes de sa niche ; seuls les modèles "
                                "qui y tiennent s’affichent, avec le stock réel.",
                    channel_id="ch-website",
                    emotion=2,
                    criticality=SENSITIVE,
                    opportunities=[
                        Opportunity(
                            id="op-cible-comparatif",
                            text="Comparatif de trois modèles sur une seule page",
                            pillars=[EXPECTATIONS],
                            votes=3,
                        ),
                    ],
                    tags=["Digital"],
                ),
                Touchpoint(
                    id="tp-cible-visio",
                    title="Conseil en visio",
                    description="Depuis la fiche produit, un vendeur du magasin le plus "
                                "proche montre les deux modèles en vidéo.",
                    channel_id="ch-app",
                    interlocutor_id="it-vendeur",
                    emotion=3,
                    persona_emotions={CAMILLE: 3, GERARD: 1},
                    moment=WOW,
                    criticality=SENSITIVE,
                    persona_criticality={CAMILLE: VERY},
                    tags=["Omnicanal", "Conseil"],
                ),
            ],
        ),
        Stage(
            id="st-cible-choix",
            name="Comparaison et choix",
            touchpoints=[
                Touchpoint(
                    id="tp-cible-conseil",
                    title="Conseil du vendeur",
                    description="Le vendeur garde le conseil honnête d’aujourd’hui et voit "
                                "l’historique de navigation si le client l’accepte.",
                    channel_id="ch-shop",
                    interlocutor_id="it-vendeur",
                    emotion=3,
                    persona_emotions={GERARD: 3},
                    moment=WOW,
                    criticality=VERY,
                    tags=["Magasin", "Conseil"],
                ),
            ],
        ),
        Stage(
            id="st-cible-achat",
            name="Achat",
            touchpoints=[
                Touchpoint(
                    id="tp-cible-commande",
                    title="Commande en ligne",
                    description="Prix garanti livré, installé et repris, affiché dès la "
                                "fiche produit.",
                    channel_id="ch-website",
                    emotion=2,
                    moment=ESSENTIAL,
                    criticality=VERY,
                    tags=["Digital", "Paiement"],
                ),
                Touchpoint(
                    id="tp-cible-creneau",
                    title="Créneau de 2 h",
                    description="Créneaux de deux heures, du lundi au samedi, choisis dans "
                                "le panier.",
                    channel_id="ch-website",
                    emotion=2,
                    persona_emotions={CAMILLE: 3},
                    moment=ESSENTIAL,
                    criticality=VERY,
                    kpis=[KpiValue(name="Abandon à l’étape créneau", value=10, unit="%")],
                    tags=["Logistique"],
                ),
            ],
        ),
        Stage(
            id="st-cible-livraison",
            name="Livraison et installation",
            touchpoints=[
                Touchpoint(
                    id="tp-cible-suivi",
                    title="Suivi du livreur en direct",
                    description="Le jour J, l’appli montre le camion sur la carte et "
                                "prévient 30 minutes avant l’arrivée.",
                    channel_id="ch-app",
                    emotion=3,
                    persona_emotions={CAMILLE: 3, GERARD: 1},
                    moment=WOW,
                    criticality=SENSITIVE,
                    tags=["Logistique", "Mobile"],
                ),
                Touchpoint(
                    id="tp-cible-livraison",
                    title="Livraison et installation",
                    description="Installation, retrait des cales de transport vérifié sur "
                                "une liste, cycle à vide devant le client.",
                    channel_id="ch-delivery",
                    interlocutor_id="it-livreur",
                    emotion=2,
                    moment=ESSENTIAL,
                    criticality=VERY,
                    kpis=[KpiValue(name="Livraisons à l’heure", value=95, unit="%")],
                    tags=["Logistique", "Prestataire"],
                ),
                Touchpoint(
                    id="tp-cible-reprise",
                    title="Reprise de l’ancien appareil",
                    description="Les livreurs débranchent et vidangent l’ancienne machine "
                                "eux-mêmes.",
                    channel_id="ch-delivery",
                    interlocutor_id="it-livreur",
                    emotion=2,
                    persona_emotions={GERARD: 3},
                    criticality=SENSITIVE,
                    tags=["Logistique", "Prestataire"],
                ),
            ],
        ),
        Stage(
            id="st-cible-usage",
            name="Usage et SAV",
            touchpoints=[
                Touchpoint(
                    id="tp-cible-prise-en-main",
                    title="Prise en main guidée",
                    description="Une vidéo de deux minutes, envoyée par SMS, présente les "
                                "programmes utiles.",
                    channel_id="ch-sms",
                    emotion=2,
                    criticality=LOW,
                    tags=["Usage"],
                ),
                Touchpoint(
                    id="tp-cible-diagnostic",
                    title="Diagnostic dans l’appli",
                    description="Le client saisit le code erreur ; l’appli propose la "
                                "vérification simple, puis un rappel si elle ne suffit pas.",
                    channel_id="ch-app",
                    interlocutor_id="it-chatbot",
                    emotion=1,
                    criticality=VERY,
                    tags=["SAV", "Digital"],
                ),
                Touchpoint(
                    id="tp-cible-rappel",
                    title="Rappel par un expert",
                    description="Un expert rappelle dans l’heure, la conversation sous les "
                                "yeux : le client n’a rien à répéter.",
                    channel_id="ch-phone",
                    interlocutor_id="it-expert",
                    emotion=3,
                    persona_emotions={GERARD: 3, CAMILLE: 3},
                    moment=WOW,
                    criticality=VERY,
                    persona_criticality={GERARD: VERY, CAMILLE: VERY},
                    tags=["SAV", "Omnicanal"],
                ),
                Touchpoint(
                    id="tp-cible-technicien",
                    title="Visite du technicien",
                    description="Seulement si le diagnostic à distance échoue, sous 48 h, "
                                "avec la pièce probable dans le camion.",
                    channel_id="ch-domicile",
                    interlocutor_id="it-technicien",
                    emotion=2,
                    moment=ESSENTIAL,
                    criticality=VERY,
                    tags=["SAV"],
                ),
                Touchpoint(
                    id="tp-cible-recommandation",
                    title="Recommandation à un proche",
                    description="Le client parraine un proche et reçoit un bon d’achat.",
                    channel_id="ch-social",
                    emotion=2,
                    persona_emotions={YANIS: 3},
                    criticality=LOW,
                    tags=["Recommandation"],
                ),
            ],
        ),
    ]


_TARGET_FLOWS: tuple[tuple[str, str, FlowKind, str], ...] = (
    ("tp-cible-panne", "tp-cible-recherche", NEXT, ""),
    ("tp-cible-recherche", "tp-cible-visio", NEXT, ""),
    ("tp-cible-recherche", "tp-cible-conseil", ALTERNATIVE, "Préfère le magasin"),
    ("tp-cible-visio", "tp-cible-commande", NEXT, ""),
    ("tp-cible-conseil", "tp-cible-commande", NEXT, ""),
    ("tp-cible-commande", "tp-cible-creneau", NEXT, ""),
    ("tp-cible-creneau", "tp-cible-suivi", NEXT, ""),
    ("tp-cible-suivi", "tp-cible-livraison", NEXT, ""),
    ("tp-cible-livraison", "tp-cible-reprise", NEXT, ""),
    ("tp-cible-reprise", "tp-cible-prise-en-main", NEXT, ""),
    ("tp-cible-prise-en-main", "tp-cible-diagnostic", NEXT, "En cas de code erreur"),
    ("tp-cible-diagnostic", "tp-cible-rappel", TRANSFER, "Rappel avec l’historique"),
    ("tp-cible-diagnostic", "tp-cible-recommandation", NEXT, "Réglé en autonomie"),
    ("tp-cible-rappel", "tp-cible-technicien", NEXT, "Si une pièce est à changer"),
    ("tp-cible-rappel", "tp-cible-recommandation", NEXT, "Réglé au téléphone"),
    ("tp-cible-technicien", "tp-cible-recommandation", NEXT, ""),
)


def _target_journey() -> Journey:
    return Journey(
        id=TARGET,
        name="Achat et livraison sans couture",
        kind=JourneyKind.TARGET,
        description="Parcours cible à douze mois : un seul fil de conversation du chat au "
                    "téléphone, des créneaux de 2 h, le livreur suivi en direct et un "
                    "diagnostic guidé dans l’appli. Plus de boucle au serveur vocal.",
        persona_ids=[CAMILLE, GERARD, YANIS],
        improves_journey_id=CURRENT,
        stages=_target_stages(),
        flows=[
            Flow(id=f"fl-c{number:02d}", source_id=source, target_id=target, kind=kind,
                 label=label)
            for number, (source, target, kind, label) in enumerate(_TARGET_FLOWS, start=1)
        ],
        notes=[
            StickyNote(
                id="nt-cible-prestataire",
                text="Renégocier le cahier des charges du prestataire avant l’été.",
                stage_id="st-cible-livraison",
            ),
        ],
    )


# --------------------------------------------------------------------------- improvement loop


def _actions() -> list[Action]:
    return [
        Action(
            id="act-historique-chat",
            description="Transmettre l’historique du chat au conseiller téléphonique",
            irritant_id="ir-chat-sans-historique",
            touchpoint_id="tp-expliquer-chat",
            gap="Le client devrait raconter sa panne une seule fois ; aujourd’hui, 38 % des "
                "chats SAV finissent au téléphone et tout est à refaire.",
            root_cause="Le chat et la téléphonie sont deux outils sans identifiant client "
                       "commun.",
            owner="Directrice de la relation client",
            due_date=_day(6, 30),
            expected_result="L’historique s’affiche à la prise d’appel ; l’escalade chat "
                            "vers téléphone descend à 20 %.",
            kpi="Escalade chat vers téléphone",
            kpi_target=20,
            status=ActionStatus.IN_PROGRESS,
        ),
        Action(
            id="act-rappel-auto",
            description="Rappel automatique quand un appel est coupé pendant un transfert",
            irritant_id="ir-transfert-rate",
            touchpoint_id="tp-transfert-expert",
            gap="Un transfert sur cinq renvoie le client au menu d’accueil.",
            root_cause="Le serveur vocal libère l’appel quand le niveau 2 ne décroche pas "
                       "en 90 secondes.",
            owner="Responsable téléphonie",
            due_date=_day(4, 15),
            expected_result="Moins de 5 % de transferts perdus.",
            kpi="Transferts perdus",
            kpi_target=5,
            status=ActionStatus.DONE,
            completed_on=_day(4, 14),
            profile_ids=[PANNE],
            measured_result="Transferts perdus : de 22 % à 9 % en six semaines. Objectif non "
                            "atteint : le débordement du lundi matin reste à traiter.",
            measured_value=9,
            target_met=False,
        ),
        Action(
            id="act-creneau-2h",
            description="Créneaux de livraison de 2 h, samedi compris",
            irritant_id="ir-creneau-4h",
            touchpoint_id="tp-choix-creneau",
            gap="Les clients actifs doivent poser une demi-journée pour être livrés.",
            root_cause="Tournées planifiées par demi-journée ; le samedi coûte plus cher au "
                       "prestataire.",
            owner="Directeur de la logistique",
            due_date=_day(9, 30),
            expected_result="L’abandon à l’étape créneau passe de 18 % à 10 %.",
            kpi="Abandon à l’étape créneau",
            kpi_target=10,
            status=ActionStatus.PLANNED,
            profile_ids=[CRENEAU],
        ),
        Action(
            id="act-prevenance-48h",
            description="Prévenir de tout report 48 h avant, avec une nouvelle date",
            irritant_id="ir-report-veille",
            touchpoint_id="tp-report-livraison",
            gap="Le report est annoncé la veille au soir, sans solution.",
            root_cause="Le stock est confirmé à l’entrepôt la veille seulement.",
            owner="Responsable planification transport",
            due_date=_day(3, 31),
            expected_result="Moins de 5 % de livraisons reportées la veille.",
            kpi="Livraisons reportées la veille",
            kpi_target=5,
            status=ActionStatus.DONE,
            completed_on=_day(4, 1),
            profile_ids=[SUIVI],
            measured_result="4,2 % en avril, et les réclamations sur la livraison ont "
                            "baissé d’un tiers.",
            measured_value=4.2,
            target_met=True,
        ),
        Action(
            id="act-reprise-sur-place",
            description="Débrancher et vidanger l’ancien appareil sur place, sans supplément",
            irritant_id="ir-reprise-refusee",
            touchpoint_id="tp-reprise-ancien",
            gap="La reprise est vendue comme incluse mais refusée sur place.",
            root_cause="Le contrat du prestataire exclut le débranchement.",
            owner="Acheteuse prestations logistiques",
            due_date=_day(12, 15),
            expected_result="Zéro reprise refusée pour appareil branché.",
            kpi="Reprises refusées",
            kpi_target=0,
            status=ActionStatus.IDEA,
        ),
        Action(
            id="act-filtre-dimensions",
            description="Ajouter un filtre par dimensions sur le site et l’appli",
            irritant_id="ir-filtre-dimensions",
            touchpoint_id="tp-recherche-site",
            gap="Le client ne peut pas savoir quels modèles tiennent dans sa niche.",
            root_cause="Les cotes ne sont pas des champs structurés dans le catalogue.",
            owner="Product owner du site",
            due_date=_day(3, 15),
            expected_result="Un taux de rebond sous 35 % sur la catégorie lave-linge.",
            kpi="Taux de rebond",
            kpi_target=35,
            status=ActionStatus.DONE,
            measured_result="33 % sur les quatre semaines qui ont suivi la mise en ligne.",
            measured_value=33,
            target_met=True,
        ),
        Action(
            id="act-chatbot-codes",
            description="Apprendre au chatbot les trente codes erreur les plus fréquents",
            irritant_id="ir-chatbot-technique",
            touchpoint_id="tp-question-chatbot",
            gap="Le chatbot ne sait répondre qu’aux questions de commande.",
            root_cause="Sa base de réponses n’a jamais intégré la documentation SAV.",
            owner="Responsable du digital",
            due_date=_day(7, 31),
            expected_result="60 % des questions techniques résolues sans conseiller.",
            kpi="Questions techniques résolues par le chatbot",
            kpi_target=60,
            status=ActionStatus.IN_PROGRESS,
        ),
        Action(
            id="act-stock-temps-reel",
            description="Synchroniser le stock en ligne toutes les 15 minutes",
            irritant_id="ir-stock-faux",
            touchpoint_id="tp-comparateur",
            gap="Le site affiche « disponible » des produits épuisés.",
            root_cause="Le stock est envoyé au site une fois par nuit.",
            owner="DSI",
            due_date=_day(5, 31),
            status=ActionStatus.DROPPED,
            measured_result="Abandonnée : reprise dans la refonte de la gestion des stocks "
                            "prévue en 2026.",
        ),
        Action(
            id="act-renfort-lundi",
            description="Renforcer le plateau téléphonique le lundi matin",
            irritant_id="ir-attente-telephone",
            touchpoint_id="tp-appel-sav",
            gap="40 minutes d’attente le lundi, 14 en moyenne.",
            root_cause="Les pannes du week-end arrivent toutes le lundi entre 9 h et 11 h.",
            owner="Responsable du plateau",
            due_date=_day(5, 5),
            expected_result="Temps d’attente moyen sous 5 minutes.",
            kpi="Temps d’attente moyen",
            kpi_target=5,
            status=ActionStatus.PLANNED,
        ),
    ]


# NPS "how likely are you to recommend us?" on the whole current journey (0-10).
_NPS = (9, 10, 3, 7, 8, 5, 9, 2, 10, 6, 8, 4, 9, 7, 0, 8, 10, 6, 9, 5,
        7, 3, 9, 8, 6, 10, 4, 7, 9, 1, 8, 6, 9, 7, 5, 10, 8, 3, 9, 6)
# CSAT on delivery and installation (1-5, satisfied from 4).
_CSAT = (5, 4, 2, 5, 4, 3, 5, 1, 4, 5, 4, 2, 5, 4, 4, 3, 5, 5, 1, 4, 4, 2, 5, 4, 3)
# CES on the call to customer service (1 = a lot of effort … 10 = effortless).
_CES = (3, 2, 5, 4, 1, 6, 3, 2, 7, 4, 3, 2, 5, 1, 4, 3, 6, 2, 8, 3)
# The same question in May and June, once a dropped transfer is called back.
_CES_AFTER = (6, 5, 7, 4, 6, 8, 5, 6, 7, 5, 6, 4, 7, 6, 5, 8)


def _answers() -> list[SurveyAnswer]:
    csat_scale = ScoreScale(low=1, high=5, satisfied_from=4)
    ces_scale = ScoreScale(low=1, high=10, higher_is_better=True)
    answers: list[SurveyAnswer] = []
    for number, value in enumerate(_NPS, start=1):
        segment = FAMILLES if number % 5 == 0 else SENIORS if number % 7 == 0 else None
        answers.append(SurveyAnswer(
            id=f"ans-nps-{number:03d}", scope_id=CURRENT, indicator=SurveyIndicator.NPS,
            value=value, respondent=f"Répondant {number:03d}",
            date=_day(2, 3) + dt.timedelta(days=(number * 3) % 50), segment_id=segment,
        ))
    for number, value in enumerate(_CSAT, start=1):
        segment = FAMILLES if number % 6 == 0 else None
        answers.append(SurveyAnswer(
            id=f"ans-csat-{number:03d}", scope_id="tp-livraison",
            indicator=SurveyIndicator.CSAT, value=value, scale=csat_scale,
            respondent=f"Client livré {number:03d}",
            date=_day(3, 1) + dt.timedelta(days=number % 28), segment_id=segment,
        ))
    for number, value in enumerate(_CES, start=1):
        segment = SENIORS if number % 4 == 0 else None
        answers.append(SurveyAnswer(
            id=f"ans-ces-{number:03d}", scope_id="tp-appel-sav",
            indicator=SurveyIndicator.CES, value=value, scale=ces_scale,
            respondent=f"Appelant {number:03d}",
            date=_day(3, 3) + dt.timedelta(days=number % 25), segment_id=segment,
        ))
    for number, value in enumerate(_CES_AFTER, start=len(_CES) + 1):
        segment = (FAMILLES, SENIORS, None)[number % 3]
        answers.append(SurveyAnswer(
            id=f"ans-ces-{number:03d}", scope_id="tp-appel-sav",
            indicator=SurveyIndicator.CES, value=value, scale=ces_scale,
            respondent=f"Appelant {number:03d}",
            date=_day(5, 5) + dt.timedelta(days=(number * 4) % 55), segment_id=segment,
        ))
    return answers


def _indicator_records() -> list[IndicatorRecord]:
    return [
        IndicatorRecord(
            id="ind-attrition-2024", scope_id=CURRENT, indicator=CountIndicator.CHURN,
            inputs={"customers_at_start": 126_400, "customers_lost": 15_800},
            period="Année 2024", date=_day(1, 15),
        ),
        IndicatorRecord(
            id="ind-resolution-t1", scope_id="st-usage",
            indicator=CountIndicator.RESOLUTION_TIME,
            inputs={"total_resolution_time": 21_570, "requests_resolved": 3_210},
            period="Premier trimestre 2025", date=_day(4, 2),
        ),
        IndicatorRecord(
            id="ind-parrainage-2024", scope_id=CURRENT,
            indicator=CountIndicator.REFERRAL_RATE,
            inputs={"referral_purchases": 1_840, "all_purchases": 15_300},
            period="Année 2024", date=_day(1, 15),
        ),
    ]


_CRITERIA = ("Cognitif", "Émotionnel", "Sociétal", "Fonctionnel")

# Stage -> scores per criterion (None: not assessed), today and as targeted.
_BAROMETER_NOW: dict[str, tuple[float | None, ...]] = {
    "st-besoin": (5, 4, None, 5),
    "st-recherche": (5.5, 6, 5, 6.5),
    "st-choix": (7, 8, 6, 7),
    "st-achat": (7, 6.5, 6, 7.5),
    "st-livraison": (4.5, 3, 5.5, 5),
    "st-usage": (3.5, 2, 4, 4.5),
}
_BAROMETER_TARGET: dict[str, tuple[float | None, ...]] = {
    "st-cible-besoin": (6, 5, None, 6),
    "st-cible-recherche": (8, 7.5, 6, 8),
    "st-cible-choix": (8, 8.5, 7, 8),
    "st-cible-achat": (8.5, 7.5, 7, 8.5),
    "st-cible-livraison": (8, 8.5, 7.5, 8.5),
    "st-cible-usage": (8, 8, 7, 8),
}


def _scorecards() -> list[Scorecard]:
    cards: list[Scorecard] = []
    for name, barometer in (("Baromètre mars 2025", _BAROMETER_NOW),
                            ("Objectif à douze mois", _BAROMETER_TARGET)):
        for stage_id, scores in barometer.items():
            cards.append(Scorecard(
                id=f"sc-{stage_id.removeprefix('st-')}", scope_id=stage_id, name=name,
                scores=[CriterionScore(criterion=criterion, score=score)
                        for criterion, score in zip(_CRITERIA, scores, strict=True)],
            ))
    return cards


def _loose_verbatims() -> list[Verbatim]:
    """Voice-of-the-customer material collected but not yet placed on the map."""
    return [
        Verbatim(
            id="vb-focus-numero-unique",
            text="On aimerait un seul numéro, et que la personne au bout sache déjà qui on "
                 "est et ce qu’on a acheté.",
            source=VerbatimSource.FOCUS_GROUP,
            author="Groupe de parole, familles, Lyon",
            date=_day(2, 20),
            segment_id=FAMILLES,
        ),
        Verbatim(
            id="vb-mail-notice",
            text="La notice est en douze langues, mais le tableau des codes erreur est "
                 "illisible.",
            source=VerbatimSource.ADVISER_EMAIL,
            author="E-mail client transmis par le service client",
            date=_day(3, 19),
        ),
        Verbatim(
            id="vb-enquete-paiement",
            text="Le paiement en trois fois sans frais a fait la différence face au "
                 "concurrent.",
            source=VerbatimSource.SURVEY,
            author="Enquête post-achat, verbatim libre",
            date=_day(3, 4),
            persona_id=YANIS,
        ),
    ]


# --------------------------------------------------------------------------- contacts


def _contact_profiles() -> list[ContactProfile]:
    return [
        ContactProfile(
            id=SUIVI,
            name="Où en est ma livraison ?",
            description="Le client demande quand il sera livré : l’information aurait dû "
                        "lui parvenir sans qu’il la demande.",
            reasons=["Suivi de livraison", "Où est ma commande ?", "Report de livraison"],
            touchpoint_ids=["tp-report-livraison", "tp-livraison"],
            customer_value=1,
            business_value=1,
        ),
        ContactProfile(
            id=CRENEAU,
            name="Créneau de livraison",
            description="Choisir ou changer un créneau : des demi-journées trop larges "
                        "pour qui travaille.",
            reasons=["Créneau de livraison", "Changer de créneau"],
            touchpoint_ids=["tp-choix-creneau"],
            customer_value=2,
            business_value=2,
        ),
        ContactProfile(
            id=PANNE,
            name="Panne et code erreur",
            description="La machine affiche un code ou ne tourne plus : un diagnostic "
                        "rapide évite une visite du technicien.",
            reasons=["Code erreur", "Panne", "Machine en panne"],
            touchpoint_ids=["tp-code-erreur", "tp-expliquer-chat", "tp-appel-sav"],
            customer_value=3,
            business_value=2,
        ),
        ContactProfile(
            id=FACTURE,
            name="Facture et paiement",
            description="Facture introuvable, paiement en plusieurs fois, remboursement.",
            reasons=["Facture", "Paiement en plusieurs fois", "Remboursement"],
            touchpoint_ids=["tp-commande-web"],
            customer_value=2,
            business_value=3,
        ),
        ContactProfile(
            id=REPRISE,
            name="Reprise de l’ancien appareil",
            description="La reprise promise à la commande est refusée à la livraison.",
            reasons=["Reprise ancien appareil", "Reprise refusée"],
            touchpoint_ids=["tp-reprise-ancien"],
            customer_value=3,
            business_value=1,
        ),
    ]


# One stream of contacts from January to June 2025: reason, segment, channel, where
# (a touchpoint, else a stage), contacts per month, minutes per contact (None when not
# timed, as for e-mails) and the % resolved at first contact (None when not known).
_Stream = tuple[str, str | None, str, str, tuple[int, ...], tuple[float, ...] | None,
                tuple[int, ...] | None]
_STREAMS: tuple[_Stream, ...] = (
    ("Suivi de livraison", FAMILLES, "ch-chat", "tp-report-livraison",
     (180, 190, 175, 105, 95, 90), (6.5, 6.5, 6.0, 5.5, 5.5, 5.0), (84, 85, 84, 88, 90, 90)),
    ("Suivi de livraison", SENIORS, "ch-phone", "tp-livraison",
     (150, 160, 150, 100, 90, 85), (9.0, 9.5, 9.0, 8.0, 8.0, 7.5), (78, 80, 79, 84, 85, 86)),
    ("Où est ma commande ?", None, "ch-email", "st-livraison",
     (90, 90, 85, 55, 45, 45), None, None),
    ("Créneau de livraison", FAMILLES, "ch-chat", "tp-choix-creneau",
     (70, 75, 80, 72, 78, 74), (5.0, 5.0, 5.5, 5.0, 5.0, 5.0), (90, 91, 90, 90, 89, 90)),
    ("Changer de créneau", SENIORS, "ch-phone", "tp-choix-creneau",
     (30, 28, 32, 30, 29, 31), (7.5, 7.5, 7.0, 7.5, 7.5, 7.0), (94, 95, 95, 94, 96, 95)),
    ("Code erreur", FAMILLES, "ch-chat", "tp-expliquer-chat",
     (120, 130, 125, 118, 96, 90), (14.0, 14.5, 14.0, 13.5, 11.0, 10.5), (44, 45, 46, 48, 55, 57)),
    ("Code erreur", SENIORS, "ch-phone", "tp-appel-sav",
     (110, 105, 115, 108, 80, 74), (18.5, 19.0, 18.0, 17.5, 13.0, 12.5), (52, 55, 54, 56, 64, 66)),
    ("Panne", None, "ch-phone", "tp-appel-sav",
     (40, 42, 38, 40, 30, 28), (16.0, 16.0, 15.5, 15.0, 12.0, 12.0), (50, 48, 50, 52, 60, 61)),
    ("Facture", FAMILLES, "ch-email", "st-achat",
     (35, 30, 38, 33, 36, 34), None, (91, 93, 92, 92, 94, 91)),
    ("Paiement en plusieurs fois", None, "ch-chat", "st-achat",
     (20, 25, 22, 24, 21, 23), (4.0, 4.0, 4.5, 4.0, 4.0, 4.0), (97, 96, 97, 98, 97, 97)),
    ("Reprise ancien appareil", SENIORS, "ch-phone", "tp-reprise-ancien",
     (25, 30, 28, 27, 33, 31), (11.0, 11.0, 11.5, 11.0, 10.5, 11.0), (60, 58, 61, 60, 57, 59)),
    ("Retour produit", FAMILLES, "ch-shop", "st-usage",
     (12, 10, 14, 11, 9, 13), (8.0, 8.0, 8.0, 8.0, 8.0, 8.0), (100, 100, 100, 100, 100, 100)),
)


def _contact_day(month: int, day: int) -> dt.date:
    date = _day(month, day)
    # The contact centre is closed on Sundays: those contacts wait for Monday.
    return date + dt.timedelta(days=1) if date.weekday() == 6 else date


def _contacts() -> list[ContactRecord]:
    """The monthly report of the contact centre: two lines per stream and month.

    The first line holds the contacts resolved at first contact, the second the others,
    on two days that move from stream to stream so that every weekday gets some.
    """
    records: list[ContactRecord] = []
    for index, (reason, segment, channel, where, counts, minutes, rates) in \
            enumerate(_STREAMS, start=1):
        place = {"touchpoint_id": where} if where.startswith("tp-") else {"stage_id": where}
        for month, count in enumerate(counts, start=1):
            solved = count // 2 if rates is None else round(count * rates[month - 1] / 100)
            halves = ((solved, None if rates is None else True, 2 + (index + month) % 12),
                      (count - solved, None if rates is None else False,
                       15 + (index * 3 + month) % 12))
            for half, (number, outcome, day) in enumerate(halves, start=1):
                if number:
                    records.append(ContactRecord(
                        id=f"ct-{index:02d}-{month:02d}-{half}", date=_contact_day(month, day),
                        segment_id=segment, channel_id=channel, reason=reason,
                        resolved=outcome, count=number,
                        duration_minutes=minutes[month - 1] if minutes else None, **place))
    return records


# --------------------------------------------------------------------------- workshop


def _parking_lot() -> list[ParkedQuestion]:
    """The questions the first workshop set aside, one of them answered since."""
    return [
        ParkedQuestion(id="pk-01", text="Qui décide du créneau de livraison proposé en ligne : "
                                        "le magasin ou le transporteur ?",
                       raised_in="Parcours actuel \u203a Livraison et installation"),
        ParkedQuestion(id="pk-02", text="Le chat garde-t-il l’historique quand le client "
                                        "rappelle le service client ?",
                       raised_in="Parcours actuel \u203a Usage et SAV"),
        ParkedQuestion(id="pk-03", text="Combien de clients choisissent le retrait en "
                                        "magasin ?", raised_in="Parcours actuel \u203a Achat",
                       answered=True),
    ]


# --------------------------------------------------------------------------- project


def build_demo_project() -> Project:
    """The demo project, built from the model classes and typeset in French."""
    project = Project(
        title="Achat d’un lave-linge et livraison",
        client="Brunel Électroménager",
        description="Cartographie omnicanale de l’achat d’un lave-linge, du besoin au "
                    "service après-vente : trois personae, le parcours actuel et le parcours "
                    "cible, la voix du client et le plan d’actions qui en découle.",
        language="fr",
        created=_day(3, 4),
        modified=_day(7, 3),
        personas=_personas(),
        segments=_segments(),
        channels=_channels(),
        interlocutors=_interlocutors(),
        journeys=[_current_journey(), _target_journey()],
        verbatims=_loose_verbatims(),
        actions=_actions(),
        answers=_answers(),
        indicator_records=_indicator_records(),
        scorecards=_scorecards(),
        contacts=_contacts(),
        contact_profiles=_contact_profiles(),
        parking_lot=_parking_lot(),
    )
    return Project.model_validate(_typeset(project.model_dump()))


def main(argv: list[str]) -> int:
    """Write the demo to the path given, or to ``parcours-demo.cxd`` next to this script."""
    target = Path(argv[1]) if len(argv) > 1 else DEMO_PATH
    save_project(build_demo_project(), target, backups=0)
    print(f"demo project written to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
