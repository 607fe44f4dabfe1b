"""Every field of the model accepts what a project may hold and refuses the rest."""

from __future__ import annotations

import datetime as dt
import math
from enum import Enum
from typing import Any, TypeVar

import pytest
from pydantic import ValidationError

from cxdesigner.model import (
    FORMAT_VERSION,
    Action,
    ActionStatus,
    BlueprintItem,
    BlueprintLayer,
    Channel,
    ContactProfile,
    ContactRecord,
    CountIndicator,
    CriterionScore,
    Criticality,
    CxModel,
    EmployeeMoment,
    Entity,
    Evidence,
    Flow,
    FlowKind,
    History,
    IndicatorRecord,
    Interlocutor,
    Irritant,
    Journey,
    JourneyKind,
    KpiValue,
    Lane,
    LaneSetting,
    ListOrder,
    MapImage,
    MergeConflict,
    MomentOfTruth,
    Opportunity,
    ParkedQuestion,
    Persona,
    Pillar,
    Player,
    PointValue,
    Project,
    Scorecard,
    ScoreScale,
    Segment,
    Snapshot,
    SnapshotPiece,
    Stage,
    StickyNote,
    SurveyAnswer,
    SurveyIndicator,
    Touchpoint,
    Verbatim,
    VerbatimSource,
    Wave,
    new_id,
)
from cxdesigner.model.limits import (
    EMOTION_MAX,
    EMOTION_MIN,
    MAX_ID_CHARS,
    MAX_IMAGE_CHARS,
    MAX_IMAGE_SIDE,
    MAX_LIST_ITEMS,
    MAX_NAME_CHARS,
    MAX_PHOTO_CHARS,
    MAX_TEXT_CHARS,
)

# The smallest valid data of every model class.
MINIMAL: dict[type[CxModel], dict[str, Any]] = {
    Project: {"title": "Atelier"},
    Persona: {"name": "Léa"},
    Segment: {"name": "Familles"},
    Channel: {"name": "Téléphone"},
    Interlocutor: {"name": "Conseiller"},
    Journey: {"name": "Achat en ligne"},
    Stage: {"name": "Commande"},
    Touchpoint: {"title": "Appel au support"},
    Verbatim: {"text": "« Trop long ! »"},
    Irritant: {"text": "Attente"},
    Opportunity: {"text": "Rappel automatique"},
    KpiValue: {"name": "Taux d'abandon", "value": 38.0},
    Flow: {"source_id": "a", "target_id": "b"},
    StickyNote: {"text": "À revoir"},
    LaneSetting: {"lane": "emotion"},
    Action: {"description": "Transférer le contexte"},
    SurveyAnswer: {"scope_id": "j", "indicator": "nps", "value": 9},
    ScoreScale: {"low": 1, "high": 5},
    IndicatorRecord: {"scope_id": "j", "indicator": "churn"},
    Scorecard: {"scope_id": "j"},
    CriterionScore: {"criterion": "Cognitif"},
    ContactRecord: {"date": "2025-03-04"},
    ContactProfile: {"name": "Où en est ma livraison ?"},
    MergeConflict: {"kind": "changed"},
    ListOrder: {"key": "touchpoints"},
    History: {},
    SnapshotPiece: {"fields": {}},
    Snapshot: {"name": "Après l’atelier", "taken": "2026-11-24T10:00:00+01:00",
               "state": "0123456789abcdef01234567"},
    BlueprintItem: {"layer": "back_stage", "title": "Préparation", "stage_id": "s"},
    ParkedQuestion: {"text": "Qui fixe le créneau ?"},
    MapImage: {"format": "png", "width": 2, "height": 1, "data": "iVBORw0K"},
    Player: {"name": "Brico Sud"},
    Wave: {"name": "Vague 1", "date": "2025-03-01"},
    PointValue: {"indicator": "NPS", "amount": 120000.0},
}


def _model_classes() -> set[type[CxModel]]:
    found: set[type[CxModel]] = set()
    pending: list[type[CxModel]] = [CxModel]
    while pending:
        cls = pending.pop()
        for sub in cls.__subclasses__():
            if sub.__module__.startswith("cxdesigner.model") and sub not in found:
                found.add(sub)
                pending.append(sub)
    return found - {Entity}


M = TypeVar("M", bound=CxModel)


def _refused(cls: type[CxModel], **changes: Any) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        cls.model_validate({**MINIMAL[cls], **changes})
    return info.value


def _accepted(cls: type[M], **changes: Any) -> M:
    return cls.model_validate({**MINIMAL[cls], **changes})


