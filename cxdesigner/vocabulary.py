"""The one table of the method's words: every label of the model's enums, in French and English.

The interface, the canvas, the PDF, the CSV files and the command line all take their
labels from here, so that a moment of truth or a lane is called the same everywhere.
French follows its own typography: ’ for the apostrophe and a no-break space (U+00A0)
before : ; ! ? and inside « ». Any language other than French reads English.
"""

from __future__ import annotations

from enum import StrEnum

from cxdesigner.model import (
    ActionStatus,
    AssessmentMethod,
    BlueprintLayer,
    ConflictKind,
    CountIndicator,
    Criticality,
    EmployeeMoment,
    Evidence,
    FlowKind,
    JourneyKind,
    Lane,
    MomentOfTruth,
    Pillar,
    Sector,
    Side,
    SurveyIndicator,
    VerbatimSource,
)
from cxdesigner.model.project import Language

LANGUAGES: tuple[Language, ...] = ("fr", "en")
"""The languages every label is written in."""

NBSP = "\u00a0"
MINUS = "\u2212"

# Enum -> member -> (French, English). A new enum whose values are shown is one more entry.
_LABELS: dict[type[StrEnum], dict[StrEnum, tuple[str, str]]] = {
    MomentOfTruth: {
        MomentOfTruth.NONE: ("Pas un moment de vérité", "Not a moment of truth"),
        MomentOfTruth.ESSENTIAL: ("Essentiel", "Essential"),
        MomentOfTruth.CRITICAL: ("Critique", "Critical"),
        MomentOfTruth.WOW: ("Waouh", "Wow"),
    },
    Criticality: {
        Criticality.LOW: ("Bas / neutre", "Low / neutral"),
        Criticality.SENSITIVE: ("Sensible", "Sensitive"),
        Criticality.VERY_SENSITIVE: ("Très sensible", "Very sensitive"),
    },
    FlowKind: {
        FlowKind.NEXT: ("Étape suivante", "Next step"),
        FlowKind.ALTERNATIVE: ("Alternative", "Alternative"),
        FlowKind.BACK: ("Retour en arrière / boucle", "Going back / loop"),
        FlowKind.TRANSFER: ("Transfert", "Transfer"),
    },
    JourneyKind: {
        JourneyKind.CURRENT: ("Parcours actuel", "Current journey"),
        JourneyKind.TARGET: ("Parcours cible", "Target journey"),
    },
    Lane: {
        Lane.ACTIONS: ("Actions du client", "Customer actions"),
        Lane.TOUCHPOINTS: ("Points de contact", "Touchpoints"),
        Lane.CHANNELS: ("Canaux", "Channels"),
        Lane.INTERLOCUTORS: ("Interlocuteurs", "Interlocutors"),
        Lane.MOMENTS: ("Moments de vérité", "Moments of truth"),
        Lane.CRITICALITY: ("Criticité", "Criticality"),
        Lane.EMOTION: ("Courbe émotionnelle", "Emotion curve"),
        Lane.VERBATIMS: ("Verbatims", "Verbatims"),
        # English-speaking practitioners say "pain points"; French ones say "irritants".
        Lane.IRRITANTS: ("Irritants", "Pain points"),
        Lane.OPPORTUNITIES: ("Opportunités", "Opportunities"),
        Lane.NOTES: ("Notes", "Sticky notes"),
    },
    BlueprintLayer: {
        BlueprintLayer.FRONT_STAGE: ("Front-office", "Front stage"),
        BlueprintLayer.BACK_STAGE: ("Back-office", "Back stage"),
        BlueprintLayer.SUPPORT: ("Processus support", "Support processes"),
    },
    Evidence: {
        Evidence.HYPOTHESIS: ("Hypothèse", "Hypothesis"),
        Evidence.REPORTED: ("Rapporté par les équipes", "Reported by staff"),
        Evidence.OBSERVED: ("Observé", "Observed"),
        Evidence.MEASURED: ("Mesuré", "Measured"),
    },
    VerbatimSource: {
        VerbatimSource.COMPLAINT: ("Réclamation", "Complaint"),
        VerbatimSource.REVIEW: ("Avis publié", "Published review"),
        VerbatimSource.SURVEY: ("Enquête", "Survey"),
        VerbatimSource.USER_TEST: ("Test utilisateur", "User test"),
        VerbatimSource.INTERVIEW: ("Entretien", "Interview"),
        VerbatimSource.FOCUS_GROUP: ("Focus group", "Focus group"),
        VerbatimSource.ADVISER_CALL: (f"Conseiller{NBSP}: appel", "Adviser: call"),
        VerbatimSource.ADVISER_EMAIL: (f"Conseiller{NBSP}: e-mail", "Adviser: email"),
        VerbatimSource.ADVISER_CHAT: (f"Conseiller{NBSP}: chat", "Adviser: chat"),
        VerbatimSource.SALES_STAFF: ("Équipe de vente", "Sales staff"),
        VerbatimSource.MAINTENANCE_STAFF: ("Équipe de maintenance", "Maintenance staff"),
        VerbatimSource.SOCIAL_NETWORK: ("Réseau social", "Social network"),
        VerbatimSource.FORUM: ("Forum", "Forum"),
        VerbatimSource.EMPLOYEE: ("Collaborateur", "Employee"),
        VerbatimSource.OTHER: ("Autre", "Other"),
    },
    EmployeeMoment: {
        EmployeeMoment.TENSION: ("Moment de tension", "Moment of tension"),
        EmployeeMoment.POSITIVE: ("Moment positif", "Positive moment"),
    },
    Pillar: {
        Pillar.INTEGRITY: ("Intégrité", "Integrity"),
        Pillar.RESOLUTION: ("Résolution", "Resolution"),
        Pillar.EXPECTATIONS: ("Attentes", "Expectations"),
        Pillar.TIME_AND_EFFORT: ("Temps et effort", "Time and effort"),
        Pillar.PERSONALISATION: ("Personnalisation", "Personalisation"),
        Pillar.EMPATHY: ("Empathie", "Empathy"),
    },
    ActionStatus: {
        ActionStatus.IDEA: ("Idée", "Idea"),
        ActionStatus.PLANNED: ("Planifiée", "Planned"),
        ActionStatus.IN_PROGRESS: ("En cours", "In progress"),
        ActionStatus.DONE: ("Réalisée", "Done"),
        ActionStatus.DROPPED: ("Abandonnée", "Dropped"),
    },
    AssessmentMethod: {
        AssessmentMethod.MYSTERY_VISIT: ("Visite mystère", "Mystery visit"),
        AssessmentMethod.LIVING_THE_EXPERIENCE: ("Vivre l’expérience", "Living the experience"),
        AssessmentMethod.ROUND_TABLE: ("Table ronde clients", "Customer round table"),
        AssessmentMethod.OTHER: ("Autre", "Other"),
    },
    SurveyIndicator: {
        SurveyIndicator.NPS: ("NPS", "NPS"),
        SurveyIndicator.CSAT: ("CSAT", "CSAT"),
        SurveyIndicator.CES: ("CES", "CES"),
    },
    CountIndicator: {
        CountIndicator.CHURN: ("Taux d’attrition", "Churn rate"),
        CountIndicator.RETENTION: ("Taux de rétention", "Retention rate"),
        CountIndicator.REFERRAL_RATE: ("Taux de recommandation", "Referral rate"),
        CountIndicator.LIFETIME_VALUE: ("Valeur à vie client", "Customer lifetime value"),
        CountIndicator.ACQUISITION_COST: ("Coût d’acquisition client",
                                          "Customer acquisition cost"),
        CountIndicator.RESOLUTION_TIME: ("Temps moyen de résolution", "Average resolution time"),
        CountIndicator.LOYALTY_INDEX: ("Indice de fidélité client", "Customer loyalty index"),
        CountIndicator.EMPLOYEE_ENGAGEMENT: ("Score d’engagement des collaborateurs",
                                             "Employee engagement score"),
    },
    ConflictKind: {
        ConflictKind.CHANGED: ("Modifié des deux côtés", "Changed on both sides"),
        ConflictKind.REMOVED: ("Supprimé d’un côté, modifié de l’autre",
                               "Removed on one side, changed on the other"),
        ConflictKind.MOVED: ("Déplacé des deux côtés", "Moved on both sides"),
        ConflictKind.ORDER: ("Ordre différent", "Different order"),
    },
    Side: {
        Side.OURS: ("Notre version", "Ours"),
        Side.THEIRS: ("Leur version", "Theirs"),
    },
    Sector: {
        Sector.GENERAL: ("Généraliste", "General"),
        Sector.RETAIL: ("Commerce", "Retail"),
        Sector.TELECOM: ("Télécoms", "Telecoms"),
        Sector.BANKING: ("Banque", "Banking"),
        Sector.INSURANCE: ("Assurance", "Insurance"),
        Sector.PUBLIC: ("Service public", "Public service"),
        Sector.SOFTWARE: ("Logiciel B2B", "B2B software"),
        Sector.HOSPITALITY: ("Hôtellerie", "Hospitality"),
        Sector.HEALTHCARE: ("Santé", "Healthcare"),
    },
}

