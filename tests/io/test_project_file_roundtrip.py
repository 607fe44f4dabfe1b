"""Random but valid projects survive a trip through the file format unchanged."""

from __future__ import annotations

import itertools
import string
from collections.abc import Callable
from typing import Any, TypeVar

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cxdesigner.io import dumps_project, loads_project
from cxdesigner.model import (
    DEFAULT_SCALES,
    Action,
    ActionStatus,
    Channel,
    CountIndicator,
    CriterionScore,
    Criticality,
    EmployeeMoment,
    Flow,
    FlowKind,
    IndicatorRecord,
    Interlocutor,
    Irritant,
    Journey,
    JourneyKind,
    KpiValue,
    Lane,
    LaneSetting,
    MomentOfTruth,
    Opportunity,
    Persona,
    Pillar,
    Project,
    Scorecard,
    ScoreScale,
    Segment,
    Stage,
    StickyNote,
    SurveyAnswer,
    SurveyIndicator,
    Touchpoint,
    Verbatim,
    VerbatimSource,
)

T = TypeVar("T")
Draw = Callable[[st.SearchStrategy[T]], T]

# Whatever a consultant may type: any character (no lone surrogates: they cannot be
# encoded), with French typography, emojis and other scripts drawn more often.
_FANCY = [*"éèêàçùœŒÉ«»’…—– \u202f\u00a0\n\t\"\\/",
          "😀", "🥐", "👩‍💻", "🇫🇷", "👍🏽", "e\u0301", "中文", "Клиент", "عميل", "עברית", "日本語"]
_PIECES = st.one_of(st.characters(codec="utf-8"), st.sampled_from(_FANCY))


def _texts(min_size: int = 0, max_size: int = 24) -> st.SearchStrategy[str]:
    return st.lists(_PIECES, min_size=min_size, max_size=max_size).map("".join)


_PHRASES = ["Appel au support", "« Trop long ! »", "J’ai dû tout réexpliquer 😤", "Cœur de ville",
            "Livraison en 48 h 📦", "客户旅程", "Обслуживание", "خدمة العملاء", "👩‍💻 + 🇫🇷"]
# Mostly cheap to draw (empty or a ready phrase) so that many examples fit in little time.
TEXT = st.one_of(st.just(""), st.sampled_from(_PHRASES), _texts(max_size=10))
NAME = st.one_of(st.sampled_from(_PHRASES), _texts(1, 10))
NUMBER = st.floats(allow_nan=False, allow_infinity=False)
DATE = st.none() | st.dates()
COLOUR = st.text("0123456789abcdefABCDEF", min_size=6, max_size=6).map(lambda h: f"#{h}")
_ID_PART = st.text(string.ascii_letters + string.digits + "_.:-", min_size=1, max_size=12)


def _some(draw: Draw[Any], items: list[T], most: int = 3) -> list[T]:
    """A few distinct items picked from ``items``."""
    if not items:
        return []
    picked: list[T] = draw(st.lists(st.sampled_from(items), max_size=most, unique=True))
    return picked


def _maybe(draw: Draw[Any], items: list[T]) -> T | None:
    return draw(st.none() | st.sampled_from(items)) if items else None


