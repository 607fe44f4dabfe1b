"""Contact profiles: which contacts belong to them, their volume over time, their value."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from cxdesigner.analysis.profiles import (
    ProfileIndex,
    Verdict,
    follow_profiles,
    profiles_json,
    reason_counts,
    value_verdict,
)
from cxdesigner.model import (
    Action,
    Channel,
    ContactProfile,
    ContactRecord,
    Journey,
    Project,
    Stage,
    Touchpoint,
)

PROFILES = [
    ContactProfile(id="colis", name="Où est mon colis ?",
                   reasons=["Suivi de livraison", "Où est ma commande ?"],
                   touchpoint_ids=["t1"], customer_value=1, business_value=1),
    ContactProfile(id="panne", name="Panne", reasons=["Code erreur"], customer_value=3,
                   business_value=2),
    # "Suivi de livraison" is claimed by the first profile already: it stays there.
    ContactProfile(id="paiement", name="Paiement", reasons=["Facture", "Suivi de livraison"],
                   customer_value=1),
]


def _contact(month: int, day: int, reason: str, count: int = 1,
             **fields: object) -> ContactRecord:
    return ContactRecord(date=dt.date(2025, month, day), reason=reason, count=count,
                         **fields)  # type: ignore[arg-type]


LOG = [
    _contact(1, 6, "suivi de livraison", 10, channel_id="chat", duration_minutes=3,
             resolved=True),
    _contact(1, 20, "Ou est ma commande?", 5, channel_id="phone", duration_minutes=6,
             resolved=False),
    # The profile it names wins over its reason.
    _contact(3, 3, "Code erreur", 2, profile_id="colis"),
    _contact(3, 4, "Code erreur", 4),
    _contact(3, 5, "FACTURE", 1),
    _contact(3, 6, "Retour produit", 3),
    _contact(3, 7, "retour  produit", 1),
    _contact(3, 8, "", 2),
]


def project(contacts: list[ContactRecord] = LOG) -> Project:
    journey = Journey(id="j", name="J", stages=[
        Stage(id="s", name="S", touchpoints=[Touchpoint(id="t1", title="Livraison")])])
    return Project(title="P", journeys=[journey], contact_profiles=PROFILES, contacts=contacts,
                   channels=[Channel(id="chat", name="Chat"), Channel(id="phone", name="Phone")],
                   actions=[Action(description="SMS de suivi", profile_ids=["colis"])])


def test_a_contact_belongs_by_profile_then_by_reason() -> None:
    index = ProfileIndex(PROFILES)
    assert [index.profile_id(contact) for contact in LOG] == [
        "colis", "colis", "colis", "panne", "paiement", None, None, None]


def test_each_profile_followed_month_by_month() -> None:
    follow = follow_profiles(project())
    assert follow.periods == ["2025-01", "2025-02", "2025-03"]
    colis, panne, paiement = follow.profiles
    # 10 + 5 in January, 2 named explicitly in March; February shows 0.
    assert colis.by_period == {"2025-01": 15, "2025-02": 0, "2025-03": 2}
    assert (colis.contacts, panne.contacts, paiement.contacts) == (17, 4, 1)
    assert follow.unassigned.contacts == 6  # 3 + 1 "retour produit" + 2 without a reason
    assert follow.contacts == 28
    assert colis.share == pytest.approx(17 * 100 / 28)
    # (10 x 3 + 5 x 6) / 15 = 4 min; 10 resolved of the 15 that say = 66.7 %.
    assert colis.figures.mean_duration.value == 4
    assert colis.figures.resolution_rate.value == pytest.approx(200 / 3)
    assert colis.by_channel == {"chat": 10, "phone": 5, None: 2}
    assert follow.unassigned.reasons == {"Retour produit": 4}
    assert (colis.verdict, panne.verdict, paiement.verdict) == (
        Verdict.REMOVE, Verdict.ACT, Verdict.UNVALUED)
    assert follow.unassigned.profile is None and follow.unassigned.verdict is None


def test_weekly_follow_up() -> None:
    contacts = [_contact(1, 6, "Facture"), _contact(1, 12, "Facture", 2),
                _contact(1, 20, "Facture", 4)]
    follow = follow_profiles(project(contacts), "week")
    # Monday 6 and Sunday 12 January are in week 2; Monday 20 in week 4.
    assert follow.profiles[2].by_period == {"2025-W02": 3, "2025-W03": 0, "2025-W04": 4}


@pytest.mark.parametrize(("customer", "business", "verdict"), [
    (1, 1, Verdict.REMOVE),  # no value for either side: fix the cause
    (1, 2, Verdict.ACT),
    (2, 1, Verdict.ACT),
    (3, 3, Verdict.ACT),
    (None, 3, Verdict.ACT),  # worth something to the business whatever the customer says
    (1, None, Verdict.UNVALUED),
    (None, None, Verdict.UNVALUED),
])
def test_value_verdict(customer: int | None, business: int | None, verdict: Verdict) -> None:
    profile = ContactProfile(name="x", customer_value=customer, business_value=business)
    assert value_verdict(profile) is verdict


def test_reason_counts_keep_the_most_common_spelling() -> None:
    contacts = [_contact(1, 1, "Facture", 2), _contact(1, 2, "facture", 3),
                _contact(1, 3, "Panne", 5)]
    assert reason_counts(contacts) == {"Panne": 5, "facture": 5}


def test_profiles_json() -> None:
    data = profiles_json(project())
    json.dumps(data)
    assert (data["period"], data["contacts"]) == ("month", 28)
    colis = data["rows"][0]
    assert {key: colis[key] for key in ("profile", "id", "reasons", "touchpoints",
                                        "customer_value", "business_value", "verdict",
                                        "actions", "contacts", "share", "by_period")} == {
        "profile": "Où est mon colis ?", "id": "colis",
        "reasons": ["Suivi de livraison", "Où est ma commande ?"], "touchpoints": ["Livraison"],
        "customer_value": 1, "business_value": 1, "verdict": "remove",
        "actions": ["SMS de suivi"], "contacts": 17, "share": 60.71,
        "by_period": {"2025-01": 15, "2025-02": 0, "2025-03": 2}}
    assert colis["by_channel"] == {"Chat": 10, "Phone": 5, "(not given)": 2}
    assert colis["mean_duration"] == {"value": 4.0, "n": 15}
    assert colis["resolution_rate"] == {"value": 66.67, "n": 15}
    assert data["unassigned"]["contact_reasons"] == {"Retour produit": 4}
    assert profiles_json(project([]))["periods"] == []
