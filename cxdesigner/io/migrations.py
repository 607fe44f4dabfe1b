"""Bring an older project file up to the current format, one version at a time.

Each step takes the raw JSON data of version N and returns version N + 1. Steps never
see pydantic models: the model only knows the current format.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cxdesigner.model import FORMAT_VERSION

Migration = Callable[[dict[str, Any]], dict[str, Any]]

def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Format 2 adds the contact log and contact profiles, actions aimed at profiles with
    the date they took effect, and the link from a target step to the step it came from.

    Every addition is empty or unset in a format 1 file; they are written out explicitly so
    that the data is exactly what format 2 stores.
    """
    data.setdefault("contacts", [])
    data.setdefault("contact_profiles", [])
    for action in data.get("actions", []):
        if isinstance(action, dict):
            action.setdefault("completed_on", None)
            action.setdefault("profile_ids", [])
    for journey in data.get("journeys", []):
        for stage in journey.get("stages", []) if isinstance(journey, dict) else []:
            if not isinstance(stage, dict):
                continue
            stage.setdefault("origin_id", None)
            for touchpoint in stage.get("touchpoints", []):
                if isinstance(touchpoint, dict):
                    touchpoint.setdefault("origin_id", None)
    return data


def _dicts(items: Any) -> list[dict[str, Any]]:
    """The objects of a JSON list (anything else is left for validation to report)."""
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def _links_implied_from(journey: dict[str, Any]) -> list[dict[str, Any]]:
    """The touchpoints that format 3 gives an implied link to the next one on the map.

    The rule as format 3 states it, on the raw data: a touchpoint leads to the next one
    unless a flow drawn from it goes to that next touchpoint, or a "next" flow drawn from
    it goes further along the map. Written out here rather than imported, so that this
    step keeps its meaning whatever later formats make of the rule.
    """
    order = [touchpoint for stage in _dicts(journey.get("stages"))
             for touchpoint in _dicts(stage.get("touchpoints"))]
    rank = {touchpoint.get("id"): index for index, touchpoint in enumerate(order)}
    replaced: set[Any] = set()
    for flow in _dicts(journey.get("flows")):
        source, target = rank.get(flow.get("source_id")), rank.get(flow.get("target_id"))
        if source is None or target is None:
            continue  # a broken reference: validation says so
        if target == source + 1 or (flow.get("kind", "next") == "next" and target > source):
            replaced.add(source)
    return [touchpoint for index, touchpoint in enumerate(order[:-1]) if index not in replaced]


def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """Format 3 gives journeys a path without drawn flows, and a touchpoint ``ends_path``.

    From format 3 on, a touchpoint with no flow of its own to the next touchpoint on the
    map, and no "next" flow further along it, leads to that next touchpoint: an implied
    link (:mod:`cxdesigner.analysis.flow_graph`). In format 2 such a touchpoint led nowhere: a dead
    end, and the steps after it unreachable. ``ends_path`` (the consultant breaks the
    implied link) is what keeps a step from leading on. Per journey:

    - a journey with at least one "next" flow had its path drawn: every touchpoint that
      would now get an implied link is marked ``ends_path``, so that the journey's figures
      (channel switches, hand-offs, loops, dead ends, unreachable steps, longest path)
      are the same as before;
    - a journey without any "next" flow was typed without drawing its path (cards added
      one after the other, perhaps with a loop or a transfer drawn): nothing is marked,
      and the implied links give it the path its map shows, so its figures change from
      "every step a dead end" to that path's.

    Every other touchpoint gets ``ends_path`` false, written out as format 3 stores it.
    """
    for journey in _dicts(data.get("journeys")):
        drawn = any(flow.get("kind", "next") == "next" for flow in _dicts(journey.get("flows")))
        ending = {id(touchpoint) for touchpoint in _links_implied_from(journey)} if drawn \
            else set()
        for stage in _dicts(journey.get("stages")):
            for touchpoint in _dicts(stage.get("touchpoints")):
                touchpoint.setdefault("ends_path", id(touchpoint) in ending)
    return data


