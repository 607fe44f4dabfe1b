"""A picture of the map at full size, in a window of its own that scrolls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from cxdesigner.canvas.pictures import decode_for_screen
from cxdesigner.interface_language import translate
from cxdesigner.io.pictures import STORED_SIDE
from cxdesigner.model import MapImage


class PictureViewer(QDialog):
    """Shows ``picture`` at its stored size (scrolled when larger than the screen); Escape
    closes it."""

    def __init__(self, picture: MapImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("pictureViewer")
        self.setWindowTitle(picture.name or translate("Pictures", "Picture"))
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        image = decode_for_screen(picture, STORED_SIDE)
        if image is None:
            self.picture.setText(translate(
                "Pictures", "This picture cannot be shown: it is damaged or too large. "
                            "Choose it again."))
        else:
            self.picture.setPixmap(QPixmap.fromImage(image))
            self.picture.setAccessibleName(picture.name or translate("Pictures", "Picture"))
        scroll = QScrollArea(self)
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        screen = self.screen().availableGeometry()
        self.resize(min(picture.width + 24, screen.width() * 9 // 10),
                    min(picture.height + 24, screen.height() * 9 // 10))
