"""Let go of copied cards before the application exits."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from cxdesigner.document.clipboard import CLIPBOARD_MIME


def release_clipboard() -> None:
    """Empty the clipboard if it holds cards copied from CX Designer.

    Mime data still held by the clipboard when the interpreter exits is freed twice (by Qt
    and by Python) and crashes the process after the last window closed. Text copied by
    other programs is left alone.
    """
    if QApplication.instance() is None:
        return
    clipboard = QApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasFormat(CLIPBOARD_MIME):
        clipboard.clear()
