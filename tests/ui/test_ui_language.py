"""The interface in French and English, and the translation files kept up to date."""

from __future__ import annotations

import datetime as dt
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from ui_support import ROOT, WindowFactory

from cxdesigner.ui.i18n import (
    LanguageInstaller,
    format_moment,
    resolve_language,
    translations_folder,
)
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.prompts import Prompts
from cxdesigner.ui.qt_words import QT_WORDS
from cxdesigner.vocabulary import COVERED, label

TS_FILE = ROOT / "resources" / "i18n" / "cxdesigner_fr.ts"
QM_FILE = ROOT / "resources" / "i18n" / "cxdesigner_fr.qm"
TOOLS = Path(PySide6.__file__).resolve().parent


@pytest.fixture
def french() -> Iterator[LanguageInstaller]:
    installer = LanguageInstaller()
    assert installer.install("fr")
    yield installer
    installer.remove()


def _menu_titles(make_window: WindowFactory) -> list[str]:
    window = make_window()
    return [action.text().replace("&", "") for action in window.menuBar().actions()]


def test_menus_in_french(french: LanguageInstaller, make_window: WindowFactory) -> None:
    assert _menu_titles(make_window) == ["Fichier", "Édition", "Affichage", "Parcours", "Aide"]
    # Qt's own words come with it (the undo action, standard buttons).
    assert QCoreApplication.translate("QUndoStack", "Undo %1") == "Annuler %1"


def test_menus_in_english(make_window: WindowFactory) -> None:
    assert _menu_titles(make_window) == ["File", "Edit", "View", "Journey", "Help"]


def test_target_journeys_are_called_cible_in_french(
        french: LanguageInstaller, make_window: WindowFactory, demo_copy: Path) -> None:
    window = make_window()
    window.files.open_path(demo_copy)
    tabs = window.tabs.tabs
    assert tabs.tabText(1).endswith(" (cible)")
    assert window.windowTitle() == "parcours-demo.cxd[*] — CX Designer"


def test_the_language_preference() -> None:
    assert resolve_language("fr") == "fr"
    assert resolve_language("en") == "en"
    assert resolve_language("system") in ("fr", "en")


def test_the_compiled_translation_is_up_to_date(tmp_path: Path) -> None:
    compiled = tmp_path / "check.qm"
    subprocess.run([str(TOOLS / "lrelease"), str(TS_FILE), "-qm", str(compiled)],
                   check=True, capture_output=True)
    assert QM_FILE.parent == translations_folder()
    assert compiled.read_bytes() == QM_FILE.read_bytes(), (
        "resources/i18n/cxdesigner_fr.qm is older than the .ts: run lrelease")


def test_every_string_is_translated() -> None:
    root = ET.parse(TS_FILE).getroot()
    assert root.get("language") == "fr"
    left = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            texts = [form.text for form in translation.iter("numerusform")] or [
                translation.text]
            if translation.get("type") is not None or not all(texts):
                left.append((context.findtext("name"), message.findtext("source")))
    assert left == []


def test_english_says_pain_points_where_french_says_irritants() -> None:
    """One English word for the same thing, all over the interface (the .ts sources)."""
    root = ET.parse(TS_FILE).getroot()
    pairs = [(message.findtext("source") or "", message.findtext("translation") or "")
             for message in root.iter("message")]
    assert [source for source, _ in pairs if "irritant" in source.casefold()] == []
    pain = [(source, french) for source, french in pairs if "pain point" in source.casefold()]
    assert len(pain) > 10
    assert [source for source, french in pain if "irritant" not in french.casefold()] == []
    assert [label(member, "en") for enum in COVERED for member in enum
            if "irritant" in label(member, "en").casefold()] == []


def test_the_interface_strings_are_all_in_the_ts_file(tmp_path: Path) -> None:
    """lupdate over the package finds no string that the .ts file lacks, and none gone."""
    check = tmp_path / "check.ts"
    check.write_bytes(TS_FILE.read_bytes())
    sources = sorted(str(p) for p in (ROOT / "cxdesigner").rglob("*.py"))
    subprocess.run([str(TOOLS / "lupdate"), *sources, "-ts", str(check), "-locations", "none"],
                   check=True, capture_output=True)
    messages = list(ET.parse(check).getroot().iter("message"))
    new = [message.findtext("source") for message in messages
           if message.find("translation[@type='unfinished']") is not None]
    assert new == [], "run lupdate on the package and translate the new strings"
    gone = [message.findtext("source") for message in messages
            if message.find("translation[@type='vanished']") is not None
            or message.find("translation[@type='obsolete']") is not None]
    assert gone == [], "run lupdate with -no-obsolete: the .ts keeps strings no longer used"


REAL_SAVE_PATH = Prompts.save_path
NBSP = "\u00a0"

# The file name's completion list is a popup; the offscreen platform cannot grab keys for it.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_the_file_dialog_is_all_in_french(french: LanguageInstaller, window: MainWindow,
                                          qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt's own words too: Qt 6 renamed two labels that its French catalogue lacks."""
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == f"&Voir dans{NBSP}:"
    monkeypatch.setattr(Prompts, "save_path", REAL_SAVE_PATH)
    seen: list[list[str]] = []

    def look_then_escape(tries: int = 500) -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QFileDialog) and w.isVisible()]
        if not dialogs or not dialogs[0].isActiveWindow():
            if tries:
                QTimer.singleShot(10, lambda: look_then_escape(tries - 1))
            return
        [dialog] = dialogs
        try:
            seen.append([label.text() for label in dialog.findChildren(QLabel)
                         if label.isVisible()]
                        + [button.text() for button in dialog.findChildren(QPushButton)])
            focus = QApplication.focusWidget()
            assert focus is not None
            qtbot.keyClick(focus, Qt.Key.Key_Escape)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, look_then_escape)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert window.document.path is None  # Escape: nothing saved
    assert seen == [[f"&Voir dans{NBSP}:", f"&Nom de fichier{NBSP}:",
                     f"Fichiers de &type{NBSP}:", "&Enregistrer", "Annuler"]]


def test_the_words_added_to_qt_are_translated(french: LanguageInstaller) -> None:
    for context, text in QT_WORDS:
        assert QCoreApplication.translate(context, text) not in ("", text), text


@pytest.mark.parametrize(("locale", "written"), [
    ("fr_FR", "4 décembre 2026 at 18:44"),
    ("fr_CA", "4 décembre 2026 at 18 h 44"),
    ("en_GB", "4 December 2026 at 18:44"),
    ("en_US", "December 4, 2026 at 6:44\u202fPM"),
])
def test_a_moment_is_written_in_full_without_its_weekday(locale: str, written: str) -> None:
    """The words between day and time come from the interface language (here English)."""
    assert format_moment(dt.datetime(2026, 12, 4, 18, 44, 59), QLocale(locale)) == written
