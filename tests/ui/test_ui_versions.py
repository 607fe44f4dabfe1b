"""The editor's versions: settling merge conflicts in their panel, File ▸ Merge With…, and
File ▸ Snapshots (take, list, compare with now, restore, export, delete), with real clicks
and keys, each settling or snapshot one step in Edit ▸ Undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QListWidget, QPushButton, QTreeWidget
from pytestqt.qtbot import QtBot
from ui_support import WindowFactory, small_project

from cxdesigner.document.commands import EditTouchpoint
from cxdesigner.io import load_project, save_project
from cxdesigner.model import Project, Side
from cxdesigner.ui.i18n import LanguageInstaller
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.prompts import Prompts
from cxdesigner.ui.recovery import RecoveryStore
from cxdesigner.ui.settings import Preferences
from cxdesigner.ui.versions.conflicts_panel import ConflictsPanel
from cxdesigner.ui.versions.snapshots_dialog import SnapshotsDialog, TakeSnapshotDialog
from cxdesigner.ui.windows import WindowManager
from cxdesigner.versions.snapshots import snapshot_project, with_snapshot

GOLDEN = Path(__file__).resolve().parents[1] / "io" / "golden"
MONDAY = dt.datetime(2026, 11, 23, 17, 30, tzinfo=dt.UTC)


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled() and button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(qtbot: QtBot, widget: QListWidget | QTreeWidget, row: int) -> None:
    """A real click in the middle of a row of a list or tree."""
    if isinstance(widget, QListWidget):
        item = widget.item(row)
        assert item is not None
        rect = widget.visualItemRect(item)
    else:
        tree_item = widget.topLevelItem(row)
        assert tree_item is not None
        rect = widget.visualItemRect(tree_item)
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _keys_to_map(qtbot: QtBot, window: MainWindow,
                 modifiers: Qt.KeyboardModifier) -> None:
    """Ctrl+Z (with ``modifiers``) typed on the map of the window, brought to the front."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.tabs.current_view()
    assert view is not None
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, modifiers)


def undo(qtbot: QtBot, window: MainWindow) -> None:
    _keys_to_map(qtbot, window, Qt.KeyboardModifier.ControlModifier)


