"""The export's canvas: text written as reportlab writes it, state changes only when needed."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from reportlab.lib.colors import CMYKColor, Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from cxdesigner.drawing.fonts import load_fonts
from cxdesigner.export.pdf_canvas import PdfCanvas, point

# Enough distinct characters to need a second subset of the font (256 codes each), and the
# ones PDF strings escape.
_MANY = "".join(chr(code) for code in range(0x21, 0x17F) if chr(code).isprintable())
LINES = [
    "Étape n° 3 : l’œuvre « pressée »",
    "(parenthèses) et \\ barre oblique",
    "",
    _MANY[:150],
    _MANY[150:],
    "Ελληνικά και кириллица — ½ € ™",
    "Étape n° 3 : l’œuvre « pressée »",
]


def _canvas() -> tuple[PdfCanvas, io.BytesIO]:
    buffer = io.BytesIO()
    canvas = PdfCanvas(buffer, pagesize=(600, 800), invariant=1, pageCompression=0,
                       initialFontName=load_fonts().regular)
    return canvas, buffer


def _page_stream(data: bytes) -> str:
    contents = PdfReader(io.BytesIO(data)).pages[0].get_contents()
    assert contents is not None
    return contents.get_data().decode("latin-1")


def test_draw_lines_writes_exactly_what_reportlabs_text_object_writes() -> None:
    fonts = load_fonts()
    outputs = []
    for fast in (True, False):
        canvas, buffer = _canvas()
        for font in (fonts.regular, fonts.bold, fonts.regular):
            for size, leading in ((8.5, 10.37), (11.0, 13.42)):
                starts = [30.0 + index * 1.5 for index in range(len(LINES))]
                # The same lines again elsewhere, and no line at all, are written alike.
                for y, offsets, lines in ((700.0, None, LINES), (400.0, starts, LINES),
                                          (250.5, None, LINES), (100.0, None, [])):
                    if fast:
                        canvas.draw_lines(font, size, leading, 30.25, y, lines, offsets)
                        continue
                    text = canvas.beginText(30.25, y)
                    text.setFont(font, size, leading)
                    for index, line in enumerate(lines):
                        if index and offsets is not None:
                            text.setTextOrigin(offsets[index], y - index * leading)
                        text.textLine(line)
                    canvas.drawText(text)
        canvas.showPage()
        canvas.save()
        outputs.append(buffer.getvalue())
    assert outputs[0] == outputs[1]
    assert "/F1+1" in _page_stream(outputs[0])  # the second subset was used


def test_numbers_are_written_as_reportlab_writes_them() -> None:
    from reportlab.lib.rl_accel import fp_str

    for x, y in ((0.0, 1e-9), (12587.6, 913.6000001), (-0.5, 123456.789), (1 / 3, 2 / 3),
                 (1e6, -1e-3), (7, 42)):
        assert point(x, y) == fp_str(x, y)


def test_a_state_change_is_written_only_when_it_changes_something() -> None:
    canvas, buffer = _canvas()
    red, blue = HexColor("#ff0000"), HexColor("#0000ff")
    canvas.setFillColor(red)
    canvas.setFillColor(red)  # skipped
    canvas.setLineWidth(1)  # the PDF default: skipped
    canvas.setLineWidth(2)
    canvas.setLineWidth(2)  # skipped
    canvas.setDash([3, 2], 0)
    canvas.setDash([3, 2], 0)  # skipped
    canvas.saveState()
    canvas.setFillColor(blue)
    canvas.setDash()
    canvas.restoreState()
    canvas.setFillColor(red)  # red again after the restore: skipped
    canvas.setDash([3, 2], 0)  # skipped too
    canvas.setFillColor(blue)
    canvas.showPage()
    canvas.setFillColor(blue)  # a new page starts from PDF's defaults: written
    canvas.showPage()
    canvas.save()
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    first = reader.pages[0].get_contents()
    second = reader.pages[1].get_contents()
    assert first is not None and second is not None
    stream = first.get_data().decode("latin-1")
    assert stream.count("1 0 0 rg") == 1
    assert stream.count("0 0 1 rg") == 2
    assert stream.count(" w") == 1
    assert stream.count("[3 2] 0 d") == 1
    assert second.get_data().decode("latin-1").count("0 0 1 rg") == 1


def test_a_form_writes_its_state_whatever_the_page_had() -> None:
    canvas, buffer = _canvas()
    red = HexColor("#ff0000")
    canvas.setFillColor(red)
    canvas.setLineWidth(3)
    canvas.setDash([3, 2], 0)
    canvas.beginForm("shape", 0, 0, 10, 10)
    # Where the form is placed, the state may be anything, PDF's defaults included: the
    # settings must be written.
    canvas.setFillColor(red)
    canvas.setLineWidth(1)
    canvas.setDash()
    canvas.rect(0, 0, 10, 10, fill=1)
    canvas.endForm()
    canvas.setFillColor(red)  # back on the page, still red: skipped
    canvas.doForm("shape")
    canvas.showPage()
    canvas.save()
    data = buffer.getvalue()
    assert _page_stream(data).count("1 0 0 rg") == 1
    form = re.search(rb"/Subtype /Form.*?stream\r?\n(.*?)endstream", data, re.S)
    assert form is not None
    body = form.group(1)
    for setting in (b"1 0 0 rg", b"1 w", b"[] 0 d"):
        assert setting in body


def test_colours_are_written_as_reportlab_writes_them() -> None:
    colours = [HexColor("#1f6f8b"), HexColor("#e8a33d"), Color(0.2, 0.4, 0.6, alpha=0.5),
               CMYKColor(0.1, 0.2, 0.3, 0.4), HexColor("#1f6f8b")]
    veil = Color(0.9, 0.1, 0.1, alpha=0.3)
    streams = []
    for canvas_class in (PdfCanvas, Canvas):
        buffer = io.BytesIO()
        canvas = canvas_class(buffer, pagesize=(600, 800), invariant=1, pageCompression=0)
        for index, colour in enumerate(colours):
            canvas.setFillColor(colour)
            canvas.setStrokeColor(colours[-1 - index])
            canvas.rect(10, 10 + 20 * index, 10, 10, stroke=1, fill=1)
            # Opacity, like colour, comes back with the state it was set in.
            canvas.saveState()
            canvas.setFillColor(veil)
            canvas.rect(30, 10 + 20 * index, 10, 10, stroke=0, fill=1)
            canvas.restoreState()
        canvas.setFillColor(veil)
        canvas.saveState()
        canvas.setFillColor(colours[0])
        canvas.restoreState()
        canvas.setFillColor(colours[1])  # opaque again: written, though it was inside
        canvas.rect(50, 10, 10, 10, stroke=0, fill=1)
        canvas.showPage()
        canvas.save()
        streams.append(_page_stream(buffer.getvalue()))
    assert streams[0] == streams[1]
    assert "gs" in streams[0]  # the half-transparent colour's opacity


def test_placing_a_form_writes_what_reportlabs_calls_write() -> None:
    outputs = []
    for fast in (True, False):
        canvas, buffer = _canvas()
        canvas.beginForm("shape", 0, 0, 10, 10)
        canvas.rect(0, 0, 10, 10, fill=1)
        canvas.endForm()
        for x, y in ((12.5, 40.0), (300.0, 512.25), (12.5, 40.0)):
            if fast:
                canvas.place_form("shape", x, y)
                continue
            canvas.addLiteral(f"q 1 0 0 1 {point(x, y)} cm")
            canvas.doForm("shape")
            canvas.addLiteral("Q")
        canvas.showPage()
        canvas.save()
        outputs.append(buffer.getvalue())
    assert outputs[0] == outputs[1]
    assert _page_stream(outputs[0]).count(" Do") == 3


def test_the_streams_are_binary_and_the_setting_is_restored() -> None:
    from reportlab import rl_config

    before = rl_config.useA85
    buffer = io.BytesIO()
    canvas = PdfCanvas(buffer, invariant=1, pageCompression=1,
                       initialFontName=load_fonts().regular)
    canvas.rect(10, 10, 100, 100)
    canvas.showPage()
    canvas.save()
    assert b"ASCII85Decode" not in buffer.getvalue()
    assert rl_config.useA85 == before
