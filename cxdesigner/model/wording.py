"""The words the model uses to say where something is and what is wrong with a reference.

English and French side by side, so that a translator finds them in one place. English is
the default language; French follows French typography (« », ’, no-break spaces).
"""

from __future__ import annotations

from typing import Any

NBSP = "\u00a0"

# List key -> what one item is called, in English and in French.
ITEM_NOUNS: dict[str, dict[str, str]] = {
    "journeys": {"en": "journey", "fr": "parcours"},
    "stages": {"en": "stage", "fr": "étape"},
    "touchpoints": {"en": "touchpoint", "fr": "point de contact"},
    "flows": {"en": "flow", "fr": "flux"},
    "notes": {"en": "sticky note", "fr": "post-it"},
    "blueprint": {"en": "blueprint item", "fr": "élément du blueprint"},
    "lanes": {"en": "lane", "fr": "couloir"},
    "personas": {"en": "persona", "fr": "persona"},
    "segments": {"en": "segment", "fr": "segment"},
    "channels": {"en": "channel", "fr": "canal"},
    "interlocutors": {"en": "interlocutor", "fr": "interlocuteur"},
    "verbatims": {"en": "verbatim", "fr": "verbatim"},
    "irritants": {"en": "pain point", "fr": "irritant"},
    "opportunities": {"en": "opportunity", "fr": "opportunité"},
    "kpis": {"en": "KPI", "fr": "KPI"},
    "actions": {"en": "action", "fr": "action"},
    "answers": {"en": "survey answer", "fr": "réponse d’enquête"},
    "indicator_records": {"en": "indicator record", "fr": "relevé d’indicateur"},
    "scorecards": {"en": "scorecard", "fr": "grille d’évaluation"},
    "scores": {"en": "criterion", "fr": "critère"},
    "contacts": {"en": "contact", "fr": "contact"},
    "contact_profiles": {"en": "contact profile", "fr": "profil de contact"},
    "conflicts": {"en": "merge conflict", "fr": "conflit de fusion"},
    "snapshots": {"en": "snapshot", "fr": "instantané"},
    "parking_lot": {"en": "parked question", "fr": "question en suspens"},
    "players": {"en": "player", "fr": "acteur"},
    "waves": {"en": "wave", "fr": "vague"},
    "point_values": {"en": "value of a point", "fr": "valeur d’un point"},
}

FEMININE_IN_FRENCH = frozenset({"stages", "personas", "opportunities", "actions", "answers",
                                "scorecards", "parking_lot", "waves", "point_values"})
"""The lists of :data:`ITEM_NOUNS` whose French noun is feminine (une étape, une persona…)."""


def participle_ending(kind: str | None, language: str) -> str:
    """What a French past participle adds after an item of the list ``kind``: ``e`` for a
    feminine noun (étape ajoutée), nothing otherwise and in English."""
    return "e" if language == "fr" and kind in FEMININE_IN_FRENCH else ""


ITEM_WORD = {"en": "item", "fr": "élément"}
"""An item of a plain list, numbered from 1."""

