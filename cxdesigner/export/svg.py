"""Painting the map's drawing primitives as SVG elements: the third backend of one drawing.

The screen paints the primitives of :mod:`cxdesigner.drawing` with QPainter and the PDF
with reportlab (``export/ink.py``); this paints the same ones as SVG text, in the layout's
coordinates (points, y growing downwards, as SVG's own). Text stays text, in the bundled
family, which :func:`font_faces` embeds (cut down to the characters a page uses) so that
the page needs nothing from outside. A symbol repeated many times is defined once and
placed with ``<use>``.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Iterable, Sequence
from html import escape

from cxdesigner.drawing.fonts import FontSet, face_file, find_family, fonts_folder
from cxdesigner.drawing.primitives import (
    Box,
    Circle,
    Curve,
    Group,
    Line,
    Picture,
    Polygon,
    Polyline,
    Primitive,
    Symbol,
    Text,
)
from cxdesigner.drawing.text_runs import printable
from cxdesigner.io.pictures import PictureError, open_checked, picture_bytes
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point
from cxdesigner.model import MapImage

FAMILY = "CX Map"
"""The CSS family name the embedded fonts go by."""


def number(value: float) -> str:
    """A coordinate, short: 2 decimals at most, no trailing zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _points(points: Sequence[Point]) -> str:
    return " ".join(f"{number(p.x)},{number(p.y)}" for p in points)


def _stroke(stroke: str | None, width: float, dash: Sequence[float] = ()) -> str:
    if stroke is None:
        return ""
    text = f' stroke="{stroke}" stroke-width="{number(width)}"'
    if dash:
        text += f' stroke-dasharray="{" ".join(number(d) for d in dash)}"'
    return text


def _fill(fill: str | None) -> str:
    return f' fill="{fill}"' if fill is not None else ' fill="none"'


class SvgPainter:
    """Turns primitives into SVG elements; the symbols it met go in :meth:`definitions`."""

    def __init__(self, fonts: FontSet, prefix: str = "s") -> None:
        self.fonts = fonts
        self.prefix = prefix
        self._symbols: dict[tuple[object, ...], tuple[str, str]] = {}
        self._styles = {fonts.regular: ("normal", "normal"), fonts.bold: ("bold", "normal"),
                        fonts.italic: ("normal", "italic"),
                        fonts.bold_italic: ("bold", "italic")}
        self.characters: set[str] = set()
        """Every character written as text in the main family, for the fonts to embed."""
        self.fallback_characters: dict[str, set[str]] = {}
        """The characters written in each fallback face (another script, emoji…)."""
        self._usable: dict[str, bool] = {}

    def paint(self, parts: Iterable[Primitive]) -> str:
        """The SVG elements of ``parts``."""
        out: list[str] = []
        self._paint(parts, out)
        return "".join(out)

    def definitions(self) -> str:
        """The ``<defs>`` of the symbols painted so far."""
        if not self._symbols:
            return ""
        inner = "".join(f'<g id="{name}">{body}</g>' for name, body in self._symbols.values())
        return f"<defs>{inner}</defs>"

    def _paint(self, parts: Iterable[Primitive], out: list[str]) -> None:
        for part in parts:
            match part:
                case Box():
                    r = part.rect
                    radius = f' rx="{number(part.radius)}"' if part.radius > 0 else ""
                    out.append(f'<rect x="{number(r.x)}" y="{number(r.y)}" '
                               f'width="{number(r.width)}" '
                               f'height="{number(r.height)}"{radius}{_fill(part.fill)}'
                               f'{_stroke(part.stroke, part.width, part.dash)}/>')
                case Text():
                    self._text(part, out)
                case Symbol():
                    name = self._symbol(part)
                    out.append(f'<use href="#{name}" x="{number(part.box.x)}" '
                               f'y="{number(part.box.y)}"/>')
                case Group():
                    out.append(f'<g transform="translate({number(part.origin.x)} '
                               f'{number(part.origin.y)})">')
                    self._paint(part.parts, out)
                    out.append("</g>")
                case Line():
                    out.append(f'<line x1="{number(part.start.x)}" y1="{number(part.start.y)}" '
                               f'x2="{number(part.end.x)}" y2="{number(part.end.y)}"'
                               f'{_stroke(part.stroke, part.width, part.dash)}/>')
                case Polyline():
                    out.append(f'<polyline points="{_points(part.points)}" fill="none" '
                               f'stroke-linejoin="round"'
                               f'{_stroke(part.stroke, part.width, part.dash)}/>')
                case Polygon():
                    out.append(f'<polygon points="{_points(part.points)}"{_fill(part.fill)} '
                               f'stroke-linejoin="round"{_stroke(part.stroke, part.width)}/>')
                case Circle():
                    out.append(f'<circle cx="{number(part.centre.x)}" cy="{number(part.centre.y)}" '
                               f'r="{number(part.radius)}"{_fill(part.fill)}'
                               f'{_stroke(part.stroke, part.width)}/>')
                case Picture():
                    self._picture(part, out)
                case Curve():
                    if not part.segments:
                        continue
                    first = part.segments[0].start
                    path = [f"M{number(first.x)} {number(first.y)}"]
                    path += [f"C{number(s.control1.x)} {number(s.control1.y)} "
                             f"{number(s.control2.x)} {number(s.control2.y)} "
                             f"{number(s.end.x)} {number(s.end.y)}"
                             for s in part.segments]
                    cap = "butt" if part.dash else "round"
                    out.append(f'<path d="{"".join(path)}" fill="none" stroke-linecap="{cap}"'
                               f'{_stroke(part.stroke, part.width, part.dash)}/>')

    def _usable_picture(self, image: MapImage) -> bool:
        """Whether a picture may go into the page: checked as print checks it, so that no
        reader's browser is given a picture that decompresses to gigabytes."""
        usable = self._usable.get(image.data)
        if usable is None:
            try:
                open_checked(picture_bytes(image), image.name, embedded=True)
                usable = True
            except PictureError:
                usable = False
            self._usable[image.data] = usable
        return usable

    def _picture(self, picture: Picture, out: list[str]) -> None:
        r = picture.rect
        box = (f'x="{number(r.x)}" y="{number(r.y)}" width="{number(r.width)}" '
               f'height="{number(r.height)}"')
        if not self._usable_picture(picture.image):
            out.append(f'<rect {box} fill="{palette.LANE_LABEL_FILL}"/>')
            return
        kind = picture.image.format
        out.append(f'<image {box} preserveAspectRatio="none" '
                   f'href="data:image/{kind};base64,{picture.image.data}"/>')

    def _symbol(self, symbol: Symbol) -> str:
        key = (symbol.key, symbol.box.width, symbol.box.height)
        known = self._symbols.get(key)
        if known is None:
            known = (f"{self.prefix}{len(self._symbols) + 1}", self.paint(symbol.parts))
            self._symbols[key] = known
        return known[0]

    def _text(self, text: Text, out: list[str]) -> None:
        weight, style = self._styles.get(text.font, ("normal", "normal"))
        spans = []
        for index, line in enumerate(text.lines):
            x, y = text.starts[index], text.baseline + index * text.leading
            if text.runs is None:
                shown = printable(line)
                self.characters.update(shown)
                spans.append(f'<tspan x="{number(x)}" y="{number(y)}">'
                             f"{escape(shown, quote=False)}</tspan>")
                continue
            # Pieces in other faces (other scripts, emoji), placed where the drawing put
            # them, in display order: the browser is told not to reorder them.
            for run in text.runs[index]:
                family = ""
                if run.font in self._styles:
                    self.characters.update(run.text)
                else:
                    self.fallback_characters.setdefault(run.font, set()).update(run.text)
                    family = f" font-family=\"'{run.font}'\""
                spans.append(f'<tspan x="{number(x + run.x)}" y="{number(y)}"{family} '
                             f'unicode-bidi="bidi-override" direction="ltr">'
                             f"{escape(run.text, quote=False)}</tspan>")
        look = f' font-weight="{weight}"' if weight != "normal" else ""
        look += f' font-style="{style}"' if style != "normal" else ""
        out.append(f'<text font-size="{number(text.size)}" fill="{text.colour}"{look}>'
                   f'{"".join(spans)}</text>')


