"""The interface language, as the installed translation tells it, and the vocabulary in it."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from cxdesigner import vocabulary
from cxdesigner.model.project import Language

translate = QCoreApplication.translate
"""Qt's translate(context, text); always called with a fixed context so that lupdate finds
the strings and subclasses do not lose their translations (unlike QObject.tr())."""


def interface_language() -> Language:
    """``fr`` while the French translation is installed, else ``en`` (the source language).

    The catalogue says which language it is (the idiom of Qt's own QT_LAYOUT_DIRECTION), so
    the vocabulary's labels always agree with the translated words around them.
    """
    code = translate(
        "Language", "en", "The code of this translation's language (fr, de, …): the labels of "
                          "the method's words follow it.")
    return vocabulary.language_of(code)


def interface_label(value: StrEnum) -> str:
    """The vocabulary's label of an enum value of the model, in the interface language."""
    return vocabulary.label(value, interface_language())
