"""Pictures on the map: a file, a pasted screenshot or a crop of the wall made into a
:class:`~cxdesigner.model.MapImage`, and a picture of a project opened again to print it.

Every picture is opened with Pillow, which reads only its header at first: the size it
declares is checked against the caps of :mod:`cxdesigner.io.images` before a pixel is
decoded, so that a small file that decompresses to gigabytes is refused with a message
that says what to do. A picture is stored at most :data:`STORED_SIDE` pixels a side: enough
to read a screenshot at full size on screen, and to print a card's picture well beyond
300 ppi.
"""

from __future__ import annotations

import base64
import binascii
import io
import warnings
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from cxdesigner.io.images import (
    MAX_PHOTO_FILE_BYTES,
    MAX_PHOTO_PIXELS,
    SCALED_DECODE_FORMATS,
    PixelProblem,
    pixel_problem,
)
from cxdesigner.io.reading import FileRefusedError, Refusal, read_regular_file
from cxdesigner.model import ImageFormat, MapImage
from cxdesigner.model.limits import MAX_IMAGE_CHARS

# Pillow's own guard, set deliberately to the same cap (its default is about 89
# megapixels, and only a warning below twice that): a backstop behind the checks here, for
# every image this process decodes, reportlab's included.
Image.MAX_IMAGE_PIXELS = MAX_PHOTO_PIXELS

STORED_SIDE = 1600
"""A picture is kept in the project at most this many pixels a side (aspect ratio kept)."""

MAX_FILE_BYTES = MAX_PHOTO_FILE_BYTES
"""A picture file larger than this is refused before it is read."""

PNG_KEPT_BYTES = 300_000
"""A picture whose PNG is larger than this is also tried as a JPEG, and the smaller kept:
screenshots stay sharp PNG, photos become a tenth of their PNG size."""

JPEG_QUALITY = 88

PRINT_PPI_FLOOR = 150.0
"""Below this many pixels per inch as printed, a picture looks soft: the export warns."""

PRINT_PPI_TARGET = 300.0
"""A picture is printed at most this fine: finer would only make the PDF larger."""


class PictureProblem(Enum):
    """Why a picture cannot be used."""

    MISSING = "missing"
    FOLDER = "folder"
    NOT_A_FILE = "not_a_file"
    TOO_LARGE_FILE = "too_large_file"
    UNREADABLE_FILE = "unreadable_file"
    TOO_MANY_PIXELS = "too_many_pixels"
    NOT_AN_IMAGE = "not_an_image"
    DAMAGED = "damaged"


_ADVICE = "Choose a PNG or JPEG picture, or open this one in an image editor and save it as PNG."
_SMALLER = "Save a smaller copy (2,000 pixels a side is plenty) and choose that copy."


class PictureError(ValueError):
    """A picture that cannot be used; the message says what is wrong and what to do.

    Attributes:
        problem: why, for a message in the interface language.
        name: the file's name, or what the picture is (a pasted picture).
        size: the file's size in bytes (:attr:`PictureProblem.TOO_LARGE_FILE`).
        pixels: the picture's declared size (:attr:`PictureProblem.TOO_MANY_PIXELS`).
        reason: the system's words (:attr:`PictureProblem.UNREADABLE_FILE`).
    """

    def __init__(self, message: str, problem: PictureProblem, name: str, *, size: int = 0,
                 pixels: PixelProblem | None = None, reason: str = "") -> None:
        super().__init__(message)
        self.problem = problem
        self.name = name
        self.size = size
        self.pixels = pixels
        self.reason = reason


@dataclass(frozen=True)
class _Named:
    """What a picture is called in messages: a file's name in quotes, or "The picture"."""

    name: str

    @property
    def text(self) -> str:
        return f"“{self.name}”" if self.name else "The picture"


def _declared_size(data: bytes) -> tuple[int, int, str]:
    """The size and format an image's header declares, read without Pillow's cap (nothing
    is decoded: they are only to be said); 0 by 0 when the header cannot be read."""
    cap = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = None
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            return int(width), int(height), (image.format or "").lower()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        return 0, 0, ""
    finally:
        Image.MAX_IMAGE_PIXELS = cap


def open_checked(data: bytes, name: str = "", embedded: bool = False) -> Image.Image:
    """The picture in ``data``, opened (its header read, nothing decoded yet) after its
    declared size was checked (``embedded``: against the cap of a picture inside a project).

    Raises:
        PictureError: not an image, or more pixels than allowed.
    """
    named = _Named(name)
    try:
        with warnings.catch_warnings():
            # Pillow only warns between its cap and twice that: refuse there too.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        width, height, format_name = _declared_size(data)
        # The cap of its format: a PNG is told of the PNG's, not of Pillow's guard.
        bomb = pixel_problem(width, height, format_name, embedded) or \
            PixelProblem(width, height, MAX_PHOTO_PIXELS, format_name or "image")
        raise PictureError(f"{bomb.sentence(named.text)}. {_SMALLER}",
                           PictureProblem.TOO_MANY_PIXELS, name, pixels=bomb) from error
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as error:
        raise PictureError(f"{named.text} is not an image CX Designer can read. {_ADVICE}",
                           PictureProblem.NOT_AN_IMAGE, name) from error
    width, height = image.size
    problem = pixel_problem(width, height, (image.format or "").lower(), embedded)
    if problem is not None:
        raise PictureError(f"{problem.sentence(named.text)}. {_SMALLER}",
                           PictureProblem.TOO_MANY_PIXELS, name, pixels=problem)
    return image


