"""File names proposed from a project or journey title, checked against Windows' rules."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QSettings

from cxdesigner.document.commands import EditProject
from cxdesigner.io.atomic import MAX_TARGET_PATH
from cxdesigner.io.file_names import SHORTEST_STEM, fitted_file, portable_stem
from cxdesigner.platforms import (
    FORBIDDEN_NAME_CHARACTERS,
    MAX_NAME_UNITS,
    Platform,
    cloud_service,
    is_reserved_name,
    name_units,
    path_too_long,
    path_units,
)
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.prompts import Prompts
from cxdesigner.ui.settings import Preferences

windows = pytest.mark.simulates

# Titles as consultants type them, and what Windows would make of them.
TITLES = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300)
WINDOWS_TRAPS = st.sampled_from(["CON", "con", "Prn", "AUX", "nul", "COM1", "lpt9", "COM¹",
                                 "CONIN$", " ", ".", "..", "…", ":", "?", "*", "/", "\\", "|",
                                 '"', "<", ">", "\t", "\x00", "\x7f", "\u202f", "é", "e\u0301",
                                 "字", "😤"])


def _follows_windows_rules(stem: str, suffix: str = ".pdf") -> None:
    name = f"{stem}{suffix}"
    assert stem, "a name"
    assert not FORBIDDEN_NAME_CHARACTERS.search(name)
    assert not is_reserved_name(name)
    assert stem == stem.strip(" .")
    assert unicodedata.is_normalized("NFC", stem)
    for platform in Platform:
        assert name_units(f"{name}.bak3", platform) <= MAX_NAME_UNITS


@windows("Windows", "names Windows forbids (: ? * < > | \" / \\, control characters), "
                    "device names (CON, NUL, COM1…) and trailing dots or spaces are never "
                    "proposed, whatever the titles")
@given(titles=st.lists(st.one_of(TITLES, st.lists(WINDOWS_TRAPS, max_size=6).map("".join)),
                       min_size=1, max_size=3))
def test_a_name_from_any_title_follows_windows_rules(titles: list[str]) -> None:
    _follows_windows_rules(portable_stem(*titles))


@windows("Windows", "what the rules change in the titles of a real workshop")
@pytest.mark.parametrize(("titles", "stem"), [
    (("Parcours d’achat", "Achat en ligne"), "Parcours d’achat - Achat en ligne"),
    (("Banque\u202f: parcours 2024/2025 ?",), "Banque parcours 2024-2025"),
    (("SAV", "Appel \"urgent\" <client>"), "SAV - Appel urgent client"),
    (("CON",), "CON_"),
    (("nul.",), "nul_"),
    (("CON.0",), "CON_.0"),
    (("Com1 ",), "Com1_"),
    (("Aux champs",), "Aux champs"),
    (("Atelier...",), "Atelier"),
    (("   ", "?"), "map"),
    (("Étape", "Re\u0301servation"), "Étape - Réservation"),
])
def test_what_the_rules_change(titles: tuple[str, ...], stem: str) -> None:
    assert portable_stem(*titles) == stem


@windows("Windows and macOS", "a name longer than a file system allows: 255 UTF-16 units on "
                              "NTFS and exFAT, 255 bytes of UTF-8 on APFS and ext4")
def test_long_titles_are_cut_for_every_file_system() -> None:
    latin, chinese = portable_stem("Parcours " * 60), portable_stem("客户旅程" * 100)
    assert len(latin) <= 120
    assert len(chinese.encode("utf-8")) <= MAX_NAME_UNITS - 40
    _follows_windows_rules(latin)
    _follows_windows_rules(chinese)


@windows("Windows", "a path of 260 characters or more does not open in Explorer or Office: "
                    "a name proposed in a deep folder is shortened to fit")
@given(depth=st.integers(min_value=1, max_value=60), title=TITLES)
def test_a_name_proposed_in_a_deep_folder_fits_windows(depth: int, title: str) -> None:
    folder = Path("C:/Users/jean.dupont/OneDrive - Cabinet Conseil/Clients") / (
        "/".join(["Ateliers"] * depth))
    path = fitted_file(folder, portable_stem(title, "Achat en ligne"), ".pdf")
    stem = path.name.removesuffix(".pdf")
    assert path_units(path) <= MAX_TARGET_PATH or len(stem) <= SHORTEST_STEM
    assert not path_too_long(path, Platform.WINDOWS) or len(stem) <= SHORTEST_STEM
    _follows_windows_rules(stem)


@windows("Windows", "the Save As dialog proposes a name from the project's title that "
                    "Windows accepts, short enough for the folder")
def test_save_as_proposes_a_name_windows_accepts(
        editor: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    deep = tmp_path / ("Clients 2024 " * 8).strip()
    deep.mkdir()
    preferences = Preferences(QSettings(str(tmp_path / "settings.ini"),
                                        QSettings.Format.IniFormat))
    preferences.last_folder = deep  # the folder of the last Open or Save dialog
    document = editor.document
    document.undo_stack.push(EditProject(document, {
        "title": "Banque : parcours « crédit immobilier » ? — atelier n°2 du 12/03 ..." * 2}))
    proposed: list[Path] = []

    def cancel(self: Prompts, suggested: Path) -> None:
        proposed.append(suggested)

    monkeypatch.setattr(Prompts, "save_path", cancel)
    assert not editor.files.save_as()

    path, = proposed
    assert path.parent == deep
    assert path.suffix == ".cxd"
    assert path.name.startswith("Banque parcours « crédit immobilier »")
    assert MAX_TARGET_PATH - 3 <= path_units(path) <= MAX_TARGET_PATH  # cut to fit
    _follows_windows_rules(path.stem, ".cxd")


@windows("Windows and macOS", "folders synchronised by OneDrive, Dropbox, Google Drive, "
                              "iCloud Drive or Box, as each names them on Windows and macOS")
@pytest.mark.parametrize(("path", "service"), [
    ("C:/Users/jean/OneDrive/Ateliers/atelier.cxd", "OneDrive"),
    ("C:/Users/jean/OneDrive - Cabinet Conseil/atelier.cxd", "OneDrive"),
    ("/Users/jean/Library/CloudStorage/OneDrive-CabinetConseil/a.cxd", "OneDrive"),
    ("C:/Users/jean/Dropbox (Cabinet)/a.cxd", "Dropbox"),
    ("/Users/jean/Library/CloudStorage/Dropbox/a.cxd", "Dropbox"),
    ("G:/My Drive/Clients/a.cxd", "Google Drive"),
    ("/Users/jean/Library/CloudStorage/GoogleDrive-jean@cabinet.fr/My Drive/a.cxd",
     "Google Drive"),
    ("/Users/jean/Library/Mobile Documents/com~apple~CloudDocs/a.cxd", "iCloud Drive"),
    ("C:/Users/jean/Box/a.cxd", "Box"),
    ("C:/Users/jean/Documents/a.cxd", None),
    ("/home/jean/OneDrive.cxd", None),
])
def test_cloud_folders_are_recognised(path: str, service: str | None) -> None:
    assert cloud_service(path) == service
