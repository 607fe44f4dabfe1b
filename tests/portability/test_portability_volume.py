"""Projects on a case-insensitive volume: a real exFAT file system mounted on Linux.

Windows (NTFS), macOS (APFS) and every USB key (FAT, exFAT) ignore the case of names: there,
``Atelier.cxd`` and ``ATELIER.CXD`` are one file. These tests write on such a volume.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings
from volumes import EXFAT, FileSystem, exfat_volume, mounted_volume, unmount

from cxdesigner.document.commands import EditProject
from cxdesigner.io import backup_paths, load_project, save_project
from cxdesigner.io.disk_state import changed_since
from cxdesigner.io.file_names import portable_stem, same_file
from cxdesigner.model import Project
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.prompts import Prompts
from cxdesigner.ui.settings import Preferences

both = pytest.mark.simulates


@pytest.fixture(scope="module", params=[EXFAT], ids=lambda system: system.name)
def volume(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
           ) -> Iterator[Path]:
    """One volume of each file system for the module (mounting takes a moment)."""
    system: FileSystem = request.param
    with mounted_volume(system, tmp_path_factory.mktemp(system.name)) as mounted:
        yield mounted


@pytest.fixture
def key(volume: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    """A fresh folder of the volume for one test."""
    folder = volume / request.node.name[:60]
    folder.mkdir()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@both("Windows and macOS", "the volume really ignores case and refuses what Windows refuses "
                           "(the premise of the other tests of this module)")
def test_the_volume_is_case_insensitive_and_strict_about_names(key: Path) -> None:
    (key / "Atelier.cxd").write_bytes(b"x")
    assert (key / "ATELIER.CXD").read_bytes() == b"x"
    assert os.listdir(key) == ["Atelier.cxd"]
    for forbidden in ("Achat : web", "Achat ?", "a*b", 'dit "non"', "a<b>", "a|b", "a\\b"):
        with pytest.raises(OSError):
            (key / f"{forbidden}.pdf").write_bytes(b"x")


@both("Windows and macOS", "two spellings of one name are one file: the editor knows it, "
                           "where inode numbers do not say so")
def test_two_spellings_are_the_same_file_only_where_case_is_ignored(
        key: Path, tmp_path: Path) -> None:
    (key / "Atelier.cxd").write_bytes(b"x")
    assert same_file(key / "Atelier.cxd", key / "ATELIER.cxd")
    assert same_file(key / "Atelier.cxd", key.parent / key.name.upper() / "atelier.CXD")
    assert not same_file(key / "Atelier.cxd", key / "Atelier2.cxd")
    (tmp_path / "Atelier.cxd").write_bytes(b"x")
    assert not same_file(tmp_path / "Atelier.cxd", tmp_path / "ATELIER.cxd")  # not there
    (tmp_path / "ATELIER.cxd").write_bytes(b"y")
    assert not same_file(tmp_path / "Atelier.cxd", tmp_path / "ATELIER.cxd")  # two files


@both("Windows and macOS", "saving the open project under its own name typed in another "
                           "case (Save As ▸ atelier.cxd for Atelier.cxd) writes that one file")
def test_save_as_under_the_same_name_in_another_case(
        key: Path, editor: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    path = key / "Atelier.cxd"
    save_project(Project(title="Version 1"), path)
    assert editor.files.open_path(path)
    document = editor.document
    document.undo_stack.push(EditProject(document, {"title": "Version 2"}))
    monkeypatch.setattr(Prompts, "save_path", lambda self, suggested: key / "atelier.cxd")

    assert editor.files.save_as()

    assert not editor.isWindowModified()
    # One file, which takes the spelling of the save (as on NTFS), its backup beside it.
    assert sorted(os.listdir(key)) == [".Atelier.cxd.lock", "atelier.cxd", "atelier.cxd.bak1"]
    assert load_project(key / "atelier.cxd").title == "Version 2"
    assert load_project(key / "atelier.cxd.bak1").title == "Version 1"


@both("Windows and macOS", "a project opened under two spellings is one recent file")
def test_recent_files_list_one_file_once(key: Path, tmp_path: Path) -> None:
    save_project(Project(title="Atelier"), key / "Atelier.cxd")
    preferences = Preferences(QSettings(str(tmp_path / "settings.ini"),
                                        QSettings.Format.IniFormat))
    preferences.add_recent_file(key / "Atelier.cxd")
    preferences.add_recent_file(key / "ATELIER.CXD")
    assert preferences.recent_files() == [key / "ATELIER.CXD"]


@both("Windows and macOS", "saves on a USB key: the temporary file, the rename, the three "
                           "backups and the change detection work on exFAT")
def test_saves_on_the_key_keep_their_promises(key: Path) -> None:
    path = key / "Atelier du 12 mars.cxd"
    for number in range(1, 6):
        state = save_project(Project(title=f"Version {number}"), path)
        assert not changed_since(path, state)
    assert load_project(path).title == "Version 5"
    assert [load_project(backup).title for backup in backup_paths(path)] == [
        "Version 4", "Version 3", "Version 2"]
    assert sorted(os.listdir(key)) == sorted([path.name, *(b.name for b in backup_paths(path))])
    save_project(Project(title="Their version"), key / "ATELIER DU 12 MARS.cxd", backups=0)
    assert changed_since(path, state)


@both("Windows and macOS", "names made from any title are accepted by a volume that refuses "
                           "what Windows refuses, and come back as written")
@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(titles=st.lists(st.text(min_size=0, max_size=160), min_size=1, max_size=2))
def test_names_from_any_title_are_written_on_the_key(key: Path, titles: list[str]) -> None:
    stem = portable_stem(*titles)
    path = key / f"{stem}.pdf"
    path.write_bytes(b"%PDF-")
    assert [name for name in os.listdir(key) if name.casefold() == path.name.casefold()] == [
        path.name]
    path.unlink()


@both("Windows and macOS", "a USB key pulled out while the project is open: the save says "
                           "the folder is gone and the edits stay in the window")
def test_a_key_pulled_out_keeps_the_edits(
        tmp_path: Path, editor: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    with exfat_volume(tmp_path / "pulled") as mounted:
        path = mounted / "Atelier.cxd"
        save_project(Project(title="Version 1"), path)
        assert editor.files.open_path(path)
        document = editor.document
        document.undo_stack.push(EditProject(document, {"title": "Version 2"}))
        shown: list[str] = []
        monkeypatch.setattr(Prompts, "show_error",
                            lambda self, title, text, details="": shown.append(details))
        unmount(mounted)
        mounted.rmdir()  # as the desktop does once a key is gone

        assert not editor.files.save()

        assert shown == [f"Cannot save '{path}': the folder '{mounted}' is not there (a "
                         "network drive or a USB key disconnected, or the folder moved or "
                         "renamed): reconnect it, or save elsewhere with Save As. The file on "
                         "disk was left as it was."]
        assert editor.isWindowModified()
        assert document.project.title == "Version 2"
        editor.files.close()