def _decoded(image: Image.Image, side: int, name: str) -> Image.Image:
    """``image`` (opened by :func:`open_checked`) decoded, upright, at most ``side`` pixels
    a side, in RGB or RGBA."""
    try:
        if (image.format or "").lower() in SCALED_DECODE_FORMATS:
            image.draft("RGB", (side, side))  # JPEG: decoded at 1/2, 1/4 or 1/8 of its size
        image = ImageOps.exif_transpose(image)  # phone photos are often stored sideways
        image.thumbnail((side, side), Image.Resampling.LANCZOS)
        transparent = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
        return image.convert("RGBA" if transparent else "RGB")
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        raise PictureError(f"{_Named(name).text} could not be read: the file may be damaged. "
                           f"{_ADVICE}", PictureProblem.DAMAGED, name) from error


def _encoded(image: Image.Image) -> tuple[ImageFormat, bytes]:
    """The picture as PNG, or as JPEG when that is smaller for a large opaque picture."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    png = buffer.getvalue()
    if len(png) <= PNG_KEPT_BYTES or image.mode != "RGB":
        return "png", png
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    jpeg = buffer.getvalue()
    return ("jpeg", jpeg) if len(jpeg) < len(png) else ("png", png)


def picture_from_image(image: Image.Image, name: str = "") -> MapImage:
    """A decoded picture (a crop of the wall, a decoded file) shrunk to fit
    :data:`STORED_SIDE` and encoded for the project."""
    if max(image.size) > STORED_SIDE:
        image = image.copy()
        image.thumbnail((STORED_SIDE, STORED_SIDE), Image.Resampling.LANCZOS)
    if image.mode not in ("RGB", "RGBA"):
        transparent = image.mode in ("LA", "PA") or "transparency" in image.info
        image = image.convert("RGBA" if transparent else "RGB")
    kind, data = _encoded(image)
    text = base64.b64encode(data).decode("ascii")
    if len(text) > MAX_IMAGE_CHARS:  # not at 1,600 pixels a side: a safeguard
        raise PictureError(f"{_Named(name).text} is still too large once shrunk. {_ADVICE}",
                           PictureProblem.DAMAGED, name)
    width, height = image.size
    return MapImage(format=kind, width=width, height=height, data=text, name=name)


def picture_from_bytes(data: bytes, name: str = "") -> MapImage:
    """The picture in ``data`` (any format Pillow reads: PNG, JPEG, WebP, GIF, BMP…),
    upright, shrunk to fit :data:`STORED_SIDE`, ready to put on the map.

    Raises:
        PictureError: not an image, too many pixels, or damaged (the message names ``name``).
    """
    return picture_from_image(_decoded(open_checked(data, name), STORED_SIDE, name), name)


def read_picture_file(path: Path) -> bytes:
    """The bytes of a picture file the user chose.

    Raises:
        PictureError: missing, a folder or a device, larger than :data:`MAX_FILE_BYTES`, or
            unreadable.
    """
    name = path.name
    try:
        return read_regular_file(path, MAX_FILE_BYTES)
    except FileRefusedError as refused:
        refusal = refused.refusal
        if refusal is Refusal.MISSING:
            raise PictureError(f"The file “{name}” was not found in {path.parent}. It may have "
                               "been moved or renamed: choose it again.",
                               PictureProblem.MISSING, name) from refused
        if refusal is Refusal.FOLDER:
            raise PictureError(f"“{name}” is a folder, not an image. Choose a picture file.",
                               PictureProblem.FOLDER, name) from refused
        if refusal is Refusal.NOT_A_FILE:
            raise PictureError(f"“{name}” is not a file (a device or a pipe?). Choose a "
                               "picture file.", PictureProblem.NOT_A_FILE, name) from refused
        if refusal is Refusal.TOO_LARGE:
            size = refused.size or MAX_FILE_BYTES + 1
            raise PictureError(f"The file “{name}” is {size / 2**20:.0f} MB; pictures up to "
                               f"{MAX_FILE_BYTES // 2**20} MB can be used. {_SMALLER}",
                               PictureProblem.TOO_LARGE_FILE, name, size=size) from refused
        raise PictureError(f"“{name}” could not be read: {refused.reason}.",
                           PictureProblem.UNREADABLE_FILE, name,
                           reason=refused.reason) from refused


def picture_from_file(path: Path | str) -> MapImage:
    """The picture file at ``path``, ready to put on the map (see :func:`picture_from_bytes`).

    Raises:
        PictureError: see :func:`read_picture_file` and :func:`picture_from_bytes`.
    """
    path = Path(path)
    return picture_from_bytes(read_picture_file(path), path.name)


def picture_bytes(picture: MapImage) -> bytes:
    """The PNG or JPEG file a picture of the project holds.

    Raises:
        PictureError: its text is not base64.
    """
    try:
        return base64.b64decode(picture.data, validate=False)
    except (binascii.Error, ValueError) as error:
        raise PictureError(f"{_Named(picture.name).text} is not an image CX Designer can "
                           "read.", PictureProblem.NOT_AN_IMAGE, picture.name) from error


def decoded_picture(picture: MapImage, side: int = STORED_SIDE) -> Image.Image:
    """A picture of a project decoded (at most ``side`` pixels a side) with the checks of a
    picture from elsewhere: a project may come from anywhere.

    Raises:
        PictureError: not an image, too many pixels, or damaged.
    """
    opened = open_checked(picture_bytes(picture), picture.name, embedded=True)
    return _decoded(opened, side, picture.name)


def printed_ppi(pixels: int, printed_points: float) -> float:
    """How many pixels per inch ``pixels`` make across ``printed_points`` of paper."""
    return pixels * 72.0 / printed_points if printed_points > 0 else float("inf")
