"""The editor starts as a program, shows its window, and can time its own start."""

from __future__ import annotations

import os
import subprocess
import sys

from ui_support import DEMO


def test_the_editor_starts_on_the_demo_and_reports_its_first_paint() -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                   "CXDESIGNER_EXIT_WHEN_SHOWN": "1"}
    done = subprocess.run([sys.executable, "-m", "cxdesigner", str(DEMO)], env=environment,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "shown"
    assert "Traceback" not in done.stderr


def test_a_new_window_loads_neither_the_analysis_nor_the_exports() -> None:
    """What the method's panels and the exports need is loaded when they are first used."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from cxdesigner.ui.recovery import RecoveryStore\n"
        "from cxdesigner.ui.settings import Preferences\n"
        "from cxdesigner.ui.windows import WindowManager\n"
        "import tempfile, pathlib\n"
        "folder = pathlib.Path(tempfile.mkdtemp())\n"
        "manager = WindowManager(Preferences(), RecoveryStore(folder), 'en')\n"
        "window = manager.new_window()\n"
        "window.show()\n"
        "app.processEvents()\n"
        "heavy = ('networkx', 'reportlab', 'cxdesigner.analysis', 'cxdesigner.export')\n"
        "print(' '.join(name for name in heavy if name in sys.modules))\n"
        "window.document.undo_stack.setClean()\n"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], env=environment, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
