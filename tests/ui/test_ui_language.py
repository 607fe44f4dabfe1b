"""The interface in French and English, and the translation files kept up to date."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication
from ui_support import ROOT, WindowFactory

from cxdesigner.ui.i18n import LanguageInstaller, resolve_language, translations_folder
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
