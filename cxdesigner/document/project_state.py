"""Which project the document edits, where it is saved, and the index of its ids."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import SignalInstance

from cxdesigner.document.history import EditHistory
from cxdesigner.document.project_ids import ProjectIds
from cxdesigner.model import Project


class ProjectState:
    """The part of :class:`~cxdesigner.document.JourneyDocument` that swaps whole projects.

    A whole other project (opened, new, restored) is read again in full by the id index;
    edits keep the index up to date one by one.
    """

    project: Project
    path: Path | None
    undo_stack: EditHistory
    project_replaced: SignalInstance
    path_changed: SignalInstance
    _ids: ProjectIds

    def ids_in_use(self) -> ProjectIds:
        """The ids of the project, to check an edit's new ids without reading the map."""
        if self._ids.project is not self.project:
            self._ids = ProjectIds(self.project)
        return self._ids

    def replace_project(self, project: Project, path: Path | None) -> None:
        """Start editing another project (read from a file, or new): the undo history is
        cleared and the project counts as unmodified."""
        self.undo_stack.clear()
        # clear() leaves the clean state alone when the history was already empty, so a
        # project restored from a recovery copy (never clean) would mark the next one.
        self.undo_stack.setClean()
        self.project = project
        self._ids = ProjectIds(project)
        self.set_path(path)
        self.project_replaced.emit()

    def restore_snapshot(self, project: Project) -> None:
        """Put back a whole state of the project (for rare, far-reaching edits).

        ``project`` is a state this document held, or one ``checks.project`` returned: the
        command checks the new state once, when it is made, so that undoing and redoing an
        import does not validate a whole map again.
        """
        self.project = project
        self._ids = ProjectIds(project)
        self.project_replaced.emit()

    def set_path(self, path: Path | None) -> None:
        """Remember where the project is saved."""
        self.path = path
        self.path_changed.emit()
