"""Make a target journey ("parcours cible") as a full copy of an existing journey (no Qt)."""

from __future__ import annotations

from typing import Any

from cxdesigner.model import Journey, JourneyKind, Project, new_id
from cxdesigner.model.limits import MAX_NAME_CHARS

_TARGET_SUFFIX = {"fr": " — cible", "en": " — target"}


def target_name(base: str, language: str) -> str:
    """``base`` with the target suffix of ``language``, shortened so that it stays a valid name.

    Args:
        base: the name of the journey being improved.
        language: ``"fr"`` or ``"en"``; anything else gets the English suffix.
    """
    suffix = _TARGET_SUFFIX.get(language, _TARGET_SUFFIX["en"])
    # A name at the length cap would be refused once the suffix is added: trim the base.
    return base[: MAX_NAME_CHARS - len(suffix)].rstrip() + suffix


def _remap(data: dict[str, Any], id_map: dict[str, str]) -> None:
    """Give ``data`` (a dumped entity) a fresh id, remembering the old one."""
    fresh = new_id()
    id_map[data["id"]] = fresh
    data["id"] = fresh


def _copy_blueprint(data: dict[str, Any], id_map: dict[str, str]) -> None:
    """The blueprint of the copied journey ``data``: every item with a fresh id, its stage
    and arrows following, and the pain points' causes too (``id_map`` knows the stages and
    touchpoints already). Links to what the journey does not have are left out."""
    data["blueprint"] = [item for item in data["blueprint"] if item["stage_id"] in id_map]
    for item in data["blueprint"]:
        _remap(item, id_map)
    for item in data["blueprint"]:
        item["stage_id"] = id_map[item["stage_id"]]
        item["serves_ids"] = [id_map[served] for served in item["serves_ids"]
                              if served in id_map]
    for stage in data["stages"]:
        for touchpoint in stage["touchpoints"]:
            for irritant in touchpoint["irritants"]:
                irritant["cause_ids"] = [id_map[cause] for cause in irritant["cause_ids"]
                                         if cause in id_map]


def make_target_journey(project: Project, current_journey_id: str,
                        name: str | None = None) -> tuple[Journey, dict[str, str]]:
    """A target journey copied from ``current_journey_id``, every id new, and the id table.

    The copy keeps the stages, touchpoints (with their verbatims, irritants and
    opportunities), flows, sticky notes, lanes, service blueprint and personas of the
    original, so the
    designer starts from today's journey and reworks it. Everything that has an id gets a
    fresh one; references inside the journey (flow ends, a note's stage) follow. What the
    journey points to in the project (channels, interlocutors, personas) is shared, not
    copied. The project is not changed: the caller adds the journey, with
    ``AddJourney(doc, journey, "Create target journey")`` so that it can be undone.

    Each copied stage and touchpoint records the current one it came from in ``origin_id``
    (through a variant made from a target, the origin stays the current journey's), so
    :func:`cxdesigner.analysis.comparison.compare_journeys` pairs them exactly, even after
    they were renamed.

    Args:
        project: the project holding the journey (its language names the copy).
        current_journey_id: the journey to improve; usually a current journey, but a target
            journey may be the base of another variant.
        name: the new journey's name; by default the original's name followed by
            "— cible" (French project) or "— target".

    Returns:
        The new journey (kind target, ``improves_journey_id`` = the original's id) and a
        mapping from every old id (journey, stages, touchpoints, verbatims, irritants,
        opportunities, flows, notes, blueprint items) to its new id.

    Raises:
        KeyError: no journey has this id.
    """
    current = project.journey(current_journey_id)
    from_current = current.kind is JourneyKind.CURRENT
    data = current.model_dump()
    id_map: dict[str, str] = {}
    _remap(data, id_map)
    for stage in data["stages"]:
        if from_current:
            stage["origin_id"] = stage["id"]
        _remap(stage, id_map)
        for touchpoint in stage["touchpoints"]:
            if from_current:
                touchpoint["origin_id"] = touchpoint["id"]
            _remap(touchpoint, id_map)
            for key in ("verbatims", "irritants", "opportunities"):
                for item in touchpoint[key]:
                    _remap(item, id_map)
    # A flow whose end is not a touchpoint of the journey is already broken: not copied.
    touchpoint_ids = set(current.touchpoint_index())
    data["flows"] = [flow for flow in data["flows"]
                     if {flow["source_id"], flow["target_id"]} <= touchpoint_ids]
    for flow in data["flows"]:
        _remap(flow, id_map)
        flow["source_id"] = id_map[flow["source_id"]]
        flow["target_id"] = id_map[flow["target_id"]]
    for note in data["notes"]:
        _remap(note, id_map)
        if note["stage_id"] is not None:
            # A note pinned to a stage the file does not have would be refused: unpin it.
            note["stage_id"] = id_map.get(note["stage_id"])
    _copy_blueprint(data, id_map)
    data["kind"] = JourneyKind.TARGET
    # A variant of a target improves the same current journey as that target.
    data["improves_journey_id"] = current.id if from_current else current.improves_journey_id
    data["name"] = name if name is not None else target_name(current.name, project.language)
    return Journey.model_validate(data), id_map
