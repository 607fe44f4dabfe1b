"""Write the table of widths of every bundled font (``resources/fonts/metrics/``).

The editor lays text out from these tables instead of reading each font file whole at start
(see ``cxdesigner/drawing/fonts.py``). Run it after adding or replacing a font:

    .venv/bin/python tools/font_metrics.py

A test fails while a table is missing or does not match its font.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cxdesigner.drawing.fonts import metrics_file, read_face  # noqa: E402


def write_tables(folder: Path) -> list[Path]:
    """Write the table of each ``.ttf`` in ``folder``; returns the tables written."""
    written = []
    for font in sorted(folder.glob("*.ttf")):
        table = metrics_file(font)
        table.parent.mkdir(exist_ok=True)
        table.write_text(read_face(font).to_json(font) + "\n", encoding="utf-8")
        written.append(table)
    return written


if __name__ == "__main__":
    for path in write_tables(ROOT / "resources" / "fonts"):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size / 1024:.0f} KB")