_STYLES = (("Regular", "normal", "normal"), ("Bold", "bold", "normal"),
           ("Italic", "normal", "italic"), ("BoldItalic", "bold", "italic"))


def _subset(data: bytes, characters: str) -> bytes:
    """The font cut down to ``characters`` (fontTools' subsetter), as WOFF-free TrueType."""
    from fontTools import subset

    options = subset.Options()
    options.layout_features = ["kern", "liga"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = subset.load_font(io.BytesIO(data), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=characters)
    subsetter.subset(font)
    buffer = io.BytesIO()
    subset.save_font(font, buffer, options)
    return buffer.getvalue()


def font_faces(characters: Iterable[str],
               fallbacks: dict[str, set[str]] | None = None) -> str:
    """``@font-face`` rules embedding the four bundled styles as data, cut down to the
    ``characters`` a page shows (and the printable ASCII ones, for what a reader types),
    and each fallback face a page uses, cut down to its own characters."""
    wanted = "".join(sorted(set(characters) | {chr(code) for code in range(32, 127)}))
    _, files = find_family(fonts_folder())
    rules = []
    for style_name, weight, style in _STYLES:
        data = _subset(files[style_name].read_bytes(), wanted)
        encoded = base64.b64encode(data).decode("ascii")
        rules.append(f"@font-face{{font-family:'{FAMILY}';font-weight:{weight};"
                     f"font-style:{style};src:url(data:font/ttf;base64,{encoded}) "
                     "format('truetype');}")
    for face, used in sorted((fallbacks or {}).items()):
        data = _subset(face_file(face).read_bytes(), "".join(sorted(used)))
        encoded = base64.b64encode(data).decode("ascii")
        rules.append(f"@font-face{{font-family:'{face}';src:url(data:font/ttf;base64,"
                     f"{encoded}) format('truetype');}}")
    return "\n".join(rules)
