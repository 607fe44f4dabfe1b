"""Choosing a persona's photo and colour: the file and colour dialogs, and what went wrong.

The dialogs are module functions so that tests can replace them.
"""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import QByteArray, QStandardPaths
from PySide6.QtGui import QColor, QImageReader, QPixmap
from PySide6.QtWidgets import QColorDialog, QFileDialog, QWidget

from cxdesigner.document import persona_photo
from cxdesigner.ui.i18n import translate


def ask_photo_file(parent: QWidget, folder: Path | None) -> Path | None:
    """An image file chosen by the user, or None."""
    if folder is None:
        pictures = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation)
        folder = Path(pictures) if pictures and Path(pictures).is_dir() else Path.home()
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("Personas", "Choose the persona’s photo"), str(folder),
        translate("Personas", "Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp);;All files (*)"))
    return Path(name) if name else None


def ask_colour(parent: QWidget, current: str) -> str | None:
    """A colour chosen in Qt's colour dialog as ``#rrggbb``, or None when cancelled."""
    chosen = QColorDialog.getColor(QColor(current), parent,
                                   translate("Personas", "Colour of the persona"))
    return chosen.name() if chosen.isValid() else None


def _megabytes(size: int) -> str:
    return str(round(size / 2**20))


def explain(path: Path) -> str:
    """What is wrong with the photo at ``path``, in the interface language."""
    advice = translate("Personas", "Choose a PNG or JPEG photo, or open this one in an image "
                                   "editor and save a smaller copy (a portrait of 1,000 pixels "
                                   "is plenty).")
    name = path.name
    if not path.exists():
        return translate("Personas", "The file “%1” was not found. It may have been moved or "
                                     "renamed: choose it again.").replace("%1", name)
    if not path.is_file():
        return translate("Personas", "“%1” is a folder, not an image.").replace("%1", name)
    size = path.stat().st_size
    if size > persona_photo.MAX_FILE_BYTES:
        return translate("Personas", "The file “%1” is %2 MB; a photo may be at most %3 MB.") \
            .replace("%1", name).replace("%2", _megabytes(size)) \
            .replace("%3", _megabytes(persona_photo.MAX_FILE_BYTES)) + " " + advice
    reader = QImageReader(str(path))
    reader.setDecideFormatFromContent(True)
    declared = reader.size() if reader.canRead() else None
    if declared is not None and declared.isValid() \
            and declared.width() * declared.height() > persona_photo.MAX_PIXELS:
        return translate("Personas", "“%1” is %2 \u00d7 %3 pixels: more than the %4 megapixels a "
                                     "photo may have.").replace("%1", name) \
            .replace("%2", str(declared.width())).replace("%3", str(declared.height())) \
            .replace("%4", str(persona_photo.MAX_PIXELS // 1_000_000)) + " " + advice
    if declared is None:
        return translate("Personas", "“%1” is not an image CX Designer can read.").replace(
            "%1", name) + " " + advice
    return translate("Personas", "“%1” could not be read: the file may be damaged.").replace(
        "%1", name) + " " + advice


def photo_pixmap(photo_png_base64: str | None) -> QPixmap | None:
    """The embedded photo as a pixmap, or None when there is none or it cannot be read."""
    if not photo_png_base64:
        return None
    try:
        data = base64.b64decode(photo_png_base64, validate=False)
    except ValueError:
        return None
    pixmap = QPixmap()
    if not pixmap.loadFromData(QByteArray(data)):
        return None
    return pixmap
