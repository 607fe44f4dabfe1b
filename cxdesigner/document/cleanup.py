"""Copies of a project without one entity and without any reference to it (no Qt).

For deletions that reach across the project: a channel used by many touchpoints, a
persona with emotions everywhere. The copy is validated, so it is always a sound project.
"""

from __future__ import annotations

from cxdesigner.model import Project


def without_item(project: Project, collection: str, item_id: str) -> Project:
    """A copy of ``project`` where the entity is gone and whatever pointed to it is cleared."""
    data = project.model_dump()
    data[collection] = [item for item in data[collection] if item["id"] != item_id]
    for persona in data["personas"]:
        if persona["segment_id"] == item_id:
            persona["segment_id"] = None
    verbatims = list(data["verbatims"])
    for journey in data["journeys"]:
        journey["persona_ids"] = [p for p in journey["persona_ids"] if p != item_id]
        for stage in journey["stages"]:
            for tp in stage["touchpoints"]:
                for field in ("channel_id", "interlocutor_id"):
                    if tp[field] == item_id:
                        tp[field] = None
                tp["persona_emotions"].pop(item_id, None)
                tp["persona_criticality"].pop(item_id, None)
                verbatims += tp["verbatims"]
    for verbatim in verbatims:
        for field in ("persona_id", "segment_id"):
            if verbatim[field] == item_id:
                verbatim[field] = None
    for answer in data["answers"]:
        if answer["segment_id"] == item_id:
            answer["segment_id"] = None
    for contact in data["contacts"]:
        for field in ("segment_id", "channel_id", "profile_id"):
            if contact[field] == item_id:
                contact[field] = None
    for action in data["actions"]:
        action["profile_ids"] = [p for p in action["profile_ids"] if p != item_id]
    # A player's scores go with it (without a player they would count as the client's);
    # the scores of a wave stay, in no wave.
    data["scorecards"] = [card for card in data["scorecards"] if card["player_id"] != item_id]
    for card in data["scorecards"]:
        if card["wave_id"] == item_id:
            card["wave_id"] = None
    return Project.model_validate(data)


def without_journey(project: Project, journey_id: str) -> Project:
    """A copy of ``project`` without a journey and what was scoped on it."""
    journey = project.journey(journey_id)
    gone = {journey_id} | {stage.id for stage in journey.stages} | set(journey.touchpoint_index())
    irritants = {i.id for _, tp in journey.touchpoints() for i in tp.irritants}
    data = project.model_dump()
    data["journeys"] = [j for j in data["journeys"] if j["id"] != journey_id]
    for other in data["journeys"]:
        if other["improves_journey_id"] == journey_id:
            other["improves_journey_id"] = None
    for name in ("answers", "indicator_records", "scorecards"):
        data[name] = [item for item in data[name] if item["scope_id"] not in gone]
    for action in data["actions"]:
        if action["touchpoint_id"] in gone:
            action["touchpoint_id"] = None
        if action["irritant_id"] in irritants:
            action["irritant_id"] = None
    for contact in data["contacts"]:
        for field in ("stage_id", "touchpoint_id"):
            if contact[field] in gone:
                contact[field] = None
    for profile in data["contact_profiles"]:
        profile["touchpoint_ids"] = [t for t in profile["touchpoint_ids"] if t not in gone]
    return Project.model_validate(data)
