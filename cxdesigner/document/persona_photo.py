"""Load a persona's photo safely: refuse what is not a sane image, shrink it, embed it as PNG."""

from __future__ import annotations

import base64
import math
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader, QImageWriter

from cxdesigner.model.limits import MAX_PHOTO_CHARS

MAX_FILE_BYTES = 30 * 1024 * 1024
"""A photo file larger than this is refused before it is read."""

MAX_PIXELS = 50_000_000
"""A photo with more pixels than this is refused before it is decoded. 50 megapixels lets
in the photos of today's 48-megapixel phone cameras; beyond, an image needs more than
200 MB of memory once decoded, for a portrait shown a few centimetres wide."""

MAX_SIDE = 512
"""The embedded photo fits in a square of this many pixels (aspect ratio kept)."""

_ADVICE = "Choose a PNG or JPEG photo, or open this one in an image editor and save it as PNG."


class PhotoError(ValueError):
    """A photo that cannot be used; the message says what is wrong and what to do."""


def _check_file(path: Path) -> None:
    if not path.exists():
        raise PhotoError(f"The file “{path.name}” was not found in {path.parent}. "
                         "It may have been moved or renamed: choose it again.")
    if not path.is_file():
        raise PhotoError(f"“{path.name}” is a folder, not an image. Choose a photo file.")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise PhotoError(
            f"The file “{path.name}” is {size / 2**20:.0f} MB; photos up to "
            f"{MAX_FILE_BYTES // 2**20} MB can be used. Save a smaller copy (a portrait "
            "of 1,000 pixels is plenty) and choose that copy.")


def _read_image(path: Path) -> QImage:
    """Decode the image at ``path`` after checking its declared size."""
    reader = QImageReader(str(path))
    reader.setDecideFormatFromContent(True)  # a JPEG named .png is still a JPEG
    reader.setAutoTransform(True)  # phone photos are often stored sideways (EXIF orientation)
    if not reader.canRead():
        raise PhotoError(f"“{path.name}” is not an image CX Designer can read. {_ADVICE}")
    declared = reader.size()  # read from the header, before anything is decoded
    if declared.isValid() and declared.width() * declared.height() > MAX_PIXELS:
        raise PhotoError(
            f"“{path.name}” is {declared.width()} \u00d7 {declared.height()} pixels, more than "
            f"the {MAX_PIXELS // 1_000_000} megapixels a photo may have. Save a smaller copy "
            "(a portrait of 1,000 pixels is plenty) and choose that copy.")
    # The limit also covers formats whose header gives no size. It is process-wide in Qt,
    # so the previous value is put back.
    previous = QImageReader.allocationLimit()
    QImageReader.setAllocationLimit(math.ceil(MAX_PIXELS * 4 / 2**20) + 1)
    try:
        image = reader.read()
    finally:
        QImageReader.setAllocationLimit(previous)
    if image.isNull():
        raise PhotoError(f"“{path.name}” could not be read ({reader.errorString()}); the file "
                         f"may be damaged or too large. {_ADVICE}")
    return image


def load_persona_photo(path: Path | str) -> str:
    """The photo at ``path``, shrunk to fit :data:`MAX_SIDE` pixels, as base64 PNG text.

    Any image format Qt reads is accepted (PNG, JPEG, WebP, GIF, BMP…); the photo's
    orientation tag is applied, and the result is what ``Persona.photo_png_base64`` holds.

    Raises:
        PhotoError: the file is missing, too big (:data:`MAX_FILE_BYTES`, or
            :data:`MAX_PIXELS` once decoded), not an image, or damaged.
    """
    path = Path(path)
    _check_file(path)
    image = _read_image(path)
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
                         f"({writer.errorString()}). {_ADVICE}")
    buffer.close()
    text = base64.b64encode(data.data()).decode("ascii")
    if len(text) > MAX_PHOTO_CHARS:
        # Cannot happen at 512 by 512 (at most about 1.4 MB of text); kept as a safeguard
        # in case the size above is ever raised.
        raise PhotoError(f"“{path.name}” is still too large once shrunk. {_ADVICE}")
    return text
