"""The document's refusals in the language of the interface."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from cxdesigner.document.checks import DocumentRuleError


def interface_language() -> str:
    """``fr`` when the interface is in French, else ``en``.

    The interface follows the default locale: the system's, or the one set with the
    interface language when it differs from the system's.
    """
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def refusal_text(error: DocumentRuleError) -> str:
    """Why the document refused an edit, in the interface's language."""
    return error.message(interface_language())