def _v3_to_v4(data: dict[str, Any]) -> dict[str, Any]:
    """Format 4 keeps named snapshots of the project and the conflicts a merge left.

    A format 3 file has neither: both are written out empty, as format 4 stores them.
    """
    data.setdefault("conflicts", [])
    data.setdefault("history", {"snapshots": [], "pieces": {}})
    return data


def _v4_to_v5(data: dict[str, Any]) -> dict[str, Any]:
    """Format 5 adds the service blueprint and evidence levels.

    A journey gets ``blueprint`` (its front-stage, back-stage and support items) and
    ``show_blueprint``; a touchpoint and a pain point get ``evidence`` (set by hand; unset:
    suggested from what is attached), and a pain point ``cause_ids`` (the blueprint items
    behind it). A format 4 file has none of them: an empty blueprint, not shown, and every
    evidence level unset, so that each is suggested as before anything was set by hand.
    """
    for journey in _dicts(data.get("journeys")):
        journey.setdefault("blueprint", [])
        journey.setdefault("show_blueprint", False)
        for stage in _dicts(journey.get("stages")):
            for touchpoint in _dicts(stage.get("touchpoints")):
                touchpoint.setdefault("evidence", None)
                for irritant in _dicts(touchpoint.get("irritants")):
                    irritant.setdefault("evidence", None)
                    irritant.setdefault("cause_ids", [])
    return data


def _v5_to_v6(data: dict[str, Any]) -> dict[str, Any]:
    """Format 6 adds the workshop's parking lot: the questions set aside to come back to.

    A format 5 file has none; the empty list is written out, as format 6 stores it.
    """
    data.setdefault("parking_lot", [])
    return data


def _v6_to_v7(data: dict[str, Any]) -> dict[str, Any]:
    """Format 7 adds pictures on the map and journeys linked from a step.

    A touchpoint, a stage and a sticky note get ``image`` (a picture kept in the file), and
    a touchpoint ``details_journey_id`` (the journey that details it). A format 6 file has
    neither: every one is written out unset, as format 7 stores it.
    """
    for journey in _dicts(data.get("journeys")):
        for stage in _dicts(journey.get("stages")):
            stage.setdefault("image", None)
            for touchpoint in _dicts(stage.get("touchpoints")):
                touchpoint.setdefault("image", None)
                touchpoint.setdefault("details_journey_id", None)
        for note in _dicts(journey.get("notes")):
            note.setdefault("image", None)
    return data


def _v7_to_v8(data: dict[str, Any]) -> dict[str, Any]:
    """Format 8 adds the sector barometer and the value of a point.

    The project gets its ``players`` (the client's brand and its competitors), the
    ``waves`` of scoring and ``point_values`` (what one point of an indicator is worth). A
    scorecard gets the player it scores, its wave, its assessor, method, date and source; an
    action its KPI before the action (``kpi_baseline``) and its effort in person-days. A
    format 7 file has none of them: the lists are empty, and every scorecard keeps scoring
    the client's own experience (no player), in no wave.
    """
    data.setdefault("players", [])
    data.setdefault("waves", [])
    data.setdefault("point_values", [])
    for card in _dicts(data.get("scorecards")):
        for key, empty in (("player_id", None), ("wave_id", None), ("assessor", ""),
                           ("method", None), ("date", None), ("source", "")):
            card.setdefault(key, empty)
    for action in _dicts(data.get("actions")):
        action.setdefault("kpi_baseline", None)
        action.setdefault("effort_days", None)
    return data


# Version N -> the function that turns version N data into version N + 1 data.
MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5,
                                    5: _v5_to_v6, 6: _v6_to_v7, 7: _v7_to_v8}


def migrate(data: dict[str, Any], migrations: dict[int, Migration] | None = None,
            current: int = FORMAT_VERSION) -> dict[str, Any]:
    """Apply every step from the data's ``format_version`` up to ``current``."""
    steps = MIGRATIONS if migrations is None else migrations
    version = data["format_version"]
    while version < current:
        step = steps.get(version)
        if step is None:
            raise LookupError(f"no migration from format version {version}")
        data = step(data)
        version += 1
        data["format_version"] = version
    return data
