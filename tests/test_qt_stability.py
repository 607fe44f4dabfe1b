"""Guards against PySide6 builds that crash on many void-method calls."""

import os
import subprocess
import sys
import textwrap

import PySide6

CALLS = 100_000
MARKER = "QT-STABILITY-OK"

# 6.12.0 on CPython 3.11 frees `None` once too often per void call and aborts
# with "Fatal Python error: none_dealloc" after about a thousand calls.
_SCRIPT = textwrap.dedent(
    f"""
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene

    app = QApplication([])
    scene = QGraphicsScene()
    item = QGraphicsRectItem(0.0, 0.0, 10.0, 10.0)
    scene.addItem(item)
    for i in range({CALLS}):
        item.setPos(i, i)
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    color = QColor(10, 20, 30)
    for _ in range({CALLS}):
        image.fill(color)
    assert item.pos().x() == {CALLS - 1}
    print("{MARKER}", flush=True)
    """
)


def test_many_void_calls_do_not_crash_the_interpreter() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", _SCRIPT],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    details = f"exit {proc.returncode}\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
    assert proc.returncode == 0, details
    assert proc.stdout.strip().splitlines()[-1:] == [MARKER], details


def test_pyside6_version_is_not_the_broken_combination() -> None:
    if sys.version_info < (3, 12):
        assert PySide6.__version__ != "6.12.0", (
            "PySide6 6.12.0 crashes CPython 3.11; reinstall with -c constraints.txt"
        )
