"""A reportlab canvas that writes each graphics state change only when it changes something.

A map of thousands of touchpoints sets the same fill colour, line width and dash pattern
tens of thousands of times; every setting costs reportlab a number formatting and the PDF
a few bytes. :class:`PdfCanvas` remembers what the current graphics state holds (through
``saveState``/``restoreState``, which reportlab already stacks) and skips a setting that
would change nothing. Inside a form the state is that of whoever places the form, hence
unknown: :meth:`PdfCanvas.beginForm` forgets it, so the first setting there is always
written.

It also writes its streams without the ASCII85 layer reportlab adds by default to the
compressed ones: binary page streams are a fifth smaller, and the encoding, in pure Python,
took a large share of the saving time.

And it writes blocks of text (:meth:`PdfCanvas.draw_lines`) as reportlab's text object
would, byte for byte, remembering how each string of each font was encoded, and each block
of lines but its position: a map repeats its channel names, levels and quotes thousands of
times; lines made of runs in several
faces (other scripts, symbols, emoji) go the same way (:meth:`PdfCanvas.draw_runs`).
"""

from __future__ import annotations

import contextlib
import operator
import threading
from collections.abc import Hashable, Sequence
from functools import lru_cache
from typing import Any

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfgen.canvas import PATH_OPS, Canvas  # type: ignore[attr-defined]

from cxdesigner.drawing.fonts import coverage, register_face
from cxdesigner.drawing.primitives import Run
from cxdesigner.export.colour_space import ScreenColours, only_cmyk
from cxdesigner.export.legibility import PrintedText
from cxdesigner.export.printed_pictures import PictureLog

_UNKNOWN: Any = object()
"""What a state value is when the canvas cannot know it (at the start of a form)."""

_SAVE_LOCK = threading.Lock()
"""``rl_config`` is process-wide: one save at a time switches its ASCII85 setting."""

# The attributes reportlab pushes and pops with the graphics state; ours are added to them.
_TRACKED = ["_cx_fill", "_cx_stroke", "_cx_width", "_cx_dash", "_cx_join", "_cx_cap",
            "_cx_fill_alpha", "_cx_stroke_alpha"]


@lru_cache(maxsize=1 << 16)
def number(value: float) -> str:
    """``value`` as reportlab writes it (``fp_str``), remembered: a map's columns and rows
    put the same coordinates in thousands of operators."""
    return str(fp_str(value))


@lru_cache(maxsize=1 << 16)
def point(x: float, y: float) -> str:
    """``x y`` as reportlab's ``fp_str(x, y)`` writes them, remembered: the cells and cards
    of every column put their parts at the same places within it."""
    return f"{number(x)} {number(y)}"


_REPORTLAB_TO_UNICODE_MAP = ttfonts.makeToUnicodeCMap


def _to_unicode_map(fontname: str, subset: Any) -> str:
    """The ToUnicode map of a font subset (its characters, in code order), which lets readers
    copy and search its text.

    reportlab writes each character as ``<%04X>``: five hex digits for an emoji or a rare
    ideograph, which readers misread (an emoji copies as another character). The PDF
    reference wants UTF-16: such characters are written as their surrogate pair here.
    """
    lines = _REPORTLAB_TO_UNICODE_MAP(fontname, [code if code <= 0xFFFF else 0xFFFD
                                                  for code in subset]).split("\n")
    start = next(index for index, line in enumerate(lines) if line.endswith("beginbfchar"))
    for index, code in enumerate(subset):
        if code > 0xFFFF:
            units = chr(code).encode("utf-16-be").hex().upper()
            lines[start + 1 + index] = f"<{index:02X}> <{units}>"
    return "\n".join(lines)


def _pdf_font(name: str) -> Any:
    """reportlab's font ``name``: a bundled face is read whole the first time a PDF uses it."""
    with contextlib.suppress(KeyError):  # not one of ours: one of reportlab's standard fonts
        register_face(name)
    return pdfmetrics.getFont(name)


