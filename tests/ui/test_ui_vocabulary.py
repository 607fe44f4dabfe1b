"""The interface shows the vocabulary's words, in French and in English, on every panel."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QMenu
from ui_support import WindowFactory, current_view

from cxdesigner.canvas.menus import build_menu
from cxdesigner.interface_language import interface_language
from cxdesigner.model import Criticality, JourneyKind, Lane, MomentOfTruth
from cxdesigner.ui.i18n import LanguageInstaller
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.vocabulary import label


@pytest.fixture(params=["fr", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface in French, then in English."""
    installer = LanguageInstaller()
    assert installer.install(request.param)
    yield request.param
    installer.remove()


@pytest.fixture
def demo_window(language: str, make_window: WindowFactory, demo_copy: Path) -> MainWindow:
    window = make_window()
    assert window.files.open_path(demo_copy)
    return window


def _texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(index) for index in range(combo.count())]


def test_the_interface_language_is_the_installed_translation(language: str) -> None:
    assert interface_language() == language


def test_the_inspector_offers_the_vocabulary(demo_window: MainWindow, language: str) -> None:
    touchpoint = demo_window.document.project.journeys[0].stages[1].touchpoints[0]
    current_view(demo_window).select_touchpoint(touchpoint.id)
    form = demo_window.inspector.touchpoint_form

    assert _texts(form.moment) == [label(moment, language) for moment in MomentOfTruth]
    assert _texts(form.criticality)[1:] == [label(level, language) for level in Criticality]
    assert _texts(form.moment)[3] == {"fr": "Waouh", "en": "Wow"}[language]


def test_the_lanes_menu_names_the_lanes_as_the_map_does(demo_window: MainWindow,
                                                       language: str) -> None:
    menu = demo_window.menus.lanes
    menu.aboutToShow.emit()
    *shown, blueprint = [action.text() for action in menu.actions() if action.isCheckable()]

    lanes = demo_window.document.project.journeys[0].lanes
    assert shown == [label(setting.lane, language) for setting in lanes]
    assert blueprint.replace("&", "") == {"fr": "Blueprint de service",
                                          "en": "Service Blueprint"}[language]
    assert {"fr": "Courbe émotionnelle", "en": "Emotion curve"}[language] in shown
    assert {"fr": "Irritants", "en": "Pain points"}[language] in shown
    assert label(Lane.EMOTION, language) in shown


def test_the_map_menu_offers_the_moments_of_the_vocabulary(demo_window: MainWindow,
                                                          language: str) -> None:
    view = current_view(demo_window)
    card = next(iter(view.map_scene.touchpoint_items.values()))
    menu = build_menu(view.map_actions, card.sceneBoundingRect().center(), view,
                      view.capture, view.links)
    title = {"fr": "Moment de vérité", "en": "Moment of truth"}[language]
    moments = next(action.menu() for action in menu.actions() if action.text() == title)
    assert isinstance(moments, QMenu)

    assert [action.text() for action in moments.actions()] == [
        label(moment, language) for moment in MomentOfTruth]


def test_the_journey_tab_says_its_kind(demo_window: MainWindow, language: str) -> None:
    tabs = demo_window.tabs.tabs
    assert tabs.tabToolTip(0) == label(JourneyKind.CURRENT, language)
    assert tabs.tabToolTip(1) == label(JourneyKind.TARGET, language)
