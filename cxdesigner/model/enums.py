"""The closed vocabularies of the method: moments of truth, criticality, sources, pillars."""

from __future__ import annotations

from enum import StrEnum


class MomentOfTruth(StrEnum):
    """A moment that leaves a lasting emotional imprint ("moment de vérité")."""

    NONE = "none"
    ESSENTIAL = "essential"  # the expected minimum; failing it disappoints strongly
    CRITICAL = "critical"  # disappointing today, causes negative reviews
    WOW = "wow"  # expectation exceeded, builds loyalty


class Criticality(StrEnum):
    """How much commitment and emotion a step carries ("criticité")."""

    LOW = "low"  # "bas / neutre"
    SENSITIVE = "sensitive"  # "sensible"
    VERY_SENSITIVE = "very_sensitive"  # "très sensible"


class JourneyKind(StrEnum):
    """Today's journey ("parcours actuel") or the one designed ("parcours cible")."""

    CURRENT = "current"
    TARGET = "target"


class FlowKind(StrEnum):
    """How the customer moves from one touchpoint to another."""

    NEXT = "next"
    ALTERNATIVE = "alternative"
    BACK = "back"  # a loop: the customer goes back to an earlier step
    TRANSFER = "transfer"  # handed to another channel or interlocutor


class VerbatimSource(StrEnum):
    """Where a verbatim comes from (voice of the customer)."""

    COMPLAINT = "complaint"
    REVIEW = "review"
    SURVEY = "survey"
    USER_TEST = "user_test"
    INTERVIEW = "interview"
    FOCUS_GROUP = "focus_group"
    ADVISER_CALL = "adviser_call"
    ADVISER_EMAIL = "adviser_email"
    ADVISER_CHAT = "adviser_chat"
    SALES_STAFF = "sales_staff"
    MAINTENANCE_STAFF = "maintenance_staff"
    SOCIAL_NETWORK = "social_network"
    FORUM = "forum"
    EMPLOYEE = "employee"
    OTHER = "other"


class EmployeeMoment(StrEnum):
    """An employee's account of a moment: tension or positive."""

    TENSION = "tension"
    POSITIVE = "positive"


class Pillar(StrEnum):
    """The six pillars of customer-experience excellence."""

    INTEGRITY = "integrity"
    RESOLUTION = "resolution"
    EXPECTATIONS = "expectations"
    TIME_AND_EFFORT = "time_and_effort"
    PERSONALISATION = "personalisation"
    EMPATHY = "empathy"


class ActionStatus(StrEnum):
    """Where an action of the improvement loop stands."""

    IDEA = "idea"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class AssessmentMethod(StrEnum):
    """How an assessor scored a player's experience for the sector barometer."""

    MYSTERY_VISIT = "mystery_visit"  # "visite mystère": a visit as an ordinary customer
    LIVING_THE_EXPERIENCE = "living_the_experience"  # "vivre l'expérience": the team tries it
    ROUND_TABLE = "round_table"  # "table ronde clients": customers score it together
    OTHER = "other"


class SurveyIndicator(StrEnum):
    """Indicators computed from individual answers."""

    NPS = "nps"
    CSAT = "csat"
    CES = "ces"


class CountIndicator(StrEnum):
    """Indicators computed from counts and totals rather than answers."""

    CHURN = "churn"
    RETENTION = "retention"
    REFERRAL_RATE = "referral_rate"
    LIFETIME_VALUE = "lifetime_value"
    ACQUISITION_COST = "acquisition_cost"
    RESOLUTION_TIME = "resolution_time"
    LOYALTY_INDEX = "loyalty_index"
    EMPLOYEE_ENGAGEMENT = "employee_engagement"


class BlueprintLayer(StrEnum):
    """A row of the service blueprint, below the customer's lanes, from the customer down."""

    FRONT_STAGE = "front_stage"  # what staff and systems do in view of the customer
    BACK_STAGE = "back_stage"  # what staff do out of the customer's view
    SUPPORT = "support"  # systems, partners and policies the staff rely on


class Evidence(StrEnum):
    """How well a step or a pain point is backed ("niveau de preuve"), weakest first."""

    HYPOTHESIS = "hypothesis"  # the team believes it
    REPORTED = "reported"  # staff say so
    OBSERVED = "observed"  # interviews, user tests, field visits
    MEASURED = "measured"  # survey answers, contact logs, analytics


class Lane(StrEnum):
    """A row of the map; the user shows, hides and orders them."""

    ACTIONS = "actions"
    TOUCHPOINTS = "touchpoints"
    CHANNELS = "channels"
    INTERLOCUTORS = "interlocutors"
    MOMENTS = "moments"
    CRITICALITY = "criticality"
    EMOTION = "emotion"
    VERBATIMS = "verbatims"
    IRRITANTS = "irritants"
    OPPORTUNITIES = "opportunities"
    NOTES = "notes"