def _error_types(error: ValidationError) -> set[str]:
    return {details["type"] for details in error.errors()}


def test_every_model_class_has_minimal_data() -> None:
    assert set(MINIMAL) == _model_classes()


@pytest.mark.parametrize("cls", list(MINIMAL), ids=lambda cls: cls.__name__)
def test_minimal_data_is_valid(cls: type[CxModel]) -> None:
    assert isinstance(_accepted(cls), cls)


@pytest.mark.parametrize("cls", list(MINIMAL), ids=lambda cls: cls.__name__)
def test_unknown_fields_are_refused(cls: type[CxModel]) -> None:
    error = _refused(cls, unexpected=1)
    assert "extra_forbidden" in _error_types(error)


def test_assignment_is_validated() -> None:
    touchpoint = Touchpoint(title="Appel")
    with pytest.raises(ValidationError):
        touchpoint.emotion = 5
    with pytest.raises(ValidationError):
        touchpoint.moment = "great"  # type: ignore[assignment]
    touchpoint.emotion = -3
    assert touchpoint.emotion == -3


# --------------------------------------------------------------------------- ids


def test_new_ids_are_unique_32_hex_digits() -> None:
    ids = {new_id() for _ in range(1000)}
    assert len(ids) == 1000
    assert all(len(i) == 32 and int(i, 16) >= 0 for i in ids)
    assert len(Channel(name="x").id) == 32


@pytest.mark.parametrize("value", ["a", "ch-phone", "A.b:c_d-9", "0" * MAX_ID_CHARS, new_id()])
def test_valid_ids(value: str) -> None:
    assert _accepted(Channel, id=value).id == value


@pytest.mark.parametrize("value", ["", "a b", "é", "a/b", "#1", "a\n", "0" * (MAX_ID_CHARS + 1),
                                   "👍", 12, None])
def test_invalid_ids_are_refused(value: object) -> None:
    _refused(Channel, id=value)


@pytest.mark.parametrize(("cls", "field"), [
    (Persona, "segment_id"), (Touchpoint, "channel_id"), (Touchpoint, "interlocutor_id"),
    (Verbatim, "persona_id"), (Verbatim, "segment_id"), (Flow, "source_id"),
    (Flow, "target_id"), (StickyNote, "stage_id"), (Journey, "improves_journey_id"),
    (Action, "irritant_id"), (Action, "touchpoint_id"), (SurveyAnswer, "scope_id"),
    (SurveyAnswer, "segment_id"), (IndicatorRecord, "scope_id"), (Scorecard, "scope_id"),
    (BlueprintItem, "stage_id"), (Touchpoint, "details_journey_id"),
])
def test_references_must_look_like_ids(cls: type[CxModel], field: str) -> None:
    _refused(cls, **{field: "not an id"})
    assert getattr(_accepted(cls, **{field: "ok-1"}), field) == "ok-1"


def test_id_lists_and_keys_must_look_like_ids() -> None:
    _refused(Journey, persona_ids=["p 1"])
    _refused(Touchpoint, persona_emotions={"p 1": 1})
    _refused(Touchpoint, persona_criticality={"p 1": "low"})
    _refused(BlueprintItem, serves_ids=["tp 1"])
    _refused(Irritant, cause_ids=["bp 1"])


def test_a_blueprint_item_serves_each_thing_once() -> None:
    assert _accepted(BlueprintItem, serves_ids=["tp-1", "bp-2"]).serves_ids == ["tp-1", "bp-2"]
    error = _refused(BlueprintItem, serves_ids=["tp-1", "bp-2", "tp-1"])
    assert "lists tp-1 more than once" in str(error)


def test_evidence_is_unset_until_set_by_hand() -> None:
    assert Touchpoint(title="t").evidence is None
    assert Irritant(text="t").evidence is None
    assert Irritant(text="t").cause_ids == []
    assert _accepted(BlueprintItem).owner == ""


# --------------------------------------------------------------------------- emotion


@pytest.mark.parametrize("value", range(EMOTION_MIN, EMOTION_MAX + 1))
def test_emotion_accepts_whole_numbers_from_minus_3_to_3(value: int) -> None:
    assert Touchpoint(title="t", emotion=value).emotion == value
    touchpoint = Touchpoint(title="t", persona_emotions={"p1": value})
    assert touchpoint.persona_emotions == {"p1": value}


@pytest.mark.parametrize("value", [-4, 4, 100, True, False, 1.0, 0.5, "1", "high", [1],
                                   math.nan, math.inf])
def test_emotion_refuses_anything_else(value: object) -> None:
    _refused(Touchpoint, emotion=value)
    _refused(Touchpoint, persona_emotions={"p1": value})


