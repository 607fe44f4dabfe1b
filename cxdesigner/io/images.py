"""How large an image CX Designer agrees to decode: one rule for every decoder (Qt, Pillow).

A small file can decompress to an enormous image (a PNG of 50 kB can declare 20,000 by
20,000 pixels: 1.6 GB once decoded). Every decoder reads the declared size from the
image's header first and asks :func:`pixel_problem` before decoding anything, so that no
photo, chosen or embedded in a project, can take the program beyond its memory promise.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_PHOTO_FILE_BYTES = 30 * 1024 * 1024
"""A photo file larger than this is refused before it is read."""

MAX_PHOTO_PIXELS = 50_000_000
"""No photo may declare more pixels than this. 50 megapixels lets in the photos of today's
48-megapixel phone cameras, which are JPEG: those are decoded directly at a reduced size
(see :data:`SCALED_DECODE_FORMATS`), so they stay small in memory."""

MAX_FULL_DECODE_PIXELS = 16_000_000
"""An image in a format that is decoded whole (PNG, WebP, GIF, BMP…) may have this many
pixels: 64 MB once decoded, whatever its file size."""

MAX_EMBEDDED_PIXELS = 4_194_304
"""A photo inside a project may have this many pixels (2,048 by 2,048; 16 MB decoded).
CX Designer embeds photos at most 512 pixels a side: a larger one comes from elsewhere,
and it is decoded every time the project is shown or printed."""

SCALED_DECODE_FORMATS = frozenset({"jpeg", "jpg", "mpo"})
"""Formats whose decoders can produce a smaller image directly (1/2, 1/4, 1/8 of its size)."""

DECODE_SIDE = 1024
"""A photo is decoded to at most about this many pixels a side, where the format allows:
twice what a photo is embedded at, and more than a printed portrait needs at 300 dpi."""


@dataclass(frozen=True)
class PixelProblem:
    """An image too large to decode: its declared size (0 by 0 when a decoder refused it
    without saying), and the cap it breaks."""

    width: int
    height: int
    cap: int
    format_name: str

    @property
    def megapixels(self) -> int:
        """The cap, in megapixels."""
        return self.cap // 1_000_000

    @property
    def whole_format(self) -> bool:
        """The cap is that of formats decoded whole (a JPEG of this size would be accepted)."""
        return self.cap == MAX_FULL_DECODE_PIXELS

    @property
    def embedded(self) -> bool:
        """The cap is that of a photo inside a project."""
        return self.cap == MAX_EMBEDDED_PIXELS

    def sentence(self, name: str) -> str:
        """What is wrong, in English, for ``name`` (the file or the persona)."""
        size = f"{self.width} \u00d7 {self.height} pixels"
        if not self.width:
            return f"{name} has more than the {self.megapixels} megapixels a photo may have"
        if self.embedded:
            return (f"{name} is {size}, more than the {self.megapixels} megapixels a photo "
                    "inside a project may have")
        if self.whole_format:
            return (f"{name} is {size}, more than the {self.megapixels} megapixels a "
                    f"{self.format_name.upper()} image may have (a JPEG photo may have "
                    f"{MAX_PHOTO_PIXELS // 1_000_000})")
        return f"{name} is {size}, more than the {self.megapixels} megapixels a photo may have"


def pixel_cap(format_name: str, embedded: bool = False) -> int:
    """The most pixels an image in ``format_name`` (``png``, ``jpeg``…) may declare; a
    photo already inside a project (``embedded``) may declare fewer."""
    if embedded:
        return MAX_EMBEDDED_PIXELS
    if format_name.lower() in SCALED_DECODE_FORMATS:
        return MAX_PHOTO_PIXELS
    return MAX_FULL_DECODE_PIXELS


def pixel_problem(width: int, height: int, format_name: str,
                  embedded: bool = False) -> PixelProblem | None:
    """None when an image of this declared size and format may be decoded."""
    pixels = width * height
    cap = pixel_cap(format_name, embedded)
    if pixels <= cap:
        return None
    # The cap of its own format, even far beyond it: a PNG is told of the PNG's 16
    # megapixels (and of the JPEG's 50), not of a cap it could never meet.
    return PixelProblem(width, height, cap, format_name)
