"""The PDF of a tiny project, byte for byte: any change to the drawing shows here.

When the drawing changes on purpose, look at the new PDF, then regenerate the golden file::

    CXDESIGNER_REGENERATE_GOLDEN=1 .venv/bin/pytest tests/export/test_pdf_golden.py
"""

from __future__ import annotations

import os
from pathlib import Path

from export_support import build_tiny_project

from cxdesigner.export import ExportOptions, PaperSize, render_pdf

GOLDEN = Path(__file__).parent / "golden" / "tiny-a4.pdf"
REGENERATE = "CXDESIGNER_REGENERATE_GOLDEN"


def test_the_tiny_project_on_a4_prints_exactly_the_golden_file(tmp_path: Path) -> None:
    data, result = render_pdf(build_tiny_project(), ExportOptions(paper=PaperSize.parse("A4")))
    assert result.page_count == 6
    if os.environ.get(REGENERATE) == "1":
        GOLDEN.write_bytes(data)
    actual = tmp_path / GOLDEN.name
    actual.write_bytes(data)
    assert data == GOLDEN.read_bytes(), (
        f"the PDF differs from {GOLDEN}; look at {actual} and, if the change is wanted, "
        f"regenerate with {REGENERATE}=1 .venv/bin/pytest {Path(__file__).name}")
