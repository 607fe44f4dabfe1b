"""The words the map itself shows, in French and English: lane names and enum labels come
from :mod:`cxdesigner.vocabulary`, the map's own fixed words ("+3 more", the legend's
headings) are here. The PDF adds its own words on top (:mod:`cxdesigner.export.labels`).
"""

from __future__ import annotations

from enum import StrEnum

from cxdesigner.model import Lane
from cxdesigner.model.project import Language
from cxdesigner.vocabulary import label


def _lane(lane: Lane) -> tuple[str, str]:
    """A lane's name as a heading (of the legend, of the appendix)."""
    return label(lane, "fr"), label(lane, "en")


# key -> (French, English). French uses its own typography: « », ’ and a no-break space
# (U+00A0) before : ; ! ? and inside guillemets.
MAP_WORDS: dict[str, tuple[str, str]] = {
    "legend": ("Légende", "Legend"),
    "moments": _lane(Lane.MOMENTS),
    "criticality": _lane(Lane.CRITICALITY),
    "emotion": _lane(Lane.EMOTION),
    "emotion_neutral": ("neutre (0)", "neutral (0)"),
    "emotion_unset": ("non renseignée\u00a0: interruption", "unset: gap"),
    "emotion_dot": ("un point par point de contact", "one dot per touchpoint"),
    "flows": ("Flux", "Flows"),
    "channel_switch": ("changement de canal", "channel switch"),
    "handoff": ("passage de relais", "hand-off"),
    # The journey's path, for the legend: the link implied from a card to the next one.
    "implied_link": ("mène au suivant", "leads to the next one"),
    "path_ends": ("le parcours s’arrête ici", "the path ends here"),
    "more_items": ("+{n} · voir annexe", "+{n} · see appendix"),
    # The service blueprint.
    "blueprint": ("Blueprint de service", "Service blueprint"),
    "line_interaction": ("Ligne d’interaction", "Line of interaction"),
    "line_visibility": ("Ligne de visibilité", "Line of visibility"),
    "line_internal": ("Ligne d’interaction interne", "Line of internal interaction"),
    "blueprint_arrow": ("sert (passe le travail à)", "serves (hands work to)"),
    "blueprint_handoff": ("passage de relais entre équipes", "hand-off between teams"),
    "failure_point": ("point de défaillance (cause un irritant)",
                      "failure point (causes a pain point)"),
    "blueprint_item": ("élément du blueprint", "blueprint item"),
    "owner": ("responsable", "owner"),
    # Evidence.
    "evidence": ("Niveau de preuve", "Evidence"),
    "hypothesis_hatched": ("hachuré\u00a0: hypothèse à vérifier",
                           "hatched: a hypothesis to check"),
    "more_items_short": ("+{n} autres", "+{n} more"),
    "scope_stage": ("Étape", "Stage"),
    "flow_label": ("libellé du flux", "flow label"),
    "note": ("Note", "Note"),
    "title": ("titre", "title"),
    "description": ("description", "description"),
    "irritant": ("irritant", "pain point"),
    "opportunity": ("opportunité", "opportunity"),
    "verbatim": ("verbatim", "verbatim"),
    # A step detailed by another journey.
    "details": ("Détail\u00a0: {name}", "Details: {name}"),
    "details_page": ("Détail\u00a0: {name}, page {page}", "Details: {name}, page {page}"),
    "details_word": ("détail", "details"),
    "link_cycle": ("liens en boucle\u00a0: rien ne remonte", "links make a cycle: no figures"),
    "irritant_count": ("{n} irritant", "{n} pain point"),
    "irritant_count_many": ("{n} irritants", "{n} pain points"),
    "details_legend": ("détaillée par un autre parcours (émotion moyenne, moments, irritants)",
                       "detailed by another journey (mean emotion, moments, pain points)"),
    "picture": ("image", "picture"),
}

_QUOTED = {("«", "»"), ("“", "”"), ("\"", "\""), ("„", "“"), ("‘", "’")}
"""Opening and closing marks of a text that arrives already quoted."""


class Words:
    """The map's words in one language: ``words["legend"]``, ``words.of(Lane.EMOTION)``."""

    _table: dict[str, tuple[str, str]] = MAP_WORDS

    def __init__(self, language: Language) -> None:
        self.language: Language = language
        self._column = 0 if language == "fr" else 1

    def __getitem__(self, key: str) -> str:
        entry = self._table.get(key) or MAP_WORDS[key]
        return entry[self._column]

    def format(self, key: str, **values: object) -> str:
        """The word ``key`` with ``{name}`` fields filled in."""
        return self[key].format(**values)

    def of(self, value: StrEnum) -> str:
        """The vocabulary's label of an enum value of the model, in this language."""
        return label(value, self.language)

    def quote(self, text: str) -> str:
        """``text`` between quotation marks of the language, unless it is quoted already."""
        stripped = text.strip()
        if len(stripped) > 1 and (stripped[0], stripped[-1]) in _QUOTED:
            return stripped
        return f"«\u00a0{stripped}\u00a0»" if self.language == "fr" else f"“{stripped}”"

    def signed(self, value: float) -> str:
        """An emotion value with its sign: ``+2``, ``0``, ``-1``."""
        return f"+{value:g}" if value > 0 else f"{value:g}"

    def decimal(self, value: float) -> str:
        """A mean emotion, one decimal and its sign: ``+0.8``, ``0.0``, ``-1.5`` (a decimal
        comma in French)."""
        text = f"{value:+.1f}" if round(value, 1) != 0 else "0.0"
        return text.replace(".", ",") if self.language == "fr" else text

    def count(self, key: str, n: int) -> str:
        """``key`` (one) or ``key_many`` (several) with ``{n}`` filled in; French counts 0 and
        1 as one, English only 1."""
        one = n in (0, 1) if self.language == "fr" else n == 1
        return self.format(key if one else f"{key}_many", n=n)
