"""Saving on Windows and macOS, simulated: files held by other programs, folders that cannot be
flushed, paths too long, folders that went away, names macOS lists decomposed."""

from __future__ import annotations

import os
import time
import unicodedata
from pathlib import Path

import pytest
from windows_files import FOREVER, SHARING_VIOLATION, FakeClock, WindowsFiles

from cxdesigner.document.commands import EditProject
from cxdesigner.io import ProjectFileError, atomic, backup_paths, load_project, save_project
from cxdesigner.io.atomic import (
    HELD_FILE_PATIENCE_SECONDS,
    MAX_TARGET_PATH,
    remove_stale_temporaries,
    temporary_pattern,
)
from cxdesigner.model import Project
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.prompts import Prompts

windows = pytest.mark.simulates


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(atomic, "time", fake)
    return fake


def _leftovers(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.endswith(".tmp"))


def _saved_versions(path: Path, count: int) -> None:
    for number in range(1, count + 1):
        save_project(Project(title=f"Version {number}"), path)


@windows("Windows", "a file open in this program cannot be renamed: the C library opens "
                    "files without delete sharing (ERROR_SHARING_VIOLATION)")
def test_a_save_closes_its_temporary_file_before_renaming_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "atelier.cxd"
    rules = WindowsFiles(monkeypatch)

    _saved_versions(path, 5)

    assert load_project(path).title == "Version 5"
    assert [load_project(backup).title for backup in backup_paths(path)] == [
        "Version 4", "Version 3", "Version 2"]
    assert _leftovers(tmp_path) == []
    assert not [refusal for refusal in rules.refused if refusal[2] == SHARING_VIOLATION]


@windows("Windows", "an antivirus scan, OneDrive or a preview pane holds a file open for a "
                    "moment after each change (ERROR_ACCESS_DENIED on a rename over it)")
def test_a_save_waits_for_a_program_that_holds_the_file_a_moment(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: FakeClock) -> None:
    path = tmp_path / "atelier.cxd"
    rules = WindowsFiles(monkeypatch)
    _saved_versions(path, 1)
    rules.hold(path, refusals=4)

    save_project(Project(title="Version 2"), path)

    assert load_project(path).title == "Version 2"
    assert load_project(backup_paths(path)[0]).title == "Version 1"
    assert len(clock.waits) == 4
    assert clock.waits == sorted(clock.waits)  # waits a little longer each time
    assert sum(clock.waits) < 1.0
    assert _leftovers(tmp_path) == []


@windows("Windows", "a file held open for good by another program: the save gives up after "
                    "a bounded wait, names who may hold it and changes nothing")
def test_a_file_held_for_good_is_reported_and_left_as_it_was(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: FakeClock) -> None:
    path = tmp_path / "atelier.cxd"
    rules = WindowsFiles(monkeypatch)
    _saved_versions(path, 1)
    before = path.read_bytes()
    rules.hold(path, FOREVER)

    with pytest.raises(ProjectFileError) as raised:
        save_project(Project(title="Version 2"), path)

    message = raised.value.message()
    assert message.startswith(f"Cannot save '{path}': another program keeps the file open")
    assert "an antivirus scan, a synchronisation client (OneDrive, Dropbox, Google Drive)" in \
        message
    assert "The file on disk was left as it was." in message
    assert HELD_FILE_PATIENCE_SECONDS - 0.5 <= sum(clock.waits) \
        <= HELD_FILE_PATIENCE_SECONDS + 1e-9
    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == []


@windows("Windows", "a project in a OneDrive folder: the synchronisation client holds the "
                    "file while it uploads it, and the message says so (in French too)")
def test_a_file_held_in_a_onedrive_folder_names_onedrive(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: FakeClock) -> None:
    folder = tmp_path / "OneDrive - Cabinet Conseil" / "Clients"
    folder.mkdir(parents=True)
    path = folder / "atelier.cxd"
    rules = WindowsFiles(monkeypatch)
    _saved_versions(path, 1)
    rules.hold(path, FOREVER)

    with pytest.raises(ProjectFileError) as raised:
        save_project(Project(title="Version 2"), path, language="fr")

    assert raised.value.message() == (
        f"Impossible d’enregistrer «\u00a0{path}\u00a0»\u00a0: le fichier est dans un dossier "
        "OneDrive et OneDrive le garde ouvert pendant qu’il le synchronise, ce qui empêche de "
        "le remplacer (une analyse antivirus ou le volet de visualisation de l’explorateur de "
        "fichiers peuvent faire de même). Attendez quelques secondes la fin de la "
        "synchronisation, ou mettez-la en pause, puis enregistrez à nouveau. Le fichier sur le "
        "disque n’a pas été modifié.")


@windows("Windows", "a backup (.bak1) held open by a preview pane: the rotation waits too")
def test_a_backup_held_a_moment_does_not_fail_the_save(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: FakeClock) -> None:
    path = tmp_path / "atelier.cxd"
    rules = WindowsFiles(monkeypatch)
    _saved_versions(path, 3)
    rules.hold(backup_paths(path)[1], refusals=2)

    save_project(Project(title="Version 4"), path)

    assert [load_project(backup).title for backup in backup_paths(path)] == [
        "Version 3", "Version 2", "Version 1"]
    assert len(clock.waits) == 2


@windows("Windows", "an antivirus scanning the new temporary file refuses its deletion: the "
                    "error the user sees is still the one that stopped the save")