# Field -> its name as words: in English, and in French with its article.
FIELD_WORDS: dict[str, dict[str, str]] = {
    "channel_id": {"en": "channel", "fr": "le canal"},
    "interlocutor_id": {"en": "interlocutor", "fr": "l’interlocuteur"},
    "persona_id": {"en": "persona", "fr": "la persona"},
    "segment_id": {"en": "segment", "fr": "le segment"},
    "source_id": {"en": "start of the flow", "fr": "le départ du flux"},
    "target_id": {"en": "end of the flow", "fr": "l’arrivée du flux"},
    "stage_id": {"en": "stage", "fr": "l’étape"},
    "scope_id": {"en": "what it is about", "fr": "ce dont il s’agit"},
    "profile_id": {"en": "contact profile", "fr": "le profil de contact"},
    "profile_ids": {"en": "contact profiles", "fr": "les profils de contact"},
    "touchpoint_ids": {"en": "touchpoints", "fr": "les points de contact"},
    "serves_ids": {"en": "what it serves", "fr": "ce qu’il sert"},
    "cause_ids": {"en": "causes behind the scenes", "fr": "les causes en coulisses"},
    "origin_id": {"en": "step it was made from", "fr": "l’étape d’origine"},
    "irritant_id": {"en": "pain point", "fr": "l’irritant"},
    "touchpoint_id": {"en": "touchpoint", "fr": "le point de contact"},
    "improves_journey_id": {"en": "current journey it improves",
                            "fr": "le parcours actuel qu’il améliore"},
    "details_journey_id": {"en": "journey that details it",
                           "fr": "le parcours qui la détaille"},
    "persona_ids": {"en": "personas", "fr": "les personas"},
    "persona_emotions": {"en": "emotion per persona", "fr": "l’émotion par persona"},
    "persona_criticality": {"en": "criticality per persona", "fr": "la criticité par persona"},
    "photo_png_base64": {"en": "photo", "fr": "la photo"},
    "format_version": {"en": "format version", "fr": "la version du format"},
    "customer_action": {"en": "customer action", "fr": "l’action du client"},
    "ends_path": {"en": "end of the path", "fr": "la fin du chemin"},
    # French only: English reads the field name with spaces.
    "emotion": {"fr": "l’émotion"},
    "title": {"fr": "le titre"},
    "name": {"fr": "le nom"},
    "id": {"fr": "l’identifiant"},
    "text": {"fr": "le texte"},
    "description": {"fr": "la description"},
    "kind": {"fr": "le type"},
    "lane": {"fr": "le couloir"},
    "lanes": {"fr": "les couloirs"},
    "colour": {"fr": "la couleur"},
    "date": {"fr": "la date"},
    "quote": {"fr": "la citation"},
    "severity": {"fr": "la gravité"},
    "criticality": {"fr": "la criticité"},
    "status": {"fr": "le statut"},
    "owner": {"fr": "le responsable"},
    "layer": {"fr": "la couche"},
    "evidence": {"fr": "le niveau de preuve"},
    "value": {"fr": "la valeur"},
    "score": {"fr": "la note"},
    "reason": {"fr": "le motif"},
    "language": {"fr": "la langue"},
    "format": {"fr": "le format"},
    "created": {"fr": "la date de création"},
    "modified": {"fr": "la date de modification"},
    "client": {"fr": "le client"},
    "tags": {"fr": "les étiquettes"},
    "needs": {"fr": "les besoins"},
    "goals": {"fr": "les objectifs"},
    "frustrations": {"fr": "les frustrations"},
    "count": {"fr": "le nombre"},
    "due_date": {"fr": "l’échéance"},
    "player_id": {"en": "player", "fr": "l’acteur"},
    "wave_id": {"en": "wave", "fr": "la vague"},
    "assessor": {"fr": "l’évaluateur"},
    "method": {"en": "assessment method", "fr": "la méthode d’évaluation"},
    "source": {"fr": "la source"},
    "indicator": {"fr": "l’indicateur"},
    "amount": {"en": "value of a point", "fr": "la valeur d’un point"},
    "unit": {"fr": "l’unité"},
    "effect": {"fr": "l’effet"},
    "kpi_baseline": {"en": "KPI before the action", "fr": "le KPI avant l’action"},
    "effort_days": {"en": "effort (person-days)", "fr": "l’effort (jours-homme)"},
}

_ARTICLES = ("le ", "la ", "les ", "l’")


def quoted(text: str, language: str = "en") -> str:
    """A name or value between quotes: 'x' in English, « x » in French."""
    return f"«{NBSP}{text}{NBSP}»" if language == "fr" else f"'{text}'"


def flow_name(source: str | None, target: str | None) -> str:
    """A flow named by its ends, wherever changes are listed: ``Panier → Paiement`` (``?``
    for an end that is not there)."""
    return f"{source or '?'} → {target or '?'}"