def redo(qtbot: QtBot, window: MainWindow) -> None:
    _keys_to_map(qtbot, window,
                 Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def card_title(window: MainWindow, stage: int, index: int) -> str:
    return window.document.project.journeys[0].stages[stage].touchpoints[index].title


# --------------------------------------------------------------------------- conflicts


@pytest.fixture
def conflicted(make_window: WindowFactory) -> MainWindow:
    return make_window(project=load_project(GOLDEN / "v4-full.cxd"))


def panel_of(window: MainWindow) -> ConflictsPanel:
    return window.versions.dock.panel


def test_a_project_with_conflicts_shows_them_and_is_marked(conflicted: MainWindow) -> None:
    dock = conflicted.versions.dock
    assert dock.isVisible() and dock.is_built()
    assert "(merge conflicts: 4)" in conflicted.windowTitle()
    panel = panel_of(conflicted)
    assert panel.list.count() == 4
    assert panel.summary.text().startswith("Conflicts to settle: 4.")
    assert panel.where.text() == ("journey 'Achat en ligne — parcours actuel', stage 'Prise de "
                                  "conscience', touchpoint 'Voit une publicité 📱 (TV)'")
    assert panel.what.text() == "Changed on both sides"
    assert panel.headers["ours"].text() == "Ours (kept now)"
    assert panel.values["base"].text() == "'Voit une publicité 📱'"
    assert "<u" in panel.values["theirs"].text() and "radio" in panel.values["theirs"].text()
    assert panel.buttons[Side.OURS].text() == "Keep ours"
    assert panel.buttons[Side.THEIRS].text() == "Use theirs"


def test_choosing_a_side_is_one_undoable_step(conflicted: MainWindow, qtbot: QtBot) -> None:
    panel = panel_of(conflicted)
    click(qtbot, panel.buttons[Side.THEIRS])
    assert card_title(conflicted, 0, 0) == "Voit une publicité 📱 (radio)"
    assert len(conflicted.document.project.conflicts) == 3
    assert panel.list.count() == 3
    assert "(merge conflicts: 3)" in conflicted.windowTitle()
    assert conflicted.isWindowModified()
    undo(qtbot, conflicted)
    assert card_title(conflicted, 0, 0) == "Voit une publicité 📱 (TV)"
    assert panel.list.count() == 4
    redo(qtbot, conflicted)
    assert card_title(conflicted, 0, 0) == "Voit une publicité 📱 (radio)"


def test_every_kind_of_conflict_settles_from_the_panel(conflicted: MainWindow,
                                                       qtbot: QtBot) -> None:
    panel = panel_of(conflicted)
    # The persona one side removed and the other changed: remove it after all.
    click_row(qtbot, panel.list, 1)
    assert panel.what.text() == "Removed on one side, changed on the other"
    assert panel.buttons[Side.THEIRS].text() == "Keep It (theirs)"
    assert panel.buttons[Side.OURS].text() == "Remove It (ours)"
    assert panel.values["ours"].text() == "removed"
    click(qtbot, panel.buttons[Side.OURS])
    assert [p.name for p in conflicted.document.project.personas] == ["Léa, 34 ans"]
    # The card both moved: take their stage.
    assert panel.where.text().endswith("touchpoint 'Reçoit le colis'")
    click(qtbot, panel.buttons[Side.THEIRS])
    stages = conflicted.document.project.journeys[0].stages
    assert [tp.title for tp in stages[1].touchpoints] == ["Compare sur le site",
                                                         "Reçoit le colis"]
    # The order of the cards both added at the same place: theirs first.
    assert panel.what.text() == "Different order"
    click(qtbot, panel.buttons[Side.THEIRS])
    assert [tp.title for tp in conflicted.document.project.journeys[0].stages[0].touchpoints
            ] == ["Voit une publicité 📱 (TV)", "Relance e-mail", "Relance SMS"]
    # The title: keep ours.
    click(qtbot, panel.buttons[Side.OURS])
    assert conflicted.document.project.conflicts == []
    assert panel.summary.text() == "No conflicts left: the project is merged."
    assert "merge conflicts" not in conflicted.windowTitle()
    # Nothing left to choose: no empty buttons, no empty list.
    assert not panel.detail.isVisible() and not panel.list.isVisible()
    assert not any(button.isVisible() for button in panel.buttons.values())
    for _ in range(4):
        undo(qtbot, conflicted)
    assert len(conflicted.document.project.conflicts) == 4
    assert conflicted.document.project == load_project(GOLDEN / "v4-full.cxd")


def test_the_panel_restored_with_the_window_is_hidden_when_nothing_is_to_settle(
        make_window: WindowFactory, qtbot: QtBot) -> None:
    conflicted = make_window(project=load_project(GOLDEN / "v4-full.cxd"))
    assert conflicted.versions.dock.isVisible()
    manager = conflicted.manager
    conflicted.close()  # the window's layout is kept, the conflicts panel open in it
    qtbot.waitUntil(lambda: not manager.windows)
    plain = make_window(project=small_project())
    assert not plain.versions.dock.isVisible()
    again = make_window(project=load_project(GOLDEN / "v4-full.cxd"))
    assert again.versions.dock.isVisible()


def test_show_on_the_map_selects_the_card(conflicted: MainWindow, qtbot: QtBot) -> None:
    panel = panel_of(conflicted)
    click_row(qtbot, panel.list, 2)
    click(qtbot, panel.show_button)
    view = conflicted.tabs.current_view()
    assert view is not None and view.selected_touchpoint_ids() == ["tp-livraison"]


def test_a_side_that_no_longer_fits_is_refused_and_the_conflict_stays(
        conflicted: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[tuple[str, ...]] = []
    monkeypatch.setattr(Prompts, "show_error", lambda self, *args: errors.append(args))
    document = conflicted.document
    data = document.project.model_dump(mode="json")
    data["journeys"][0]["stages"].pop(1)  # the stage their side moved the parcel to
    data["scorecards"] = [s for s in data["scorecards"] if s["scope_id"] != "st-interet"]
    data["indicator_records"] = [r for r in data["indicator_records"]
                                 if r["scope_id"] != "st-interet"]
    data["answers"] = [a for a in data["answers"] if a["scope_id"] not in
                       ("st-interet", "tp-site")]
    data["contacts"] = [dict(c, stage_id=None, touchpoint_id=None)
                        if c["stage_id"] == "st-interet" or c["touchpoint_id"] == "tp-site"
                        else c for c in data["contacts"]]
    for profile in data["contact_profiles"]:
        profile["touchpoint_ids"] = [t for t in profile["touchpoint_ids"] if t != "tp-site"]
    for action in data["actions"]:
        if action["touchpoint_id"] == "tp-site":
            action.update(touchpoint_id=None, irritant_id=None)
    for journey in data["journeys"]:
        journey["flows"] = [f for f in journey["flows"]
                            if "tp-site" not in (f["source_id"], f["target_id"])]
    document.replace_project(Project.model_validate(data), None)
    panel = panel_of(conflicted)
    click_row(qtbot, panel.list, 2)
    click(qtbot, panel.buttons[Side.THEIRS])
    assert errors and "no longer in the project" in errors[0][1]
    assert len(document.project.conflicts) == 4


# --------------------------------------------------------------------------- merge with


def copies(folder: Path) -> tuple[Path, Path]:
    """Two copies of a workshop map sharing a snapshot, each edited since."""
    base = load_project(GOLDEN / "v3-full.cxd")
    history, _ = with_snapshot(base, "Sent to Marc", "Claire", MONDAY, "sent")
    shared = base.model_copy(update={"history": history})

    def edited(stage: int, title: str) -> Project:
        data = shared.model_dump(mode="json")
        data["journeys"][0]["stages"][stage]["touchpoints"][0]["title"] = title
        return Project.model_validate(data)

    mine, theirs = folder / "claire.cxd", folder / "marc.cxd"
    save_project(edited(0, "Publicité TV"), mine, backups=0)
    save_project(edited(2, "Chat en direct"), theirs, backups=0)
    return mine, theirs


def test_merge_with_another_copy_finds_the_shared_snapshot(
        make_window: WindowFactory, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    mine, theirs = copies(tmp_path)
    window = make_window()
    assert window.files.open_path(mine)
    monkeypatch.setattr(Prompts, "open_path", lambda self, folder: theirs)
    window.versions.merge_with.trigger()
    assert card_title(window, 0, 0) == "Publicité TV"
    assert card_title(window, 2, 0) == "Chat en direct"
    assert window.document.project.conflicts == []
    assert window.statusBar().currentMessage() == (
        "Merged “marc.cxd” from the snapshot “Sent to Marc” both copies share, without "
        "conflicts.")
    assert window.document.undo_stack.undoText() == "Merge another copy (marc.cxd)"
    undo(qtbot, window)
    assert card_title(window, 2, 0) == "Pose une question au chat"


def test_merge_with_a_copy_sharing_no_snapshot_asks_for_the_original(
        make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = tmp_path / "original.cxd"
    save_project(load_project(GOLDEN / "v3-full.cxd"), original, backups=0)
    mine, theirs = copies(tmp_path)
    data = load_project(theirs).model_dump(mode="json")
    data["history"] = {"snapshots": [], "pieces": {}}
    data["journeys"][0]["stages"][0]["touchpoints"][0]["title"] = "Publicité radio"
    save_project(Project.model_validate(data), theirs, backups=0)
    window = make_window()
    assert window.files.open_path(mine)
    asked: list[str] = []
    answers = iter([theirs, original])
    monkeypatch.setattr(Prompts, "open_path", lambda self, folder: next(answers))
    monkeypatch.setattr(Prompts, "confirm",
                        lambda self, title, text, action: asked.append(text) or True)
    window.versions.merge_with.trigger()
    assert "share no snapshot" in asked[0]
    (conflict,) = window.document.project.conflicts
    assert (conflict.ours, conflict.theirs) == ("Publicité TV", "Publicité radio")
    assert window.versions.dock.isVisible()
    assert panel_of(window).list.count() == 1
    assert "(merge conflicts: 1)" in window.windowTitle()


def test_merge_with_another_project_is_refused(
        make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    demo = Path(__file__).resolve().parents[2] / "resources" / "demo"
    original = tmp_path / "original.cxd"
    original.write_bytes((demo / "parcours-demo.cxd").read_bytes())
    window = make_window(project=load_project(original))
    before = window.document.project.model_dump()
    answers = iter([demo / "parcours-multilingue.cxd", original])
    monkeypatch.setattr(Prompts, "open_path", lambda self, folder: next(answers))
    monkeypatch.setattr(Prompts, "confirm", lambda self, title, text, action: True)
    errors: list[tuple[str, ...]] = []
    monkeypatch.setattr(Prompts, "show_error", lambda self, *args: errors.append(args))
    window.versions.merge_with.trigger()
    assert errors == [("Merge With", "“parcours-multilingue.cxd” is not a copy of this "
                                     "project: they have no journey, stage, card or persona in "
                                     "common. Nothing was changed.")]
    assert window.document.project.model_dump() == before
    assert not window.document.undo_stack.canUndo()


# --------------------------------------------------------------------------- snapshots


@pytest.fixture
def workshop(make_window: WindowFactory) -> MainWindow:
    return make_window(project=load_project(GOLDEN / "v3-full.cxd"))


def type_into_dialog(qtbot: QtBot, name: str, author: str) -> Any:
    """Stands for the user: types a name and an author in the snapshot dialog, then OK."""
    def run(self: Prompts, dialog: QDialog) -> bool:
        assert isinstance(dialog, TakeSnapshotDialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.name.selectAll()
        qtbot.keyClicks(dialog.name, name)
        dialog.author.selectAll()
        qtbot.keyClicks(dialog.author, author)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted
    return run


def snapshots_dialog(window: MainWindow) -> SnapshotsDialog:
    window.versions.show_snapshots.trigger()
    dialog = window.versions.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_take_list_compare_restore_export_and_delete_snapshots(
        workshop: MainWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    document = workshop.document
    monkeypatch.setattr(Prompts, "run", type_into_dialog(qtbot, "Post-workshop baseline", "Claire"))
    workshop.versions.take_snapshot.trigger()
    (snapshot,) = document.project.history.snapshots
    assert (snapshot.name, snapshot.author) == ("Post-workshop baseline", "Claire")
    assert workshop.manager.preferences.author == "Claire"
    assert document.undo_stack.undoText() == "Take snapshot “Post-workshop baseline”"

    document.undo_stack.push(EditTouchpoint(document, document.project.journeys[0].id,
                                            "tp-chat", {"title": "Chat en direct"}))
    dialog = snapshots_dialog(workshop)
    assert dialog.tree.topLevelItemCount() == 1
    item = dialog.tree.topLevelItem(0)
    assert item is not None
    assert (item.text(0), item.text(2)) == ("Post-workshop baseline", "Claire")
    assert item.text(1)  # the date, as the interface writes dates
    click_row(qtbot, dialog.tree, 0)

    click(qtbot, dialog.compare)
    comparison = workshop.versions.comparison
    assert comparison is not None and comparison.isVisible()
    assert comparison.lines() == [(
        "Journey 'Achat en ligne — parcours actuel', stage 'Commande'",
        ["touchpoint 'Chat en direct': title 'Pose une question au chat' → 'Chat en direct'"])]
    assert comparison.summary.text() == "Changes since this snapshot: 1."
    group = comparison.tree.topLevelItem(0)
    assert group is not None and group.child(0) is not None
    line_rect = comparison.tree.visualItemRect(group.child(0))
    qtbot.mouseClick(comparison.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=line_rect.center())
    assert comparison.then_map is not None and comparison.now_map is not None
    assert comparison.then_map.view.selected_touchpoint_ids() == ["tp-chat"]
    assert comparison.now_map.view.selected_touchpoint_ids() == ["tp-chat"]

    click(qtbot, dialog.restore)
    assert card_title(workshop, 2, 0) == "Pose une question au chat"
    assert document.undo_stack.undoText() == "Restore snapshot “Post-workshop baseline”"
    qtbot.waitUntil(lambda: comparison.summary.text() == "No changes since this snapshot.")
    undo(qtbot, workshop)
    assert card_title(workshop, 2, 0) == "Chat en direct"

    exported = tmp_path / "export" / "avant.cxd"
    exported.parent.mkdir()
    monkeypatch.setattr(Prompts, "save_path", lambda self, suggested: exported)
    click(qtbot, dialog.export)
    assert load_project(exported) == snapshot_project(document.project.history, snapshot.id)
    assert load_project(exported).history.snapshots == []

    click(qtbot, dialog.delete)
    assert document.project.history.snapshots == []
    assert dialog.tree.topLevelItemCount() == 0 and dialog.empty.isVisible()
    undo(qtbot, workshop)
    assert [s.id for s in document.project.history.snapshots] == [snapshot.id]
    assert dialog.tree.topLevelItemCount() == 1


def test_a_snapshot_without_a_name_cannot_be_taken(workshop: MainWindow, qtbot: QtBot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def run(self: Prompts, dialog: QDialog) -> bool:
        assert isinstance(dialog, TakeSnapshotDialog)
        dialog.show()
        dialog.name.selectAll()
        qtbot.keyClick(dialog.name, Qt.Key.Key_Delete)
        assert not dialog.ok.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(Prompts, "run", run)
    workshop.versions.take_snapshot.trigger()
    assert workshop.document.project.history.snapshots == []
    assert workshop.document.undo_stack.count() == 0


def test_the_menus_hold_the_versions_in_their_own_place(workshop: MainWindow) -> None:
    texts = [action.text() for action in workshop.menus.file.actions()]
    start = texts.index("&Merge With…")
    assert texts[start:start + 3] == ["&Merge With…", "S&napshots", ""]
    assert texts[start + 3] == "&Import"
    menu = workshop.versions.snapshots_menu
    assert menu is not None
    assert [a.text() for a in menu.actions()] == ["&Take Snapshot…", "&All Snapshots…"]



def test_the_conflicts_panel_speaks_french(tmp_path: Path, qtbot: QtBot) -> None:
    installer = LanguageInstaller()
    assert installer.install("fr")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    manager = WindowManager(Preferences(settings), RecoveryStore(tmp_path / "recovery"), "fr")
    try:
        window = manager.new_window(project=load_project(GOLDEN / "v4-full.cxd"))
        window.show()
        qtbot.waitExposed(window)
        panel = panel_of(window)
        nbsp = "\u00a0"
        assert window.versions.dock.windowTitle() == "Conflits de fusion"
        assert panel.summary.text().startswith(f"Conflits à régler{nbsp}: 4.")
        assert panel.what.text() == "Modifié des deux côtés"
        assert panel.headers["ours"].text() == "Notre version (gardée)"
        assert panel.headers["base"].text() == "Avant les deux"
        assert panel.buttons[Side.OURS].text() == "Garder notre version"
        assert panel.buttons[Side.THEIRS].text() == "Prendre leur version"
        item = panel.list.item(0)
        assert item is not None and item.text() == (
            f"point de contact «{nbsp}Voit une publicité 📱 (TV){nbsp}»{nbsp}: le titre a "
            "changé des deux côtés")
        assert f"(conflits de fusion{nbsp}: 4)" in window.windowTitle()
    finally:
        for each in list(manager.windows):
            each.document.undo_stack.setClean()
            each.close()
        installer.remove()
