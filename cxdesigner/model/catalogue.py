"""Ready-made content: the usual channels, the sectors of the journey templates, default texts."""

from __future__ import annotations

import re
import unicodedata
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


class Sector(StrEnum):
    """The sectors the bundled journey templates are grouped by (their folder under
    ``resources/templates``)."""

    GENERAL = "general"
    RETAIL = "retail"
    TELECOM = "telecom"
    BANKING = "banking"
    INSURANCE = "insurance"
    PUBLIC = "public"
    SOFTWARE = "software"
    HOSPITALITY = "hospitality"
    HEALTHCARE = "healthcare"


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


def default_text(what: Literal["touchpoint", "stage", "note", "front_stage", "back_stage",
                               "support"], language: str) -> str:
    """The text a new touchpoint, stage, note or blueprint item (of a layer) starts with, in
    the project's language."""
    french, english = _DEFAULT_TEXTS[what]
    return french if language == "fr" else english


# Words that say a named interlocutor is a machine, or a channel digital, in French and
# English (accents and case aside): a guess for what is created on the fly while typing,
# which the consultant corrects later in the people panel if it is wrong.
_SYSTEM_WORDS = frozenset({
    "chatbot", "bot", "callbot", "voicebot", "robot", "serveur vocal", "svi", "ivr",
    "repondeur", "standard automatique", "menu vocal", "phone menu", "voice menu",
    "assistant virtuel", "virtual assistant", "site", "website", "web", "application",
    "appli", "app", "borne", "kiosk", "kiosque", "automate", "distributeur", "machine",
    "systeme", "system", "ia", "ai", "faq", "selfcare", "self-service", "espace client",
    "portail", "portal", "automatique", "automatic", "automated", "formulaire", "form"})
_DIGITAL_WORDS = frozenset({
    "site", "website", "web", "internet", "en ligne", "online", "application", "appli",
    "app", "chat", "chatbot", "tchat", "email", "e-mail", "courriel", "sms", "mms",
    "reseau social", "social network", "social media", "facebook", "instagram", "linkedin",
    "twitter", "tiktok", "whatsapp", "messenger", "forum", "webstore", "e-commerce",
    "click", "visio", "video", "borne", "kiosk", "kiosque", "qr", "notification", "push",
    "espace client", "portail", "portal"})


def _words(name: str) -> str:
    """``name`` without accents or case, its words separated by single spaces."""
    plain = "".join(char for char in unicodedata.normalize("NFKD", name.casefold())
                    if not unicodedata.combining(char))
    return " ".join(re.findall(r"[\w-]+", plain))


def _says(name: str, words: frozenset[str]) -> bool:
    text = f" {_words(name)} "
    return any(f" {word} " in text for word in words)


def guess_human(name: str) -> bool:
    """Whether an interlocutor called ``name`` is a person: False for a chatbot, a phone
    menu ("serveur vocal", IVR), a website or an application, True otherwise."""
    return not _says(name, _SYSTEM_WORDS)


def guess_digital(name: str) -> bool:
    """Whether a channel called ``name`` is digital: a website, an app, chat, email, SMS,
    a social network…"""
    return _says(name, _DIGITAL_WORDS)
