"""The value of a point and what each action is worth, worked out by hand."""

from __future__ import annotations

import pytest
from benchmark_support import EUROS, valued

from cxdesigner.analysis.action_value import (
    action_values,
    by_value_for_effort,
    point_value_for,
    value_totals,
)
from cxdesigner.model import Action, PointValue, Project


def test_each_action_is_valued_from_its_own_inputs() -> None:
    values = {value.action.id: value for value in action_values(valued())}
    # Rappel: (40 - 32) x +1 = 8 points x 120,000 = 960,000; / 20 days = 48,000 a day.
    rappel = values["rappel"]
    assert (rappel.expected_points, rappel.expected_value, rappel.per_day) == (
        8, 960_000, 48_000)
    assert (rappel.obtained_value, rappel.missing) == (None, ("measured",))
    # Dédié ("NPS " is NPS): 3 points = 360,000, 72,000 a day; measured 36: 4 points
    # obtained = 480,000.
    dedie = values["dedie"]
    assert (dedie.expected_value, dedie.per_day, dedie.obtained_points, dedie.obtained_value) \
        == (360_000, 72_000, 4, 480_000)
    # Livraison, lower is better: (3 - 5) x -1 = 2 points x 8,000 = 16,000, 400 a day;
    # measured 4: (4 - 5) x -1 = 1 point = 8,000.
    livraison = values["livraison"]
    assert (livraison.expected_points, livraison.expected_value, livraison.per_day,
            livraison.obtained_value) == (2, 16_000, 400, 8_000)
    # Pire: expected 4 points = 480,000; measured 30: -2 points = -240,000.
    assert (values["pire"].expected_value, values["pire"].obtained_value) == (480_000, -240_000)
    # Nothing is computed from a missing input, and each says what it lacks.
    assert values["retour"].missing == ("baseline", "measured")
    assert values["retour"].expected_value is None and values["retour"].rank is None
    assert values["bot"].missing == ("point_value", "measured")
    assert values["bot"].point is None and values["bot"].expected_value is None
    formation = values["formation"]
    assert (formation.expected_value, formation.per_day, formation.missing) == (
        240_000, None, ("effort", "measured"))
    assert action_values(Project(title="x", actions=[Action(description="a")]))[0].missing \
        == ("kpi", "baseline", "target", "effort", "measured")


def test_ranks_by_value_for_effort_within_a_unit() -> None:
    values = {value.action.id: value for value in action_values(valued())}
    # € / an (and "€ / AN"): dédié 72,000, pire 480,000 / 8 = 60,000, rappel and vitrine
    # (2 points = 240,000 / 5) 48,000 each, livraison 400.
    assert {key: values[key].rank for key in ("dedie", "pire", "rappel", "vitrine",
                                              "livraison")} == {
        "dedie": 1, "pire": 2, "rappel": 3, "vitrine": 3, "livraison": 5}
    # Calls a year: the chat alone, 2 points x 1,500 / 6 = 500 a day.
    assert (values["chat"].per_day, values["chat"].rank) == (500, 1)
    # A dropped action is worked out but never ranked; one without effort has no rank.
    assert (values["sms"].per_day, values["sms"].rank) == (2_400_000, None)
    assert values["formation"].rank is None
    order = [value.action.id for value in by_value_for_effort(action_values(valued()))]
    assert order == ["dedie", "pire", "rappel", "vitrine", "livraison", "chat",
                     "retour", "sms", "bot", "formation"]


def test_totals_expected_obtained_and_still_open() -> None:
    euros, calls = value_totals(action_values(valued()))
    # Expected: 960,000 + 360,000 + 16,000 + 240,000 (formation) + 480,000 + 240,000
    # = 2,296,000 over 6 actions (retour lacks its baseline, sms is dropped).
    assert (euros.unit, euros.expected, euros.expected_n) == (EUROS, 2_296_000, 6)
    # Obtained: 480,000 + 8,000 - 240,000 = 248,000 over 3 measured actions.
    assert (euros.obtained, euros.obtained_n) == (248_000, 3)
    # Still open: rappel, formation and vitrine are not measured: 1,440,000.
    assert (euros.still_open, euros.open_n) == (1_440_000, 3)
    assert (calls.unit, calls.expected, calls.obtained, calls.obtained_n, calls.still_open) \
        == ("appels / an", 3_000, 0, 0, 3_000)


def test_the_value_of_a_point_is_found_by_folded_name() -> None:
    project = valued()
    found = point_value_for(project, " délai (JOURS)")
    assert found is not None and found.id == "pv-delai"
    assert point_value_for(project, "") is None
    assert point_value_for(project, "CSAT") is None


def test_a_point_value_is_worth_something() -> None:
    with pytest.raises(ValueError, match="greater than 0"):
        PointValue(indicator="NPS", amount=0)
    with pytest.raises(ValueError, match="greater than 0"):
        Action(description="x", effort_days=0)
