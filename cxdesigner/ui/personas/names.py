"""Gentle reminders about a persona's name: not a job function, not a segment."""

from __future__ import annotations

import re
from collections.abc import Sequence

from cxdesigner.model import Segment
from cxdesigner.model.text import fold
from cxdesigner.ui.i18n import translate

JOB_WORDS = frozenset({
    # French, folded (no accents, lower case), singular and plural.
    "conseiller", "conseillere", "conseillers", "responsable", "responsables", "manager",
    "managers", "directeur", "directrice", "directeurs", "agent", "agents", "chef", "cheffe",
    "gestionnaire", "vendeur", "vendeuse", "vendeurs", "technicien", "technicienne",
    "commercial", "commerciale", "charge", "chargee", "assistant", "assistante", "employe",
    "employee", "operateur", "operatrice", "superviseur", "superviseuse", "acheteur",
    "acheteuse", "comptable", "coordinateur", "coordinatrice", "teleconseiller",
    "teleconseillere", "livreur", "livreuse", "caissier", "caissiere", "standardiste",
    # English.
    "director", "officer", "adviser", "advisor", "advisors", "clerk", "executive",
    "supervisor", "coordinator", "representative", "rep", "salesperson", "cashier",
    "technician", "head", "vp", "ceo", "cfo", "cio", "cto",
})
"""Words that name a function in a company rather than a customer."""

_WORD = re.compile(r"\w+")


def job_word(name: str) -> str | None:
    """The word of ``name`` that looks like a job title, as written, or None."""
    for match in _WORD.finditer(name):
        if fold(match.group()) in JOB_WORDS:
            return match.group()
    return None


def same_segment(name: str, segments: Sequence[Segment]) -> Segment | None:
    """The segment whose name is ``name`` (case, accents and spacing aside), if any."""
    key = fold(name)
    if not key:
        return None
    return next((segment for segment in segments if fold(segment.name) == key), None)


def name_warning(name: str, segments: Sequence[Segment]) -> str:
    """A reminder to show under the name field; empty when the name looks like a customer's."""
    segment = same_segment(name, segments)
    if segment is not None:
        return translate(
            "Personas", "“%1” is the name of a segment. A segment groups many customers; a "
                        "persona is one imaginary customer in it: give them a first name and "
                        "what drives them, and pick the segment below.").replace(
            "%1", segment.name)
    word = job_word(name)
    if word is not None:
        return translate(
            "Personas", "“%1” sounds like a job title. A persona is an imaginary customer, "
                        "not a function in the company: describe who they are (e.g. “Camille, "
                        "busy mum”) and put the people the customer deals with under "
                        "Interlocutors.").replace("%1", word)
    return ""
