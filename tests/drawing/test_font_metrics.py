"""The tables of widths the editor lays text out with are those of the bundled fonts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cxdesigner.drawing.fonts import (
    FaceMetrics,
    declare_face,
    fonts_folder,
    load_fonts,
    metrics,
    metrics_file,
    read_face,
)

FONTS = sorted(fonts_folder().glob("*.ttf"))


@pytest.mark.parametrize("font", FONTS, ids=[path.name for path in FONTS])
def test_every_bundled_font_has_its_current_table(font: Path) -> None:
    table = metrics_file(font)
    assert table.is_file(), "run tools/font_metrics.py"
    data = json.loads(table.read_text(encoding="utf-8"))
    assert data["file"] == font.name and data["size"] == font.stat().st_size
    read = read_face(font)
    assert FaceMetrics(dict(zip(data["codes"], data["widths"], strict=True)),
                       data["default"], frozenset(data["codes"])) == read, \
        "run tools/font_metrics.py"


def test_a_face_without_a_table_is_measured_from_its_file(tmp_path: Path) -> None:
    source = fonts_folder() / "NotoSans-Regular.ttf"
    copy = tmp_path / "Copy-Regular.ttf"
    copy.write_bytes(source.read_bytes())
    declare_face("Copy-Regular", copy)
    assert metrics("Copy-Regular") == read_face(source)
    assert metrics("Copy-Regular").width("Parcours", 10) == pytest.approx(
        metrics(load_fonts().regular).width("Parcours", 10))


def test_laying_text_out_does_not_read_the_fonts_whole() -> None:
    """The editor measures text from the tables: reportlab's font reader is not loaded."""
    script = ("import sys\n"
              "from cxdesigner.drawing.fonts import load_fonts\n"
              "from cxdesigner.drawing.text_runs import text_width\n"
              "fonts = load_fonts()\n"
              "assert text_width(fonts.bold, 'Étape n° 3 : l’œuvre', 12) > 0\n"
              "print('reportlab.pdfbase.ttfonts' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == "False"
