"""File ▸ Export: the PDF run with its progress, and the map as a PNG or SVG image for slides."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEventLoop,
    QIODevice,
    QObject,
    QRectF,
    QSettings,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QInputDialog, QProgressDialog

from cxdesigner.canvas import JourneyScene
from cxdesigner.canvas.painting import DETAIL_LOD
from cxdesigner.export import (
    DEFAULT_SECTIONS,
    ExportError,
    ExportOptions,
    ExportResult,
    Orientation,
    Section,
    export_pdf,
)
from cxdesigner.export.destination import destination_problem
from cxdesigner.io.atomic import atomic_write_bytes
from cxdesigner.model import Project
from cxdesigner.ui.export_destination import refusal_text
from cxdesigner.ui.export_dialog import (
    CUSTOM,
    LANGUAGES,
    PAPERS,
    TILES,
    ExportChoices,
    ExportDialog,
    ui_words,
)
from cxdesigner.ui.export_preview import BackgroundJob, Cancelled, Progress, Thumbnail
from cxdesigner.ui.i18n import translate

if TYPE_CHECKING:
    from cxdesigner.ui.main_window import MainWindow

PNG_WIDTHS = (1920, 3840, 7680)  # Full HD, 4K, 8K
MAX_RENDER_WIDTH = 16000  # a long map is drawn at most this wide, then scaled down
THUMBNAIL_WIDTH = 900
_T = TypeVar("_T")
_HINTS = (QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
          | QPainter.RenderHint.SmoothPixmapTransform)


def export_settings() -> QSettings:
    """Where the exports remember their last choices (always read with ``type=``)."""
    return QSettings()


def setting(settings: QSettings, key: str, default: _T) -> _T:
    """``export/<key>`` read as the type of ``default`` (``default`` when absent or wrong)."""
    found = settings.value(f"export/{key}", default, type=type(default))
    return found if isinstance(found, type(default)) else default


def load_choices(settings: QSettings, language: str) -> ExportChoices:
    """The last export's choices (journeys and persona are the caller's)."""
    def value(key: str, default: _T) -> _T:
        return setting(settings, key, default)

    def one_of(key: str, default: str, allowed: tuple[str, ...]) -> str:
        found = value(key, default)
        return found if found in allowed else default

    known = {section.value for section in Section}
    sections = frozenset(Section(s) for s in value("sections", sorted(DEFAULT_SECTIONS))
                         if s in known) or DEFAULT_SECTIONS
    return ExportChoices(
        paper=one_of("paper", "A3", (*PAPERS, CUSTOM)),
        custom_mm=(value("custom_width", 1000.0), value("custom_height", 700.0)),
        orientation=one_of("orientation", "landscape", tuple(o.value for o in Orientation)),
        fit=value("fit", True), scale_percent=value("scale", 100), strips=value("strips", 0),
        tile=one_of("tile", "", TILES), overlap_mm=value("overlap", 10.0), sections=sections,
        language=one_of("language", language, LANGUAGES))


def save_choices(settings: QSettings, choices: ExportChoices) -> None:
    values: dict[str, object] = {
        "paper": choices.paper, "custom_width": choices.custom_mm[0],
        "custom_height": choices.custom_mm[1], "orientation": choices.orientation,
        "fit": choices.fit, "scale": choices.scale_percent, "strips": choices.strips,
        "tile": choices.tile, "overlap": choices.overlap_mm,
        "sections": sorted(s.value for s in choices.sections), "language": choices.language}
    for key, value in values.items():
        settings.setValue(f"export/{key}", value)


def file_stem(*parts: str) -> str:
    """A file name from the project's and journey's names, without forbidden characters."""
    text = " - ".join(part.strip() for part in parts if part.strip()) or "map"
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", text)[:120].strip(" .") or "map"


def map_rect(scene: JourneyScene) -> QRectF:
    """The whole map of the scene, in scene coordinates (empty when nothing is laid out)."""
    layout = scene.map_layout
    return QRectF() if layout is None else QRectF(0.0, 0.0, layout.width, layout.height)


def render_map_image(scene: JourneyScene, width: int, detail: bool = True) -> QImage:
    """The whole map, ``width`` pixels wide, on white, antialiased.

    With ``detail``, a map smaller than the cards' text threshold is drawn larger, then
    scaled down smoothly, so that the image keeps its text.
    """
    source = map_rect(scene)
    width = max(1, width)
    aspect = source.height() / max(1.0, source.width())
    render_width = width
    if detail and source.width() > 0 and width / source.width() < DETAIL_LOD:
        render_width = min(MAX_RENDER_WIDTH, math.ceil(source.width() * DETAIL_LOD))
    image = QImage(render_width, max(1, round(render_width * aspect)), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    if not source.isEmpty():
        painter = QPainter(image)
        painter.setRenderHints(_HINTS)
        scene.render(painter, QRectF(image.rect()), source, Qt.AspectRatioMode.IgnoreAspectRatio)
        painter.end()
    if render_width != width:
        image = image.scaled(width, max(1, round(width * aspect)),
                             Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image


def png_bytes(scene: JourneyScene, width: int) -> bytes:
    """The map as a PNG file, ``width`` pixels wide."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not render_map_image(scene, width).save(buffer, "PNG"):  # type: ignore[call-overload]
        raise OSError(translate("ImageExport", "the image could not be encoded"))
    buffer.close()
    return bytes(data.data())