def test_emotion_may_be_unset_but_not_per_persona() -> None:
    assert Touchpoint(title="t").emotion is None
    _refused(Touchpoint, persona_emotions={"p1": None})


# --------------------------------------------------------------------------- enums

ENUM_FIELDS: list[tuple[type[CxModel], str, type[Enum]]] = [
    (Touchpoint, "moment", MomentOfTruth),
    (Touchpoint, "criticality", Criticality),
    (Journey, "kind", JourneyKind),
    (Flow, "kind", FlowKind),
    (Verbatim, "source", VerbatimSource),
    (Verbatim, "employee_moment", EmployeeMoment),
    (Action, "status", ActionStatus),
    (SurveyAnswer, "indicator", SurveyIndicator),
    (IndicatorRecord, "indicator", CountIndicator),
    (LaneSetting, "lane", Lane),
    (BlueprintItem, "layer", BlueprintLayer),
    (Touchpoint, "evidence", Evidence),
    (Irritant, "evidence", Evidence),
]


@pytest.mark.parametrize(("cls", "field", "enum"), ENUM_FIELDS,
                         ids=[f"{c.__name__}.{f}" for c, f, _ in ENUM_FIELDS])
def test_enum_fields_take_their_values_only(cls: type[CxModel], field: str,
                                            enum: type[Enum]) -> None:
    for member in enum:
        value = member.value
        if cls is SurveyAnswer:  # keep the value on the indicator's usual scale
            assert getattr(_accepted(cls, value=5, **{field: value}), field) is member
        else:
            assert getattr(_accepted(cls, **{field: value}), field) is member
    for wrong in ("", "WOW", "Wow ", "autre", 1, None):
        if wrong is None and field in ("criticality", "employee_moment", "evidence"):
            continue  # optional fields
        _refused(cls, **{field: wrong})


def test_enum_values_are_stable_file_words() -> None:
    # These strings are written in files: renaming one needs a migration.
    assert [m.value for m in MomentOfTruth] == ["none", "essential", "critical", "wow"]
    assert [c.value for c in Criticality] == ["low", "sensitive", "very_sensitive"]
    assert [k.value for k in JourneyKind] == ["current", "target"]
    assert [k.value for k in FlowKind] == ["next", "alternative", "back", "transfer"]
    assert [p.value for p in Pillar] == ["integrity", "resolution", "expectations",
                                         "time_and_effort", "personalisation", "empathy"]
    assert [s.value for s in SurveyIndicator] == ["nps", "csat", "ces"]
    assert [layer.value for layer in BlueprintLayer] == ["front_stage", "back_stage", "support"]
    assert [e.value for e in Evidence] == ["hypothesis", "reported", "observed", "measured"]
    assert len(VerbatimSource) == 15 and len(CountIndicator) == 8 and len(Lane) == 11


@pytest.mark.parametrize("cls", [Irritant, Opportunity])
def test_pillars(cls: type[CxModel]) -> None:
    item = _accepted(cls, pillars=["integrity", "empathy"])
    assert item.model_dump()["pillars"] == [Pillar.INTEGRITY, Pillar.EMPATHY]
    _refused(cls, pillars=["speed"])
    _refused(cls, pillars="integrity")


def test_persona_criticality_values() -> None:
    touchpoint = _accepted(Touchpoint, persona_criticality={"p1": "very_sensitive"})
    assert touchpoint.persona_criticality == {"p1": Criticality.VERY_SENSITIVE}
    _refused(Touchpoint, persona_criticality={"p1": "hot"})
    _refused(Touchpoint, persona_criticality={"p1": None})


# --------------------------------------------------------------------------- small integers


@pytest.mark.parametrize("value", [1, 2, 3, 4])
def test_severity_from_1_to_4(value: int) -> None:
    assert Irritant(text="x", severity=value).severity == value


@pytest.mark.parametrize("value", [0, 5, -1, True, 2.0, "2", None])
def test_severity_refuses_anything_else(value: object) -> None:
    _refused(Irritant, severity=value)


@pytest.mark.parametrize("cls", [Irritant, Opportunity])
def test_votes_are_whole_and_not_negative(cls: type[CxModel]) -> None:
    assert _accepted(cls).model_dump()["votes"] == 0
    assert _accepted(cls, votes=100_000).model_dump()["votes"] == 100_000
    for wrong in (-1, 100_001, True, 1.0, "3", None):
        _refused(cls, votes=wrong)


