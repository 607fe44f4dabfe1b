"""Text in every script draws without a word from Qt on a fresh start.

Run in a process of its own: what goes wrong happens once per process, the first time
text falls back on a face (fonts registered while the window was painting left Qt's
widgets with stale faces: "load glyph failed" on stderr, glyphs missing in the
inspector).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

MULTILINGUAL = Path(__file__).resolve().parents[1] / "data" / "multilingual.cxd"

_SCRIPT = """
import json, sys
from PySide6.QtCore import QSettings, qInstallMessageHandler
from PySide6.QtWidgets import QApplication
messages = []
qInstallMessageHandler(lambda kind, context, text: messages.append(text))
app = QApplication([])
from cxdesigner.ui.recovery import RecoveryStore
from cxdesigner.ui.settings import Preferences
from cxdesigner.ui.windows import WindowManager
folder = sys.argv[2]
manager = WindowManager(Preferences(QSettings(folder + "/settings.ini",
                                              QSettings.Format.IniFormat)),
                        RecoveryStore(__import__("pathlib").Path(folder) / "recovery"), "en")
window = manager.new_window()
window.resize(1200, 800)
window.show()
assert window.files.open_path(__import__("pathlib").Path(sys.argv[1]))
for _ in range(20):
    app.processEvents()
window.grab()
window.document.undo_stack.setClean()
window.close()
print(json.dumps(messages))
"""


def test_a_multilingual_project_opens_and_draws_without_font_errors(tmp_path: Path) -> None:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", _SCRIPT, str(MULTILINGUAL), str(tmp_path)],
                          capture_output=True, text=True, env=environment, timeout=120,
                          check=True)
    messages = json.loads(done.stdout.strip().splitlines()[-1])
    assert [text for text in messages if "glyph" in text or "font" in text.lower()] == []
