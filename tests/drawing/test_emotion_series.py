"""The emotion curve's dots sit at the centres of their cards, on a fresh layout and on a
tracked one after any card added or removed (empty stages included)."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cxdesigner.drawing.emotion import EmotionSeries
from cxdesigner.io import load_project
from cxdesigner.layout import layout_journey
from cxdesigner.layout.incremental import LayoutTracker
from cxdesigner.layout.map_layout import MapLayout
from cxdesigner.model import Journey, Touchpoint

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "parcours-demo.cxd"


def _card_centres(layout: MapLayout, journey: Journey, persona_id: str | None,
                  ) -> tuple[list[float], list[int | None]]:
    """Each card's centre read from its box, with its emotion, in map order."""
    xs: list[float] = []
    values: list[int | None] = []
    for _, touchpoint in journey.touchpoints():
        box = layout.touchpoints[touchpoint.id]
        xs.append(box.card.x + box.card.width / 2)
        values.append(touchpoint.emotion_for(persona_id))
    return xs, values


def _assert_on_cards(layout: MapLayout, journey: Journey, persona_id: str | None) -> None:
    series = EmotionSeries(layout, journey, persona_id)
    assert (series.xs, series.values) == _card_centres(layout, journey, persona_id)


def test_the_dots_of_the_demo_maps_sit_on_their_cards() -> None:
    project = load_project(DEMO)
    for journey in project.journeys:
        for persona_id in (None, *(persona.id for persona in project.personas)):
            _assert_on_cards(layout_journey(journey), journey, persona_id)


@settings(max_examples=20, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_the_dots_follow_cards_added_and_removed_on_a_tracked_layout(seed: int) -> None:
    rng = random.Random(seed)
    journey = load_project(DEMO).journeys[0].model_copy(deep=True)
    tracker = LayoutTracker()
    tracker.update(journey)
    for number in range(30):
        stage = rng.choice(journey.stages)
        if stage.touchpoints and rng.random() < 0.5:
            removed = stage.touchpoints.pop(rng.randrange(len(stage.touchpoints)))
            journey.flows = [flow for flow in journey.flows
                             if removed.id not in (flow.source_id, flow.target_id)]
        else:
            stage.touchpoints.insert(rng.randint(0, len(stage.touchpoints)), Touchpoint(
                id=f"added-{number}", title="Ajout", emotion=rng.choice((None, -3, 0, 2))))
        tracker.update(journey)
        assert tracker.layout is not None
        _assert_on_cards(tracker.layout, journey, None)
