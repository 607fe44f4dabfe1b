"""Help ▸ Keyboard Shortcuts (F1): every key of the map, the presentation and the console, in
the interface language, and the same list on one A4 page for the facilitator's table."""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cxdesigner import __version__
from cxdesigner.canvas.fonts import ensure_fonts_loaded
from cxdesigner.canvas.keys import map_keys
from cxdesigner.io.atomic import atomic_write_bytes
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.platform_ui import shown_keys
from cxdesigner.ui.presentation.window import presentation_keys

Section = tuple[str, Sequence[tuple[str, str]]]

A4 = QPageSize(QPageSize.PageSizeId.A4)
MARGIN_MM = 12.0
LARGEST_POINTS, SMALLEST_POINTS = 11.0, 6.0
"""The sheet's type: as large as one page allows, never below what reads on a table."""


def console_keys() -> list[tuple[str, str]]:
    """The facilitator's console's own keys."""
    return [
        (translate("Keys", "Enter (in the capture line)"),
         translate("Keys", "put what is typed on the projected map, in the stage shown")),
        (translate("Keys", "Page Down / Page Up"),
         translate("Keys", "move the projector on or back (a presenter's remote too)")),
        (translate("Keys", "Ctrl+T"), translate("Keys", "start or pause the timer")),
        (translate("Keys", "+ / - (in the dot votes)"),
         translate("Keys", "count a dot on the selected item, or take one back")),
        (translate("Keys", "Ctrl+F5"), translate("Keys", "open the console on one screen")),
    ]


def sections() -> list[Section]:
    """The keys, by where they work, as the running system writes them (⌘ on macOS)."""
    return [(title, [(shown_keys(key), shown_keys(meaning)) for key, meaning in keys])
            for title, keys in ((translate("Keys", "On the map"), map_keys()),
                                (translate("Keys", "In the presentation"), presentation_keys()),
                                (translate("Keys", "In the facilitator's console"),
                                 console_keys()))]


def sheet_html(points: float = LARGEST_POINTS) -> str:
    """The sheet as HTML, its type ``points`` high."""
    parts = [f"<html><body style='font-size:{points:.1f}pt'>",
             f"<h2>{html.escape(translate('Keys', 'CX Designer — keyboard shortcuts'))}</h2>"]
    for title, keys in sections():
        parts.append(f"<h3>{html.escape(title)}</h3>")
        parts.append("<table cellspacing='0' cellpadding='2' width='100%'>")
        for key, meaning in keys:
            parts.append(f"<tr><td width='30%'><b>{html.escape(key)}</b></td>"
                         f"<td>{html.escape(meaning)}</td></tr>")
        parts.append("</table>")
    parts.append(f"<p style='color:#555555'>CX Designer {html.escape(__version__)}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def _document(points: float, width: float,
              device: QPagedPaintDevice | None = None) -> QTextDocument:
    """The sheet laid out ``width`` pixels wide (of ``device``, whose resolution then sizes
    the type)."""
    document = QTextDocument()
    if device is not None:
        document.documentLayout().setPaintDevice(device)
    font = QFont(ensure_fonts_loaded())
    font.setPointSizeF(points)
    document.setDefaultFont(font)
    document.setHtml(sheet_html(points))
    document.setPageSize(QSizeF(width, 1e6))
    return document


def fitted_sheet(device: QPagedPaintDevice) -> QTextDocument:
    """The sheet for one page of ``device``: its type as large as the page allows (down
    to :data:`SMALLEST_POINTS`)."""
    page = device.pageLayout().paintRectPixels(device.logicalDpiX())
    points = LARGEST_POINTS
    document = _document(points, page.width(), device)
    while points > SMALLEST_POINTS and document.size().height() > page.height():
        points -= 0.5
        document = _document(points, page.width(), device)
    document.setPageSize(QSizeF(page.width(), page.height()))
    return document


def sheet_pdf() -> bytes:
    """The sheet as a PDF of one A4 page."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(A4)
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                          QPageLayout.Unit.Millimeter)
    writer.setTitle(translate("Keys", "CX Designer — keyboard shortcuts"))
    writer.setCreator(f"CX Designer {__version__}")
    writer.setResolution(300)
    fitted_sheet(writer).print_(writer)
    del writer  # ends the PDF
    return bytes(buffer.data().data())


class ShortcutSheet(QDialog):
    """The keys, readable on screen, printable and savable as one A4 page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(translate("Keys", "Keyboard Shortcuts"))
        self.browser = QTextBrowser(self)
        self.browser.setHtml(sheet_html())
        self.browser.setAccessibleName(translate("Keys", "Keyboard shortcuts"))
        self.browser.setAccessibleDescription(translate(
            "Keys", "Every key of the map, the presentation and the facilitator's console"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(translate("Keys", "Save as PDF (A4)…"), self)
        self.save_button.setAccessibleDescription(translate(
            "Keys", "Write this list on one A4 page, to print for the facilitator's table"))
        self.print_button = QPushButton(translate("Keys", "Print…"), self)
        self.print_button.setAccessibleDescription(translate(
            "Keys", "Print this list on one page"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.print_button.clicked.connect(self.print_sheet)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 720)

    def ask_pdf_path(self, suggested: Path) -> Path | None:
        """Where to write the sheet (a .pdf), or None."""
        name, _ = QFileDialog.getSaveFileName(
            self, translate("Keys", "Save the keyboard shortcuts"), str(suggested),
            translate("Keys", "PDF (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(f"{path.name}.pdf")

    def _on_save_clicked(self) -> None:
        # clicked(bool) must not reach save_pdf's path
        self.save_pdf()

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Write the A4 sheet to ``path`` (asked when None); the path written, or None."""
        if path is None:
            path = self.ask_pdf_path(Path.home() / translate("Keys", "keyboard-shortcuts.pdf"))
            if path is None:
                return None
        atomic_write_bytes(path, sheet_pdf())
        return path

    def print_sheet(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(A4)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            fitted_sheet(printer).print_(printer)
