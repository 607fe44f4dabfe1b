"""The contact log and contact profiles (format 2), and target steps' origins."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from cxdesigner.model import (
    Action,
    Channel,
    ContactProfile,
    ContactRecord,
    Journey,
    JourneyKind,
    Project,
    Segment,
    Stage,
    Touchpoint,
)


def _project(**lists: object) -> dict[str, object]:
    current = Journey(id="j", name="Achat", stages=[
        Stage(id="s", name="Achat", touchpoints=[Touchpoint(id="t", title="Commande")])])
    base: dict[str, object] = {
        "title": "Atelier",
        "segments": [Segment(id="seg", name="Familles")],
        "channels": [Channel(id="tel", name="Téléphone")],
        "journeys": [current],
        "contact_profiles": [ContactProfile(id="p", name="Livraison")],
    }
    return {**base, **lists}


def test_a_sound_contact_log_is_accepted() -> None:
    contact = ContactRecord(date=dt.date(2025, 3, 4), segment_id="seg", channel_id="tel",
                            reason="Suivi de colis", stage_id="s", touchpoint_id="t",
                            profile_id="p", resolved=True, duration_minutes=4.5, count=12)
    action = Action(description="SMS proactif", profile_ids=["p"],
                    completed_on=dt.date(2025, 4, 1))
    project = Project.model_validate(_project(contacts=[contact], actions=[action]))
    assert project.contacts[0].count == 12
    assert project.actions[0].profile_ids == ["p"]


@pytest.mark.parametrize(("field", "what"), [
    ("segment_id", "segment"), ("channel_id", "channel"), ("stage_id", "stage"),
    ("touchpoint_id", "touchpoint"), ("profile_id", "contact profile")])
def test_contact_references_must_exist(field: str, what: str) -> None:
    contact = ContactRecord(date=dt.date(2025, 3, 4), reason="Suivi de colis",
                            **{field: "nowhere"})
    with pytest.raises(ValidationError) as info:
        Project.model_validate(_project(contacts=[contact]))
    assert f"contact 1 'Suivi de colis', {what}: points" in str(info.value)
    assert f"points to a {what} that does not exist (id 'nowhere')" in str(info.value)


def test_profiles_and_actions_point_to_what_exists() -> None:
    profile = ContactProfile(id="p2", name="Panne", touchpoint_ids=["gone"])
    action = Action(description="Former les conseillers", profile_ids=["missing"])
    with pytest.raises(ValidationError) as info:
        Project.model_validate(_project(contact_profiles=[profile], actions=[action]))
    text = str(info.value)
    assert "contact profile 'Panne', touchpoints: points to a touchpoint" in text
    assert "action 1, contact profiles: points to a contact profile that does not exist" in text


@pytest.mark.parametrize("changes", [
    {"count": 0}, {"count": 1.5}, {"count": True}, {"duration_minutes": -1},
    {"duration_minutes": "4"}, {"date": None}])
def test_contact_values_are_checked(changes: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        ContactRecord.model_validate({"date": "2025-03-04", **changes})


@pytest.mark.parametrize("value", [0, 4, 2.0, "2"])
def test_profile_values_are_on_the_1_to_3_scale(value: object) -> None:
    with pytest.raises(ValidationError):
        ContactProfile(name="Livraison", customer_value=value)  # type: ignore[arg-type]
    assert ContactProfile(name="Livraison", business_value=3).business_value == 3


def test_a_target_improves_a_current_journey_only() -> None:
    data = _project()
    first_target = Journey(id="t1", name="Cible", kind=JourneyKind.TARGET, improves_journey_id="j")
    second = Journey(id="t2", name="Cible 2", kind=JourneyKind.TARGET, improves_journey_id="t1")
    data["journeys"] = [*data["journeys"], first_target, second]  # type: ignore[misc]
    with pytest.raises(ValidationError) as info:
        Project.model_validate(data)
    assert "a target journey improves a current journey, not another target" in str(info.value)


def test_origin_ids_are_history_not_references() -> None:
    # The current step a target step came from may be deleted later: no error then.
    target = Journey(id="t1", name="Cible", kind=JourneyKind.TARGET, improves_journey_id="j",
                     stages=[Stage(name="Achat", origin_id="deleted-stage", touchpoints=[
                         Touchpoint(title="Commande", origin_id="deleted-step")])])
    data = _project()
    data["journeys"] = [*data["journeys"], target]  # type: ignore[misc]
    project = Project.model_validate(data)
    assert project.journeys[1].stages[0].touchpoints[0].origin_id == "deleted-step"
