"""Choosing a persona's photo and colour: the file and colour dialogs, and what went wrong.

The dialogs are module functions so that tests can replace them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QColorDialog, QFileDialog, QWidget

from cxdesigner.document import persona_photo
from cxdesigner.document.persona_photo import PhotoError, PhotoProblem
from cxdesigner.io.images import MAX_PHOTO_PIXELS
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.platform_ui import pictures_folder


def ask_photo_file(parent: QWidget, folder: Path | None) -> Path | None:
    """An image file chosen by the user, or None."""
    if folder is None:
        folder = pictures_folder()
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


def explain(error: PhotoError, path: Path) -> str:
    """What is wrong with the photo at ``path``, in the interface language."""
    advice = translate("Personas", "Choose a PNG or JPEG photo, or open this one in an image "
                                   "editor and save a smaller copy (a portrait of 1,000 pixels "
                                   "is plenty).")
    name = path.name
    problem = error.problem
    if problem is PhotoProblem.MISSING:
        return translate("Personas", "The file “%1” was not found. It may have been moved or "
                                     "renamed: choose it again.").replace("%1", name)
    if problem is PhotoProblem.FOLDER:
        return translate("Personas", "“%1” is a folder, not an image.").replace("%1", name)
    if problem is PhotoProblem.NOT_A_FILE:
        return translate("Personas", "“%1” is not a file (a device or a pipe?). Choose a photo "
                                     "file.").replace("%1", name)
    if problem is PhotoProblem.UNREADABLE_FILE:
        return translate("Personas", "“%1” could not be read: %2.").replace(
            "%1", name).replace("%2", error.reason)
    if problem is PhotoProblem.TOO_LARGE_FILE:
        return translate("Personas", "The file “%1” is %2 MB; a photo may be at most %3 MB.") \
            .replace("%1", name).replace("%2", _megabytes(error.size)) \
            .replace("%3", _megabytes(persona_photo.MAX_FILE_BYTES)) + " " + advice
    pixels = error.pixels
    if problem is PhotoProblem.TOO_MANY_PIXELS and pixels is not None:
        if pixels.whole_format:
            text = translate("Personas", "“%1” is %2 \u00d7 %3 pixels: more than the %4 "
                                         "megapixels a %5 image may have (a JPEG photo may "
                                         "have %6).").replace("%5", pixels.format_name.upper()) \
                .replace("%6", str(MAX_PHOTO_PIXELS // 1_000_000))
        else:
            text = translate("Personas", "“%1” is %2 \u00d7 %3 pixels: more than the %4 "
                                         "megapixels a photo may have.")
        return text.replace("%1", name).replace("%2", str(pixels.width)) \
            .replace("%3", str(pixels.height)).replace("%4", str(pixels.megapixels)) \
            + " " + advice
    if problem is PhotoProblem.NOT_AN_IMAGE:
        return translate("Personas", "“%1” is not an image CX Designer can read.").replace(
            "%1", name) + " " + advice
    return translate("Personas", "“%1” could not be read: the file may be damaged.").replace(
        "%1", name) + " " + advice


def photo_pixmap(photo_png_base64: str | None) -> QPixmap | None:
    """The embedded photo as a pixmap, or None when there is none or it cannot be used
    (the initials stand in for it)."""
    if not photo_png_base64:
        return None
    try:
        return QPixmap.fromImage(persona_photo.decode_embedded_photo(photo_png_base64))
    except PhotoError:
        return None
