"""Never lose work: recovery snapshots, finding them after a crash, restoring, discarding."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_support import WindowFactory

from cxdesigner.document.commands import EditProject
from cxdesigner.io import load_project
from cxdesigner.ui.i18n import LanguageInstaller
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.prompts import Prompts, SaveChoice
from cxdesigner.ui.recovery import RecoveryStore, Snapshot
from cxdesigner.ui.recovery_dialog import DISCARD, OPEN_BOTH, RESTORE, RecoveryDialog
from cxdesigner.ui.settings import Preferences
from cxdesigner.ui.windows import WindowManager

# A whole editor that edits the demo copy, waits for the snapshot, then says so and waits to
# be killed (as a crash or a power cut would stop it).
_CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication
    QStandardPaths.setTestModeEnabled(True)
    from cxdesigner.app import set_identity
    set_identity()
    app = QApplication([sys.argv[0]])
    from cxdesigner.document.commands import EditProject, EditTouchpoint
    from cxdesigner.ui.recovery import RecoveryStore
    from cxdesigner.ui.settings import Preferences
    from cxdesigner.ui.windows import WindowManager
    project, folder, settings = map(Path, sys.argv[1:4])
    manager = WindowManager(Preferences(QSettings(str(settings), QSettings.Format.IniFormat)),
                            RecoveryStore(folder), "fr")
    window = manager.new_window()
    window.recovery.set_debounce(100)
    assert window.files.open_path(project)
    doc = window.document
    journey = doc.project.journeys[0]
    first = journey.stages[0].touchpoints[0]
    doc.undo_stack.push(EditProject(doc, {"title": "Titre de l'atelier"}))
    doc.undo_stack.push(EditTouchpoint(doc, journey.id, first.id, {"emotion": -3}))
    deadline = time.monotonic() + 20
    while not list(folder.glob("*.json")) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    print("SNAPSHOT", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.05)
""")


def _edit(window: MainWindow, title: str) -> None:
    window.document.undo_stack.push(EditProject(window.document, {"title": title}))


def test_a_snapshot_follows_edits_and_goes_when_saved(
        window: MainWindow, demo_copy: Path, qtbot: QtBot) -> None:
    window.files.open_path(demo_copy)
    window.recovery.set_debounce(20)
    _edit(window, "Atelier")
    sidecar = window.recovery.project_file.with_suffix(".json")

    qtbot.waitUntil(sidecar.exists, timeout=3000)

    info = json.loads(sidecar.read_text(encoding="utf-8"))
    assert info["original"] == str(demo_copy.resolve())
    assert info["title"] == "Atelier"
    assert load_project(window.recovery.project_file).title == "Atelier"
    assert window.files.save()
    assert not sidecar.exists()
    assert not window.recovery.project_file.exists()


def test_a_snapshot_goes_when_undo_comes_back_to_the_saved_state_and_comes_again(
        window: MainWindow, demo_copy: Path, qtbot: QtBot) -> None:
    window.files.open_path(demo_copy)
    window.recovery.set_debounce(20)
    stack = window.document.undo_stack
    _edit(window, "Atelier")
    stack.undo()  # back to the file before any snapshot was written: nothing to remove
    assert not window.recovery.project_file.exists()
    stack.redo()
    sidecar = window.recovery.project_file.with_suffix(".json")
    qtbot.waitUntil(sidecar.exists, timeout=3000)
    stack.undo()
    assert not sidecar.exists() and not window.recovery.project_file.exists()
    stack.redo()  # unsaved again: a new snapshot, removed again by the undo
    qtbot.waitUntil(sidecar.exists, timeout=3000)
    assert load_project(window.recovery.project_file).title == "Atelier"
    stack.undo()
    assert not sidecar.exists() and not window.recovery.project_file.exists()


def test_a_running_session_is_not_offered(window: MainWindow, manager: WindowManager) -> None:
    _edit(window, "En cours")
    assert window.recovery.write_snapshot()

    assert manager.store.orphans() == []


