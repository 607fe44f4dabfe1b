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
