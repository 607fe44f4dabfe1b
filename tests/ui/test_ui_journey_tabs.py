"""The journey tabs: a target journey is marked once, whatever its name already says."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from ui_support import WindowFactory

from cxdesigner.document.commands import EditJourney
from cxdesigner.model import Journey, JourneyKind
from cxdesigner.ui.i18n import LanguageInstaller
from cxdesigner.ui.journey_tabs import tab_text


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    installer = LanguageInstaller()
    assert installer.install("fr")
    yield
    installer.remove()


def _target(name: str) -> Journey:
    return Journey(name=name, kind=JourneyKind.TARGET)


@pytest.mark.parametrize(("name", "shown"), [
    ("Achat", "Achat (cible)"),
    ("Achat — cible", "Achat — cible"),
    ("Parcours CIBLE 2026", "Parcours CIBLE 2026"),
    ("Parcours ciblé", "Parcours ciblé"),
    ("Checkout — target", "Checkout — target"),
    ("Ciblerie", "Ciblerie (cible)"),
])
def test_a_target_journey_is_marked_in_french_unless_its_name_says_so(
        french: None, name: str, shown: str) -> None:
    assert tab_text(_target(name)) == shown


@pytest.mark.parametrize(("name", "shown"), [
    ("Checkout", "Checkout (target)"),
    ("Checkout — Target", "Checkout — Target"),
    ("Achat — cible", "Achat — cible"),
    ("Targeted offers", "Targeted offers (target)"),
])
def test_a_target_journey_is_marked_in_english_unless_its_name_says_so(
        qapp: QApplication, name: str, shown: str) -> None:
    assert tab_text(_target(name)) == shown


def test_a_current_journey_is_never_marked(french: None) -> None:
    assert tab_text(Journey(name="Parcours actuel")) == "Parcours actuel"
    assert tab_text(Journey(name="Achat")) == "Achat"


def test_the_target_made_from_a_journey_reads_cible_once(
        french: None, make_window: WindowFactory, demo_copy: Path) -> None:
    window = make_window()
    assert window.files.open_path(demo_copy)
    window.tabs.show_journey(window.document.project.journeys[0].id)
    window.target_journeys.action.trigger()
    tabs = window.tabs.tabs
    made = window.document.project.journeys[-1]
    assert made.name.endswith("— cible")

    assert tabs.tabText(tabs.count() - 1) == made.name
    assert "(cible)" not in tabs.tabText(tabs.count() - 1)
    # Renamed without the word, it gets the marker back.
    window.document.undo_stack.push(EditJourney(window.document, made.id, {"name": "Demain"}))
    assert tabs.tabText(tabs.count() - 1) == "Demain (cible)"
