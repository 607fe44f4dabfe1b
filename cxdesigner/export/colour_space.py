"""How the PDF writes colours: RGB for screens and office printers, CMYK for a print shop.

The drawing gives every colour as ``#rrggbb``. :class:`ScreenColours` writes them as they
are. :class:`PressColours` converts each one, once, through the bundled ISO Coated v2 profile
(the FOGRA39 printing condition, the usual one for coated paper in Europe), with three rules
a print shop expects:

- greys (the palette's :data:`~cxdesigner.layout.palette.GREYS`, and any ``r = g = b``) go
  on the black plate only (``0/0/0/k``, the same lightness), so that rules, grids and grey
  fills are not built of four inks that a slight misregistration would fringe;
- near-black (the palette's ink) is solid black, ``0/0/0/1``, not a four-colour black;
- text is black ink only: dark text solid black, lighter text a tint of black, so that no
  letter depends on four plates landing on each other (the few coloured figures, which
  always carry a sign or a word, print as the grey of their lightness).

Persona photos are converted through the same profile.
"""

from __future__ import annotations

import io
from bisect import bisect_left
from functools import cache
from pathlib import Path

from PIL import Image, ImageCms
from reportlab.lib.colors import CMYKColor, Color, HexColor
from reportlab.lib.utils import ImageReader

from cxdesigner.layout import palette
from cxdesigner.resources_path import resource_path

PROFILE_FILE = "ISOcoated_v2_300_bas.icc"
PROFILE_NAME = "ISO Coated v2 300% (basICColor)"
CONDITION_ID = "FOGRA39"
"""The printing condition the profile describes, as registered with the ICC."""
CONDITION = ("Offset printing, according to ISO 12647-2:2004/Amd 1, paper type 1 or 2 "
             "(coated art), FOGRA39L characterisation data")

SOLID_BLACK_L = 22.0
"""Greys darker than this lightness (L*) are solid black: the palette's ink is L* 16."""
SOLID_TEXT_L = 50.0
"""Text darker than this lightness is solid black (body, captions and muted text)."""


def profile_path() -> Path:
    """The bundled CMYK profile (see ``resources/icc/README.md``)."""
    return resource_path("icc", PROFILE_FILE)


