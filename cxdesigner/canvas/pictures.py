"""Pictures of the map decoded for the screen, kept within a fixed budget of memory.

A card shows its picture a few dozen points wide: decoded once at most :data:`SHOWN_SIDE`
pixels a side (enough at any zoom the map offers) and kept while there is room, so that
scrolling and zooming do not decode it again. The budget holds however many pictures a
project has: the least recently painted are let go first. A picture that cannot be decoded
(damaged, or a bomb from a file made elsewhere) is remembered as such and drawn as a
crossed box.
"""

from __future__ import annotations

import base64
import binascii
from collections import OrderedDict

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from cxdesigner.document.persona_photo import PhotoError, decode_photo
from cxdesigner.model import MapImage

SHOWN_SIDE = 768
"""A picture is decoded for the map at most this many pixels a side."""

BUDGET_BYTES = 48 * 1024 * 1024
"""The most the decoded pictures of every open map may take together."""


class _Decoded:
    """Decoded pictures by their data, least recently used first."""

    def __init__(self) -> None:
        self._images: OrderedDict[str, QImage | None] = OrderedDict()
        self._bytes = 0

    def get(self, picture: MapImage) -> QImage | None:
        key = picture.data  # the text's hash is kept by the string: found at once
        if key in self._images:
            self._images.move_to_end(key)
            return self._images[key]
        image = decode_for_screen(picture, SHOWN_SIDE)
        self._images[key] = image
        self._bytes += _size(image)
        while self._bytes > BUDGET_BYTES and len(self._images) > 1:
            _, dropped = self._images.popitem(last=False)
            self._bytes -= _size(dropped)
        return image

    def clear(self) -> None:
        self._images.clear()
        self._bytes = 0

    @property
    def size(self) -> int:
        """The bytes the decoded pictures take."""
        return self._bytes


def _size(image: QImage | None) -> int:
    return 0 if image is None else image.sizeInBytes()


def decode_for_screen(picture: MapImage, side: int) -> QImage | None:
    """The picture decoded at most ``side`` pixels a side, or None when it cannot be used."""
    try:
        data = base64.b64decode(picture.data, validate=False)
        image = decode_photo(data, embedded=True, side=side)
    except (PhotoError, binascii.Error, ValueError):
        return None
    if max(image.width(), image.height()) > side:
        image = image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image


decoded = _Decoded()
"""The pictures decoded for every map of the application."""


def screen_picture(picture: MapImage) -> QImage | None:
    """The picture as the map paints it, or None when it cannot be used."""
    return decoded.get(picture)
