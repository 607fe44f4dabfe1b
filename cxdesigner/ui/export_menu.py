"""File ▸ Export: the PDF run with its progress, and the map as a PNG or SVG image for slides.

The entries cost nothing until used: what draws and writes the files is loaded then.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QProgressDialog

from cxdesigner.canvas import JourneyScene, JourneyView
from cxdesigner.io.atomic import atomic_write_bytes
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.panel_context import PanelContext

if TYPE_CHECKING:
    from cxdesigner.export import ExportOptions, ExportResult
    from cxdesigner.model import Project
    from cxdesigner.ui.export_preview import Progress


MISSING_SHOWN = 12
"""Texts with missing characters listed after an export; the rest are counted."""


class ExportController(QObject):
    """The File ▸ Export menu of one window: PDF…, PNG image…, SVG image….

    The questions go through :meth:`ask_png_width` and :meth:`ask_image_path` (and the
    dialog's own ``ask_pdf_path``), which tests replace.
    """

    def __init__(self, context: PanelContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportController")
        self._context = context
        self.pdf, self.png, self.svg = (QAction(text, self) for text in (
            translate("ExportMenu", "&PDF…"), translate("ExportMenu", "P&NG Image…"),
            translate("ExportMenu", "&SVG Image…")))
        self.pdf.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        for action, tip, slot in (
                (self.pdf, translate("ExportMenu", "Print the maps to a PDF: one sheet, a poster "
                                                   "or tiled office sheets"), self.export_pdf),
                (self.png, translate("ExportMenu", "The whole map of this journey as an image "
                                                   "for slides"), self.export_png),
                (self.svg, translate("ExportMenu", "The whole map of this journey as a vector "
                                                   "image"), self.export_svg)):
            action.setStatusTip(tip)
            action.triggered.connect(slot)
        context.journey_changed.connect(self._refresh)
        self._refresh()

    def _current_view(self) -> JourneyView | None:
        maps = self._context.maps
        return maps.current_view() if maps is not None else None

    def _views(self) -> list[JourneyView]:
        maps = self._context.maps
        return maps.views() if maps is not None else []

    def _refresh(self) -> None:
        for action in (self.png, self.svg):
            action.setEnabled(self._current_view() is not None)

    def _suggested(self, suffix: str, journey: bool = True) -> Path:
        from cxdesigner.ui import image_export as images

        document = self._context.document
        shown = self._context.journey()
        name = shown.name if journey and shown is not None else ""
        folder = Path(images.setting(images.export_settings(), "folder", ""))
        if str(folder) in ("", ".") or not folder.is_dir():
            folder = document.path.absolute().parent if document.path else Path.home()
        return images.suggested_file(folder, f".{suffix}", document.project.title, name)

    # ------------------------------------------------------------------ PDF

    def export_pdf(self) -> ExportResult | None:
        """Show the export dialog, then write the PDF; returns what was written."""
        from cxdesigner.export import ALL_PERSONAS, REPORT_SECTIONS, ExportError, ReportPlace
        from cxdesigner.ui import image_export as images
        from cxdesigner.ui.export_dialog import ExportDialog
        from cxdesigner.ui.export_thumbnails import scene_thumbnail

        context = self._context
        project = context.document.project.model_copy(deep=True)  # the worker's own copy
        settings, current = images.export_settings(), context.journey_id()
        view = self._current_view()
        # The persona the map shows: "All personas" prints the touchpoints' own values too.
        persona = (view.map_scene.context.persona_id or ALL_PERSONAS) if view is not None \
            else None
        choices = replace(images.load_choices(settings, project.language), journeys=(
            (current,) if current else ()), persona=persona)
        thumbnails = {view.journey_id: scene_thumbnail(view.map_scene) for view in self._views()
                      if not images.map_rect(view.map_scene).isEmpty()}
        dialog = ExportDialog(project, choices, self._suggested("pdf", journey=False),
                              thumbnails, context.dialog_parent)
        document_path = context.document.path
        dialog.sources = [document_path] if document_path else []
        try:
            if not context.prompts.run(dialog):
                return None
            chosen, path = dialog.choices(), dialog.path()
        finally:
            dialog.wait_for_preview()
            dialog.deleteLater()
        images.save_choices(settings, chosen)
        settings.setValue("export/folder", str(path.parent))
        try:
            options = chosen.options()
        except ExportError as error:
            self._failed(path, error)
            return None
        apart = options.report is ReportPlace.APART and bool(options.sections & REPORT_SECTIONS)
        return self.run_pdf(project, path, options, images.report_path(path) if apart else None)

    def run_pdf(self, project: Project, path: Path, options: ExportOptions,
                report: Path | None = None) -> ExportResult | None:
        """Write the PDF (and the report apart, to ``report``) in the background, with
        progress; None if it failed or was cancelled."""
        from cxdesigner.export import ExportResult, export_report
        from cxdesigner.ui import image_export as images
        from cxdesigner.ui.export_preview import BackgroundJob, Cancelled

        context = self._context

        def work(progress: Progress) -> object:
            result = images.export_pdf(project, path, options, progress)
            if report is not None:
                export_report(project, report, options, progress)
            return result

        job = BackgroundJob(work, self)
        progress = QProgressDialog(translate("ExportMenu", "Making the PDF…"),
                                   translate("ExportMenu", "Cancel"), 0, 0,
                                   context.dialog_parent)
        progress.setWindowTitle(translate("ExportMenu", "Export as PDF"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(job.cancel)

        def advance(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(translate("ExportMenu", "Page %1 of %2…").replace(
                "%1", str(done)).replace("%2", str(total)))

        outcome: list[object] = []
        job.progressed.connect(advance)
        job.succeeded.connect(outcome.append)
        job.failed.connect(outcome.append)
        loop = QEventLoop(self)
        job.finished.connect(loop.quit)
        job.start()
        loop.exec()  # the window stays alive while the worker draws the pages
        job.wait()
        progress.close()
        progress.deleteLater()
        job.deleteLater()
        result = outcome[0] if outcome else None
        if isinstance(result, ExportResult):
            message = translate("ExportMenu", "%1 pages exported to %2").replace(
                "%1", str(result.page_count)).replace("%2", str(path))
            if report is not None:
                message += " " + translate("ExportMenu", "and the report to %1").replace(
                    "%1", str(report))
            context.report(message, 10000)
            if result.missing_glyphs:
                self._missing_glyphs(path, result)
            if result.coarse_pictures:
                self._coarse_pictures(path, result)
            return result
        if isinstance(result, Cancelled):
            context.report(translate(
                "ExportMenu", "Export cancelled: no file was written."))
        elif isinstance(result, Exception):
            self._failed(path, result)
        return None

    def _missing_glyphs(self, path: Path, result: ExportResult) -> None:
        shown = [missing.describe() for missing in result.missing_glyphs[:MISSING_SHOWN]]
        hidden = len(result.missing_glyphs) - len(shown)
        if hidden:
            shown.append(translate("ExportMenu", "… and %1 more.").replace("%1", str(hidden)))
        self._context.prompts.show_warning(
            translate("ExportMenu", "Characters missing from the PDF"),
            translate("ExportMenu", "“%1” was written, but some texts hold characters that "
                                    "none of the bundled fonts has: they print as empty "
                                    "boxes.").replace("%1", path.name),
            "\n".join(f"• {line}" for line in shown))

    def _coarse_pictures(self, path: Path, result: ExportResult) -> None:
        lines = []
        for coarse in result.coarse_pictures[:MISSING_SHOWN]:
            name = coarse.name or translate("ExportMenu", "picture")
            if coarse.ppi is None:
                line = translate("ExportMenu", "%1: “%2” cannot be read (damaged, or too "
                                               "large); a crossed box is printed in its place. "
                                               "Choose the picture again.")
            else:
                line = translate("ExportMenu", "%1: “%2” prints at %3 ppi; choose a picture at "
                                               "least %4 pixels wide, or print on smaller "
                                               "paper.").replace("%3", f"{coarse.ppi:.0f}") \
                    .replace("%4", str(coarse.pixels_needed))
            lines.append(line.replace("%1", coarse.where).replace("%2", name))
        hidden = len(result.coarse_pictures) - len(lines)
        if hidden:
            lines.append(translate("ExportMenu", "… and %1 more.").replace("%1", str(hidden)))
        self._context.prompts.show_warning(
            translate("ExportMenu", "Pictures that print blurred"),
            translate("ExportMenu", "“%1” was written, but some pictures print below the "
                                    "150 ppi a sharp print needs.").replace("%1", path.name),
            "\n".join(f"• {line}" for line in lines))

    def _failed(self, path: Path, error: Exception) -> None:
        from cxdesigner.export import ExportError
        from cxdesigner.ui.export_dialog import ui_words

        if isinstance(error, ExportError):
            text = translate("ExportMenu", "The PDF cannot be made with these options.")
            details = ui_words(str(error))
        elif isinstance(error, OSError):
            text = translate("ExportMenu", "“%1” could not be written; a file already there is "
                                           "unchanged.").replace("%1", str(path))
            details = error.strerror or str(error)
        else:
            text, details = translate("ExportMenu", "The PDF could not be made."), str(error)
        self._context.prompts.show_error(translate("ExportMenu", "PDF not exported"), text,
                                         details)

    # ------------------------------------------------------------------ images

    def ask_png_width(self, current: int) -> int | None:
        """The PNG's width in pixels, or None when cancelled."""
        from cxdesigner.ui import image_export as images
        items = [f"{width} px ({name})"
                 for width, name in zip(images.PNG_WIDTHS, ("Full HD", "4K", "8K"), strict=True)]
        index = images.PNG_WIDTHS.index(current) if current in images.PNG_WIDTHS else 0
        text, accepted = QInputDialog.getItem(
            self._context.dialog_parent, translate("ExportMenu", "Export a PNG image"),
            translate("ExportMenu", "Width of the image:"), items, index, False)
        return images.PNG_WIDTHS[items.index(text)] if accepted and text in items else None

    def ask_image_path(self, suggested: Path, kind: str) -> Path | None:
        """Where to write the image (``kind``: ``png`` or ``svg``), or None."""
        if kind == "png":
            caption = translate("ExportMenu", "Export the map as a PNG image")
            pattern = translate("ExportMenu", "PNG images (*.png)")
        else:
            caption = translate("ExportMenu", "Export the map as an SVG image")
            pattern = translate("ExportMenu", "SVG images (*.svg)")
        name, _ = QFileDialog.getSaveFileName(self._context.dialog_parent, caption,
                                              str(suggested), pattern)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == f".{kind}" else path.with_name(
            f"{path.name}.{kind}")

    def export_png(self) -> Path | None:
        """Ask for the width and the file, then write the PNG; returns the file written."""
        from cxdesigner.ui import image_export as images

        settings = images.export_settings()
        width = self.ask_png_width(images.setting(settings, "png_width", images.PNG_WIDTHS[0]))
        if width is None:
            return None
        settings.setValue("export/png_width", width)
        return self._write_image("png", lambda scene: images.png_bytes(scene, width))

    def export_svg(self) -> Path | None:
        """Ask for the file, then write the SVG; returns the file written."""
        from cxdesigner.ui import image_export as images

        title = self._context.document.project.title
        return self._write_image("svg", lambda scene: images.svg_bytes(scene, title))

    def _write_image(self, kind: str, encode: Callable[[JourneyScene], bytes]) -> Path | None:
        from cxdesigner.ui import image_export as images

        context = self._context
        view = self._current_view()
        if view is None:
            return None
        path = self.ask_image_path(self._suggested(kind), kind)
        if path is None:
            return None
        from cxdesigner.export.destination import destination_problem
        from cxdesigner.ui.export_destination import refusal_text

        document_path = context.document.path
        problem = destination_problem(path, [document_path] if document_path else [])
        if problem is not None and not problem.overridable:  # the file dialog asked to replace
            context.prompts.show_error(translate("ExportMenu", "Image not exported"),
                                       refusal_text(problem, path))
            return None
        images.export_settings().setValue("export/folder", str(path.parent))
        # A scene of its own: the map as shown (persona, highlights), without the selection.
        shown = view.map_scene.context
        scene = JourneyScene(context.document, view.journey_id, parent=self)
        scene.set_persona(shown.persona_id)
        scene.set_highlights(shown.show_channel_switches, shown.show_handoffs)
        for item in scene.items():  # cached items would be drawn as bitmaps, text and all
            item.setCacheMode(item.CacheMode.NoCache)
        try:
            atomic_write_bytes(path, encode(scene))
        except OSError as error:
            context.prompts.show_error(
                translate("ExportMenu", "Image not exported"),
                translate("ExportMenu", "“%1” could not be written.").replace("%1", str(path)),
                error.strerror or str(error))
            return None
        finally:
            scene.deleteLater()
        context.report(translate("ExportMenu", "Map exported to %1").replace("%1", str(path)))
        return path


def install_export(context: PanelContext, menu: QMenu) -> ExportController:
    """Put PDF…, PNG image… and SVG image… first in File ▸ Export (``menu``)."""
    controller = ExportController(context, context)
    entries = [controller.pdf, controller.png, controller.svg]
    first = next(iter(menu.actions()), None)
    if first is None:
        menu.addActions(entries)
    else:
        menu.insertActions(first, entries)
        menu.insertSeparator(first)
    return controller
