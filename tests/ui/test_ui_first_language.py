"""The first start on a system in neither French nor English asks which language to use."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cxdesigner.ui.first_language import LanguageQuestion, ask_language, startup_language
from cxdesigner.ui.i18n import interface_locale
from cxdesigner.ui.settings import Preferences

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture
def preferences() -> Iterator[Preferences]:
    """The real preferences of the application, in Qt's test location."""
    assert QStandardPaths.isTestModeEnabled()
    QSettings().remove("interface/language")
    yield Preferences()
    QSettings().remove("interface/language")


def _stored_language() -> object:
    """What a later start reads, with its type."""
    return QSettings().value("interface/language", "absent", type=str)


def _never_ask() -> str | None:
    raise AssertionError("the language was asked")


def _answer_with(qtbot: QtBot, button: str | None) -> None:
    """Once the question is up, click ``button`` (a language) or press Escape."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LanguageQuestion)
        if button is None:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            qtbot.mouseClick(dialog.buttons[button], Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_german_system_asks_once_and_remembers(
        qtbot: QtBot, preferences: Preferences, language: str) -> None:
    _answer_with(qtbot, language)
    assert startup_language(preferences, GERMAN, ask_language) == language
    assert _stored_language() == language

    assert startup_language(Preferences(), GERMAN, _never_ask) == language


def test_closing_the_question_means_english_and_asking_again(
        qtbot: QtBot, preferences: Preferences) -> None:
    _answer_with(qtbot, None)
    assert startup_language(preferences, GERMAN, ask_language) == "en"
    assert _stored_language() == "absent"

    _answer_with(qtbot, "fr")
    assert startup_language(preferences, GERMAN, ask_language) == "fr"


@pytest.mark.parametrize(("locale", "language"), [
    (QLocale(QLocale.Language.French, QLocale.Country.France), "fr"),
    (QLocale(QLocale.Language.French, QLocale.Country.Canada), "fr"),
    (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "en"),
    (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "en"),
    (QLocale.c(), "en"),
])
def test_a_french_or_english_system_is_not_asked(preferences: Preferences, locale: QLocale,
                                                 language: str) -> None:
    assert startup_language(preferences, locale, _never_ask) == language
    assert _stored_language() == "absent"


def test_a_chosen_language_is_never_asked_again(preferences: Preferences) -> None:
    preferences.language = "fr"
    assert startup_language(preferences, GERMAN, _never_ask) == "fr"


def test_the_question_is_written_in_both_languages(qtbot: QtBot) -> None:
    dialog = LanguageQuestion()
    qtbot.addWidget(dialog)
    assert [button.text() for button in dialog.buttons.values()] == ["Français", "English"]


@pytest.mark.parametrize(("language", "system", "name"), [
    ("fr", GERMAN, "fr_FR"),
    ("en", GERMAN, "en_GB"),
    ("en", QLocale.c(), "en_GB"),
    ("fr", QLocale(QLocale.Language.French, QLocale.Country.Canada), "fr_CA"),
    ("en", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "en_US"),
    ("fr", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "fr_FR"),
])
def test_dates_and_numbers_follow_the_interface_language(language: str, system: QLocale,
                                                         name: str) -> None:
    assert interface_locale(language, system).name() == name


def test_the_real_start_asks_before_any_window(tmp_path: Path) -> None:
    """A German system (LANG=de_DE.UTF-8) and no preference yet: the editor asks first."""
    script = (
        "from PySide6.QtCore import QLocale, QSettings, QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from cxdesigner import app\n"
        "def ask():\n"
        "    windows = [type(w).__name__ for w in QApplication.topLevelWidgets()]\n"
        "    print('asked on', QLocale.system().name(), 'with windows', windows, flush=True)\n"
        "    QTimer.singleShot(0, QApplication.quit)\n"
        "    return 'fr'\n"
        "app.ask_language = ask\n"
        "code = app.run_editor(None, [])\n"
        "stored = QSettings('CX Designer', 'CX Designer').value('interface/language', type=str)\n"
        "print('stored', stored, 'exit', code)\n")
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith("LC_") and key not in ("LANG", "LANGUAGE")}
    environment.update({"LANG": "de_DE.UTF-8", "QT_QPA_PLATFORM": "offscreen",
                        "XDG_CONFIG_HOME": str(tmp_path / "config"),
                        "XDG_DATA_HOME": str(tmp_path / "data")})
    done = subprocess.run([sys.executable, "-c", script], env=environment,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["asked on de_DE with windows []", "stored fr exit 0"]
