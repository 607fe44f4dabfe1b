"""File ▸ Export ▸ Workbook…, PowerPoint… and Web Page…: the project for office tools.

Through the same code as ``cxdesigner export-xlsx``, ``export-pptx`` and ``export-html``;
what draws and writes the files is loaded when an entry is used.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from cxdesigner.model import Project
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.panel_context import PanelContext


def _write_workbook(project: Project, path: Path) -> None:
    from cxdesigner.export.workbook import export_workbook

    export_workbook(project, path)


def _write_storyboard(project: Project, path: Path) -> None:
    from cxdesigner.export.storyboard import export_storyboard

    export_storyboard(project, path)


def _write_web_page(project: Project, path: Path) -> None:
    from cxdesigner.export.web_page import export_web_page

    export_web_page(project, path)


class OfficeExports(QObject):
    """The three entries of one window; :meth:`ask_path` is what tests replace."""

    def __init__(self, context: PanelContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.workbook = QAction(translate("OfficeExport", "&Workbook (Excel)…"), self)
        self.workbook.setStatusTip(translate(
            "OfficeExport", "The project as an Excel workbook to edit and import back"))
        self.powerpoint = QAction(translate("OfficeExport", "Power&Point Storyboard…"), self)
        self.powerpoint.setStatusTip(translate(
            "OfficeExport", "An editable storyboard: a slide per stage, personas, pain points, "
                            "action plan"))
        self.web_page = QAction(translate("OfficeExport", "&Web Page…"), self)
        self.web_page.setStatusTip(translate(
            "OfficeExport", "A read-only map the client opens in any browser, offline"))
        self.workbook.triggered.connect(lambda: self.export("xlsx"))
        self.powerpoint.triggered.connect(lambda: self.export("pptx"))
        self.web_page.triggered.connect(lambda: self.export("html"))

    def ask_path(self, suggested: Path, kind: str) -> Path | None:
        """Where to write the file of ``kind`` (``xlsx``, ``pptx`` or ``html``), or None."""
        caption, pattern = {
            "xlsx": (translate("OfficeExport", "Export the project as a workbook"),
                     translate("OfficeExport", "Excel workbooks (*.xlsx)")),
            "pptx": (translate("OfficeExport", "Export a PowerPoint storyboard"),
                     translate("OfficeExport", "PowerPoint presentations (*.pptx)")),
            "html": (translate("OfficeExport", "Export the maps as a web page"),
                     translate("OfficeExport", "Web pages (*.html)")),
        }[kind]
        name, _ = QFileDialog.getSaveFileName(self._context.dialog_parent, caption,
                                              str(suggested), pattern)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == f".{kind}" else path.with_name(
            f"{path.name}.{kind}")

    def _suggested(self, kind: str) -> Path:
        from cxdesigner.ui import image_export as images

        document = self._context.document
        folder = Path(images.setting(images.export_settings(), "folder", ""))
        if str(folder) in ("", ".") or not folder.is_dir():
            folder = document.path.absolute().parent if document.path else Path.home()
        return images.suggested_file(folder, f".{kind}", document.project.title)

    def export(self, kind: str) -> Path | None:
        """Ask where, then write the file of ``kind``; returns the file written."""
        from cxdesigner.ui import image_export as images

        context = self._context
        path = self.ask_path(self._suggested(kind), kind)
        if path is None:
            return None
        images.export_settings().setValue("export/folder", str(path.parent))
        write: Callable[[Project, Path], None] = {
            "xlsx": _write_workbook, "pptx": _write_storyboard, "html": _write_web_page}[kind]
        try:
            write(context.document.project, path)
        except OSError as error:
            context.prompts.show_error(
                translate("OfficeExport", "Not exported"),
                translate("OfficeExport", "“%1” could not be written; a file already there is "
                                          "unchanged.").replace("%1", str(path)),
                error.strerror or str(error))
            return None
        context.report(translate("OfficeExport", "Exported to %1").replace("%1", str(path)))
        return path


def install_office_exports(context: PanelContext, menu: QMenu) -> OfficeExports:
    """Add Workbook…, PowerPoint Storyboard… and Web Page… to File ▸ Export (``menu``)."""
    controller = OfficeExports(context, context)
    menu.addSeparator()
    menu.addActions([controller.workbook, controller.powerpoint, controller.web_page])
    return controller