def test_a_temporary_file_windows_will_not_delete_does_not_hide_the_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: FakeClock) -> None:
    path = tmp_path / "atelier.cxd"
    rules = WindowsFiles(monkeypatch)
    _saved_versions(path, 1)
    rules.hold(path, FOREVER)
    rules.scan_new_files(tmp_path, refusals=1)

    with pytest.raises(ProjectFileError, match="another program keeps the file open"):
        save_project(Project(title="Version 2"), path, backups=0)

    assert len(_leftovers(tmp_path)) == 1  # removed by a later save, once unlocked
    assert load_project(path).title == "Version 1"


@windows("Windows", "a folder cannot be opened to be flushed (fsync of a folder is POSIX "
                    "only): the save skips it")
def test_the_folder_is_not_flushed_on_windows(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "atelier.cxd"
    rules = WindowsFiles(monkeypatch)

    _saved_versions(path, 2)

    assert rules.opened_folders == []
    assert load_project(path).title == "Version 2"


@windows("Windows", "on Linux and macOS the folder is flushed after the rename, so that the "
                    "new name survives a power cut (the counterpart of the Windows test)")
def test_the_folder_is_flushed_elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    flushed: list[str] = []
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        if os.path.isdir(f"/proc/self/fd/{descriptor}"):
            flushed.append(os.readlink(f"/proc/self/fd/{descriptor}"))
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    save_project(Project(title="Version 1"), tmp_path / "atelier.cxd")
    assert flushed == [str(tmp_path)]


@windows("Windows", "paths of 260 characters or more cannot be opened when long paths are "
                    "not enabled (ERROR_PATH_NOT_FOUND): the message says how long and what "
                    "to do")
def test_a_path_too_long_for_windows_is_named(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / ("Ateliers clients " * 8).strip()
    folder.mkdir()
    path = folder / ("x" * (MAX_TARGET_PATH + 3 - len(str(folder)) - len("/.cxd")) + ".cxd")
    assert len(str(path)) == MAX_TARGET_PATH + 3
    WindowsFiles(monkeypatch)

    with pytest.raises(ProjectFileError) as raised:
        save_project(Project(title="Long"), path)

    assert (f"its path is {MAX_TARGET_PATH + 3} characters long, more than the "
            f"{MAX_TARGET_PATH} a save can write on Windows") in raised.value.message()
    assert "choose a shorter name, or a folder nearer the root of the drive" in \
        raised.value.message()
    assert os.listdir(folder) == []


@windows("Windows", "a path just short enough is saved, with its temporary file and backups "
                    "under the limit")
def test_the_longest_path_windows_saves_is_saved(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "Ateliers"
    folder.mkdir()
    path = folder / ("x" * (MAX_TARGET_PATH - len(str(folder)) - len("/.cxd")) + ".cxd")
    assert len(str(path)) == MAX_TARGET_PATH
    rules = WindowsFiles(monkeypatch)

    _saved_versions(path, 3)

    assert load_project(path).title == "Version 3"
    assert rules.refused == []


@windows("Windows and macOS", "a network drive or a USB key disconnected while the project "
                              "is open: the folder is gone, and the message says so")
def test_a_folder_gone_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "Z"
    folder.mkdir()
    path = folder / "atelier.cxd"
    save_project(Project(title="Version 1"), path)
    for child in folder.iterdir():
        child.unlink()
    folder.rmdir()

    with pytest.raises(ProjectFileError) as raised:
        save_project(Project(title="Version 2"), path, language="fr")

    assert f"le dossier «\u00a0{folder}\u00a0» est introuvable (un lecteur réseau ou une clé " \
           "USB déconnectés" in raised.value.message()


@windows("macOS", "HFS+ lists file names decomposed (NFD) whatever was asked: the temporary "
                  "files a killed save left beside 'Étape.cxd' are still found and removed")
def test_stale_temporaries_listed_decomposed_are_removed(tmp_path: Path) -> None:
    target = tmp_path / unicodedata.normalize("NFC", "Étape à réviser.cxd")
    save_project(Project(title="Étape"), target)
    decomposed = unicodedata.normalize("NFD", f".{target.name}.abcd1234.tmp")
    stale = tmp_path / decomposed
    stale.write_bytes(b"{")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    assert temporary_pattern(target).fullmatch(unicodedata.normalize("NFC", decomposed))

    remove_stale_temporaries(target)

    assert not stale.exists()
    assert load_project(target).title == "Étape"


@windows("Windows", "in the editor, a project held open by another program for good: the "
                    "edits stay, the message says who may hold it, and a later save works")
def test_the_editor_keeps_the_edits_while_the_file_is_held(
        editor: MainWindow, demo_copy: Path, monkeypatch: pytest.MonkeyPatch,
        clock: FakeClock) -> None:
    assert editor.files.open_path(demo_copy)
    original = load_project(demo_copy).title
    document = editor.document
    document.undo_stack.push(EditProject(document, {"title": "Atelier du 12 mars"}))
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(Prompts, "show_error",
                        lambda self, title, text, details="": shown.append((title, text, details)))
    rules = WindowsFiles(monkeypatch)
    rules.hold(demo_copy, FOREVER)

    assert not editor.files.save()

    assert editor.isWindowModified()
    assert document.project.title == "Atelier du 12 mars"
    assert load_project(demo_copy).title == original
    (title, text, details), = shown
    assert title == "Could not save"
    assert "Your changes are still here" in text
    assert "another program keeps the file open" in details
    assert "then save again" in details

    rules.hold(demo_copy, 0)  # the antivirus is done
    assert editor.files.save()
    assert not editor.isWindowModified()
    assert load_project(demo_copy).title == "Atelier du 12 mars"
