"""The fixed words printed on a PDF, in French and English ("Assembly plan", "Owner"…).

They extend the map's own words (:mod:`cxdesigner.drawing.words`); the labels of the
model's enums come from :mod:`cxdesigner.vocabulary`.
"""

from __future__ import annotations

import datetime as dt

from cxdesigner.analysis.survey import score_digits
from cxdesigner.drawing.words import Words
from cxdesigner.model import Lane
from cxdesigner.vocabulary import label


def _lane(lane: Lane) -> tuple[str, str]:
    """A lane's name as a heading (of the appendix)."""
    return label(lane, "fr"), label(lane, "en")


# key -> (French, English). French uses its own typography: « », ’ and a no-break space
# (U+00A0) before : ; ! ? and inside guillemets.
_WORDS: dict[str, tuple[str, str]] = {
    "app": ("CX Designer", "CX Designer"),
    "map_subject": ("Carte du parcours client", "Customer journey map"),
    "project": ("Projet", "Project"),
    "client": ("Client", "Client"),
    "journey": ("Parcours", "Journey"),
    "persona": ("Persona", "Persona"),
    "date": ("Date", "Date"),
    "no_persona": ("tous", "all"),
    "page": ("page", "page"),
    "continued": ("(suite)", "(continued)"),
    "continued_from": ("suite de la page {n}", "continued from page {n}"),
    "continues_on": ("suite page {n}", "continues on page {n}"),
    "of": ("sur", "of"),
    # tiling
    "assembly": ("Plan d’assemblage", "Assembly plan"),
    "sheet": ("Feuille", "Sheet"),
    "row": ("rangée", "row"),
    "column": ("colonne", "column"),
    "sheets_total": ("{n} feuilles {paper}", "{n} {paper} sheets"),
    "poster_size": ("Affiche de {w} \u00d7 {h} mm à l’échelle {scale}",
                    "Poster of {w} \u00d7 {h} mm at scale {scale}"),
    "ruler": ("Cette barre doit mesurer 100 mm", "This bar must measure 100 mm"),
    "ruler_short": ("doit mesurer 100 mm", "must measure 100 mm"),
    "step_print": ("Imprimez à 100 % («\u00a0taille réelle\u00a0»), sans «\u00a0ajuster à la "
                   "page\u00a0».",
                   "Print at 100 % (“actual size”), never “fit to page”."),
    "step_check": ("Mesurez la barre ci-dessous\u00a0: elle doit faire exactement 100 mm.",
                   "Measure the bar below: it must be exactly 100 mm long."),
    "step_trim": ("Coupez la marge gauche et la marge haute de chaque feuille le long des "
                  "repères.",
                  "Trim the left and top margins of each sheet along the corner marks."),
    "step_glue": ("Posez chaque feuille sur sa voisine de {overlap} mm, les cibles de "
                  "repérage l’une sur l’autre, puis collez.",
                  "Lay each sheet {overlap} mm over its neighbour, targets on targets, then glue."),
    "trim": ("couper", "trim"),
    "step_skipped": ("Les feuilles {sheets} seraient blanches\u00a0: elles ne sont pas "
                     "imprimées, laissez leur place vide.",
                     "Sheets {sheets} would be blank: they are not printed; leave their place "
                     "empty."),
    # sections
    "personas": ("Personas", "Personas"),
    "segment": ("Segment", "Segment"),
    "needs": ("Besoins", "Needs"),
    "usages": ("Usages", "Usages"),
    "behaviours": ("Comportements", "Behaviours"),
    "interactions": ("Interactions avec l’entreprise", "Interactions with the company"),
    "goals": ("Objectifs", "Goals"),
    "frustrations": ("Frustrations", "Frustrations"),
    "actions": ("Plan d’actions", "Action plan"),
    "action": ("Action", "Action"),
    "where": ("Étape / point de contact", "Stage / touchpoint"),
    "gap": ("Écart / irritant", "Gap / pain point"),
    "root_cause": ("Cause racine", "Root cause"),
    "owner": ("Responsable", "Owner"),
    "due": ("Échéance", "Due"),
    "expected": ("Résultat attendu (KPI)", "Expected result (KPI)"),
    "status": ("Statut", "Status"),
    "measured": ("Résultat mesuré", "Measured result"),
    "kpi_target": ("cible", "target"),
    "target_met": ("objectif atteint", "target met"),
    "target_missed": ("objectif manqué", "target missed"),
    "indicators": ("Indicateurs", "Indicators"),
    "scope": ("Périmètre", "Scope"),
    "indicator": ("Indicateur", "Indicator"),
    "score": ("Score", "Score"),
    "answers_n": ("n", "n"),
    "detail": ("Détail", "Detail"),
    "scope_journey": ("Parcours", "Journey"),
    "scope_touchpoint": ("Point de contact", "Touchpoint"),
    "nps_detail": ("promoteurs\u00a0: {p} · passifs\u00a0: {a} · détracteurs\u00a0: {d}",
                   "promoters: {p} · passives: {a} · detractors: {d}"),
    "csat_detail": ("satisfait\u00a0= {t} à {h} sur {l}–{h}", "satisfied = {t} to {h} on {l}–{h}"),
    "ces_detail": ("moyenne sur {l}–{h}, {best}\u00a0= meilleur", "mean on {l}–{h}, {best} = best"),
    "mixed_scales": ("réponses sur des échelles différentes : pas de score commun",
                     "answers on different scales: no common score"),
    "no_threshold": ("l’échelle ne dit pas à partir de quand on est satisfait",
                     "the scale does not say which answers count as satisfied"),
    "small_n": ("peu de réponses", "few answers"),
    # behind the scenes
    "backstage": ("Coulisses et niveaux de preuve", "Behind the scenes and evidence"),
    "stage": ("Étape", "Stage"),
    "teams": ("Équipes impliquées", "Teams involved"),
    "failure_points": ("Points de défaillance", "Failure points"),
    "unsupported": ("Points de contact sans appui en coulisses",
                    "Touchpoints without back-stage support"),
    "no_blueprint": ("Pas de blueprint de service pour ce parcours.",
                     "No service blueprint for this journey."),
    "evidence_levels": ("Points de contact par niveau de preuve",
                        "Touchpoints by level of evidence"),
    "to_check": ("Moments critiques reposant sur des hypothèses, à vérifier en premier",
                 "Critical moments resting on hypotheses, to check first"),
    "no_hypotheses": ("Aucun moment critique ne repose sur une hypothèse.",
                      "No critical moment rests on a hypothesis."),
    "rank": ("N°", "#"),
    "touchpoint": ("Point de contact", "Touchpoint"),
    "worst_pain": ("Pire irritant", "Worst pain point"),
    "no_answers": ("Aucune réponse d’enquête pour ces parcours.",
                   "No survey answers for these journeys."),
    "no_actions": ("Aucune action pour ces parcours.", "No actions for these journeys."),
    "no_personas": ("Aucun persona dans ce projet.", "No persona in this project."),
    "verbatims": _lane(Lane.VERBATIMS),
    "unplaced_verbatims": ("Verbatims non rattachés à un point de contact",
                           "Verbatims not yet on a touchpoint"),
    "no_verbatims": ("Aucun verbatim.", "No verbatims."),
    "elided": ("Textes abrégés sur la carte", "Texts shortened on the map"),
    "elided_intro": ("Texte intégral de ce qui a été coupé («\u00a0…\u00a0») ou n’a pas trouvé "
                     "place sur la carte.",
                     "The full text of what was cut (“…”) or found no room on the map."),
    "severity": ("gravité", "severity"),
}

