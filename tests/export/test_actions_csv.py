"""The action plan CSV, read back the way a French spreadsheet reads it."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from cxdesigner.export.actions_csv import (
    actions_to_csv,
    format_date,
    format_number,
    neutralise,
    write_actions_csv,
)
from cxdesigner.model import (
    Action,
    ActionStatus,
    Irritant,
    Journey,
    Project,
    Stage,
    Touchpoint,
)

FRENCH_HEADERS = ["Action", "Statut", "Parcours", "Étape", "Point de contact", "Irritant",
                  "Écart", "Cause racine", "Responsable", "Échéance", "Résultat attendu",
                  "KPI", "Cible du KPI", "Résultat mesuré", "Valeur mesurée",
                  "Objectif atteint"]


def _project() -> Project:
    return Project(title="Boutique", language="fr", journeys=[Journey(
        id="j", name="Achat en ligne", stages=[
            Stage(id="s1", name="Paiement", touchpoints=[
                Touchpoint(id="tp1", title="Saisie de la carte", irritants=[
                    Irritant(id="irr1", text="Le paiement échoue sans message")]),
            ]),
            Stage(id="s2", name="Livraison", touchpoints=[
                Touchpoint(id="tp2", title="Remise du colis"),
            ]),
        ])], actions=[
        Action(id="a1", description='=HYPERLINK("http://exemple.invalid";"Cliquez")',
               irritant_id="irr1", owner="Émilie Durand", due_date=dt.date(2025, 3, 7),
               kpi="Taux d'échec", kpi_target=2.5, status=ActionStatus.IN_PROGRESS,
               measured_value=-1.25, target_met=True,
               expected_result="Moins d’échecs ; message clair\r\nà chaque refus"),
        Action(id="a2", description="Prévenir la veille", touchpoint_id="tp2",
               gap="+33 6 12 34 56 78", root_cause="@SUM(A1:A9)", owner="\tTabulé",
               expected_result="-10 % d'appels", kpi_target=12.0, target_met=False),
        Action(id="a3", description="Idée libre"),
    ])


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream, delimiter=";"))


def test_the_file_is_what_a_french_spreadsheet_expects(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    write_actions_csv(_project(), path, "fr")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark
    # Four records (header + 3 actions), each ended by CRLF; the line break inside the
    # expected result of a1 is a bare LF within a quoted cell.
    assert raw.count(b"\r\n") == 4
    assert raw.endswith(b"\r\n")

    header, first, second, third = _read(path)
    assert header == FRENCH_HEADERS
    row = dict(zip(header, first, strict=True))
    # The formula is shown as text, prefixed with a quote; the rest reads as typed.
    assert row["Action"] == "'=HYPERLINK(\"http://exemple.invalid\";\"Cliquez\")"
    assert row["Statut"] == "En cours"
    # No touchpoint of its own: placed where its irritant is.
    assert (row["Parcours"], row["Étape"], row["Point de contact"], row["Irritant"]) == (
        "Achat en ligne", "Paiement", "Saisie de la carte", "Le paiement échoue sans message")
    assert row["Responsable"] == "Émilie Durand"
    assert row["Échéance"] == "07/03/2025"
    assert (row["Cible du KPI"], row["Valeur mesurée"]) == ("2,5", "-1,25")  # numbers stay
    assert row["Objectif atteint"] == "oui"
    assert row["Résultat attendu"] == "Moins d’échecs ; message clair\nà chaque refus"

    row = dict(zip(header, second, strict=True))
    assert (row["Étape"], row["Point de contact"], row["Irritant"]) == (
        "Livraison", "Remise du colis", "")
    assert row["Écart"] == "'+33 6 12 34 56 78"
    assert row["Cause racine"] == "'@SUM(A1:A9)"
    assert row["Responsable"] == "'\tTabulé"
    assert row["Résultat attendu"] == "'-10 % d'appels"
    assert (row["Cible du KPI"], row["Objectif atteint"], row["Statut"]) == ("12", "non",
                                                                             "Idée")
    assert third == ["Idée libre", "Idée", *[""] * 14]


def test_english_headers_dates_and_decimals() -> None:
    lines = actions_to_csv(_project(), "en").split("\r\n")
    assert lines[0].startswith("Action;Status;Journey;Stage;Touchpoint;Pain point;Gap;")
    header, first = list(csv.reader(lines[:2], delimiter=";"))
    row = dict(zip(header, first, strict=True))
    assert (row["Due date"], row["KPI target"], row["Measured value"], row["Status"],
            row["Target met"]) == ("2025-03-07", "2.5", "-1.25", "In progress", "yes")


def test_the_project_language_is_the_default() -> None:
    assert actions_to_csv(_project()).startswith("Action;Statut;")


def test_writing_replaces_the_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text("ancien contenu beaucoup plus long " * 100, encoding="utf-8")
    project = _project()
    project.actions = []
    write_actions_csv(project, path, "fr")
    assert _read(path) == [FRENCH_HEADERS]
    assert [p.name for p in tmp_path.iterdir()] == ["plan.csv"]  # no temporary file left


@pytest.mark.parametrize(("text", "safe"), [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@A1", "'@A1"), ("\tx", "'\tx"),
    ("\rx", "'\nx"), ("a=1", "a=1"), (" =1", "' =1"), ("", ""), ("l1\r\nl2", "l1\nl2"),
    (" Bonjour", " Bonjour"), ("\nx", "'\nx"), ("DDE(a)", "'DDE(a)"), ("dde", "dde"),
])
def test_neutralise(text: str, safe: str) -> None:
    assert neutralise(text) == safe


@pytest.mark.parametrize(("value", "french", "english"), [
    (12.0, "12", "12"), (0.1, "0,1", "0.1"), (-1.25, "-1,25", "-1.25"),
    (1e-05, "0,00001", "0.00001"), (1e16, "10000000000000000", "10000000000000000"),
    (-0.0, "0", "0"), (1234567.891, "1234567,891", "1234567.891"),
])
def test_numbers(value: float, french: str, english: str) -> None:
    assert (format_number(value, "fr"), format_number(value, "en")) == (french, english)


def test_dates() -> None:
    day = dt.date(2025, 12, 1)
    assert (format_date(day, "fr"), format_date(day, "en")) == ("01/12/2025", "2025-12-01")