def field_words(field: str, language: str = "en") -> str:
    """A field name as words (``channel_id`` -> ``channel``; in French ``canal``)."""
    if language == "fr":
        subject = field_subject(field, language)
        return subject.removeprefix(_article(subject))
    return FIELD_WORDS.get(field, {}).get("en", field.replace("_", " "))


def field_subject(field: str, language: str = "en") -> str:
    """A field as the subject of a sentence: ``emotion``; in French ``l’émotion``."""
    if language == "fr":
        return FIELD_WORDS.get(field, {}).get("fr", f"le champ {quoted(field, language)}")
    return field_words(field)


def _article(words: str) -> str:
    return next((article for article in _ARTICLES if words.startswith(article)), "")


# What a reference points to, with its article.
REFERENCE_TARGETS: dict[str, dict[str, str]] = {
    "segment": {"en": "a segment", "fr": "un segment"},
    "persona": {"en": "a persona", "fr": "une persona"},
    "channel": {"en": "a channel", "fr": "un canal"},
    "interlocutor": {"en": "an interlocutor", "fr": "un interlocuteur"},
    "journey": {"en": "a journey", "fr": "un parcours"},
    "touchpoint of this journey": {"en": "a touchpoint of this journey",
                                   "fr": "un point de contact de ce parcours"},
    "stage of this journey": {"en": "a stage of this journey",
                              "fr": "une étape de ce parcours"},
    "blueprint item of this journey": {"en": "a blueprint item of this journey",
                                       "fr": "un élément du blueprint de ce parcours"},
    "touchpoint or blueprint item of this journey": {
        "en": "a touchpoint or blueprint item of this journey",
        "fr": "un point de contact ou un élément du blueprint de ce parcours"},
    "irritant": {"en": "a pain point", "fr": "un irritant"},
    "touchpoint": {"en": "a touchpoint", "fr": "un point de contact"},
    "stage": {"en": "a stage", "fr": "une étape"},
    "journey, stage or touchpoint": {"en": "a journey, stage or touchpoint",
                                     "fr": "un parcours, une étape ou un point de contact"},
    "journey or stage": {"en": "a journey or stage", "fr": "un parcours ou une étape"},
    "contact profile": {"en": "a contact profile", "fr": "un profil de contact"},
    "player": {"en": "a player", "fr": "un acteur"},
    "wave": {"en": "a wave", "fr": "une vague"},
}

# Problem code -> sentence; {name} fields are filled in, names already quoted.
REFERENCE_SENTENCES: dict[str, dict[str, str]] = {
    "duplicate_id": {
        "en": "the id {id} is used more than once",
        "fr": "l’identifiant {id} est utilisé plusieurs fois"},
    "dangling": {
        "en": "points to {what} that does not exist (id {id})",
        "fr": "désigne {what} qui n’existe pas (id {id})"},
    "improver_not_target": {
        "en": "only a target journey can improve another journey",
        "fr": "seul un parcours cible peut améliorer un autre parcours"},
    "improves_itself": {
        "en": "a journey cannot improve itself",
        "fr": "un parcours ne peut pas s’améliorer lui-même"},
    "improves_target": {
        "en": "a target journey improves a current journey, not another target",
        "fr": "un parcours cible améliore un parcours actuel, pas un autre parcours cible"},
    "details_itself": {
        "en": "a step cannot be detailed by its own journey",
        "fr": "une étape ne peut pas être détaillée par son propre parcours"},
    "serves_itself": {
        "en": "a blueprint item cannot serve itself",
        "fr": "un élément du blueprint ne peut pas se servir lui-même"},
    "lane_repeated": {
        "en": "the lane {lane} is listed {count} times",
        "fr": "le couloir {lane} figure {count} fois"},
    "second_client": {
        "en": "only one player can be the client's brand, and {name} already is",
        "fr": "un seul acteur peut être la marque du client, et c’est déjà {name}"},
    "unknown_persona_value": {
        "en": "a value is set for a persona that does not exist (id {id})",
        "fr": "une valeur est donnée pour une persona qui n’existe pas (id {id})"},
}

_QUOTED_PARAMS = {"id", "lane", "name"}


