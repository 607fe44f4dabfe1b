"""A photo of the wall: opened safely, and every QR code on it found with zxing-cpp.

A phone photo is opened from its header first: one too large to be a photo (or a file that
claims to be, to exhaust memory) is refused before a pixel is decoded. A JPEG larger than
the working size is decoded at a half or a quarter of it directly (the JPEG decoder's own
scaling), and in grey: a 12-megapixel photo then takes 12 MB, not 36.

Codes are looked for twice, on the photo as taken and on a sharpened copy (a slightly
blurred photo); a symbol found but not decoded is tried once more, enlarged and sharpened,
from a close crop. What still cannot be decoded is kept as an unreadable spot, never
guessed.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import zxingcpp
from PIL import Image, ImageFilter, UnidentifiedImageError

MAX_PHOTO_PIXELS = 100_000_000
"""A photo with more pixels than this is refused unread (the largest phone sensors make
about 50 megapixels; a 108-megapixel one is refused: take it at a lower resolution)."""

WORKING_PIXELS = 16_000_000
"""Larger photos are read at a half or a quarter of their size (JPEG) or reduced (others)."""

_SHARPEN = ImageFilter.UnsharpMask(radius=2, percent=300, threshold=0)
_FORMATS = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)


class PhotoError(Exception):
    """A photo cannot be read; the message says which and why."""


Corners = tuple[tuple[float, float], tuple[float, float], tuple[float, float],
                tuple[float, float]]


@dataclass(frozen=True)
class Detection:
    """A QR symbol found on a photo.

    Attributes:
        text: what it holds; empty when it could not be decoded.
        corners: in pixels of the photo as read: top-left, top-right, bottom-right,
            bottom-left, in the symbol's own axes.
    """

    text: str
    corners: Corners

    @property
    def readable(self) -> bool:
        return bool(self.text)

    @property
    def centre(self) -> tuple[float, float]:
        return (sum(x for x, _ in self.corners) / 4, sum(y for _, y in self.corners) / 4)

    @property
    def side(self) -> float:
        """The mean length of its edges, in pixels."""
        c = self.corners
        return sum(math.dist(c[i], c[(i + 1) % 4]) for i in range(4)) / 4


def open_photo(path: Path) -> Image.Image:
    """The photo at ``path`` in grey, at most about :data:`WORKING_PIXELS` large.

    Raises:
        PhotoError: it is missing, not an image, or too large.
    """
    too_large = PhotoError(
        f"'{path}' is more than the {MAX_PHOTO_PIXELS // 1_000_000} megapixels a photo of the "
        "wall may have. Take it at a lower resolution.")
    try:
        with warnings.catch_warnings():
            # Pillow warns of large images; the size is checked below, against a lower cap.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(path)
    except Image.DecompressionBombError as error:
        raise too_large from error
    except FileNotFoundError as error:
        raise PhotoError(f"'{path}' does not exist.") from error
    except IsADirectoryError as error:
        raise PhotoError(f"'{path}' is a folder, not a photo.") from error
    except UnidentifiedImageError as error:
        raise PhotoError(f"'{path}' is not an image that can be read (JPEG, PNG…).") from error
    except OSError as error:
        raise PhotoError(f"'{path}' cannot be read: {error.strerror or error}.") from error
    with image:
        width, height = image.size
        if width * height > MAX_PHOTO_PIXELS:
            raise PhotoError(
                f"'{path}' is {width} x {height} pixels ({width * height / 1e6:.0f} "
                f"megapixels): more than the {MAX_PHOTO_PIXELS // 1_000_000} megapixels a "
                "photo of the wall may have. Take it at a lower resolution.") from None
        if image.format == "JPEG" and width * height > WORKING_PIXELS:
            scale = math.sqrt(WORKING_PIXELS / (width * height))
            image.draft("L", (math.ceil(width * scale), math.ceil(height * scale)))
        try:
            grey = image.convert("L")
        except (OSError, ValueError) as error:
            raise PhotoError(f"'{path}' is damaged: {error}.") from error
    if grey.width * grey.height > WORKING_PIXELS:
        factor = math.ceil(math.sqrt(grey.width * grey.height / WORKING_PIXELS))
        grey = grey.reduce(factor)
    return grey


def _detections(image: Image.Image) -> list[Detection]:
    found = []
    for barcode in zxingcpp.read_barcodes(image, formats=_FORMATS, return_errors=True):
        p = barcode.position
        corners: Corners = tuple(  # type: ignore[assignment]
            (float(point.x), float(point.y))
            for point in (p.top_left, p.top_right, p.bottom_right, p.bottom_left))
        found.append(Detection(barcode.text if barcode.valid else "", corners))
    return found


def _same_place(a: Detection, b: Detection) -> bool:
    return math.dist(a.centre, b.centre) < max(a.side, b.side) * 0.5


def _merge(found: Iterable[Detection]) -> list[Detection]:
    """One detection per symbol: a decoded one wins over an undecoded one at its place."""
    kept: list[Detection] = []
    for detection in found:
        twin = next((index for index, other in enumerate(kept)
                     if _same_place(detection, other)
                     and (other.text == detection.text or not other.readable
                          or not detection.readable)), None)
        if twin is None:
            kept.append(detection)
        elif detection.readable and not kept[twin].readable:
            kept[twin] = detection
    return kept


def _closer_look(image: Image.Image, spot: Detection) -> Detection:
    """``spot`` decoded from a crop around it, enlarged three times and sharpened."""
    x, y = spot.centre
    reach = spot.side * 1.2
    box = (max(0, int(x - reach)), max(0, int(y - reach)),
           min(image.width, int(x + reach)), min(image.height, int(y + reach)))
    if box[2] - box[0] < 8 or box[3] - box[1] < 8:
        return spot
    crop = image.crop(box)
    enlarged = crop.resize((crop.width * 3, crop.height * 3), Image.Resampling.BICUBIC)
    for candidate in (enlarged, enlarged.filter(_SHARPEN)):
        for found in _detections(candidate):
            if found.readable:
                corners: Corners = tuple(  # type: ignore[assignment]
                    (box[0] + cx / 3, box[1] + cy / 3) for cx, cy in found.corners)
                return Detection(found.text, corners)
    return spot


def find_codes(image: Image.Image) -> list[Detection]:
    """Every QR symbol on ``image`` (grey), decoded where it can be."""
    found = _merge([*_detections(image), *_detections(image.filter(_SHARPEN))])
    return [spot if spot.readable else _closer_look(image, spot) for spot in found]