COVERED: tuple[type[StrEnum], ...] = tuple(_LABELS)
"""The enums this table names, every member of each."""

# The kind of a journey in one word, as a marker beside its name: "Achat (cible)".
_JOURNEY_KIND_WORDS: dict[JourneyKind, tuple[str, str]] = {
    JourneyKind.CURRENT: ("actuel", "current"),
    JourneyKind.TARGET: ("cible", "target"),
}

SEVERITIES = (1, 2, 3, 4)
"""An irritant's severity, from minor to blocking."""

_SEVERITY_WORDS: dict[int, tuple[str, str]] = {
    1: ("mineur", "minor"),
    2: ("gênant", "annoying"),
    3: ("grave", "serious"),
    4: ("bloquant", "blocking"),
}

_EMOTION_WORDS: dict[int, tuple[str, str]] = {
    -3: ("très négative", "very negative"),
    -2: ("négative", "negative"),
    -1: ("plutôt négative", "slightly negative"),
    0: ("neutre", "neutral"),
    1: ("plutôt positive", "slightly positive"),
    2: ("positive", "positive"),
    3: ("très positive", "very positive"),
}


def language_of(code: str) -> Language:
    """``fr`` for French, ``en`` for anything else."""
    return "fr" if code == "fr" else "en"


def _pick(words: tuple[str, str], language: str) -> str:
    return words[0] if language == "fr" else words[1]


