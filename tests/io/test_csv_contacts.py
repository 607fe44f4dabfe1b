"""Contact logs read from CSV: columns, values, names found or created, and every error."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cxdesigner.io import load_project
from cxdesigner.io.csv_contacts import (
    duration_unit,
    import_contacts,
    read_count,
    read_duration,
    read_resolved,
)
from cxdesigner.io.csv_reading import CsvImportError
from cxdesigner.io.csv_values import CellError
from cxdesigner.io.csv_wording import worded
from cxdesigner.model import (
    Channel,
    ContactProfile,
    Journey,
    JourneyKind,
    Project,
    Segment,
    Stage,
    Touchpoint,
)

ROOT = Path(__file__).resolve().parents[2]
LOG = ROOT / "tests" / "data" / "csv" / "journal-contacts.csv"
DEMO = ROOT / "resources" / "demo" / "parcours-demo.cxd"


def project() -> Project:
    """A current and a target journey sharing names, as in a real workshop file."""
    current = Journey(id="j1", name="Actuel", stages=[
        Stage(id="s1", name="Livraison", touchpoints=[
            Touchpoint(id="t1", title="Reprise de l’ancien appareil"),
            Touchpoint(id="t2", title="Expliquer son problème"),
            Touchpoint(id="t3", title="Expliquer son problème")]),
        Stage(id="s2", name="Achat", touchpoints=[Touchpoint(id="t4", title="Commande")])])
    target = Journey(id="j2", name="Cible", kind=JourneyKind.TARGET, stages=[
        Stage(id="s9", name="Livraison", touchpoints=[
            Touchpoint(id="t9", title="Reprise de l’ancien appareil")])])
    return Project(title="Atelier", journeys=[current, target],
                   segments=[Segment(id="seg-f", name="Familles")],
                   channels=[Channel(id="ch-phone", name="Téléphone"),
                             Channel(id="ch-chat", name="Chat")],
                   contact_profiles=[ContactProfile(id="prof-1", name="Où est mon colis ?")])


def _csv(tmp_path: Path, text: str, name: str = "log.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "minutes"), [
    ("4,5", 4.5), ("4.5", 4.5), ("12", 12), ("4 min", 4), ("4min", 4), ("4 mn", 4),
    ("4 min 30", 4.5), ("4 min 30 s", 4.5), ("90 s", 1.5), ("1 h 05", 65), ("2h", 120),
    ("00:04:30", 4.5), ("1:02:00", 62), ("4,5 minutes", 4.5),
])
def test_durations(text: str, minutes: float) -> None:
    assert read_duration(text) == minutes


@pytest.mark.parametrize(("text", "message"), [
    ("4:30", "'4:30' is ambiguous: write minutes (4,5 or 4 min 30) or hours:minutes:seconds "
             "(00:04:30)"),
    ("00:75:00", "'00:75:00' is not a duration"),
    ("-3", "a duration cannot be negative (found '-3')"),
    ("3 jours", "unknown unit 'jours' in '3 jours'"),
    ("30 s 4 min", "'30 s 4 min' is not a duration"),
    ("vite", "'vite' is not a duration"),
    ("200000", "200000 minutes is longer than a contact can last (100000 at most)"),
])
def test_bad_durations(text: str, message: str) -> None:
    with pytest.raises(CellError, match="^" + message.replace("(", r"\(").replace(")", r"\)")):
        read_duration(text)


@pytest.mark.parametrize(("text", "resolved"), [
    ("oui", True), ("Non", False), ("yes", True), ("NO", False), ("1", True), ("0", False),
    ("vrai", True), ("Faux", False), ("true", True), ("false", False)])
def test_resolved(text: str, resolved: bool) -> None:
    assert read_resolved(text) is resolved


@pytest.mark.parametrize(("header", "cells", "minutes"), [
    ("Durée (s)", ("270", "4 min 30"), 4.5),  # a unit in the cell wins over the column's
    ("Duration in seconds", ("90", "00:01:30"), 1.5),
    ("Durée (h)", ("1,5", "90 min"), 90),
    ("Durée (min)", ("4,5", "270 s"), 4.5),
])
def test_the_column_name_gives_the_unit_of_bare_numbers(
        tmp_path: Path, header: str, cells: tuple[str, str], minutes: float) -> None:
    path = _csv(tmp_path, f"Date;{header}\n" + "".join(f"2025-03-0{n + 1};{cell}\n"
                                                       for n, cell in enumerate(cells)))
    result = import_contacts(path, project())
    assert [c.duration_minutes for c in result.added] == [minutes, minutes]
    assert duration_unit("Durée") == 1


def test_counts() -> None:
    assert read_count("12") == 12 and read_count("1 200") == 1200
    for bad in ("0", "2,5", "-1", "beaucoup"):
        with pytest.raises(CellError):
            read_count(bad)


def test_a_full_log_in_french(tmp_path: Path) -> None:
    path = _csv(tmp_path, "\ufeffDate;Segment;Canal;Motif;Étape;Point de contact;Profil;"
                          "Résolu;Durée (min);Nombre\n"
                          "2025-03-04 14:32;familles;telephone;Suivi de livraison;Livraison;"
                          "Reprise de l'ancien appareil;;oui;00:04:30;3\n"
                          "05/03/2025;Seniors;Phone;Facture;;t4;Litige;non;4,5;\n"
                          "06/03/2025;;WhatsApp;;;;où est mon colis ?;;;\n"
                          "07/03/2025;;Chat;;achat;;;;;\n")
    result = import_contacts(path, project())
    first, second, third, fourth = result.added
    assert first.date == dt.date(2025, 3, 4)
    assert (first.segment_id, first.channel_id) == ("seg-f", "ch-phone")
    # The stage and touchpoint names are shared with the target journey: the current one's.
    assert (first.stage_id, first.touchpoint_id) == ("s1", "t1")
    assert (first.resolved, first.duration_minutes, first.count) == (True, 4.5, 3)
    # "Phone" is the catalogue's English name of the project's "Téléphone".
    assert (second.channel_id, second.touchpoint_id, second.stage_id) == ("ch-phone", "t4",
                                                                          None)
    assert (second.resolved, second.duration_minutes, second.count) == (False, 4.5, 1)
    assert [s.name for s in result.new_segments] == ["Seniors"]
    assert second.segment_id == result.new_segments[0].id
    assert [c.name for c in result.new_channels] == ["WhatsApp"]
    assert [p.name for p in result.new_profiles] == ["Litige"]
    assert second.profile_id == result.new_profiles[0].id
    assert third.profile_id == "prof-1"
    assert (third.resolved, third.duration_minutes, third.segment_id) == (None, None, None)
    assert (fourth.channel_id, fourth.stage_id) == ("ch-chat", "s2")
    assert len(result.project.contacts) == 4 and result.warnings == []
    assert project().contacts == []  # the project given is left as it was


def test_english_headers_and_a_usual_channel_not_yet_in_the_project(tmp_path: Path) -> None:
    path = _csv(tmp_path, "date,channel,reason,resolved,duration,count\n"
                          "2025-03-04,SMS,Delivery,yes,2 min,4\n"
                          "2025-03-05,sms,Delivery,no,3,1\n")
    result = import_contacts(path, project())
    (sms,) = result.new_channels
    assert (sms.name, sms.digital) == ("SMS", True)
    assert {contact.channel_id for contact in result.added} == {sms.id}


def test_every_problem_at_once_with_row_and_column(tmp_path: Path) -> None:
    long_reason = "x" * 501
    path = _csv(tmp_path, "Date;Canal;Motif;Étape;Point de contact;Résolu;Durée;Nombre\n"
                          ";Chat;;;;;;\n"  # 2
                          "31/02/2025;Chat;;;;;;\n"  # 3
                          "March 3;Chat;;;;;;\n"  # 4
                          "2025-03-04;Chat;;;;peut-être;;\n"  # 5
                          "2025-03-04;Chat;;;;;4:30;\n"  # 6
                          "2025-03-04;Chat;;;;;;0\n"  # 7
                          "2025-03-04;Chat;;Livraison express;;;;\n"  # 8
                          "2025-03-04;Chat;;;Expliquer son problème;;;\n"  # 9
                          "2025-03-04;Chat;;Achat;t1;;;\n"  # 10
                          "2025-03-04;Chat;;;Rappel;;;\n"  # 11
                          f"2025-03-04;Chat;{long_reason};;;;;\n"  # 12
                          "2025-03-04;Chat;Correct;Livraison;;oui;3;2\n")  # 13: fine
    with pytest.raises(CsvImportError) as info:
        import_contacts(path, project())
    assert info.value.problems == [
        "row 2, column 'Date': the date is missing",
        "row 3, column 'Date': '31/02/2025' is not a date of the calendar",
        "row 4, column 'Date': 'March 3' is not a date written 2024-03-12 or 12/03/2024",
        "row 5, column 'Résolu': 'peut-être' is not yes or no (oui/non, yes/no, 1/0, "
        "vrai/faux)",
        "row 6, column 'Durée': '4:30' is ambiguous: write minutes (4,5 or 4 min 30) or "
        "hours:minutes:seconds (00:04:30)",
        "row 7, column 'Nombre': a count is a whole number from 1 to 10,000,000 (found '0')",
        "row 8, column 'Étape': no stage has the id or name 'Livraison express'",
        "row 9, column 'Point de contact': the touchpoint 'Expliquer son problème' is shared "
        "by 2 touchpoints (t2 in journey 'Actuel', stage 'Livraison'; t3 in journey "
        "'Actuel', stage 'Livraison'); write the id of the one meant",
        "row 10, column 'Point de contact': the touchpoint 't1' is not in this row's stage "
        "(it is t1 in journey 'Actuel', stage 'Livraison')",
        "row 11, column 'Point de contact': no touchpoint has the id or title 'Rappel'",
        "row 12, column 'Motif': longer than 500 characters",
    ]


def test_a_missing_date_column(tmp_path: Path) -> None:
    path = _csv(tmp_path, "Canal;Motif\nChat;Facture\n")
    with pytest.raises(CsvImportError) as info:
        import_contacts(path, project())
    assert info.value.problems == [
        "the column 'date' is missing (row 1 should name it: 'date', 'jour', "
        "'date du contact', 'contact date')"]


def test_column_names_without_rows(tmp_path: Path) -> None:
    with pytest.raises(CsvImportError) as info:
        import_contacts(_csv(tmp_path, "Date;Canal\n"), project())
    assert info.value.problems == ["the file has column names but no contact rows"]


def test_a_log_imported_twice_is_refused(tmp_path: Path) -> None:
    path = _csv(tmp_path, "Date;Canal;Motif\n2025-03-04;Chat;Facture\n2025-03-05;Chat;Facture\n")
    once = import_contacts(path, project()).project
    with pytest.raises(CsvImportError) as info:
        import_contacts(path, once)
    assert info.value.problems == [
        "every row is already in the project's contact log: this log was imported before"]
    overlapping = _csv(tmp_path, "Date;Canal;Motif\n2025-03-05;Chat;Facture\n"
                                 "2025-03-06;Chat;Facture\n", "next.csv")
    assert import_contacts(overlapping, once).warnings == [
        "1 of the 2 rows match contacts the project already holds; check that the periods "
        "do not overlap"]


def test_unknown_columns_are_warnings(tmp_path: Path) -> None:
    path = _csv(tmp_path, "Date;Canal;Commentaire\n2025-03-04;Chat;rappeler\n")
    assert worded(import_contacts(path, project()).warnings) == [
        "unknown column 'Commentaire' was ignored"]


def test_the_sample_log_on_the_demo() -> None:
    demo = load_project(DEMO)
    result = import_contacts(LOG, demo)
    assert len(result.added) == 60
    assert sum(contact.count for contact in result.added) == 2928
    assert [s.name for s in result.new_segments] == ["Professionnels"]
    assert [c.name for c in result.new_channels] == ["WhatsApp"]
    assert [p.name for p in result.new_profiles] == ["Litige transporteur"]
    assert result.warnings == []
    by_reason = {contact.reason: contact for contact in result.added}
    reprise = by_reason["Reprise ancien appareil"]
    assert (reprise.stage_id, reprise.touchpoint_id) == ("st-livraison", "tp-reprise-ancien")
    assert by_reason["Changer de créneau"].channel_id == "ch-phone"  # "telephone"
    assert by_reason["Panne"].channel_id == "ch-phone"  # "Phone"
    assert by_reason["Panne"].duration_minutes == 65  # "1 h 05"
    assert {c.touchpoint_id for c in result.added if c.reason == "Suivi de livraison"} == {
        None, "tp-livraison"}  # the current journey's, not the target's "tp-cible-livraison"