class PdfCanvas(Canvas):
    """A :class:`Canvas` that skips redundant state changes and keeps reusable forms.

    Attributes:
        stamps: the names of the forms defined for :meth:`Ink.stamp`, by what they draw.
        missing_glyphs: the characters drawn so far that no bundled face has (each drawn
            as the "missing glyph" box of the main face).
        colours: how ``#rrggbb`` colours are written (RGB, or CMYK for the press, when
            reportlab is also told to refuse any other colour).
        pictures: the pictures of the map printed so far, with their resolution.
        texts: the sizes of the texts printed, for the parts of a page that measure them.
    """

    # reportlab's own class attributes (its stubs call them instance ones, hence no ClassVar).
    STATE_ATTRIBUTES = [*Canvas.STATE_ATTRIBUTES, *_TRACKED]  # noqa: RUF012
    STATE_RANGE = list(range(len(STATE_ATTRIBUTES)))  # noqa: RUF012
    _state_of = staticmethod(operator.itemgetter(*STATE_ATTRIBUTES))
    """The values of the state's attributes, read in one call."""
    _doc: Any
    """reportlab's document (the subsets of the fonts are its own); not in the stubs."""
    _code: list[str]
    """reportlab's pieces of the page (or form) being drawn; not in the stubs either."""
    _formsinuse: list[str]
    """reportlab's names of the forms the page (or form) being drawn places; nor that."""
    _enforceColorSpace: Any  # noqa: N815 (reportlab's name)
    """reportlab's colour check (None: none), which it calls on every colour; nor that."""
    _extgstate: Any
    """reportlab's opacities and other extended settings, saved with the state; nor that."""
    _currentMatrix: tuple[float, float, float, float, float, float]  # noqa: N815
    """reportlab's record of the current transformation; nor that."""
    _fillMode: int  # noqa: N815
    """reportlab's fill rule (even-odd or non-zero); nor that."""

    def __init__(self, *args: Any, colours: ScreenColours | None = None, **kwargs: Any) -> None:
        self.colours = colours or ScreenColours()
        if self.colours.press:
            kwargs["enforceColorSpace"] = only_cmyk
        self.stamps: dict[Hashable, str] = {}
        self.missing_glyphs: set[str] = set()
        self.pictures = PictureLog()
        self.texts = PrintedText()
        self._encoded: dict[tuple[str, str], list[tuple[int, str]]] = {}
        self._subset_names: dict[tuple[str, int], str] = {}
        self._font_settings: dict[tuple[float, float], str] = {}
        self._text_blocks: dict[tuple[str, float, float, tuple[str, ...]], str] = {}
        self._cx_fonts: dict[str, Any] = {}
        self._form_calls: dict[str, str] = {}
        self._rgb_numbers: dict[tuple[float, float, float], str] = {}
        if kwargs.get("initialFontName"):
            _pdf_font(kwargs["initialFontName"])  # reportlab sets it up on the first page
        super().__init__(*args, **kwargs)

    def init_graphics_state(self) -> None:
        """The state of a new page: PDF's defaults (the colours are left to be set)."""
        super().init_graphics_state()
        self._cx_fill: Any = _UNKNOWN
        self._cx_stroke: Any = _UNKNOWN
        self._cx_width: Any = 1
        self._cx_dash: Any = ((), 0)
        self._cx_join: Any = 0
        self._cx_cap: Any = 0
        # Unknown, though PDF's default is opaque: the first opacity set also marks the
        # document as one that may hold transparency (reportlab's PDF version).
        self._cx_fill_alpha: Any = _UNKNOWN
        self._cx_stroke_alpha: Any = _UNKNOWN

    def push_state_stack(self) -> None:
        """Save the graphics state, as reportlab does, as a tuple rather than a dict: a map
        saves it around each of its thousands of cards and columns of cells."""
        self.state_stack.append(self._state_of(self.__dict__))
        self._extgstate = self._extgstate.pushCopy()

    def pop_state_stack(self) -> None:
        """Bring back the graphics state saved last."""
        self.__dict__.update(zip(self.STATE_ATTRIBUTES, self.state_stack.pop(), strict=True))

    def save_and_translate(self, x: float, y: float) -> None:
        """``saveState()`` then ``translate(x, y)``, writing the same, without reportlab's
        general transformation (a map places every card and column of cells so)."""
        self.push_state_stack()
        a, b, c, d, e, f = self._currentMatrix
        self._currentMatrix = (a, b, c, d, a * x + c * y + e, b * x + d * y + f)
        self._code.append("q")
        self._code.append(f"1 0 0 1 {point(x, y)} cm")

    def forget_state(self) -> None:
        """Write every next setting: the state in the stream is not what was last set."""
        for name in _TRACKED:
            setattr(self, name, _UNKNOWN)

    def beginForm(self, name: str, lowerx: float = 0, lowery: float = 0,
                  upperx: float | None = None, uppery: float | None = None) -> None:
        """Start a form; what it is drawn in is the state where it is placed: unknown."""
        super().beginForm(name, lowerx, lowery, upperx, uppery)  # type: ignore[arg-type]
        self.forget_state()

    def setFillColor(self, aColor: Any, alpha: Any = None) -> None:  # noqa: N803
        """Set the fill colour, unless it is already this very colour object."""
        if alpha is None and aColor is self._cx_fill:
            return
        if alpha is None and self._plain_rgb(aColor):
            self._fillColorObj = aColor
            self._code.append(f"{self._rgb(aColor)} rg")
            self.setFillAlpha(aColor.alpha)
        else:
            super().setFillColor(aColor, alpha)
        self._cx_fill = aColor if alpha is None else _UNKNOWN

    def setStrokeColor(self, aColor: Any, alpha: Any = None) -> None:  # noqa: N803
        """Set the stroke colour, unless it is already this very colour object."""
        if alpha is None and aColor is self._cx_stroke:
            return
        if alpha is None and self._plain_rgb(aColor):
            self._strokeColorObj = aColor
            self._code.append(f"{self._rgb(aColor)} RG")
            self.setStrokeAlpha(aColor.alpha)
        else:
            super().setStrokeColor(aColor, alpha)
        self._cx_stroke = aColor if alpha is None else _UNKNOWN

    def setFillAlpha(self, a: float) -> None:
        """Set the opacity of fills, unless it is already ``a`` (reportlab sets it with each
        colour)."""
        if a == self._cx_fill_alpha:
            return
        super().setFillAlpha(a)
        self._cx_fill_alpha = a

    def setStrokeAlpha(self, a: float) -> None:
        """Set the opacity of strokes, unless it is already ``a``."""
        if a == self._cx_stroke_alpha:
            return
        super().setStrokeAlpha(a)
        self._cx_stroke_alpha = a

    def _plain_rgb(self, colour: Any) -> bool:
        """Whether reportlab would write ``colour`` as three numbers and its opacity (an RGB
        colour, no colour space enforced), which :meth:`_rgb` does as fast."""
        return type(colour) is Color and self._enforceColorSpace is None

    def _rgb(self, colour: Color) -> str:
        """The red, green and blue of ``colour`` as reportlab writes them, formatted once
        per colour: a map changes colour tens of thousands of times between a few."""
        rgb = (colour.red, colour.green, colour.blue)
        numbers = self._rgb_numbers.get(rgb)
        if numbers is None:
            numbers = self._rgb_numbers[rgb] = str(fp_str(rgb))
        return numbers

    def setLineWidth(self, width: float) -> None:
        """Set the line width, unless it is already ``width``."""
        if width == self._cx_width:
            return
        super().setLineWidth(width)
        self._cx_width = width

    def setDash(self, array: Sequence[float] | float = (), phase: float = 0) -> None:
        """Set the dash pattern (nothing: solid), unless it is already this one."""
        if isinstance(array, int | float):  # reportlab's other notation: (on, off)
            array, phase = (array, phase), 0
        key = (tuple(array), phase)
        if key == self._cx_dash:
            return
        super().setDash(list(array), phase)
        self._cx_dash = key

    def setLineJoin(self, mode: int) -> None:
        """Set the line join (0 mitre, 1 round, 2 bevel), unless it is already ``mode``."""
        if mode == self._cx_join:
            return
        super().setLineJoin(mode)
        self._cx_join = mode

    def setLineCap(self, mode: int) -> None:
        """Set the line cap (0 butt, 1 round, 2 square), unless it is already ``mode``."""
        if mode == self._cx_cap:
            return
        super().setLineCap(mode)
        self._cx_cap = mode

    def place_form(self, name: str, x: float, y: float) -> None:
        """Draw form ``name`` with its (0, 0) at (``x``, ``y``), the state left as it was.

        What ``q``, a translation, ``doForm`` and ``Q`` write, byte for byte, as one piece of
        the stream (its pieces are joined with new lines): a map places forms thousands of
        times.
        """
        call = self._form_calls.get(name)
        if call is None:
            call = self._form_calls[name] = f"/{self._doc.getXObjectName(name)} Do"
        self._code.append(f"q 1 0 0 1 {point(x, y)} cm\n{call}\nQ")
        self._formsinuse.append(name)

    def draw_path(self, points: Sequence[tuple[float, float]], closed: bool, stroke: bool,
                  fill: bool) -> None:
        """A path through ``points`` (at least one), closed when ``closed``, stroked and/or
        filled: what reportlab's path object and ``drawPath`` write, byte for byte, with each
        coordinate formatted once per document (a map draws thousands of flows)."""
        (x, y), *rest = points
        path = [f"n {point(x, y)} m", *[f"{point(x, y)} l" for x, y in rest]]
        if closed:
            path.append("h")
        self._code.append(" ".join(path))
        self._code.append(PATH_OPS[int(stroke), int(fill), self._fillMode])

    def draw_curve(self, start: tuple[float, float],
                   segments: Sequence[tuple[float, float, float, float, float, float]]) -> None:
        """A stroked path of cubic Bézier segments from ``start``, each segment its two
        control points and its end: what reportlab's path object and ``drawPath`` write, byte
        for byte, each coordinate formatted once per document."""
        path = [f"n {point(*start)} m"]
        for x1, y1, x2, y2, x3, y3 in segments:
            path.append(f"{point(x1, y1)} {point(x2, y2)} {point(x3, y3)} c")
        self._code.append(" ".join(path))
        self._code.append(PATH_OPS[1, 0, self._fillMode])

    def rect(self, x: float, y: float, width: float, height: float, stroke: float = 1,
             fill: float = 0) -> None:
        """A rectangle with its lower left corner at (``x``, ``y``), as reportlab writes it,
        each coordinate formatted once per document."""
        self._code.append(f"n {point(x, y)} {point(width, height)} re "
                          f"{PATH_OPS[stroke, fill, self._fillMode]}")

    def roundRect(self, x: float, y: float, width: float, height: float,
                  radius: float, stroke: float = 1, fill: float = 0) -> None:
        """A rectangle with rounded corners, as reportlab's path writes it (the same four
        Bézier quadrants, the same arithmetic), each coordinate formatted once per
        document."""
        m = 0.4472  # reportlab's radius multiplier for its quadrants
        xlo, xhi = min(x, x + width), max(x, x + width)
        ylo, yhi = min(y, y + height), max(y, y + height)
        t = m * radius
        self._code.append("\n".join((
            "n",
            f"{point(xlo + radius, ylo)} m",
            f"{point(xhi - radius, ylo)} l",
            f"{point(xhi - t, ylo)} {point(xhi, ylo + t)} {point(xhi, ylo + radius)} c",
            f"{point(xhi, yhi - radius)} l",
            f"{point(xhi, yhi - t)} {point(xhi - t, yhi)} {point(xhi - radius, yhi)} c",
            f"{point(xlo + radius, yhi)} l",
            f"{point(xlo + t, yhi)} {point(xlo, yhi - t)} {point(xlo, yhi - radius)} c",
            f"{point(xlo, ylo + radius)} l",
            f"{point(xlo, ylo + t)} {point(xlo + t, ylo)} {point(xlo + radius, ylo)} c",
            "h")))
        self._code.append(PATH_OPS[stroke, fill, self._fillMode])

    def _setXObjects(self, thing: Any) -> None:
        """reportlab's list of the forms a page or form uses, each named once (in the order
        first placed, as reportlab's dictionary keeps them): a page places the same few forms
        thousands of times."""
        self._formsinuse = list(dict.fromkeys(self._formsinuse))
        super()._setXObjects(thing)  # type: ignore[misc]

    def draw_lines(self, font_name: str, size: float, leading: float, x: float, y: float,
                   lines: Sequence[str], starts: Sequence[float] | None = None) -> None:
        """``lines`` in one text object, the first at (``x``, ``y``), each next one ``leading``
        lower: at ``x`` too, or at ``starts[i]`` when given (centred or right-aligned lines).

        What reportlab's ``beginText`` / ``textLine`` / ``drawText`` write, without building
        the text object, and with the encoding of each string kept for the next time.
        """
        if starts is None:
            # A map sets the same labels (channels, levels, values) thousands of times: all
            # but the block's position is written once per document.
            key = (font_name, size, leading, tuple(lines))
            shown = self._text_blocks.get(key)
            if shown is not None:
                self._code.append(f"BT 1 0 0 1 {point(x, y)} Tm{shown}")
                return
        font = self._font(font_name)
        if not getattr(font, "_dynamicFont", False):  # a standard font: reportlab's own way
            text = self.beginText(x, y)
            text.setFont(font_name, size, leading)
            for index, line in enumerate(lines):
                if index and starts is not None:
                    text.setTextOrigin(starts[index], y - index * leading)
                text.textLine(line)
            self.drawText(text)
            return
        shown = self._shown_lines(font, font_name, size, leading, y, lines, starts)
        shown = f" {shown} ET" if shown else " ET"
        if starts is None:
            self._text_blocks[key] = shown
        self._code.append(f"BT 1 0 0 1 {point(x, y)} Tm{shown}")

    def _shown_lines(self, font: Any, font_name: str, size: float, leading: float, y: float,
                     lines: Sequence[str], starts: Sequence[float] | None) -> str:
        """The operators of :meth:`draw_lines` between the first ``Tm`` and ``ET``."""
        settings = self._font_settings.get((size, leading))
        if settings is None:
            settings = f"{number(size)} Tf {number(leading)} TL"
            self._font_settings[(size, leading)] = settings
        parts = []
        current = -1
        for index, line in enumerate(lines):
            if index and starts is not None:
                parts.append(f"1 0 0 1 {point(starts[index], y - index * leading)} Tm")
            pieces = []
            for subset, shown in self._encode(font, font_name, line):
                if subset != current:
                    pieces.append(f"{self._subset_name(font, font_name, subset)} {settings}")
                    current = subset
                pieces.append(shown)
            parts.append(f"{' '.join(pieces)} T*")
        return " ".join(parts)

    def draw_runs(self, size: float, leading: float, y: float, starts: Sequence[float],
                  lines: Sequence[Sequence[Run]]) -> None:
        """Lines of runs (pieces of a line, each in its own face) in one text object: line
        ``i`` on the baseline ``leading`` points under the one before, the first at ``y``,
        each run at ``starts[i] + run.x``."""
        parts = ["BT"]
        current: tuple[str, int] | None = None
        for index, runs in enumerate(lines):
            baseline = y - index * leading
            for run in runs:
                if not coverage(run.font).issuperset(map(ord, run.text)):
                    self.missing_glyphs.update(char for char in run.text
                                               if ord(char) not in coverage(run.font))
                font = self._font(run.font)
                parts.append(f"1 0 0 1 {point(starts[index] + run.x, baseline)} Tm")
                for subset, shown in self._encode(font, run.font, run.text):
                    if (run.font, subset) != current:
                        parts.append(f"{self._subset_name(font, run.font, subset)} "
                                     f"{number(size)} Tf")
                        current = (run.font, subset)
                    parts.append(shown)
        parts.append("ET")
        self.addLiteral(" ".join(parts))

    def _font(self, name: str) -> Any:
        """:func:`_pdf_font`, looked up once per document: a page sets text thousands of
        times in the same few faces."""
        font = self._cx_fonts.get(name)
        if font is None:
            font = self._cx_fonts[name] = _pdf_font(name)
        return font

    def _encode(self, font: Any, font_name: str, text: str) -> list[tuple[int, str]]:
        """``text`` as (subset, ``(bytes) Tj``) runs; the subsets are the document's."""
        key = (font_name, text)
        runs = self._encoded.get(key)
        if runs is None:
            runs = [(subset, f"({escapePDF(chunk)}) Tj")
                    for subset, chunk in font.splitString(text, self._doc)]
            self._encoded[key] = runs
        return runs

    def _subset_name(self, font: Any, font_name: str, subset: int) -> str:
        key = (font_name, subset)
        name = self._subset_names.get(key)
        if name is None:
            name = str(font.getSubsetInternalName(subset, self._doc))
            self._subset_names[key] = name
        return name

    def save(self) -> None:
        """Write the PDF, its compressed streams in binary (no ASCII85 layer), its fonts
        with a ToUnicode map that reads characters beyond U+FFFF right."""
        with _SAVE_LOCK:
            previous = rl_config.useA85, ttfonts.makeToUnicodeCMap
            rl_config.useA85 = 0
            ttfonts.makeToUnicodeCMap = _to_unicode_map
            try:
                super().save()
            finally:
                rl_config.useA85, ttfonts.makeToUnicodeCMap = previous