def label(value: StrEnum, language: str) -> str:
    """The label of an enum value of the model in ``language``: ``Waouh``, ``Pain points``.

    Raises:
        KeyError: ``value`` belongs to an enum the vocabulary does not name.
    """
    return _pick(_LABELS[type(value)][value], language)


def journey_kind_word(kind: JourneyKind, language: str) -> str:
    """The kind of a journey in one lower-case word: ``cible``, ``target``."""
    return _pick(_JOURNEY_KIND_WORDS[kind], language)


def employee_source_label(moment: EmployeeMoment, language: str) -> str:
    """An employee's account as a source: ``Employee: moment of tension``."""
    said = label(moment, language)
    colon = f"{NBSP}:" if language == "fr" else ":"
    return f"{label(VerbatimSource.EMPLOYEE, language)}{colon} {said[0].lower()}{said[1:]}"


def severity_label(severity: int, language: str) -> str:
    """A severity with its word: ``3 — serious``."""
    return f"{severity} \u2014 {_pick(_SEVERITY_WORDS[severity], language)}"


def emotion_word(emotion: int, language: str) -> str:
    """What an emotion score means: ``slightly negative``."""
    return _pick(_EMOTION_WORDS[emotion], language)


def signed_emotion(emotion: int) -> str:
    """An emotion score with its sign, a true minus for negatives: ``+2``, ``0``, ``\u22121``."""
    sign = "+" if emotion > 0 else (MINUS if emotion < 0 else "")
    return f"{sign}{abs(emotion)}"


def emotion_label(emotion: int, language: str) -> str:
    """An emotion score and its meaning: ``\u22121 — slightly negative``."""
    return f"{signed_emotion(emotion)} \u2014 {emotion_word(emotion, language)}"
