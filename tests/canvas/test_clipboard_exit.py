"""Copying cards and then quitting never crashes the process."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QApplication
    from cxdesigner.canvas.clipboard import release_clipboard
    from cxdesigner.document.clipboard import CLIPBOARD_MIME

    app = QApplication(sys.argv)
    data = QMimeData()
    data.setData(CLIPBOARD_MIME, b"{}")
    QApplication.clipboard().setMimeData(data)
    release_clipboard()
    left = QApplication.clipboard().mimeData()
    print("released", left is not None and left.hasFormat(CLIPBOARD_MIME))
""")


def test_copied_cards_are_released_before_exit() -> None:
    # Without the release, this process would end with a segmentation fault.
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            timeout=60, env=environment)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "released False"