def test_segment_size_is_a_whole_number_from_zero() -> None:
    assert _accepted(Segment, size=0).size == 0
    assert _accepted(Segment).size is None
    for wrong in (-1, True, 1.5, 2.0, "12"):
        _refused(Segment, size=wrong)


# --------------------------------------------------------------------------- colours


@pytest.mark.parametrize("cls", [Persona, StickyNote])
def test_colours_are_hex_rrggbb(cls: type[CxModel]) -> None:
    for good in ("#000000", "#ffe680", "#A0b1C2"):
        assert _accepted(cls, colour=good).model_dump()["colour"] == good
    for wrong in ("red", "#fff", "ffe680", "#ffe68", "#ffe6800", "#gggggg", " #ffe680", None):
        _refused(cls, colour=wrong)


# --------------------------------------------------------------------------- scales and answers


def test_score_scale_low_below_high() -> None:
    assert ScoreScale(low=1, high=7).higher_is_better is True
    error = _refused(ScoreScale, low=5, high=5)
    assert "the scale's low end (5) must be below its high end (5)" in str(error)
    _refused(ScoreScale, low=10, high=0)
    for wrong in (True, 1.0, "1"):
        _refused(ScoreScale, low=wrong)


@pytest.mark.parametrize("threshold", [1, 4, 4.5, 5])
def test_score_scale_threshold_inside(threshold: float) -> None:
    assert ScoreScale(low=1, high=5, satisfied_from=threshold).satisfied_from == threshold


@pytest.mark.parametrize("threshold", [0, 0.99, 5.01, 6, -math.inf, math.nan])
def test_score_scale_threshold_outside_is_refused(threshold: float) -> None:
    _refused(ScoreScale, satisfied_from=threshold)


def test_score_scale_threshold_message() -> None:
    error = _refused(ScoreScale, satisfied_from=6)
    assert "the 'satisfied' threshold (6) must lie within the scale 1-5" in str(error)


@pytest.mark.parametrize(("indicator", "low", "high"), [("nps", 0, 10), ("csat", 1, 5),
                                                       ("ces", 1, 10)])
def test_answer_on_the_usual_scale(indicator: str, low: int, high: int) -> None:
    for value in (low, (low + high) / 2, high):
        answer = _accepted(SurveyAnswer, indicator=indicator, value=value)
        assert answer.effective_scale() == ScoreScale(
            low=low, high=high, satisfied_from=4 if indicator == "csat" else None)
    for value in (low - 1, low - 0.01, high + 0.01, high + 1):
        error = _refused(SurveyAnswer, indicator=indicator, value=value)
        assert f"value {value:g} is outside its scale {low}-{high}" in str(error)


def test_answer_on_its_own_scale() -> None:
    scale: dict[str, Any] = {"low": 1, "high": 7, "higher_is_better": False}
    answer = _accepted(SurveyAnswer, indicator="ces", value=7, scale=scale)
    assert answer.effective_scale() == ScoreScale(**scale)
    _refused(SurveyAnswer, indicator="ces", value=8, scale=scale)
    _refused(SurveyAnswer, indicator="csat", value=0, scale={"low": 0, "high": 0})


def test_nps_is_always_0_to_10() -> None:
    assert _accepted(SurveyAnswer, value=10, scale={"low": 0, "high": 10})
    for scale in ({"low": 1, "high": 10}, {"low": 0, "high": 5}, {"low": 0, "high": 100}):
        error = _refused(SurveyAnswer, value=3, scale=scale)
        assert "an NPS answer is always on the 0-10 scale" in str(error)


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, "neuf", None, True])
def test_answer_value_must_be_a_number(value: object) -> None:
    _refused(SurveyAnswer, value=value)


@pytest.mark.parametrize("value", [0, 0.5, 7, 10, None])
def test_criterion_score_out_of_10(value: float | None) -> None:
    assert CriterionScore(criterion="Cognitif", score=value).score == value


@pytest.mark.parametrize("value", [-0.1, 10.01, 11, math.nan, math.inf, "7"])
def test_criterion_score_outside_0_10_is_refused(value: object) -> None:
    _refused(CriterionScore, score=value)


# --------------------------------------------------------------------------- numbers

FLOAT_FIELDS: list[tuple[type[CxModel], str]] = [
    (KpiValue, "value"), (SurveyAnswer, "value"), (ScoreScale, "satisfied_from"),
    (IndicatorRecord, "inputs"), (CriterionScore, "score"), (Action, "kpi_target"),
    (Action, "measured_value"),
]


@pytest.mark.parametrize(("cls", "field"), FLOAT_FIELDS,
                         ids=[f"{cls.__name__}.{field}" for cls, field in FLOAT_FIELDS])
