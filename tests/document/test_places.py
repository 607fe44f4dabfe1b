"""Remembered places: look-ups that skip the scan always agree with a scan."""

from __future__ import annotations

import random

import pytest

from cxdesigner.document.lookup import Places, find_stage, find_touchpoint
from cxdesigner.model import Journey, Stage, Touchpoint


def _journey() -> Journey:
    return Journey(id="j", name="Parcours", stages=[
        Stage(id=f"s{s}", name="Étape", touchpoints=[
            Touchpoint(id=f"t{s}-{i}", title="Point") for i in range(s % 4 * 3)])
        for s in range(9)])


def test_places_agree_with_a_scan_through_any_edit() -> None:
    journey, places, rng = _journey(), Places(), random.Random(5)
    for _ in range(400):
        stages = journey.stages
        ids = [tp.id for _, tp in journey.touchpoints()]
        roll = rng.random()
        if roll < 0.4 and ids:  # move a touchpoint somewhere else
            place = find_touchpoint(journey, rng.choice(ids))
            del place.stage.touchpoints[place.index]
            target = rng.choice(stages)
            target.touchpoints.insert(rng.randint(0, len(target.touchpoints)), place.touchpoint)
        elif roll < 0.6:  # add one
            stage = rng.choice(stages)
            stage.touchpoints.insert(0, Touchpoint(title="Nouveau"))
        elif roll < 0.7 and ids:  # replace one (an edit)
            place = find_touchpoint(journey, rng.choice(ids))
            place.stage.touchpoints[place.index] = place.touchpoint.model_copy(
                update={"title": "Autre"})
        elif roll < 0.85 and len(stages) > 1:  # move a stage
            stages.insert(rng.randrange(len(stages)), stages.pop(rng.randrange(len(stages))))
        elif roll < 0.9 and len(stages) > 1:  # delete a stage
            del stages[rng.randrange(len(stages))]
        else:
            stages.insert(rng.randint(0, len(stages)), Stage(name="Vide"))
        for tp_id in rng.sample(ids, min(5, len(ids))):
            try:
                expected = find_touchpoint(journey, tp_id)
            except KeyError:
                with pytest.raises(KeyError):
                    places.touchpoint(journey, tp_id)
                continue
            assert places.touchpoint(journey, tp_id) == expected
        for stage in rng.sample(journey.stages, min(3, len(journey.stages))):
            assert places.stage(journey, stage.id) == find_stage(journey, stage.id)
    with pytest.raises(KeyError):
        places.stage(journey, "nowhere")
