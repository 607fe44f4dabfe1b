"""Ready-made content: the usual channels and the stage templates of the method."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from cxdesigner.model.people import Channel

# (id, French name, English name, digital)
_CHANNELS: tuple[tuple[str, str, str, bool], ...] = (
    ("shop", "Magasin", "Shop", False),
    ("catalogue", "Catalogue", "Catalogue", False),
    ("adviser", "Conseiller", "Adviser", False),
    ("phone", "Téléphone", "Phone", False),
    ("mail", "Courrier", "Post", False),
    ("sms", "SMS", "SMS", True),
    ("website", "Site web", "Website", True),
    ("app", "Application mobile", "Mobile app", True),
    ("chat", "Chat", "Chat", True),
    ("email", "E-mail", "Email", True),
    ("social", "Réseau social", "Social network", True),
    ("click_collect", "Click & collect", "Click & collect", True),
    ("webstore", "Boutique en ligne", "Webstore", True),
    ("delivery", "Livraison / colis", "Parcel delivery", False),
)


def default_channels(language: str) -> list[Channel]:
    """The usual channels, named in ``language`` ("fr" or "en")."""
    french = language == "fr"
    return [
        Channel(id=f"ch-{key}", name=fr if french else en, digital=digital)
        for key, fr, en, digital in _CHANNELS
    ]


class StageTemplate(StrEnum):
    """Ready-made stage sequences."""

    FIVE_AS = "five_as"
    PURCHASE = "purchase"
    SUPPORT = "support"


# Template -> stages as (French, English).
_TEMPLATES: dict[StageTemplate, tuple[tuple[str, str], ...]] = {
    # Kotler's five A's (Marketing 4.0): the path may skip or repeat stages.
    StageTemplate.FIVE_AS: (
        ("Prise de conscience", "Aware"),
        ("Intérêt", "Appeal"),
        ("Questionnement", "Ask"),
        ("Action", "Act"),
        ("Recommandation", "Advocate"),
    ),
    StageTemplate.PURCHASE: (
        ("Apparition du besoin", "Need appears"),
        ("Avant l'achat", "Before purchase"),
        ("Pendant l'achat", "During purchase"),
        ("Après l'achat", "After purchase"),
        ("Usage", "Use"),
    ),
    StageTemplate.SUPPORT: (
        ("Détection du problème", "Detect the problem"),
        ("Recherche d'aide", "Seek help"),
        ("Diagnostic", "Diagnose"),
        ("Résolution", "Resolve"),
        ("Suivi", "Follow-up"),
    ),
}

# What a new touchpoint, stage, sticky note or blueprint item says before the user types:
# (French, English).
_DEFAULT_TEXTS: dict[str, tuple[str, str]] = {
    "touchpoint": ("Nouveau point de contact", "New touchpoint"),
    "stage": ("Nouvelle étape", "New stage"),
    "note": ("Note", "Note"),
    "front_stage": ("Nouvelle action front-office", "New front-stage action"),
    "back_stage": ("Nouvelle action back-office", "New back-stage action"),
    "support": ("Nouveau processus support", "New support process"),
}


def template_stage_names(template: StageTemplate, language: str) -> list[str]:
    """The stage names of ``template`` in ``language`` ("fr" or "en")."""
    column = 0 if language == "fr" else 1
    return [names[column] for names in _TEMPLATES[template]]


def default_text(what: Literal["touchpoint", "stage", "note", "front_stage", "back_stage",
                               "support"], language: str) -> str:
    """The text a new touchpoint, stage, note or blueprint item (of a layer) starts with, in
    the project's language."""
    french, english = _DEFAULT_TEXTS[what]
    return french if language == "fr" else english
