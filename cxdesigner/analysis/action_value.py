"""The value of a point, and what each action is worth: expected, obtained, still open.

Mapping gives contact profiles a value (step 4) and then acts and measures (step 5); a
project may also state what one point of an indicator is worth
(:class:`~cxdesigner.model.PointValue`: one NPS point = 0.4 % more re-purchase =
120,000 € a year), and every action whose KPI is that indicator is then valued.

Definitions, as the numbers are meant to be checked by hand:

- an action's **value of a point**: the one stated for its KPI (names compared folded:
  case, accents and spacing aside); **direction**: +1 when the indicator is better
  higher, -1 when it is better lower (a point gained is then the indicator going down).
- **expected points** = (KPI target - KPI before the action) x direction;
  **expected value** = expected points x value of a point.
- **obtained points** = (measured value - KPI before the action) x direction;
  **obtained value** = obtained points x value of a point (negative when the indicator
  moved the wrong way).
- **value for effort** = expected value / effort in person-days.
- **rank**: by value for effort, highest first, among the actions not dropped whose value
  is in the same unit (units are compared folded); equal values share a rank and the next
  rank is skipped.
- **totals**, per unit, over the actions not dropped: *expected* is the sum of their
  expected values; *obtained* the sum of their obtained values; *still open* the sum of
  the expected values of those not measured yet.
- No figure is computed from a missing input: each action says what it lacks
  (:data:`MISSING` keys) and is left out of the totals that need it. Dropped actions
  count in no total and have no rank.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cxdesigner.model import Action, ActionStatus, PointValue, Project
from cxdesigner.model.text import fold

MISSING = ("kpi", "point_value", "baseline", "target", "effort", "measured")
"""What an action may lack, in the order it is said: its KPI, a value of a point for that
KPI, the KPI before the action, its target, its effort, a measured value."""

_TIE_DIGITS = 9


@dataclass(frozen=True)
class ActionValue:
    """What one action is worth (see the module's definitions).

    Attributes:
        action: the action.
        point: the value of a point of its KPI; None when none is stated.
        expected_points, expected_value, obtained_points, obtained_value, per_day: the
            figures; None when an input is missing.
        rank: by value for effort among the actions of the same unit; None without one.
        missing: what it lacks, as :data:`MISSING` keys.
    """

    action: Action
    point: PointValue | None
    expected_points: float | None
    expected_value: float | None
    obtained_points: float | None
    obtained_value: float | None
    per_day: float | None
    rank: int | None
    missing: tuple[str, ...]

    @property
    def counted(self) -> bool:
        """Whether it counts in the totals (dropped actions do not)."""
        return self.action.status is not ActionStatus.DROPPED

    @property
    def unit_key(self) -> str | None:
        return fold(self.point.unit) if self.point is not None else None


@dataclass(frozen=True)
class ValueTotal:
    """The totals of one unit over the actions not dropped.

    Attributes:
        unit: as the first value of a point in this unit writes it.
        expected: the sum of the expected values; ``expected_n`` actions add to it.
        obtained: the sum of the obtained values; ``obtained_n`` actions add to it.
        still_open: the expected value of the actions not measured yet (``open_n``).
    """

    unit: str
    expected: float
    expected_n: int
    obtained: float
    obtained_n: int
    still_open: float
    open_n: int


def point_value_for(project: Project, kpi: str) -> PointValue | None:
    """The value of a point stated for the indicator ``kpi`` (folded names), if any."""
    key = fold(kpi)
    if not key:
        return None
    return next((value for value in project.point_values if fold(value.indicator) == key),
                None)


def _value(project: Project, action: Action) -> ActionValue:
    point = point_value_for(project, action.kpi)
    missing = []
    if not action.kpi.strip():
        missing.append("kpi")
    elif point is None:
        missing.append("point_value")
    baseline = action.kpi_baseline
    if baseline is None:
        missing.append("baseline")
    if action.kpi_target is None:
        missing.append("target")
    if action.effort_days is None:
        missing.append("effort")
    if action.measured_value is None:
        missing.append("measured")
    expected_points = expected = obtained_points = obtained = per_day = None
    if point is not None and baseline is not None:
        direction = 1 if point.higher_is_better else -1
        if action.kpi_target is not None:
            expected_points = (action.kpi_target - baseline) * direction
            expected = expected_points * point.amount
            if action.effort_days is not None:
                per_day = expected / action.effort_days
        if action.measured_value is not None:
            obtained_points = (action.measured_value - baseline) * direction
            obtained = obtained_points * point.amount
    return ActionValue(action, point, expected_points, expected, obtained_points, obtained,
                       per_day, None, tuple(missing))


def _ranked(values: list[ActionValue]) -> list[ActionValue]:
    ranked: list[ActionValue] = []
    for value in values:
        rank = None
        if value.counted and value.per_day is not None:
            mine = round(value.per_day, _TIE_DIGITS)
            rank = 1 + sum(1 for other in values
                           if other.counted and other.per_day is not None
                           and other.unit_key == value.unit_key
                           and round(other.per_day, _TIE_DIGITS) > mine)
        ranked.append(ActionValue(value.action, value.point, value.expected_points,
                                  value.expected_value, value.obtained_points,
                                  value.obtained_value, value.per_day, rank, value.missing))
    return ranked


def action_values(project: Project, actions: Sequence[Action] | None = None) -> list[ActionValue]:
    """What each action is worth, in the order given (every action of the project: None);
    ranks are among the actions given."""
    chosen = project.actions if actions is None else actions
    return _ranked([_value(project, action) for action in chosen])


def by_value_for_effort(values: Sequence[ActionValue]) -> list[ActionValue]:
    """The ranked actions first, best rank first (units in the order they first come among
    them), then the others in their order."""
    units: dict[str | None, int] = {}
    for value in values:
        if value.rank is not None:
            units.setdefault(value.unit_key, len(units))
    ranked = sorted((value for value in values if value.rank is not None),
                    key=lambda value: (units[value.unit_key], value.rank or 0))
    return ranked + [value for value in values if value.rank is None]


def value_totals(values: Sequence[ActionValue]) -> list[ValueTotal]:
    """The totals per unit, units in the order they first come among ``values``."""
    groups: dict[str, list[ActionValue]] = {}
    units: dict[str, str] = {}
    for value in values:
        if value.point is None or not value.counted:
            continue
        key = fold(value.point.unit)
        groups.setdefault(key, []).append(value)
        units.setdefault(key, value.point.unit)
    totals = []
    for key, group in groups.items():
        expected = [v.expected_value for v in group if v.expected_value is not None]
        obtained = [v.obtained_value for v in group if v.obtained_value is not None]
        still = [v.expected_value for v in group
                 if v.expected_value is not None and v.action.measured_value is None]
        totals.append(ValueTotal(units[key], sum(expected), len(expected), sum(obtained),
                                 len(obtained), sum(still), len(still)))
    return totals
