"""The vocabulary in the interface language, where a choice may also be "not set" or "none".

Every label of an enum comes from :mod:`cxdesigner.vocabulary`
(:func:`~cxdesigner.interface_language.interface_label`); the few words here belong to
the interface's own choices.
"""

from __future__ import annotations

from enum import StrEnum

from cxdesigner import vocabulary
from cxdesigner.interface_language import interface_label, interface_language
from cxdesigner.ui.i18n import translate

__all__ = ["emotion_label", "interface_label", "language_label", "optional_label",
           "severity_label"]


def optional_label(value: StrEnum | None) -> str:
    """The label of a value that may be unset (a criticality, for instance)."""
    return translate("Labels", "Not set") if value is None else interface_label(value)


def emotion_label(emotion: int | None) -> str:
    """An emotion score with its meaning: ``+2 — positive``."""
    if emotion is None:
        return translate("Labels", "Not set")
    return vocabulary.emotion_label(emotion, interface_language())


def severity_label(severity: int) -> str:
    """A severity with its word: ``3 — serious``."""
    return vocabulary.severity_label(severity, interface_language())


def language_label(language: str) -> str:
    """A language the interface or a project can be in, or the system's."""
    return {
        "fr": translate("Labels", "French"),
        "en": translate("Labels", "English"),
    }.get(language, translate("Labels", "System language"))
