"""What entities and values of a version are called, in a consultant's words (en, fr).

``touchpoint 'Appel au support'``, ``journey 'Achat', stage 'Commande'``, a channel id
read as the channel's name, an emotion as ``+2``, a moment of truth by its label.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import typing
from enum import StrEnum
from typing import Any

from pydantic import BaseModel

from cxdesigner import vocabulary
from cxdesigner.model import Lane
from cxdesigner.model.wording import ITEM_NOUNS, field_words, flow_name, quoted
from cxdesigner.versions.diff import MISSING
from cxdesigner.versions.links import pointer_fields
from cxdesigner.versions.tree import ROOT, FlatProject

# Phrase key -> English and French; {name} fields are filled in.
PHRASES: dict[str, dict[str, str]] = {
    "none": {"en": "(none)", "fr": "(aucun)"},
    "empty": {"en": "(empty)", "fr": "(vide)"},
    "yes": {"en": "yes", "fr": "oui"},
    "no": {"en": "no", "fr": "non"},
    "items": {"en": "{count} items", "fr": "{count} éléments"},
    "image": {"en": "image {digest}", "fr": "image {digest}"},
    "hidden": {"en": "{lane} (hidden)", "fr": "{lane} (masqué)"},
    "project": {"en": "Project", "fr": "Projet"},
    "unnamed": {"en": "{noun} {number}", "fr": "{noun} {number}"},
    "colon": {"en": "{what}: {rest}", "fr": "{what}\u00a0: {rest}"},
}

# A list of the project itself -> its title as a heading.
LIST_TITLES: dict[str, dict[str, str]] = {
    "journeys": {"en": "Journeys", "fr": "Parcours"},
    "personas": {"en": "Personas", "fr": "Personas"},
    "segments": {"en": "Segments", "fr": "Segments"},
    "channels": {"en": "Channels", "fr": "Canaux"},
    "interlocutors": {"en": "Interlocutors", "fr": "Interlocuteurs"},
    "verbatims": {"en": "Voice of the customer", "fr": "Voix du client"},
    "actions": {"en": "Action plan", "fr": "Plan d’actions"},
    "answers": {"en": "Survey answers", "fr": "Réponses d’enquête"},
    "indicator_records": {"en": "Indicator records", "fr": "Relevés d’indicateurs"},
    "scorecards": {"en": "Barometer", "fr": "Baromètre"},
    "contacts": {"en": "Contact log", "fr": "Journal des contacts"},
    "contact_profiles": {"en": "Contact profiles", "fr": "Profils de contact"},
    "conflicts": {"en": "Merge conflicts", "fr": "Conflits de fusion"},
    "snapshots": {"en": "Snapshots", "fr": "Instantanés"},
    "players": {"en": "Players of the sector", "fr": "Acteurs du secteur"},
    "waves": {"en": "Waves of the barometer", "fr": "Vagues du baromètre"},
    "point_values": {"en": "Value of a point", "fr": "Valeur d’un point"},
    "stages": {"en": "Stages", "fr": "Étapes"},
    "touchpoints": {"en": "Touchpoints", "fr": "Points de contact"},
    "flows": {"en": "Flows", "fr": "Flux"},
    "notes": {"en": "Sticky notes", "fr": "Post-it"},
}

NAME_FIELDS = {"journeys": "name", "stages": "name", "touchpoints": "title", "personas": "name",
                "segments": "name", "channels": "name", "interlocutors": "name",
                "contact_profiles": "name", "scorecards": "name", "verbatims": "text",
                "irritants": "text", "opportunities": "text", "notes": "text",
                "actions": "description", "contacts": "reason", "answers": "indicator",
                "indicator_records": "indicator", "conflicts": "kind", "players": "name",
                "waves": "name", "point_values": "indicator"}
_EXCERPT = 50


def phrase(key: str, language: str, **params: Any) -> str:
    """A phrase of :data:`PHRASES` in ``language`` (English for any other)."""
    words = PHRASES[key]
    return words.get(language, words["en"]).format(**params)


def list_title(key: str, language: str) -> str:
    words = LIST_TITLES.get(key)
    return words.get(language, words["en"]) if words else key.replace("_", " ").capitalize()


def noun(key: str, language: str) -> str:
    """What one entity of the list ``key`` is called: ``touchpoint``, ``point de contact``."""
    words = ITEM_NOUNS.get(key)
    return words.get(language, words["en"]) if words else key.removesuffix("s")


def excerpt(text: str, length: int = _EXCERPT) -> str:
    """``text`` on one line, cut to ``length`` characters."""
    line = " ".join(text.split())
    return line if len(line) <= length else line[:length - 1] + "…"


def entity_name(flat: FlatProject, entity_id: str) -> str | None:
    """The name of an entity (a title, a name, a text's start), or None."""
    node = flat.nodes.get(entity_id)
    if node is None:
        return None
    if node.kind == "flows":
        return flow_name(entity_name(flat, node.fields.get("source_id") or ""),
                         entity_name(flat, node.fields.get("target_id") or ""))
    value = node.fields.get(NAME_FIELDS.get(node.kind, "name"))
    if isinstance(value, str) and value.strip():
        return excerpt(value)
    return None


def entity_label(flat: FlatProject, entity_id: str, language: str) -> str:
    """``touchpoint 'Appel au support'``; ``flow 2`` for what has no name."""
    node = flat.nodes.get(entity_id)
    if node is None:
        return quoted(entity_id, language)
    name = entity_name(flat, entity_id)
    if name is None:
        number = flat.orders.get(node.container, [entity_id]).index(entity_id) + 1 \
            if entity_id in flat.orders.get(node.container, []) else 1
        return phrase("unnamed", language, noun=noun(node.kind, language), number=number)
    return f"{noun(node.kind, language)} {quoted(name, language)}"


def location(flat: FlatProject, entity_id: str, language: str,
             include_self: bool = True) -> str:
    """Where an entity is: ``journey 'Achat', stage 'Commande'`` (with itself at the end
    when ``include_self``); the project itself is ``Project``."""
    if entity_id == ROOT or entity_id not in flat.nodes:
        return phrase("project", language)
    chain = list(reversed(flat.ancestors(entity_id)))
    if include_self:
        chain.append(entity_id)
    return ", ".join(entity_label(flat, item, language) for item in chain)


def field_label(field: str, language: str) -> str:
    """A field as words: ``channel``; in French ``canal``."""
    return field_words(field, language)


def _enum_of(model: type[BaseModel], field: str) -> type[StrEnum] | None:
    info = model.model_fields.get(field)
    if info is None:
        return None
    candidates = [info.annotation, *typing.get_args(info.annotation)]
    for candidate in candidates:
        if isinstance(candidate, type) and issubclass(candidate, StrEnum):
            return candidate
    return None


_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def visible(text: str) -> str:
    """``text`` whole, with what cannot be seen made visible, as Python writes strings:
    ``\\t``, ``\\n``, ``\\r``, ``\\u00a0`` for other invisible characters; the spaces
    around it are kept (the quotes around it show them)."""
    return "".join(_ESCAPES.get(char) or (
        f"\\u{ord(char):04x}" if char != " " and (char.isspace() or not char.isprintable())
        else char) for char in text)


def value_text(flat: FlatProject, model: type[BaseModel], field: str, value: Any,
               language: str, full: bool = False) -> str:
    """A field's value as a consultant reads it, names standing for ids; long texts are cut
    unless ``full``."""
    if value is MISSING or value is None:
        return phrase("none", language)
    if isinstance(value, bool):
        return phrase("yes" if value else "no", language)
    enum = _enum_of(model, field)
    if enum is not None and isinstance(value, str):
        try:
            return vocabulary.label(enum(value), language)
        except ValueError:
            return quoted(value, language)
    if field in ("emotion", "persona_emotions") and isinstance(value, int):
        return vocabulary.signed_emotion(value)
    if field in pointer_fields(model):
        ids = value if isinstance(value, list) else [value]
        names = [quoted(entity_name(flat, str(i)) or str(i), language) for i in ids]
        return ", ".join(names) if names else phrase("none", language)
    if field == "image" and isinstance(value, dict):
        return _picture_text(value, language)
    if isinstance(value, dict):
        return _mapping_text(flat, model, field, value, language)
    if isinstance(value, str):
        if field in ("taken", "date", "due_date", "completed_on", "created", "modified"):
            return _date_text(value)
        if field == "photo_png_base64":
            digest = hashlib.sha256(value.encode()).hexdigest()[:8]
            return phrase("image", language, digest=digest)
        shown = excerpt(value, 10**9 if full else _EXCERPT)
        return quoted(shown, language) if value else phrase("empty", language)
    if isinstance(value, list):
        if not value:
            return phrase("none", language)
        if all(isinstance(item, str) for item in value):
            return ", ".join(quoted(excerpt(item, 10**9 if full else _EXCERPT), language)
                             for item in value)
        if all(isinstance(item, dict) for item in value):
            return "; ".join(_record_text(field, item, language) for item in value)
        return phrase("items", language, count=len(value))
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _picture_text(picture: dict[str, Any], language: str) -> str:
    """A picture by its name, size and a short digest of its pixels, never its data."""
    digest = hashlib.sha256(str(picture.get("data", "")).encode()).hexdigest()[:8]
    size = f"{picture.get('width')} \u00d7 {picture.get('height')}"
    name = str(picture.get("name") or "")
    named = f"{quoted(name, language)} " if name else ""
    return f"{named}{size}, {phrase('image', language, digest=digest)}"


def _mapping_text(flat: FlatProject, model: type[BaseModel], field: str,
                  value: dict[str, Any], language: str) -> str:
    if not value:
        return phrase("none", language)
    parts = []
    for key, item in value.items():
        name = entity_name(flat, key) if field.startswith("persona_") else key
        shown = value_text(flat, model, field, item, language) if not isinstance(item, dict) \
            else excerpt(json.dumps(item, ensure_ascii=False))
        parts.append(f"{quoted(name or key, language)} {shown}")
    return ", ".join(parts)


def _record_text(field: str, item: dict[str, Any], language: str) -> str:
    """One item of a list of values (a KPI, a lane, a barometer criterion)."""
    if field == "lanes":
        try:
            lane = vocabulary.label(Lane(str(item.get("lane"))), language)
        except ValueError:
            lane = str(item.get("lane"))
        return lane if item.get("visible", True) else phrase("hidden", language, lane=lane)
    parts = [f"{value:g}" if isinstance(value, float) else str(value)
             for value in item.values() if value not in (None, "")]
    return " ".join(parts)


def _date_text(value: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    if "T" not in value:
        return moment.date().isoformat()
    return moment.strftime("%Y-%m-%d %H:%M")
