"""File ▸ Import ▸ Photo of the Wall… and File ▸ Export ▸ Workshop Kit… in the editor window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from wall_support import scenario

from cxdesigner.analysis.wall.changes import ChangeKind
from cxdesigner.model import Project
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.wall_changes import WallChangesDialog


def _titles(project: Project) -> list[list[str]]:
    return [[tp.title for tp in stage.touchpoints] for stage in project.journeys[0].stages]


@pytest.mark.slow
def test_photo_of_the_wall_applied_item_by_item_in_one_undo_step(
        window: MainWindow, demo_copy: Path, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.files.open_path(demo_copy)
    case = scenario(tmp_path, 3, [{"turn": 15.0}])
    controller = window.wall
    assert controller.read_photos in window.menus.import_menu.actions()
    monkeypatch.setattr(controller, "ask_photos", lambda: case.photos)
    seen: dict[str, object] = {}

    def review(dialog: WallChangesDialog) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        tree = dialog.tree
        moved = next(c for c in dialog.reading.changes if c.kind is ChangeKind.MOVED)
        # Space on the selected item unchecks it, as a click on its box would.
        tree.setCurrentItem(dialog.items[moved.key])
        qtbot.keyClick(tree.viewport(), Qt.Key.Key_Space)
        new = next(c for c in dialog.reading.changes if c.kind is ChangeKind.NEW)
        item = dialog.items[new.key]
        assert not item.icon(0).isNull()  # the handwriting is shown
        tree.setCurrentItem(item, 1)
        tree.editItem(item, 1)
        editor = tree.viewport().findChild(QLineEdit)
        assert editor is not None
        editor.selectAll()
        qtbot.keyClicks(editor, "Rappel du client")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: item.text(1) == "Rappel du client")  # committed when queued
        seen["moved"], seen["accepted"] = moved, dialog.accepted_keys()
        assert moved.key not in dialog.accepted_keys()
        dialog.hide()
        return True

    monkeypatch.setattr(controller, "review", review)
    document = window.document
    before = document.project
    controller.read_photos.trigger()
    after = document.project
    assert after != before
    titles = [tp.title for _, tp in after.journeys[0].touchpoints()]
    assert "Rappel du client" in titles
    moved = seen["moved"]
    stage_of = {tp.id: stage.id for stage, tp in after.journeys[0].touchpoints()}
    assert stage_of[moved.touchpoint_id] == moved.from_stage_id  # type: ignore[attr-defined]
    assert (demo_copy.parent / "parcours-demo-wall" / "N-002.png").is_file()
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Apply photo of the wall"
    document.undo_stack.undo()
    assert document.project == before
    document.undo_stack.redo()
    assert document.project == after


def test_workshop_kit_from_the_export_menu(window: MainWindow, demo_copy: Path,
                                           monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    from cxdesigner.ui.kit_dialog import KitDialog
    from cxdesigner.ui.prompts import Prompts

    assert window.files.open_path(demo_copy)
    controller = window.wall
    assert controller.kit in window.menus.export_menu.actions()
    target = tmp_path / "kit"

    def run(_prompts: Prompts, dialog: KitDialog) -> bool:
        dialog.paper.setCurrentText("A3")
        dialog.stages.item(0).setCheckState(Qt.CheckState.Unchecked)
        return True

    monkeypatch.setattr(Prompts, "run", run)
    monkeypatch.setattr(controller, "ask_kit_path", lambda suggested: target.with_suffix(".pdf"))
    written = controller.export_kit()
    assert written == tmp_path / "kit.pdf"
    assert written.read_bytes().startswith(b"%PDF")


def test_workshop_kit_asks_before_replacing_a_file(window: MainWindow, demo_copy: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    from cxdesigner.ui.export_destination import DestinationCheck
    from cxdesigner.ui.prompts import Prompts

    assert window.files.open_path(demo_copy)
    controller = window.wall
    existing = tmp_path / "devis.pdf"
    existing.write_bytes(b"%PDF-1.4 the client's signed quote")
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(Prompts, "run", lambda _prompts, _dialog: True)
    monkeypatch.setattr(controller, "ask_kit_path", lambda suggested: existing)
    monkeypatch.setattr(DestinationCheck, "ask_replace",
                        lambda self, text: asked.append(text) or answer[0])
    controller.kit.trigger()
    assert asked == ["“devis.pdf” already exists and was not written by CX Designer."]
    assert existing.read_bytes() == b"%PDF-1.4 the client's signed quote"
    answer[0] = True
    controller.kit.trigger()
    assert len(asked) == 2
    assert existing.read_bytes().startswith(b"%PDF") and b"signed quote" not in \
        existing.read_bytes()
    controller.kit.trigger()  # its own kit is written again without asking
    assert len(asked) == 2
