"""Versions of the open project in a window: File ▸ Merge With…, File ▸ Snapshots and the
merge conflicts panel."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from cxdesigner.document.commands import ChangeSnapshots, ReplaceProjectState
from cxdesigner.document.commands.base import QT_TRANSLATE_NOOP
from cxdesigner.io import PROJECT_SUFFIX, ProjectFileError, load_project, save_project
from cxdesigner.model import Project
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.panel_context import PanelContext
from cxdesigner.ui.panels import PanelDock, add_bottom_panel

if TYPE_CHECKING:
    from cxdesigner.ui.versions.conflicts_panel import ConflictsPanel
    from cxdesigner.ui.versions.snapshot_comparison import SnapshotComparison
    from cxdesigner.ui.versions.snapshots_dialog import SnapshotsDialog


class Versions(QObject):
    """Merging another copy, snapshots, and settling the conflicts of one window's project.

    Signals:
        conflicts_changed(count): the project now holds this many unsettled conflicts.
    """

    conflicts_changed = Signal(int)

    def __init__(self, context: PanelContext, dock: PanelDock[ConflictsPanel],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._document = context.document
        self.dock = dock
        self.dialog: SnapshotsDialog | None = None
        self.comparison: SnapshotComparison | None = None
        self.snapshots_menu: QMenu | None = None
        self._count = -1
        self.merge_with = QAction(translate("Versions", "&Merge With…"), self)
        self.merge_with.setStatusTip(translate(
            "Versions", "Bring in the changes of another copy of this project"))
        self.merge_with.triggered.connect(lambda: self.merge_file())
        self.take_snapshot = QAction(translate("Versions", "&Take Snapshot…"), self)
        self.take_snapshot.setStatusTip(translate(
            "Versions", "Keep the project as it is now, under a name, inside the file"))
        self.take_snapshot.triggered.connect(lambda: self.take())
        self.show_snapshots = QAction(translate("Versions", "&All Snapshots…"), self)
        self.show_snapshots.setStatusTip(translate(
            "Versions", "List the snapshots: compare, restore, export or delete one"))
        self.show_snapshots.triggered.connect(lambda: self.open_snapshots())
        self._document.project_replaced.connect(self._on_project_replaced)
        self._on_project_replaced()

    # ------------------------------------------------------------------ conflicts

    def conflict_count(self) -> int:
        return len(self._document.project.conflicts)

    def _on_project_replaced(self) -> None:
        count = self.conflict_count()
        if count != self._count:
            if count and self._count <= 0:  # conflicts arrived: show them
                self.dock.show_panel()
            self._count = count
            self.conflicts_changed.emit(count)

    def hide_when_settled(self) -> None:
        """The panel, brought back open with the window's layout, is closed when the
        project has nothing to settle."""
        if not self.conflict_count():
            self.dock.hide()

    # ------------------------------------------------------------------ merging

    def merge_file(self, path: Path | None = None, base_path: Path | None = None) -> bool:
        """Merge another copy of the project (asked for when ``path`` is None) into this one,
        as one step in Edit ▸ Undo. The common base is the latest snapshot both copies
        share, or the file ``base_path`` (asked for when they share none)."""
        from cxdesigner.versions.merge import MergeError, UnrelatedVersionsError, merge_projects
        from cxdesigner.versions.snapshots import common_snapshot, snapshot_project

        prompts = self._context.prompts
        title = translate("Versions", "Merge With")
        path = path or prompts.open_path(self._folder())
        if path is None:
            return False
        other = self._load(path, title)
        if other is None:
            return False
        ours = self._document.project
        shared = common_snapshot(ours.history, other.history)
        if shared is not None:
            base: Project | None = snapshot_project(ours.history, shared.id)
            origin = translate("Versions", "the snapshot “%1” both copies share").replace(
                "%1", shared.name)
        else:
            if base_path is None:
                if not prompts.confirm(title, translate(
                        "Versions", "This project and “%1” share no snapshot to start from. "
                                    "Choose the copy they were both made from (the file sent "
                                    "before the work was shared, for instance).").replace(
                        "%1", path.name), translate("Versions", "Choose the Original…")):
                    return False
                base_path = prompts.open_path(path.parent)
                if base_path is None:
                    return False
            base = self._load(base_path, title)
            origin = base_path.name
        if base is None:
            return False
        try:
            result = merge_projects(base, ours, other)
        except UnrelatedVersionsError as error:
            message = translate("Versions", "“%1” is not a copy of this project: they have no "
                                            "journey, stage, card or persona in common. "
                                            "Nothing was changed.") \
                if error.side == "theirs" else translate(
                    "Versions", "“%1” is not the original of this project: they have no "
                                "journey, stage, card or persona in common. Nothing was "
                                "changed.")
            prompts.show_error(title, message.replace(
                "%1", path.name if error.side == "theirs" else origin))
            return False
        except MergeError as error:
            prompts.show_error(title, translate(
                "Versions", "The copies could not be merged automatically; nothing was "
                            "changed."), str(error))
            return False
        command = ReplaceProjectState(self._document, result.project,
                                      QT_TRANSLATE_NOOP("Commands", "Merge another copy"))
        command.setText(f"{command.text()} ({path.name})")
        self._document.undo_stack.push(command)
        if result.conflicts:
            self.dock.show_panel()
            message = translate("Versions", "Merged “%1” from %2; conflicts to settle: %3.")
        else:
            message = translate("Versions", "Merged “%1” from %2, without conflicts.")
        self._context.report(message.replace("%1", path.name).replace("%2", origin).replace(
            "%3", str(len(result.project.conflicts))))
        return True

    def _load(self, path: Path, title: str) -> Project | None:
        try:
            return load_project(path, self._context.language)
        except ProjectFileError as error:
            self._context.prompts.show_error(title, translate(
                "Versions", "That file could not be read; nothing was changed."),
                error.message())
            return None

    def _folder(self) -> Path | None:
        path = self._document.path
        return path.parent if path is not None else self._context.preferences.last_folder

    # ------------------------------------------------------------------ snapshots

    def take(self) -> bool:
        """Ask a name and take a snapshot of the project as it is now (one undoable step)."""
        from PySide6.QtCore import QDateTime, QLocale

        from cxdesigner.ui.versions.snapshots_dialog import TakeSnapshotDialog
        from cxdesigner.versions.snapshots import with_snapshot

        preferences = self._context.preferences
        now = QLocale().toString(QDateTime.currentDateTime(), QLocale.FormatType.ShortFormat)
        dialog = TakeSnapshotDialog(translate("Versions", "Snapshot of %1").replace("%1", now),
                                    preferences.author, self._parent_widget())
        if not self._context.prompts.run(dialog):
            return False
        name, author = dialog.name.text().strip(), dialog.author.text().strip()
        if not name:
            return False
        if author != preferences.author:
            preferences.author = author
            preferences.sync()
        history, snapshot = with_snapshot(self._document.project, name, author)
        command = ChangeSnapshots(self._document, history,
                                  QT_TRANSLATE_NOOP("Commands", "Take snapshot"))
        command.setText(f"{command.text()} “{name}”")
        self._document.undo_stack.push(command)
        self._context.report(translate("Versions", "Snapshot “%1” taken.").replace("%1", name))
        if self.dialog is not None:
            self.dialog.select(snapshot.id)
        return True

    def open_snapshots(self) -> SnapshotsDialog:
        """Show the list of snapshots."""
        if self.dialog is None:
            from cxdesigner.ui.versions.snapshots_dialog import SnapshotsDialog

            self.dialog = SnapshotsDialog(self._document, self._parent_widget())
            self.dialog.take_requested.connect(lambda: self.take())
            self.dialog.compare_requested.connect(self.compare)
            self.dialog.restore_requested.connect(self.restore)
            self.dialog.export_requested.connect(self.export)
            self.dialog.delete_requested.connect(self.delete)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def compare(self, snapshot_id: str) -> SnapshotComparison:
        """Show the snapshot beside the project as it is now."""
        if self.comparison is None:
            from cxdesigner.ui.versions.snapshot_comparison import SnapshotComparison

            self.comparison = SnapshotComparison(self._document, self._context.language,
                                                 self._parent_widget())
        self.comparison.set_snapshot(snapshot_id)
        journey_id = self._context.journey_id()
        if journey_id is not None:
            self.comparison.set_journey(journey_id)
        self.comparison.show()
        self.comparison.raise_()
        return self.comparison

    def restore(self, snapshot_id: str) -> bool:
        """Bring the project back to a snapshot: one step in Edit ▸ Undo."""
        from cxdesigner.versions.snapshots import SnapshotError, restored

        project = self._document.project
        name = project.history.snapshot(snapshot_id).name
        try:
            after = restored(project, snapshot_id)
        except SnapshotError as error:
            self._context.prompts.show_error(
                translate("Versions", "Restore"),
                translate("Versions", "This snapshot cannot be read back; nothing was "
                                      "changed."), str(error))
            return False
        command = ReplaceProjectState(self._document, after,
                                      QT_TRANSLATE_NOOP("Commands", "Restore snapshot"))
        command.setText(f"{command.text()} “{name}”")
        self._document.undo_stack.push(command)
        self._context.report(translate(
            "Versions", "Snapshot “%1” restored; Edit ▸ Undo brings back what was there.")
            .replace("%1", name))
        return True

    def export(self, snapshot_id: str) -> bool:
        """Save a snapshot as a project file of its own."""
        from cxdesigner.ui.platform_ui import documents_folder
        from cxdesigner.versions.snapshots import SnapshotError, snapshot_project

        project = self._document.project
        snapshot = project.history.snapshot(snapshot_id)
        folder = self._folder() or documents_folder()
        safe = "".join(c if c.isalnum() or c in " -_" else " " for c in snapshot.name)
        suggested = folder / f"{project.title[:40]} - {' '.join(safe.split())}{PROJECT_SUFFIX}"
        path = self._context.prompts.save_path(suggested)
        if path is None:
            return False
        title = translate("Versions", "Export Snapshot")
        try:
            save_project(snapshot_project(project.history, snapshot_id), path)
        except (SnapshotError, ProjectFileError) as error:
            details = error.message() if isinstance(error, ProjectFileError) else str(error)
            self._context.prompts.show_error(title, translate(
                "Versions", "The snapshot was not exported."), details)
            return False
        self._context.report(translate("Versions", "Snapshot “%1” exported to %2.").replace(
            "%1", snapshot.name).replace("%2", str(path)))
        return True

    def delete(self, snapshot_id: str) -> bool:
        """Delete a snapshot (one step in Edit ▸ Undo)."""
        from cxdesigner.versions.snapshots import without_snapshots

        project = self._document.project
        name = project.history.snapshot(snapshot_id).name
        command = ChangeSnapshots(self._document,
                                  without_snapshots(project.history, {snapshot_id}),
                                  QT_TRANSLATE_NOOP("Commands", "Delete snapshot"))
        command.setText(f"{command.text()} “{name}”")
        self._document.undo_stack.push(command)
        return True

    def _parent_widget(self) -> QWidget:
        return self._context.dialog_parent


def install_versions(window: QMainWindow, context: PanelContext, file_menu: QMenu,
                     panels_menu: QMenu, before: QAction) -> Versions:
    """Give ``window`` File ▸ Merge With…, File ▸ Snapshots (above ``before``) and the merge
    conflicts panel (View ▸ Panels), which shows itself when a project has conflicts."""

    def build(parent: QWidget) -> ConflictsPanel:
        from cxdesigner.ui.versions.conflicts_panel import ConflictsPanel

        return ConflictsPanel(context, parent)

    dock = PanelDock(translate("Versions", "Merge Conflicts"), "conflictsDock", build, window)
    add_bottom_panel(window, panels_menu, dock)
    versions = Versions(context, dock, context)
    snapshots = QMenu(translate("Versions", "S&napshots"), file_menu)
    snapshots.addAction(versions.take_snapshot)
    snapshots.addAction(versions.show_snapshots)
    file_menu.insertAction(before, versions.merge_with)
    file_menu.insertMenu(before, snapshots)
    file_menu.insertSeparator(before)
    versions.snapshots_menu = snapshots
    if context.read_only:
        for action in (versions.merge_with, versions.take_snapshot, versions.show_snapshots):
            action.setEnabled(False)
    return versions