def reference_sentence(code: str, params: dict[str, Any], language: str = "en") -> str:
    """The sentence of a reference problem in ``language``."""
    values = {key: quoted(str(value), language) if key in _QUOTED_PARAMS else value
              for key, value in params.items()}
    if "what" in values:
        values["what"] = REFERENCE_TARGETS[str(values["what"])][language]
    return REFERENCE_SENTENCES[code][language].format(**values)


def _needs(en: str, fr: str) -> dict[str, str]:
    return {"en": en, "fr": fr.replace(" :", f"{NBSP}:")}


# Edit rule -> kind of entity -> sentence; {name} is filled in, already quoted.
EDIT_RULE_SENTENCES: dict[str, dict[str, dict[str, str]]] = {
    "name_required": {
        "touchpoints": _needs("A touchpoint needs a title: type one.",
                              "Un point de contact a besoin d’un titre : tapez-en un."),
        "stages": _needs("A stage needs a name: type one.",
                         "Une étape a besoin d’un nom : tapez-en un."),
        "journeys": _needs("A journey needs a name: type one.",
                           "Un parcours a besoin d’un nom : tapez-en un."),
        "personas": _needs("A persona needs a name: type one.",
                           "Une persona a besoin d’un nom : tapez-en un."),
        "channels": _needs("A channel needs a name: type one.",
                           "Un canal a besoin d’un nom : tapez-en un."),
        "interlocutors": _needs("An interlocutor needs a name: type one.",
                                "Un interlocuteur a besoin d’un nom : tapez-en un."),
        "blueprint": _needs("A blueprint item needs a title: type one.",
                            "Un élément du blueprint a besoin d’un titre : tapez-en un."),
        "notes": _needs("A sticky note needs some text: type it.",
                        "Un post-it a besoin d’un texte : tapez-le."),
        "parking_lot": _needs("A parked question needs some text: type it.",
                              "Une question en suspens a besoin d’un texte : tapez-la."),
        "players": _needs("A player needs a name: type one.",
                          "Un acteur a besoin d’un nom : tapez-en un."),
        "waves": _needs("A wave needs a name: type one.",
                        "Une vague a besoin d’un nom : tapez-en un."),
        "point_values": _needs("The value of a point needs the indicator it is about: type "
                               "its name (NPS, CES…).",
                               "La valeur d’un point a besoin de l’indicateur qu’elle "
                               "concerne : tapez son nom (NPS, CES…)."),
        "project": _needs("The project needs a title: type one.",
                          "Le projet a besoin d’un titre : tapez-en un."),
    },
    "name_taken": {
        "personas": _needs("There is already a persona called {name}: give this one another "
                           "name.",
                           "Il y a déjà une persona nommée {name} : donnez un autre nom à "
                           "celle-ci."),
        "channels": _needs("There is already a channel called {name}: give this one another "
                           "name.",
                           "Il y a déjà un canal nommé {name} : donnez un autre nom à "
                           "celui-ci."),
        "interlocutors": _needs("There is already an interlocutor called {name}: give this "
                                "one another name.",
                                "Il y a déjà un interlocuteur nommé {name} : donnez un autre "
                                "nom à celui-ci."),
        "players": _needs("There is already a player called {name}: give this one another "
                          "name.",
                          "Il y a déjà un acteur nommé {name} : donnez un autre nom à "
                          "celui-ci."),
        "waves": _needs("There is already a wave called {name}: give this one another name.",
                        "Il y a déjà une vague nommée {name} : donnez un autre nom à "
                        "celle-ci."),
        "point_values": _needs("The indicator {name} already has the value of its point: "
                               "change that one.",
                               "L’indicateur {name} a déjà la valeur de son point : "
                               "modifiez celle-là."),
    },
}


def edit_rule_sentence(code: str, kind: str, language: str = "en", name: str = "") -> str:
    """The sentence of an edit the document refuses, for an entity of ``kind``."""
    return EDIT_RULE_SENTENCES[code][kind][language].format(name=quoted(name, language))
