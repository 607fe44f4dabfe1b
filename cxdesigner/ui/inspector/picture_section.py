"""The inspector's section for the picture of a card, stage or sticky note: what it is, and
choosing, pasting, showing or removing it (the map's own picture actions, one undo step
each)."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from cxdesigner.canvas.editing import MapEditor
from cxdesigner.canvas.picture_actions import (
    Target,
    clipboard_picture,
    file_picture,
    picture_of,
    set_picture,
    show_picture,
    take_picture,
)
from cxdesigner.canvas.pictures import screen_picture
from cxdesigner.document import JourneyDocument
from cxdesigner.model import MapImage
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.inspector.fields import RuleMessage

if TYPE_CHECKING:  # the viewer and the picture files' module bring Pillow: loaded when used
    from cxdesigner.canvas.picture_viewer import PictureViewer

THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT = 240, 150
"""The most the inspector's thumbnail of a picture takes, in pixels."""

_CM_PER_INCH = 2.54


def print_width_cm(picture: MapImage) -> float:
    """How wide ``picture`` may print and still look sharp, in centimetres rounded down to
    the millimetre (rounding up would promise a sharpness it does not have)."""
    from cxdesigner.io.pictures import PRINT_PPI_FLOOR

    return math.floor(picture.width / PRINT_PPI_FLOOR * _CM_PER_INCH * 10) / 10


class PictureSection(QGroupBox):
    """The picture of the card, stage or note given to :meth:`load`.

    Signals:
        told(str): something to tell the user in the status bar.
    """

    told = Signal(str)

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(translate("Inspector", "Picture"), parent)
        self._document = document
        self._editor: MapEditor | None = None
        self._target: Target | None = None
        self.viewer: PictureViewer | None = None
        """The last picture shown at full size."""
        layout = QVBoxLayout(self)
        self.refusal = RuleMessage(self)
        layout.addWidget(self.refusal)
        self.thumbnail = QLabel(self)
        self.thumbnail.setObjectName("pictureThumbnail")
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setWordWrap(True)
        layout.addWidget(self.thumbnail)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.choose = self._button(translate("Inspector", "Choose…"), translate(
            "Inspector", "Put a picture file on it"), self._on_choose)
        self.paste = self._button(translate("Inspector", "Paste"), translate(
            "Inspector", "Put the picture on the clipboard on it"), self._on_paste)
        self.show_button = self._button(translate("Inspector", "Show"), translate(
            "Inspector", "Show the picture at full size"), self._on_show)
        self.remove = self._button(translate("Inspector", "Remove"), translate(
            "Inspector", "Take the picture off"), self._on_remove)
        # Two rows of two: four buttons abreast would make the inspector wider than its dock.
        buttons = QGridLayout()
        for index, button in enumerate((self.choose, self.paste, self.show_button,
                                        self.remove)):
            buttons.addWidget(button, index // 2, index % 2)
        layout.addLayout(buttons)

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def load(self, journey_id: str, target: Target) -> None:
        """Show the picture of ``target`` in ``journey_id``."""
        if self._editor is None or (journey_id, target) != (self._editor.journey_id,
                                                            self._target):
            self.refusal.hide()
        self._editor = MapEditor(self._document, journey_id)
        self._target = target
        self.refresh()

    def picture(self) -> MapImage | None:
        if self._editor is None or self._target is None:
            return None
        try:
            return picture_of(self._editor, self._target)
        except KeyError:
            return None

    def refresh(self) -> None:
        """Show the picture as it is now."""
        picture = self.picture()
        self.show_button.setEnabled(picture is not None)
        self.remove.setEnabled(picture is not None)
        self._show_text()
        if picture is None:
            self.thumbnail.setText(translate("Inspector", "No picture. Choose a file, paste "
                                                          "one, or drop one on the map."))
            self.details.hide()
            return
        image = screen_picture(picture)
        if image is None:
            self.thumbnail.setText(translate(
                "Pictures", "This picture cannot be shown: it is damaged or too large. "
                            "Choose it again."))
        else:
            self._show_pixmap(QPixmap.fromImage(image.scaled(
                THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation)))
        self.thumbnail.setToolTip(picture.name)
        self.details.setText(
            translate("Inspector", "%1 \u00d7 %2 pixels; sharp in print up to %3 cm wide.")
            .replace("%1", str(picture.width)).replace("%2", str(picture.height))
            .replace("%3", QLocale().toString(print_width_cm(picture), "f", 1)))
        self.details.show()

    def _show_text(self) -> None:
        self.thumbnail.setPixmap(QPixmap())
        self.thumbnail.setWordWrap(True)
        self.thumbnail.setMinimumSize(0, 0)

    def _show_pixmap(self, pixmap: QPixmap) -> None:
        # A word-wrapped label sizes itself by its text: with a picture and no text it
        # would be laid out with no height at all, so it is told the picture's size.
        self.thumbnail.setText("")
        self.thumbnail.setWordWrap(False)
        self.thumbnail.setPixmap(pixmap)
        self.thumbnail.setMinimumSize(pixmap.size())

    # ------------------------------------------------------------------ the buttons

    def _take(self, make: Callable[[], MapImage] | None) -> bool:
        if make is None or self._editor is None or self._target is None:
            return False
        self.refusal.hide()
        return take_picture(self._editor, self._target, make, self.told.emit,
                            self._refuse)

    def _refuse(self, text: str) -> None:
        self.refusal.setText(text)
        self.refusal.show()

    def _on_choose(self) -> bool:
        return self._take(file_picture(self))

    def _on_paste(self) -> bool:
        make = clipboard_picture()
        if make is None:
            self._refuse(translate("Inspector", "The clipboard holds no picture. Copy a "
                                                "picture or a picture file first."))
            return False
        return self._take(make)

    def _on_show(self) -> None:
        picture = self.picture()
        if picture is not None:
            self.viewer = show_picture(picture, self)

    def _on_remove(self) -> bool:
        if self._editor is None or self._target is None or self.picture() is None:
            return False
        self.refusal.hide()
        return set_picture(self._editor, self._target, None)