def _killed_session(demo_copy: Path, tmp_path: Path) -> Path:
    """Run an editor that edits ``demo_copy``, and kill it once its snapshot is written."""
    script = tmp_path / "child.py"
    script.write_text(_CHILD, encoding="utf-8")
    folder = tmp_path / "recovery"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, str(script), str(demo_copy), str(folder),
         str(tmp_path / "child-settings.ini")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "SNAPSHOT", child.stderr.read() if child.stderr else ""
        time.sleep(0.1)
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=10)
    assert child.returncode == -signal.SIGKILL
    return folder


@pytest.mark.slow
def test_work_of_a_killed_session_is_restored_bound_to_its_file(
        make_window: WindowFactory, manager: WindowManager, demo_copy: Path,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _killed_session(demo_copy, tmp_path)
    assert manager.store.folder == folder
    on_disk = demo_copy.read_bytes()
    window = make_window()
    chosen: list[list[Snapshot]] = []

    def restore_first(window: MainWindow, snapshots: list[Snapshot]) -> tuple[str, Snapshot]:
        chosen.append(snapshots)
        return RESTORE, snapshots[0]

    monkeypatch.setattr(manager, "choose_recovery", restore_first)
    manager.offer_recovery(window, asked=False)

    assert len(chosen) == 1 and len(chosen[0]) == 1
    snapshot = chosen[0][0]
    assert snapshot.original == demo_copy.resolve()
    project = window.document.project
    assert project.title == "Titre de l'atelier"
    assert project.journeys[0].stages[0].touchpoints[0].emotion == -3
    assert window.document.path == demo_copy.resolve()
    assert window.isWindowModified()
    assert demo_copy.read_bytes() == on_disk  # nothing written before the user saves
    assert snapshot.project_file.exists()  # kept until the work is saved

    assert window.files.save()
    assert load_project(demo_copy).title == "Titre de l'atelier"
    assert not snapshot.project_file.exists()
    assert RecoveryStore(folder).orphans() == []


def _orphan(manager: WindowManager, window: MainWindow, title: str) -> Snapshot:
    """A snapshot left as if its session had died."""
    _edit(window, title)
    assert window.recovery.write_snapshot()
    window.recovery._lock.unlock()  # type: ignore[union-attr]  # the session "dies"
    window.recovery._lock = None
    snapshots = manager.store.orphans()
    assert [s.title for s in snapshots] == [title]
    return snapshots[0]


def test_discard_deletes_only_after_confirmation(
        make_window: WindowFactory, manager: WindowManager,
        monkeypatch: pytest.MonkeyPatch) -> None:
    crashed = make_window()
    snapshot = _orphan(manager, crashed, "Perdu ?")
    crashed.recovery.id = "other-session"  # the dead session's files stay on disk
    answers = [False, True]
    questions: list[str] = []

    def confirm(self: Prompts, title: str, text: str, action: str) -> bool:
        questions.append(text)
        return answers.pop(0)

    monkeypatch.setattr(Prompts, "confirm", confirm)
    window = make_window()

    assert not manager.discard(window, snapshot)
    assert snapshot.project_file.exists()
    assert manager.discard(window, snapshot)
    assert not snapshot.project_file.exists()
    assert not snapshot.project_file.with_suffix(".json").exists()
    assert len(questions) == 2 and "Perdu ?" in questions[0]


def test_open_both_shows_the_file_on_disk_read_only(
        make_window: WindowFactory, manager: WindowManager, demo_copy: Path,
        monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    crashed = make_window()
    crashed.files.open_path(demo_copy)
    snapshot = _orphan(manager, crashed, "Version non enregistrée")
    crashed.recovery.id = "other-session"
    window = make_window()

    answers = iter([OPEN_BOTH])  # then "decide later" for what remains
    monkeypatch.setattr(manager, "choose_recovery",
                        lambda w, snapshots: (next(answers), snapshots[0])
                        if snapshots[0].id == snapshot.id else None)
    manager.offer_recovery(window, asked=False)

    assert window.document.project.title == "Version non enregistrée"
    assert window.isWindowModified()
    read_only = [w for w in manager.windows if w.read_only]
    assert len(read_only) == 1
    assert read_only[0].document.path == snapshot.original
    assert read_only[0].document.project.title == load_project(demo_copy).title
    assert not read_only[0].editor_actions.save.isEnabled()
    assert "read-only" in read_only[0].windowTitle()
    view = read_only[0].tabs.current_view()
    assert view is not None
    view.select_touchpoint(read_only[0].document.project.journeys[0].stages[0].touchpoints[0].id)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # would add a touchpoint in an editing window
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert read_only[0].document.undo_stack.count() == 0


def test_the_menu_says_when_there_is_nothing_to_recover(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(Prompts, "inform", lambda self, title, text: told.append(text))

    window.editor_actions.recover.trigger()

    assert told == ["There is no unsaved work to recover."]


def test_decide_later_keeps_everything(make_window: WindowFactory, manager: WindowManager,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    crashed = make_window()
    snapshot = _orphan(manager, crashed, "Plus tard")
    crashed.recovery.id = "other-session"
    window = make_window()
    monkeypatch.setattr(manager, "choose_recovery", lambda w, snapshots: None)

    manager.offer_recovery(window, asked=False)

    assert snapshot.project_file.exists()
    assert snapshot.project_file.with_suffix(".json").exists()
    assert window.is_pristine()


def test_discard_from_the_dialog_asks_and_deletes(
        make_window: WindowFactory, manager: WindowManager,
        monkeypatch: pytest.MonkeyPatch) -> None:
    crashed = make_window()
    snapshot = _orphan(manager, crashed, "À jeter")
    crashed.recovery.id = "other-session"
    window = make_window()
    monkeypatch.setattr(manager, "choose_recovery",
                        lambda w, snapshots: (DISCARD, snapshots[0]))
    monkeypatch.setattr(Prompts, "confirm", lambda self, title, text, action: True)

    manager.offer_recovery(window, asked=False)

    assert not snapshot.project_file.exists()
    assert manager.store.orphans() == []


REAL_RUN = Prompts.run


@pytest.mark.parametrize(("language", "written"), [
    ("fr", "Travail non enregistré du 4 décembre 2026 à 18:44"),
    ("en", "Unsaved work from 4 December 2026 at 18:44"),
])
def test_the_dialog_writes_the_date_in_the_interface_language(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str,
        written: str) -> None:
    installer = LanguageInstaller()
    installer.install(language)
    try:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        manager = WindowManager(Preferences(settings), RecoveryStore(tmp_path / "recovery"),
                                language)
        window = manager.new_window()
        window.show()
        qtbot.waitExposed(window)
        moment = dt.datetime(2026, 12, 4, 18, 44, 31).astimezone()
        snapshot = Snapshot("dead", tmp_path / "dead.cxd", None, moment, "Atelier")
        monkeypatch.setattr(manager.store, "orphans", lambda: [snapshot])
        monkeypatch.setattr(Prompts, "run", REAL_RUN)
        shown: list[str] = []

        def read_then_escape(tries: int = 500) -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, RecoveryDialog) or QApplication.focusWidget() is None:
                if tries:
                    QTimer.singleShot(10, lambda: read_then_escape(tries - 1))
                return
            try:
                item = dialog.list.item(0)
                shown.append(item.text() if item is not None else "")
                focus = QApplication.focusWidget()
                assert focus is not None
                qtbot.keyClick(focus, Qt.Key.Key_Escape)  # Decide Later
            finally:
                if dialog.isVisible():
                    dialog.reject()

        QTimer.singleShot(0, read_then_escape)
        manager.offer_recovery(window, asked=False)
        window.close()
    finally:
        installer.remove()

    assert [text.splitlines()[1] for text in shown] == [written]


def test_a_file_opened_after_a_restore_is_not_marked_modified(
        make_window: WindowFactory, manager: WindowManager, demo_copy: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    crashed = make_window()
    _orphan(manager, crashed, "Travail retrouvé")
    crashed.recovery.id = "other-session"
    window = make_window()
    monkeypatch.setattr(manager, "choose_recovery",
                        lambda w, snapshots: (RESTORE, snapshots[0]))
    window.editor_actions.recover.trigger()  # File ▸ Recover Unsaved Work ▸ Restore
    assert window.document.project.title == "Travail retrouvé"
    assert window.isWindowModified()
    monkeypatch.setattr(Prompts, "ask_save_changes", lambda self, name: SaveChoice.DISCARD)

    assert window.files.open_path(demo_copy)

    assert not window.isWindowModified()
    assert "*" not in window.windowTitle().replace("[*]", "")
    assert window.document.undo_stack.count() == 0
    assert not window.files.is_modified()