_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")

class Labels(Words):
    """The PDF's words in one language: ``labels["assembly"]``, ``labels.of(Lane.EMOTION)``,
    and the map's own (:class:`~cxdesigner.drawing.words.Words`)."""

    _table = _WORDS

    def colon(self, key: str) -> str:
        """The label followed by a colon, spaced the French way in French."""
        return f"{self[key]}\u00a0:" if self.language == "fr" else f"{self[key]}:"

    def date(self, day: dt.date) -> str:
        """A date written out: ``3 mars 2025`` / ``3 March 2025``."""
        if self.language == "fr":
            number = "1er" if day.day == 1 else str(day.day)
            return f"{number} {_MONTHS_FR[day.month - 1]} {day.year}"
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"

    def score(self, value: float, signed: bool = False) -> str:
        """An NPS, CSAT or CES as every output reports it (``-7,5``, ``+40``)."""
        text = score_digits(value, signed)
        return text.replace(".", ",") if self.language == "fr" else text

    def number(self, value: float, decimals: int = 0) -> str:
        """A number with the language's decimal separator (``-`` as minus: always printable)."""
        text = f"{value:.{decimals}f}"
        return text.replace(".", ",") if self.language == "fr" else text


def same_name(first: str, second: str) -> bool:
    """Whether two names read the same, whatever their case and spacing."""
    return " ".join(first.casefold().split()) == " ".join(second.casefold().split())


def project_and_journey(project_title: str, journey_name: str) -> str:
    """``Project · Journey`` for a sheet's header; the name once when both are the same."""
    if not project_title.strip() or same_name(project_title, journey_name):
        return journey_name
    return f"{project_title} · {journey_name}"
