"""What the tables of the segments panel share: read-only cells, numbers on the right."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

HIGHLIGHT = "#fde2e1"
"""The background of the row that asks for attention (the struggling segment)."""


@dataclass(frozen=True)
class Tones:
    """Colours that carry meaning in the tables, readable on the window's background."""

    warning: str
    """A figure resting on few answers; a worse figure; a profile to remove."""
    better: str
    act: str
    muted: str


LIGHT_TONES = Tones(warning="#b42318", better="#2f7d32", act="#1d4ed8", muted="#6b7280")
DARK_TONES = Tones(warning="#ff8787", better="#8ce99a", act="#91c8ff", muted="#adb5bd")


def tones(widget: QWidget) -> Tones:
    """The tones that suit ``widget``'s theme (light or dark window)."""
    window = widget.palette().color(QPalette.ColorRole.Window)
    return DARK_TONES if window.lightnessF() < 0.5 else LIGHT_TONES


MAX_COLUMN_WIDTH = 280
"""A column of long texts (an action, reasons) is cut at this width; its tooltip has it all."""


def make_table(parent: QWidget, selectable: bool = True) -> QTableWidget:
    """A read-only table without row numbers; rows are selected whole when ``selectable``."""
    table = QTableWidget(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.SingleSelection
        if selectable
        else QAbstractItemView.SelectionMode.NoSelection
    )
    if not selectable:
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.horizontalHeader().setHighlightSections(False)
    return table


def cell(
    text: str,
    right: bool = False,
    bold: bool = False,
    italic: bool = False,
    colour: str | None = None,
    tip: str = "",
    data: object = None,
) -> QTableWidgetItem:
    """A table cell."""
    item = QTableWidgetItem(text)
    item.setTextAlignment(RIGHT if right else LEFT)
    if bold or italic:
        font = QFont()
        font.setBold(bold)
        font.setItalic(italic)
        item.setFont(font)
    if colour is not None:
        item.setForeground(QBrush(QColor(colour)))
    if tip:
        item.setToolTip(tip)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def fill(
    table: QTableWidget,
    headers: Sequence[str],
    rows: Sequence[Sequence[QTableWidgetItem]],
    stretch: int | None = None,
) -> None:
    """Replace the contents of ``table``, keeping the selected row when it remains.

    Columns take the width of their contents (at most :data:`MAX_COLUMN_WIDTH`); the
    ``stretch`` column, if any, takes the room left.
    """
    selected = table.currentRow()
    table.setSortingEnabled(False)
    table.clearContents()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for row, items in enumerate(rows):
        for column, item in enumerate(items):
            table.setItem(row, column, item)
    fit_columns(table, stretch)
    if rows and table.selectionMode() != QAbstractItemView.SelectionMode.NoSelection:
        table.selectRow(min(max(selected, 0), len(rows) - 1))


def fit_columns(table: QTableWidget, stretch: int | None = None) -> None:
    """Columns as wide as their contents, up to a limit; ``stretch`` takes the room left."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.resizeColumnsToContents()
    for column in range(table.columnCount()):
        widget = table.cellWidget(0, column)
        wanted = max(header.sectionSize(column), widget.sizeHint().width() if widget else 0)
        header.resizeSection(column, min(wanted, MAX_COLUMN_WIDTH))
    header.setStretchLastSection(stretch is None)
    if stretch is not None and stretch < table.columnCount():
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def fit_height(table: QTableWidget, most_rows: int = 8) -> None:
    """Make ``table`` as tall as its rows (up to ``most_rows``), so nothing is left blank."""
    rows = min(max(table.rowCount(), 1), most_rows)
    height = table.horizontalHeader().height() + 2 * table.frameWidth() + 2
    height += (
        sum(table.rowHeight(row) for row in range(rows))
        if table.rowCount()
        else table.verticalHeader().defaultSectionSize()
    )
    if table.horizontalHeader().length() > table.width():
        height += table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(height)


def highlight_row(table: QTableWidget, row: int, colour: str = HIGHLIGHT) -> None:
    """Give a row a background that stands out (and keep its text dark enough to read)."""
    for column in range(table.columnCount()):
        item = table.item(row, column)
        if item is not None:
            item.setBackground(QBrush(QColor(colour)))
            # The background is light in both themes: dark text, and the light theme's red.
            warned = item.data(Qt.ItemDataRole.ForegroundRole) is not None
            item.setForeground(QBrush(QColor(LIGHT_TONES.warning if warned else "#1f2933")))
