"""Decode a persona's photo safely: refuse what is not a sane image, shrink it, embed it as PNG.

Every photo the editor decodes goes through :func:`decode_photo`, whether the user chose a
file or a project brought one in: its declared size is checked before anything is decoded
(:mod:`cxdesigner.io.images`), and Qt's allocation limit backs that check up.
"""

from __future__ import annotations

import base64
import binascii
import math
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QImageWriter

from cxdesigner.io.images import (
    DECODE_SIDE,
    MAX_FULL_DECODE_PIXELS,
    MAX_PHOTO_FILE_BYTES,
    SCALED_DECODE_FORMATS,
    PixelProblem,
    pixel_problem,
)
from cxdesigner.io.reading import FileRefusedError, Refusal, read_regular_file
from cxdesigner.model.limits import MAX_PHOTO_CHARS

MAX_FILE_BYTES = MAX_PHOTO_FILE_BYTES
"""A photo file larger than this is refused before it is read."""

MAX_SIDE = 512
"""The embedded photo fits in a square of this many pixels (aspect ratio kept)."""

_ALLOCATION_MB = math.ceil(MAX_FULL_DECODE_PIXELS * 4 / 2**20) + 1
"""Qt's own limit while a photo is decoded: an image of the largest size allowed, at four
bytes a pixel (it also covers formats whose header gives no size)."""

_ADVICE = "Choose a PNG or JPEG photo, or open this one in an image editor and save it as PNG."
_SMALLER = "Save a smaller copy (a portrait of 1,000 pixels is plenty) and choose that copy."


class PhotoProblem(Enum):
    """Why a photo cannot be used."""

    MISSING = "missing"
    FOLDER = "folder"
    NOT_A_FILE = "not_a_file"
    TOO_LARGE_FILE = "too_large_file"
    UNREADABLE_FILE = "unreadable_file"
    TOO_MANY_PIXELS = "too_many_pixels"
    NOT_AN_IMAGE = "not_an_image"
    DAMAGED = "damaged"


class PhotoError(ValueError):
    """A photo that cannot be used; the message says what is wrong and what to do.

    Attributes:
        problem: why, for a message in the interface language.
        size: the file's size in bytes (:attr:`PhotoProblem.TOO_LARGE_FILE`).
        pixels: the image's declared size (:attr:`PhotoProblem.TOO_MANY_PIXELS`).
        reason: the system's words (:attr:`PhotoProblem.UNREADABLE_FILE`).
    """

    def __init__(self, message: str, problem: PhotoProblem, *, size: int = 0,
                 pixels: PixelProblem | None = None, reason: str = "") -> None:
        super().__init__(message)
        self.problem = problem
        self.size = size
        self.pixels = pixels
        self.reason = reason


def _read_file(path: Path) -> bytes:
    try:
        return read_regular_file(path, MAX_FILE_BYTES)
    except FileRefusedError as refused:
        name = path.name
        refusal = refused.refusal
        if refusal is Refusal.MISSING:
            raise PhotoError(f"The file “{name}” was not found in {path.parent}. It may have "
                             "been moved or renamed: choose it again.",
                             PhotoProblem.MISSING) from refused
        if refusal is Refusal.FOLDER:
            raise PhotoError(f"“{name}” is a folder, not an image. Choose a photo file.",
                             PhotoProblem.FOLDER) from refused
        if refusal is Refusal.NOT_A_FILE:
            raise PhotoError(f"“{name}” is not a file (a device or a pipe?). Choose a photo "
                             "file.", PhotoProblem.NOT_A_FILE) from refused
        if refusal is Refusal.TOO_LARGE:
            size = refused.size or MAX_FILE_BYTES + 1
            raise PhotoError(f"The file “{name}” is {size / 2**20:.0f} MB; photos up to "
                             f"{MAX_FILE_BYTES // 2**20} MB can be used. {_SMALLER}",
                             PhotoProblem.TOO_LARGE_FILE, size=size) from refused
        raise PhotoError(f"“{name}” could not be read: {refused.reason}.",
                         PhotoProblem.UNREADABLE_FILE, reason=refused.reason) from refused