def svg_bytes(scene: JourneyScene, title: str) -> bytes:
    """The map as an SVG file, one unit per point, its text kept as text."""
    source = map_rect(scene)
    page = QRectF(0, 0, source.width(), source.height())
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(math.ceil(page.width()), math.ceil(page.height())))
    generator.setViewBox(page)
    generator.setResolution(72)
    generator.setTitle(title)
    generator.setDescription(translate("ImageExport", "Customer-journey map made with "
                                                      "CX Designer"))
    painter = QPainter(generator)
    painter.setRenderHints(_HINTS)
    painter.fillRect(page, QColor("#ffffff"))
    scene.render(painter, page, source, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    buffer.close()
    return bytes(data.data())


class ExportController(QObject):
    """The File ▸ Export menu of one window: PDF…, PNG image…, SVG image….

    The questions go through :meth:`ask_png_width` and :meth:`ask_image_path` (and the
    dialog's own ``ask_pdf_path``), which tests replace.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("exportController")
        self._window = window
        self.pdf, self.png, self.svg = (QAction(text, window) for text in (
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
        window.tabs.current_changed.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        for action in (self.png, self.svg):
            action.setEnabled(self._window.tabs.current_view() is not None)

    def _suggested(self, suffix: str, journey: bool = True) -> Path:
        document = self._window.document
        journey_id = self._window.tabs.current_journey_id()
        name = document.journey(journey_id).name if journey and journey_id else ""
        folder = Path(setting(export_settings(), "folder", ""))
        if str(folder) in ("", ".") or not folder.is_dir():
            folder = document.path.absolute().parent if document.path else Path.home()
        return folder / f"{file_stem(document.project.title, name)}.{suffix}"

    # ------------------------------------------------------------------ PDF

    def export_pdf(self) -> ExportResult | None:
        """Show the export dialog, then write the PDF; returns what was written."""
        window = self._window
        project = window.document.project.model_copy(deep=True)  # the worker's own copy
        settings, current = export_settings(), window.tabs.current_journey_id()
        persona = window.persona_combo.currentData()
        choices = replace(load_choices(settings, project.language), journeys=(
            (current,) if current else ()), persona=str(persona) if persona else None)
        thumbnails = {view.journey_id: Thumbnail(
            render_map_image(view.map_scene, THUMBNAIL_WIDTH, detail=False),
            (map_rect(view.map_scene).width(), map_rect(view.map_scene).height()))
            for view in window.tabs.views() if not map_rect(view.map_scene).isEmpty()}
        dialog = ExportDialog(project, choices, self._suggested("pdf", journey=False),
                              thumbnails, window)
        dialog.sources = [window.document.path] if window.document.path else []
        try:
            if not window.prompts.run(dialog):
                return None
            chosen, path = dialog.choices(), dialog.path()
        finally:
            dialog.wait_for_preview()
            dialog.deleteLater()
        save_choices(settings, chosen)
        settings.setValue("export/folder", str(path.parent))
        try:
            options = chosen.options()
        except ExportError as error:
            self._failed(path, error)
            return None
        return self.run_pdf(project, path, options)

    def run_pdf(self, project: Project, path: Path, options: ExportOptions) -> ExportResult | None:
        """Write the PDF in the background, with progress; None if it failed or was cancelled."""
        window = self._window

        def work(progress: Progress) -> object:
            return export_pdf(project, path, options, progress)

        job = BackgroundJob(work, self)
        progress = QProgressDialog(translate("ExportMenu", "Making the PDF…"),
                                   translate("ExportMenu", "Cancel"), 0, 0, window)
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
            window.statusBar().showMessage(translate(
                "ExportMenu", "%1 pages exported to %2").replace(
                "%1", str(result.page_count)).replace("%2", str(path)), 10000)
            return result
        if isinstance(result, Cancelled):
            window.statusBar().showMessage(translate(
                "ExportMenu", "Export cancelled: no file was written."), 8000)
        elif isinstance(result, Exception):
            self._failed(path, result)
        return None

    def _failed(self, path: Path, error: Exception) -> None:
        if isinstance(error, ExportError):
            text = translate("ExportMenu", "The PDF cannot be made with these options.")
            details = ui_words(str(error))
        elif isinstance(error, OSError):
            text = translate("ExportMenu", "“%1” could not be written; a file already there is "
                                           "unchanged.").replace("%1", str(path))
            details = error.strerror or str(error)
        else:
            text, details = translate("ExportMenu", "The PDF could not be made."), str(error)
        self._window.prompts.show_error(translate("ExportMenu", "PDF not exported"), text,
                                        details)

    # ------------------------------------------------------------------ images

    def ask_png_width(self, current: int) -> int | None:
        """The PNG's width in pixels, or None when cancelled."""
        items = [f"{width} px ({name})"
                 for width, name in zip(PNG_WIDTHS, ("Full HD", "4K", "8K"), strict=True)]
        index = PNG_WIDTHS.index(current) if current in PNG_WIDTHS else 0
        text, accepted = QInputDialog.getItem(
            self._window, translate("ExportMenu", "Export a PNG image"),
            translate("ExportMenu", "Width of the image:"), items, index, False)
        return PNG_WIDTHS[items.index(text)] if accepted and text in items else None

    def ask_image_path(self, suggested: Path, kind: str) -> Path | None:
        """Where to write the image (``kind``: ``png`` or ``svg``), or None."""
        if kind == "png":
            caption = translate("ExportMenu", "Export the map as a PNG image")
            pattern = translate("ExportMenu", "PNG images (*.png)")
        else:
            caption = translate("ExportMenu", "Export the map as an SVG image")
            pattern = translate("ExportMenu", "SVG images (*.svg)")
        name, _ = QFileDialog.getSaveFileName(self._window, caption, str(suggested), pattern)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == f".{kind}" else path.with_name(
            f"{path.name}.{kind}")

    def export_png(self) -> Path | None:
        """Ask for the width and the file, then write the PNG; returns the file written."""
        settings = export_settings()
        width = self.ask_png_width(setting(settings, "png_width", PNG_WIDTHS[0]))
        if width is None:
            return None
        settings.setValue("export/png_width", width)
        return self._write_image("png", lambda scene: png_bytes(scene, width))

    def export_svg(self) -> Path | None:
        """Ask for the file, then write the SVG; returns the file written."""
        title = self._window.document.project.title
        return self._write_image("svg", lambda scene: svg_bytes(scene, title))

    def _write_image(self, kind: str, encode: Callable[[JourneyScene], bytes]) -> Path | None:
        window = self._window
        view = window.tabs.current_view()
        if view is None:
            return None
        path = self.ask_image_path(self._suggested(kind), kind)
        if path is None:
            return None
        problem = destination_problem(path, [window.document.path] if window.document.path
                                      else [])
        if problem is not None and not problem.overridable:  # the file dialog asked to replace
            window.prompts.show_error(translate("ExportMenu", "Image not exported"),
                                      refusal_text(problem, path))
            return None
        export_settings().setValue("export/folder", str(path.parent))
        # A scene of its own: the map as shown (persona, highlights), without the selection.
        shown = view.map_scene.context
        scene = JourneyScene(window.document, view.journey_id, parent=self)
        scene.set_persona(shown.persona_id)
        scene.set_highlights(shown.show_channel_switches, shown.show_handoffs)
        for item in scene.items():  # cached items would be drawn as bitmaps, text and all
            item.setCacheMode(item.CacheMode.NoCache)
        try:
            atomic_write_bytes(path, encode(scene))
        except OSError as error:
            window.prompts.show_error(
                translate("ExportMenu", "Image not exported"),
                translate("ExportMenu", "“%1” could not be written.").replace("%1", str(path)),
                error.strerror or str(error))
            return None
        finally:
            scene.deleteLater()
        window.statusBar().showMessage(
            translate("ExportMenu", "Map exported to %1").replace("%1", str(path)), 8000)
        return path


def install_export(window: MainWindow) -> ExportController:
    """Put PDF…, PNG image… and SVG image… first in File ▸ Export."""
    controller = ExportController(window)
    entries = [controller.pdf, controller.png, controller.svg]
    menu = window.menus.export_menu
    first = next(iter(menu.actions()), None)
    if first is None:
        menu.addActions(entries)
    else:
        menu.insertActions(first, entries)
        menu.insertSeparator(first)
    return controller