@st.composite
def projects(draw: Draw[Any]) -> Project:
    """A random project whose every reference points to an entity that exists."""
    counter = itertools.count()

    def new_id() -> str:
        # Unique: the part after the last dot is a number never drawn twice.
        return f"{draw(_ID_PART)}.{next(counter)}"

    segments = [Segment(id=new_id(), name=draw(NAME), description=draw(TEXT),
                        size=draw(st.none() | st.integers(0, 10**9)))
                for _ in range(draw(st.integers(0, 2)))]
    segment_ids = [s.id for s in segments]
    personas = [Persona(id=new_id(), name=draw(NAME), quote=draw(TEXT), description=draw(TEXT),
                        photo_png_base64=draw(st.none() | st.text(string.ascii_letters + "+/=",
                                                                  max_size=20)),
                        needs=draw(st.lists(TEXT, max_size=2)),
                        frustrations=draw(st.lists(TEXT, max_size=2)),
                        segment_id=_maybe(draw, segment_ids), colour=draw(COLOUR))
                for _ in range(draw(st.integers(0, 3)))]
    persona_ids = [p.id for p in personas]
    channels = [Channel(id=new_id(), name=draw(NAME), digital=draw(st.booleans()))
                for _ in range(draw(st.integers(0, 3)))]
    interlocutors = [Interlocutor(id=new_id(), name=draw(NAME), role=draw(TEXT),
                                  human=draw(st.booleans()))
                     for _ in range(draw(st.integers(0, 2)))]

    def verbatim() -> Verbatim:
        return Verbatim(id=new_id(), text=draw(TEXT), source=draw(st.sampled_from(VerbatimSource)),
                        author=draw(TEXT), date=draw(DATE), persona_id=_maybe(draw, persona_ids),
                        segment_id=_maybe(draw, segment_ids),
                        employee_moment=draw(st.none() | st.sampled_from(EmployeeMoment)))

    def touchpoint() -> Touchpoint:
        return Touchpoint(
            id=new_id(), title=draw(NAME), description=draw(TEXT),
            channel_id=_maybe(draw, [c.id for c in channels]),
            interlocutor_id=_maybe(draw, [i.id for i in interlocutors]),
            customer_action=draw(TEXT), thinking=draw(TEXT), feeling=draw(TEXT),
            emotion=draw(st.none() | st.integers(-3, 3)),
            persona_emotions={p: draw(st.integers(-3, 3)) for p in _some(draw, persona_ids)},
            moment=draw(st.sampled_from(MomentOfTruth)),
            criticality=draw(st.none() | st.sampled_from(Criticality)),
            persona_criticality={p: draw(st.sampled_from(Criticality))
                                 for p in _some(draw, persona_ids)},
            verbatims=[verbatim() for _ in range(draw(st.integers(0, 2)))],
            irritants=[Irritant(id=new_id(), text=draw(TEXT), severity=draw(st.integers(1, 4)),
                                pillars=draw(st.lists(st.sampled_from(Pillar), max_size=2)),
                                votes=draw(st.integers(0, 100_000)))
                       for _ in range(draw(st.integers(0, 2)))],
            opportunities=[Opportunity(id=new_id(), text=draw(TEXT),
                                       pillars=draw(st.lists(st.sampled_from(Pillar), max_size=2)),
                                       votes=draw(st.integers(0, 50)))
                           for _ in range(draw(st.integers(0, 1)))],
            kpis=[KpiValue(name=draw(NAME), value=draw(NUMBER), unit=draw(TEXT))
                  for _ in range(draw(st.integers(0, 2)))],
            tags=draw(st.lists(NAME, max_size=2)), notes=draw(TEXT))

    journeys: list[Journey] = []
    for _ in range(draw(st.integers(0, 2))):
        stages = [Stage(id=new_id(), name=draw(NAME), description=draw(TEXT),
                        touchpoints=[touchpoint() for _ in range(draw(st.integers(0, 3)))])
                  for _ in range(draw(st.integers(0, 3)))]
        touchpoint_ids = [tp.id for stage in stages for tp in stage.touchpoints]
        flows = [Flow(id=new_id(), source_id=draw(st.sampled_from(touchpoint_ids)),
                      target_id=draw(st.sampled_from(touchpoint_ids)),
                      kind=draw(st.sampled_from(FlowKind)), label=draw(TEXT))
                 for _ in range(draw(st.integers(0, 4)) if touchpoint_ids else 0)]
        lanes = draw(st.permutations(list(Lane)))[:draw(st.integers(0, len(Lane)))]
        kind = draw(st.sampled_from(JourneyKind))
        currents = [j.id for j in journeys if j.kind is JourneyKind.CURRENT]
        improves = _maybe(draw, currents) if kind is JourneyKind.TARGET else None
        journeys.append(Journey(
            id=new_id(), name=draw(NAME), kind=kind, description=draw(TEXT),
            persona_ids=_some(draw, persona_ids), improves_journey_id=improves, stages=stages,
            flows=flows,
            notes=[StickyNote(id=new_id(), text=draw(TEXT),
                              stage_id=_maybe(draw, [s.id for s in stages]), colour=draw(COLOUR))
                   for _ in range(draw(st.integers(0, 2)))],
            lanes=[LaneSetting(lane=lane, visible=draw(st.booleans())) for lane in lanes]))

    stage_ids = [stage.id for j in journeys for stage in j.stages]
    touchpoint_ids = [tp.id for j in journeys for _, tp in j.touchpoints()]
    irritant_ids = [i.id for j in journeys for _, tp in j.touchpoints() for i in tp.irritants]
    journey_ids = [j.id for j in journeys]
    scopes = journey_ids + stage_ids + touchpoint_ids

    def answer(scope: str) -> SurveyAnswer:
        indicator = draw(st.sampled_from(SurveyIndicator))
        scale = None
        if indicator is SurveyIndicator.NPS:
            scale = draw(st.none() | st.just(ScoreScale(low=0, high=10)))
        elif draw(st.booleans()):
            low = draw(st.integers(-5, 5))
            high = draw(st.integers(low + 1, 10))
            scale = ScoreScale(low=low, high=high, higher_is_better=draw(st.booleans()),
                               satisfied_from=draw(st.none() | st.floats(low, high)))
        bounds = scale or DEFAULT_SCALES[indicator]
        return SurveyAnswer(id=new_id(), scope_id=scope, indicator=indicator,
                            value=draw(st.floats(bounds.low, bounds.high)), scale=scale,
                            respondent=draw(TEXT), date=draw(DATE),
                            segment_id=_maybe(draw, segment_ids))

    return Project(
        title=draw(NAME), client=draw(TEXT), description=draw(TEXT),
        language=draw(st.sampled_from(["fr", "en"])), created=draw(DATE), modified=draw(DATE),
        personas=personas, segments=segments, channels=channels, interlocutors=interlocutors,
        journeys=journeys, verbatims=[verbatim() for _ in range(draw(st.integers(0, 2)))],
        actions=[Action(id=new_id(), description=draw(TEXT),
                        irritant_id=_maybe(draw, irritant_ids),
                        touchpoint_id=_maybe(draw, touchpoint_ids), gap=draw(TEXT),
                        root_cause=draw(TEXT), owner=draw(TEXT), due_date=draw(DATE),
                        expected_result=draw(TEXT), kpi=draw(TEXT),
                        kpi_target=draw(st.none() | NUMBER),
                        status=draw(st.sampled_from(ActionStatus)), measured_result=draw(TEXT),
                        measured_value=draw(st.none() | NUMBER),
                        target_met=draw(st.none() | st.booleans()))
                 for _ in range(draw(st.integers(0, 2)))],
        answers=[answer(scope) for scope in _some(draw, scopes)],
        indicator_records=[IndicatorRecord(id=new_id(), scope_id=scope,
                                           indicator=draw(st.sampled_from(CountIndicator)),
                                           inputs=draw(st.dictionaries(NAME, NUMBER, max_size=3)),
                                           period=draw(TEXT), date=draw(DATE))
                           for scope in _some(draw, scopes, 2)],
        scorecards=[Scorecard(id=new_id(), scope_id=scope, name=draw(TEXT),
                              scores=[CriterionScore(criterion=draw(NAME),
                                                     score=draw(st.none() | st.floats(0, 10)))
                                      for _ in range(draw(st.integers(0, 3)))])
                    for scope in _some(draw, journey_ids + stage_ids, 2)],
    )


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(projects())
def test_random_projects_survive_the_file_format(project: Project) -> None:
    text = dumps_project(project)
    loaded = loads_project(text)
    assert loaded == project
    assert dumps_project(loaded) == text


@settings(max_examples=30, deadline=None)
@given(_texts(max_size=200))
def test_any_text_survives_the_file_format(text: str) -> None:
    project = Project(title=text[:500], description=text,
                      personas=[Persona(id="p", name=text[:50] or "x", needs=[text])])
    assert loads_project(dumps_project(project)) == project