def decode_photo(data: bytes, name: str = "The photo", embedded: bool = False,
                 side: int = DECODE_SIDE) -> QImage:
    """The image in ``data``, decoded at most about ``side`` pixels a side when its format
    allows, after checking its declared size (``embedded``: against the cap of a photo
    inside a project). Every picture the editor decodes comes through here, the map's too.

    Raises:
        PhotoError: not an image, too many pixels, or damaged (``name`` says which).
    """
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setDecideFormatFromContent(True)  # a JPEG named .png is still a JPEG
    reader.setAutoTransform(True)  # phone photos are often stored sideways (EXIF orientation)
    if not reader.canRead():
        raise PhotoError(f"{name} is not an image CX Designer can read. {_ADVICE}",
                         PhotoProblem.NOT_AN_IMAGE)
    format_name = bytes(reader.format().data()).decode("ascii", "replace")
    declared = reader.size()  # read from the header, before anything is decoded
    if declared.isValid():
        problem = pixel_problem(declared.width(), declared.height(), format_name, embedded)
        if problem is not None:
            raise PhotoError(f"{problem.sentence(name)}. {_SMALLER}",
                             PhotoProblem.TOO_MANY_PIXELS, pixels=problem)
        if format_name in SCALED_DECODE_FORMATS and max(declared.width(),
                                                        declared.height()) > side:
            reader.setScaledSize(declared.scaled(QSize(side, side),
                                                 Qt.AspectRatioMode.KeepAspectRatio))
    # Qt's limit is process-wide, so the previous value is put back.
    previous = QImageReader.allocationLimit()
    QImageReader.setAllocationLimit(_ALLOCATION_MB)
    try:
        image = reader.read()
    finally:
        QImageReader.setAllocationLimit(previous)
    if image.isNull():
        raise PhotoError(f"{name} could not be read ({reader.errorString()}); the file may be "
                         f"damaged or too large. {_ADVICE}", PhotoProblem.DAMAGED)
    return image


def decode_embedded_photo(photo_png_base64: str) -> QImage:
    """The photo a project holds, decoded with the same checks as a chosen file.

    Raises:
        PhotoError: it is not base64 text, or see :func:`decode_photo`.
    """
    try:
        data = base64.b64decode(photo_png_base64, validate=False)
    except (binascii.Error, ValueError) as error:
        raise PhotoError("The photo is not an image CX Designer can read.",
                         PhotoProblem.NOT_AN_IMAGE) from error
    return decode_photo(data, embedded=True)


def load_persona_photo(path: Path | str) -> str:
    """The photo at ``path``, shrunk to fit :data:`MAX_SIDE` pixels, as base64 PNG text.

    Any image format Qt reads is accepted (PNG, JPEG, WebP, GIF, BMP…); the photo's
    orientation tag is applied, and the result is what ``Persona.photo_png_base64`` holds.

    Raises:
        PhotoError: the file is missing, not a regular file, too big (:data:`MAX_FILE_BYTES`,
            or too many pixels: :mod:`cxdesigner.io.images`), not an image, or damaged.
    """
    path = Path(path)
    image = decode_photo(_read_file(path), f"“{path.name}”")
    if image.width() > MAX_SIDE or image.height() > MAX_SIDE:
        image = image.scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # QImageWriter rather than QImage.save: PySide6's stubs type save()'s format as bytes,
    # which its runtime refuses.
    writer = QImageWriter(buffer, b"png")
    if not writer.write(image):
        raise PhotoError(f"“{path.name}” could not be converted to PNG "
                         f"({writer.errorString()}). {_ADVICE}", PhotoProblem.DAMAGED)
    buffer.close()
    text = base64.b64encode(data.data()).decode("ascii")
    if len(text) > MAX_PHOTO_CHARS:
        # Cannot happen at 512 by 512 (at most about 1.4 MB of text); kept as a safeguard
        # in case the size above is ever raised.
        raise PhotoError(f"“{path.name}” is still too large once shrunk. {_ADVICE}",
                         PhotoProblem.DAMAGED)
    return text