@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_nan_and_infinity_are_refused_everywhere(cls: type[CxModel], field: str,
                                                 value: float) -> None:
    data = {"clients": value} if field == "inputs" else value
    assert _error_types(_refused(cls, **{field: data})) == {"finite_number"}


def test_kpi_values_are_numbers() -> None:
    assert KpiValue(name="k", value=-2.5, unit="%").value == -2.5
    _refused(KpiValue, value="38 %")
    _refused(KpiValue, value=None)


def test_dates_are_iso_dates() -> None:
    verbatim = _accepted(Verbatim, date="2024-03-15")
    assert verbatim.date == dt.date(2024, 3, 15)
    for wrong in ("15/03/2024", "2024-02-30", "hier"):
        _refused(Verbatim, date=wrong)


# --------------------------------------------------------------------------- pictures


def test_a_picture_may_sit_on_a_card_a_stage_or_a_note() -> None:
    picture = _accepted(MapImage)
    assert (picture.aspect, picture.name) == (2.0, "")
    for cls in (Touchpoint, Stage, StickyNote):
        assert _accepted(cls).image is None
        assert _accepted(cls, image=MINIMAL[MapImage]).image == picture


@pytest.mark.parametrize("changes", [
    {"format": "gif"}, {"width": 0}, {"height": MAX_IMAGE_SIDE + 1}, {"width": 2.0},
    {"width": "2"}, {"data": ""}, {"data": "not base64!"}, {"data": "a" * (MAX_IMAGE_CHARS + 1)},
])
def test_a_picture_is_png_or_jpeg_of_a_sane_size(changes: dict[str, Any]) -> None:
    _refused(MapImage, **changes)


# --------------------------------------------------------------------------- sizes


@pytest.mark.parametrize(("cls", "field", "cap"), [
    (Project, "title", MAX_NAME_CHARS), (Persona, "name", MAX_NAME_CHARS),
    (Touchpoint, "title", MAX_NAME_CHARS), (KpiValue, "unit", MAX_NAME_CHARS),
    (Project, "description", MAX_TEXT_CHARS), (Touchpoint, "description", MAX_TEXT_CHARS),
    (Verbatim, "text", MAX_TEXT_CHARS), (Action, "root_cause", MAX_TEXT_CHARS),
    (BlueprintItem, "title", MAX_NAME_CHARS), (BlueprintItem, "owner", MAX_NAME_CHARS),
    (Persona, "photo_png_base64", MAX_PHOTO_CHARS),
])
def test_strings_are_capped(cls: type[CxModel], field: str, cap: int) -> None:
    assert len(getattr(_accepted(cls, **{field: "é" * cap}), field)) == cap
    error = _refused(cls, **{field: "é" * (cap + 1)})
    assert _error_types(error) == {"string_too_long"}


def test_names_in_lists_are_capped() -> None:
    _refused(Touchpoint, tags=["x" * (MAX_NAME_CHARS + 1)])
    _refused(Persona, needs=["x" * (MAX_TEXT_CHARS + 1)])


@pytest.mark.parametrize(("cls", "field", "item"), [
    (Persona, "needs", "besoin"), (Touchpoint, "tags", "tag"), (Journey, "persona_ids", "p"),
    (Irritant, "pillars", "empathy"),
])
def test_lists_are_capped(cls: type[CxModel], field: str, item: Any) -> None:
    assert len(getattr(_accepted(cls, **{field: [item] * MAX_LIST_ITEMS}), field)) \
        == MAX_LIST_ITEMS
    error = _refused(cls, **{field: [item] * (MAX_LIST_ITEMS + 1)})
    assert _error_types(error) == {"too_long"}


# --------------------------------------------------------------------------- project header


def test_project_header() -> None:
    project = Project(title="Atelier")
    assert (project.format, project.format_version, project.language) == \
        ("cxdesigner-project", FORMAT_VERSION, "fr")
    _refused(Project, format="other")
    _refused(Project, format_version=FORMAT_VERSION + 1)
    _refused(Project, format_version=FORMAT_VERSION - 1)  # older files are migrated first
    _refused(Project, format_version=str(FORMAT_VERSION))
    assert _accepted(Project, language="en").language == "en"
    _refused(Project, language="de")
    _refused(Project, title=None)
    _refused(Project, title=["Atelier"])


def test_required_fields() -> None:
    for cls, data in MINIMAL.items():
        for field in data:
            with pytest.raises(ValidationError) as info:
                cls.model_validate({k: v for k, v in data.items() if k != field})
            assert "missing" in _error_types(info.value), (cls, field)
