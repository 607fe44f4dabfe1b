"""The optional segments section: segments, effort with n, profiles and verdicts, impact."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from export_support import reader

from cxdesigner.cli import main
from cxdesigner.export import DEFAULT_SECTIONS, ExportOptions, Section, render_pdf
from cxdesigner.io import save_project
from cxdesigner.model import (
    Action,
    Channel,
    ContactProfile,
    ContactRecord,
    Journey,
    Project,
    Segment,
    Stage,
    SurveyAnswer,
    SurveyIndicator,
    Touchpoint,
)

SEGMENTS_ONLY = frozenset({Section.SEGMENTS})


def _contact(day: str, segment: str | None, channel: str, reason: str, count: int,
             minutes: float | None = None) -> ContactRecord:
    return ContactRecord(date=dt.date.fromisoformat(day), segment_id=segment,
                         channel_id=channel, reason=reason, count=count, stage_id="s-after",
                         duration_minutes=minutes)


def contact_project() -> Project:
    """Two segments, two profiles, one action on the first profile (figures in the tests)."""
    ces = SurveyIndicator.CES
    return Project(
        title="Livraisons", language="fr",
        channels=[Channel(id="ch-chat", name="Chat"), Channel(id="ch-phone", name="Téléphone")],
        segments=[Segment(id="seg-a", name="Familles", size=48200),
                  Segment(id="seg-b", name="Seniors")],
        journeys=[Journey(id="j-1", name="Parcours", stages=[
            Stage(id="s-after", name="Livraison",
                  touchpoints=[Touchpoint(id="t-track", title="Suivi du colis")])])],
        contacts=[
            _contact("2025-01-10", "seg-a", "ch-chat", "Où est mon colis ?", 400, 6.0),
            _contact("2025-02-10", "seg-a", "ch-chat", "Où est mon colis ?", 500, 6.0),
            _contact("2025-03-10", "seg-b", "ch-phone", "Où est mon colis ?", 300, 9.0),
            _contact("2025-04-10", "seg-b", "ch-phone", "Facture", 40),
            _contact("2025-05-10", "seg-a", "ch-chat", "Où est mon colis ?", 250, 5.0),
            _contact("2025-06-10", "seg-b", "ch-phone", "Où est mon colis ?", 200, 5.0)],
        answers=[*(SurveyAnswer(scope_id="t-track", indicator=ces, value=v, segment_id="seg-a",
                                date=dt.date(2025, 2, 1)) for v in (7, 8, 9)),
                 *(SurveyAnswer(scope_id="t-track", indicator=ces, value=v, segment_id="seg-b",
                                date=dt.date(2025, 5, 1)) for v in (2, 4))],
        contact_profiles=[
            ContactProfile(id="p-where", name="Où en est ma livraison ?",
                           reasons=["Où est mon colis ?"], touchpoint_ids=["t-track"],
                           customer_value=1, business_value=1),
            ContactProfile(id="p-bill", name="Facture", reasons=["Facture"],
                           customer_value=2)],
        actions=[Action(id="a-sms", description="SMS de suivi", profile_ids=["p-where"],
                        completed_on=dt.date(2025, 4, 1))])


def _text(data: bytes) -> str:
    text = "\n".join(page.extract_text() for page in reader(data).pages)
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def test_the_section_is_left_out_unless_asked_for() -> None:
    assert Section.SEGMENTS not in DEFAULT_SECTIONS
    assert ExportOptions().sections == DEFAULT_SECTIONS
    _, result = render_pdf(contact_project(), ExportOptions(sections=frozenset(
        {Section.SEGMENTS, Section.INDICATORS})))
    assert {page.kind for page in result.pages} == {"indicators", "segments"}


def test_the_segments_section_reads_back_in_french() -> None:
    data, _ = render_pdf(contact_project(), ExportOptions(sections=SEGMENTS_ONLY))
    text = _text(data)
    # 1,690 contacts: Familles 400 + 500 + 250 = 1,150, all on chat (1,150 / 1,690 = 68.0 %);
    # Seniors 300 + 40 + 200 = 540, all by phone (32.0 %).
    assert "Segments et profils de contact" in text
    assert "1 690 contacts du 10 janvier 2025 au 10 juin 2025." in text
    assert "Familles 48 200 1 150 0 1 150 68,0 %" in text
    assert "Seniors — 0 540 540 32,0 %" in text
    # CES: Familles (7 + 8 + 9) / 3 = 8,0 on 1-10; Seniors (2 + 4) / 2 = 3,0: they struggle.
    assert "Familles 8 / 10 3" in text and "Seniors 3 / 10 2" in text
    assert "le segment qui peine le plus · peu de réponses" in text
    assert "Le segment qui peine le plus : Seniors (CES 3 / 10, n = 2)." in text
    # Where is my parcel: 1,650 contacts, 97.6 %, valued 1 and 1: to remove. The invoice
    # profile has only its customer value (2): worth acting on.
    assert "Où en est ma livraison ? 1 650 97,6 % 1 / 3 1 / 3 à supprimer (sans valeur)" in text
    assert "Facture 40 2,4 % 2 / 3 — à améliorer (actions)" in text
    # Impact from 1 April: January-March 400 + 500 + 300 = 1,200 = 400,0 a month; April-June
    # 0 + 250 + 200 = 450 = 150,0 a month: -62,5 %.
    assert "SMS de suivi \u203a Où en est ma livraison ?" in text
    assert "Date retenue : 1er avril 2025, date de réalisation." in text
    assert "Contacts par mois 400,0 (n = 1 200) 150,0 (n = 450) -62,5 % · amélioration" in text
    # CES of its touchpoint: 8,0 (n = 3) in February, 3,0 (n = 2) in May: -62,5 %, worse.
    assert "8,0 (n = 3) 3,0 (n = 2) -62,5 % · dégradation" in text


def test_the_segments_section_in_english_says_the_same() -> None:
    data, _ = render_pdf(contact_project(), ExportOptions(sections=SEGMENTS_ONLY,
                                                          language="en"))
    text = _text(data)
    assert "Segments and contact profiles" in text
    assert "Familles 48,200 1,150 0 1,150 68.0 %" in text
    assert "The segment that struggles most: Seniors (CES 3 / 10, n = 2)." in text
    assert "remove (no value)" in text
    assert "Contacts per month 400.0 (n = 1,200) 150.0 (n = 450) -62.5 % · better" in text


def test_a_project_without_contacts_says_so() -> None:
    data, _ = render_pdf(Project(title="Vide"), ExportOptions(sections=SEGMENTS_ONLY,
                                                              language="en"))
    text = _text(data)
    assert "This project holds no contact log." in text
    assert "No contact profiles." in text
    assert "No action is linked to a contact profile." in text


@pytest.mark.parametrize(("sections", "expected"), [
    ("+segments", True), ("all", False), ("all,segments", True), ("-verbatims", False),
    ("segments", True)])
def test_the_cli_adds_the_section_when_asked(tmp_path: Path, sections: str,
                                             expected: bool) -> None:
    project = tmp_path / "livraisons.cxd"
    save_project(contact_project(), project)
    output = tmp_path / "out.pdf"
    assert main(["export-pdf", str(project), "-o", str(output), f"--sections={sections}"]) == 0
    assert ("Segments et profils de contact" in _text(output.read_bytes())) is expected
