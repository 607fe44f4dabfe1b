"""reportlab writes PDFs with its C accelerator (the rl-accel package), not its Python fallbacks."""

from __future__ import annotations

import reportlab.lib.rl_accel
import reportlab.pdfbase.pdfdoc
import reportlab.pdfbase.ttfonts
import reportlab.pdfgen.canvas
import reportlab.pdfgen.pathobject
import reportlab.pdfgen.textobject


def test_pdf_numbers_and_text_go_through_the_c_accelerator() -> None:
    # reportlab quietly falls back to pure Python when ``_rl_accel`` cannot be imported: every
    # number written to a page is then formatted in Python, a good share of each export.
    used = {
        "canvas": reportlab.pdfgen.canvas.fp_str,
        "paths": reportlab.pdfgen.pathobject.fp_str,
        "text": reportlab.pdfgen.textobject.fp_str,
        "escaping": reportlab.pdfbase.pdfdoc.escapePDF,
        "font widths": reportlab.pdfbase.ttfonts.instanceStringWidthTTF,
    }
    missing = {name for name, function in used.items() if function.__module__ != "_rl_accel"}
    assert not missing, f"pure-Python fallbacks in use for {sorted(missing)}: install rl-accel"
    assert reportlab.lib.rl_accel.fp_str(0.5, 12.25, 1e-9) == ".5 12.25 0"  # as PDFs write it