@cache
def profile_bytes() -> bytes:
    """The profile's bytes, embedded in the PDF as its output intent."""
    return profile_path().read_bytes()


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    value = int(hex_colour[1:7], 16)
    return (value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF


class ScreenColours:
    """Colours as the drawing gives them (RGB), photos as they are."""

    press = False

    def __init__(self) -> None:
        self._colours: dict[str, Color] = {}

    def fill(self, hex_colour: str) -> Color:
        """The colour of shapes and lines (the same object for the same ``#rrggbb``)."""
        colour = self._colours.get(hex_colour)
        if colour is None:
            colour = self._colours[hex_colour] = HexColor(hex_colour)
        return colour

    def text(self, hex_colour: str) -> Color:
        """The colour of text."""
        return self.fill(hex_colour)

    def image(self, photo: Image.Image) -> ImageReader:
        """A photo (decoded after its size was checked: ``export/photos.py``) to draw."""
        return ImageReader(photo)


class _Profiles:
    """The colour transforms, built once per process (littleCMS through Pillow)."""

    def __init__(self) -> None:
        srgb = ImageCms.createProfile("sRGB")
        lab = ImageCms.createProfile("LAB")
        press = ImageCms.getOpenProfile(io.BytesIO(profile_bytes()))
        intent = ImageCms.Intent.RELATIVE_COLORIMETRIC
        flags = ImageCms.Flags.BLACKPOINTCOMPENSATION
        self.to_press = ImageCms.buildTransform(srgb, press, "RGB", "CMYK", intent, flags)
        self.to_lab = ImageCms.buildTransform(srgb, lab, "RGB", "LAB", intent)
        press_to_lab = ImageCms.buildTransform(press, lab, "CMYK", "LAB", intent)
        # The lightness of each tint of black on the paper, paper white 100: a grey's tint
        # of black is looked up here.
        ramp = Image.new("CMYK", (256, 1))
        ramp.putdata([(0, 0, 0, k) for k in range(256)])
        lab_ramp = ImageCms.applyTransform(ramp, press_to_lab)
        assert lab_ramp is not None
        lightness = [lab_ramp.getpixel((k, 0)) for k in range(256)]
        self.black_l = [pixel[0] * 100 / 255 for pixel in lightness]  # type: ignore[index]

    def lab(self, rgb: tuple[int, int, int]) -> tuple[float, float, float]:
        """CIELAB (D50) of an sRGB colour."""
        pixel = ImageCms.applyTransform(Image.new("RGB", (1, 1), rgb), self.to_lab)
        assert pixel is not None
        lightness, a, b = pixel.getpixel((0, 0))  # type: ignore[misc]
        return lightness * 100 / 255, a - 128.0, b - 128.0

    def cmyk(self, rgb: tuple[int, int, int]) -> tuple[float, float, float, float]:
        """The press CMYK (0 to 1) of an sRGB colour."""
        pixel = ImageCms.applyTransform(Image.new("RGB", (1, 1), rgb), self.to_press)
        assert pixel is not None
        values = pixel.getpixel((0, 0))
        return tuple(round(v / 255, 4) for v in values)  # type: ignore[union-attr,return-value]

    def black_tint(self, lightness: float) -> float:
        """The tint of black (0 to 1) as light as ``lightness`` (sRGB L*, black 0, white 100).

        sRGB black maps onto solid black, as black-point compensation does for colours.
        """
        darkest = self.black_l[-1]
        wanted = darkest + lightness * (100 - darkest) / 100
        # black_l falls from paper white to solid black: search its mirror.
        rising = [-value for value in self.black_l]
        k = bisect_left(rising, -wanted)
        return round(min(255, k) / 255, 4)


@cache
def _profiles() -> _Profiles:
    return _Profiles()


class PressColours(ScreenColours):
    """CMYK for the ISO Coated v2 (FOGRA39) printing condition; see the module's rules."""

    press = True

    def __init__(self) -> None:
        super().__init__()
        self._profiles = _profiles()
        self._texts: dict[str, Color] = {}

    def fill(self, hex_colour: str) -> Color:
        colour = self._colours.get(hex_colour)
        if colour is None:
            colour = self._colours[hex_colour] = self._convert(hex_colour)
        return colour

    def _convert(self, hex_colour: str) -> CMYKColor:
        rgb = _rgb(hex_colour)
        if hex_colour.lower() in palette.GREYS or rgb[0] == rgb[1] == rgb[2]:
            lightness = self._profiles.lab(rgb)[0]
            if lightness < SOLID_BLACK_L:
                return CMYKColor(0, 0, 0, 1)
            return CMYKColor(0, 0, 0, self._profiles.black_tint(lightness))
        return CMYKColor(*self._profiles.cmyk(rgb))

    def text(self, hex_colour: str) -> Color:
        colour = self._texts.get(hex_colour)
        if colour is None:
            lightness = self._profiles.lab(_rgb(hex_colour))[0]
            black = 1.0 if lightness < SOLID_TEXT_L else self._profiles.black_tint(lightness)
            colour = self._texts[hex_colour] = CMYKColor(0, 0, 0, black)
        return colour

    def image(self, photo: Image.Image) -> ImageReader:
        """The photo in press CMYK, laid on white paper (CMYK images have no transparency)."""
        rgba = photo.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        flat = Image.alpha_composite(paper, rgba).convert("RGB")
        converted = ImageCms.applyTransform(flat, self._profiles.to_press)
        assert converted is not None
        return ImageReader(converted)


def only_cmyk(colour: object) -> CMYKColor:
    """reportlab's colour check for a press file: anything but CMYK is a mistake to report."""
    if not isinstance(colour, CMYKColor):
        raise ValueError(f"an RGB colour ({colour!r}) reached a press PDF: colours must go "
                         "through the canvas's colour space")
    return colour
