"""File ▸ Import ▸ Photo of the Wall… and File ▸ Export ▸ Workshop Kit…: through the same
code as ``cxdesigner read-wall`` and ``cxdesigner export-kit``.

The photos are read, the changes listed (:mod:`cxdesigner.ui.wall_changes`), and the
checked ones applied as one undo step. New cards keep their handwriting as images beside
the project (or beside the photos while the project has no file yet).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu

from cxdesigner.io.file_names import portable_stem
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.panel_context import PanelContext


class WallController(QObject):
    """The kit and the photo of the wall for one window.

    The questions go through :meth:`ask_photos`, :meth:`ask_kit_path` and
    :meth:`review`, which tests replace.
    """

    def __init__(self, context: PanelContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wallController")
        self._context = context
        self.read_photos = QAction(translate("WallImport", "Photo of the &Wall…"), self)
        self.read_photos.setObjectName("importWallPhoto")
        self.read_photos.setStatusTip(
            translate(
                "WallImport",
                "Read photos of a workshop wall made with the kit back into the journey",
            )
        )
        self.read_photos.triggered.connect(self.import_photos)
        self.read_photos.setEnabled(not context.read_only)
        self.kit = QAction(translate("WallImport", "&Workshop Kit…"), self)
        self.kit.setObjectName("exportWorkshopKit")
        self.kit.setStatusTip(
            translate(
                "WallImport",
                "Print the journey as cards, stage banners and an emotion "
                "strip to cut out and stick on a wall",
            )
        )
        self.kit.triggered.connect(self.export_kit)

    # ------------------------------------------------------------------ questions

    def _folder(self) -> Path:
        path = self._context.document.path
        return path.absolute().parent if path is not None else Path.home()

    def ask_photos(self) -> list[Path]:
        """The photos of the wall to read, or none."""
        names, _ = QFileDialog.getOpenFileNames(
            self._context.dialog_parent,
            translate("WallImport", "Photos of the wall"),
            str(self._folder()),
            translate("WallImport", "Photos (*.jpg *.jpeg *.png)"),
        )
        return [Path(name) for name in names]

    def ask_kit_path(self, suggested: Path) -> Path | None:
        """Where to write the kit (a .pdf), or None; whether to replace a file there is
        asked afterwards, as for every export."""
        name, _ = QFileDialog.getSaveFileName(
            self._context.dialog_parent,
            translate("WallImport", "Export a workshop kit"),
            str(suggested),
            translate("WallImport", "PDF files (*.pdf)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(f"{path.name}.pdf")

    def review(self, dialog: object) -> bool:
        """Show the list of changes; True when the checked ones are to be applied."""
        from cxdesigner.ui.wall_changes import WallChangesDialog

        assert isinstance(dialog, WallChangesDialog)
        return self._context.prompts.run(dialog)

    # ------------------------------------------------------------------ photo of the wall

    def import_photos(self) -> bool:
        """Ask for photos, read them, list the changes, apply those checked; True if any."""
        photos = self.ask_photos()
        return self.read(photos) if photos else False

    def read(self, photos: list[Path]) -> bool:
        """Read ``photos`` and let the consultant choose what to apply."""
        from cxdesigner.analysis.wall.changes import apply_changes
        from cxdesigner.document.commands import ReplaceProjectState
        from cxdesigner.io.wall.new_cards import handwriting_folder, keep_handwriting
        from cxdesigner.io.wall.photo import PhotoError
        from cxdesigner.io.wall.reading import WallError, read_wall
        from cxdesigner.ui.wall_changes import WallChangesDialog

        context = self._context
        document = context.document
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            reading = read_wall(document.project, photos)
        except (PhotoError, WallError) as error:
            context.prompts.show_error(
                translate("WallImport", "Photo of the wall"),
                translate("WallImport", "The wall could not be read."),
                str(error),
            )
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        dialog = WallChangesDialog(reading, document.project.language, context.dialog_parent)
        try:
            if not self.review(dialog):
                return False
            accepted, titles = dialog.accepted_keys(), dialog.titles()
        finally:
            dialog.deleteLater()
        if not accepted:
            return False
        beside = document.path if document.path is not None else photos[0]
        taken = [c for c in reading.changes if c.key in accepted]
        try:
            cards = keep_handwriting(
                taken, handwriting_folder(beside), document.project.language, titles
            )
        except OSError as error:
            context.prompts.show_error(
                translate("WallImport", "Photo of the wall"),
                translate(
                    "WallImport",
                    "The handwriting of the new cards could not be kept beside “%1”; nothing "
                    "was changed.",
                ).replace("%1", beside.name),
                error.strerror or str(error),
            )
            return False
        after = apply_changes(
            document.project, reading.arrangement, reading.changes, accepted, cards
        )
        document.undo_stack.push(
            ReplaceProjectState(
                document, after, QT_TRANSLATE_NOOP("Commands", "Apply photo of the wall")
            )
        )
        context.report(
            translate("WallImport", "%1 changes from the wall applied.").replace(
                "%1", str(len(accepted))
            ),
            10000,
        )
        return True

    # ------------------------------------------------------------------ workshop kit

    def export_kit(self) -> Path | None:
        """Ask for the options and the file, then write the kit; the file written."""
        from cxdesigner.export import ExportError
        from cxdesigner.export.kit import export_kit
        from cxdesigner.ui.export_destination import DestinationCheck
        from cxdesigner.ui.kit_dialog import KitDialog

        context = self._context
        project = context.document.project
        if not project.journeys:
            context.prompts.show_error(
                translate("WallImport", "Workshop kit"),
                translate("WallImport", "This project has no journey to print."),
            )
            return None
        dialog = KitDialog(project, context.journey_id(), context.dialog_parent)
        try:
            if not context.prompts.run(dialog):
                return None
            options = dialog.options()
        finally:
            dialog.deleteLater()
        name = context.document.path.stem if context.document.path else portable_stem(
            project.title, fallback="kit")
        path = self.ask_kit_path(self._folder() / f"{name}-kit.pdf")
        sources = [context.document.path] if context.document.path is not None else []
        if path is None or not DestinationCheck(context.dialog_parent).confirm(path, sources):
            return None
        try:
            result = export_kit(project, path, options)
        except (ExportError, OSError) as error:
            details = error.strerror if isinstance(error, OSError) else str(error)
            context.prompts.show_error(
                translate("WallImport", "Workshop kit"),
                translate("WallImport", "The kit could not be written to “%1”.").replace(
                    "%1", str(path)
                ),
                details or str(error),
            )
            return None
        context.report(
            translate("WallImport", "Workshop kit of %1 pages written to %2")
            .replace("%1", str(result.page_count))
            .replace("%2", str(path)),
            10000,
        )
        return path


def install_wall(context: PanelContext, import_menu: QMenu, export_menu: QMenu) -> WallController:
    """Add File ▸ Import ▸ Photo of the Wall… and File ▸ Export ▸ Workshop Kit…."""
    controller = WallController(context, context)
    import_menu.addAction(controller.read_photos)
    export_menu.addAction(controller.kit)
    return controller
