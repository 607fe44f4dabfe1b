"""Pictures on the map's cards, stage headers and sticky notes: pasted, dropped or chosen
from a file (each one undo step), removed, and shown at full size.

Every picture goes through :mod:`cxdesigner.io.pictures`, which checks its file size and
its declared pixels before decoding it: a refused picture changes nothing and the status bar
says why and what to do.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QBuffer, QIODevice, QMimeData, QPointF, QStandardPaths, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QGraphicsItem, QWidget

from cxdesigner.canvas.editing import MapEditor
from cxdesigner.canvas.items import NoteItem, StageHeaderItem, TouchpointItem
from cxdesigner.canvas.map_view import MapView, ViewPart
from cxdesigner.document.commands import EditNote, EditStage, EditTouchpoint
from cxdesigner.document.commands.base import QT_TRANSLATE_NOOP
from cxdesigner.drawing.detail import Detail
from cxdesigner.drawing.primitives import Picture
from cxdesigner.interface_language import translate
from cxdesigner.model import MapImage

if TYPE_CHECKING:
    from cxdesigner.canvas.picture_viewer import PictureViewer

Kind = Literal["touchpoint", "stage", "note"]
Target = tuple[Kind, str]
"""What carries a picture: a card, a stage (its header) or a sticky note, and its id."""

PICTURE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp"})
"""The files a drop on the map takes as pictures."""

_SET_TEXT = QT_TRANSLATE_NOOP("Commands", "Add picture")
_REMOVE_TEXT = QT_TRANSLATE_NOOP("Commands", "Remove picture")


def ask_picture_file(parent: QWidget) -> Path | None:
    """A picture file chosen by the user, or None (a module function: tests replace it)."""
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    folder = pictures if pictures and Path(pictures).is_dir() else str(Path.home())
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("Pictures", "Choose a picture"), folder,
        translate("Pictures", "Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp);;All files (*)"))
    return Path(name) if name else None


def target_of(item: QGraphicsItem | None) -> Target | None:
    """What ``item`` is, when it can carry a picture."""
    if isinstance(item, TouchpointItem):
        return "touchpoint", item.touchpoint.id
    if isinstance(item, StageHeaderItem):
        return "stage", item.stage_id
    if isinstance(item, NoteItem):
        return "note", item.note_id
    return None


def dropped_file(data: QMimeData) -> Path | None:
    """The picture file dragged onto the map, if ``data`` holds exactly one."""
    files = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    if len(files) == 1 and files[0].suffix.lower() in PICTURE_SUFFIXES:
        return files[0]
    return None


def _from_bytes(data: bytes, name: str) -> MapImage:
    # Pillow is loaded with the first picture: a new window starts without it.
    from cxdesigner.io.pictures import picture_from_bytes

    return picture_from_bytes(data, name)


def _from_file(path: Path) -> MapImage:
    from cxdesigner.io.pictures import picture_from_file

    return picture_from_file(path)


def _png(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; Qt takes str
    return bytes(buffer.data().data())


def picture_of(editor: MapEditor, target: Target) -> MapImage | None:
    """The picture ``target`` carries in ``editor``'s journey, if any."""
    kind, item_id = target
    journey_id, document = editor.journey_id, editor.document
    if kind == "touchpoint":
        return document.touchpoint(journey_id, item_id).image
    if kind == "stage":
        return document.stage(journey_id, item_id).image
    note = next((n for n in editor.journey.notes if n.id == item_id), None)
    return note.image if note is not None else None


def set_picture(editor: MapEditor, target: Target, image: MapImage | None) -> bool:
    """Put ``image`` on ``target`` (None: take its picture off), as one undo step."""
    kind, item_id = target
    document, journey_id = editor.document, editor.journey_id
    text = _SET_TEXT if image is not None else _REMOVE_TEXT
    changes = {"image": image}
    if kind == "touchpoint":
        command: EditTouchpoint | EditStage | EditNote = EditTouchpoint(
            document, journey_id, item_id, changes, text)
    elif kind == "stage":
        command = EditStage(document, journey_id, item_id, changes, text=text)
    else:
        command = EditNote(document, journey_id, item_id, changes, text=text)
    return editor.push(command)


def clipboard_picture() -> Callable[[], MapImage] | None:
    """What makes the picture on the clipboard (or the picture file copied), or None when
    the clipboard holds no picture."""
    data = QApplication.clipboard().mimeData()  # None once the clipboard is cleared
    if data is None or not (data.hasImage() or data.hasUrls()):
        return None
    if data.hasImage():
        image = QImage(data.imageData())
        if image.isNull():
            return None
        return lambda: _from_bytes(_png(image), translate("Pictures", "pasted picture"))
    path = dropped_file(data)
    return None if path is None else lambda: _from_file(path)


def file_picture(parent: QWidget) -> Callable[[], MapImage] | None:
    """What makes the picture of a file the user chooses, or None when they chose none."""
    path = ask_picture_file(parent)
    return None if path is None else lambda: _from_file(path)


def take_picture(editor: MapEditor, target: Target, make: Callable[[], MapImage],
                 tell: Callable[[str], None], refuse: Callable[[str], None]) -> bool:
    """Put the picture ``make`` makes on ``target`` and ``tell`` its size, or ``refuse`` it
    saying why it cannot be used (nothing changes)."""
    from cxdesigner.canvas.picture_messages import picture_problem_text
    from cxdesigner.io.pictures import PictureError

    try:
        picture = make()
    except PictureError as error:
        refuse(picture_problem_text(error))
        return False
    pushed = set_picture(editor, target, picture)
    if pushed:
        tell(translate("Pictures", "Picture added (%1 \u00d7 %2 pixels).")
             .replace("%1", str(picture.width)).replace("%2", str(picture.height)))
    return pushed


def show_picture(picture: MapImage, parent: QWidget) -> PictureViewer:
    """Open ``picture`` at full size in a window of its own."""
    from cxdesigner.canvas.picture_viewer import PictureViewer

    viewer = PictureViewer(picture, parent)
    viewer.show()
    return viewer


class PictureActions(ViewPart):
    """What the map does with the pictures of what is selected.

    Signals:
        told(str): something to tell the user in the status bar.
    """

    told = Signal(str)

    def __init__(self, view: MapView, editor: MapEditor) -> None:
        super().__init__(view)
        self._editor = editor

    # ------------------------------------------------------------------ what carries it

    def selected_target(self) -> Target | None:
        """The one selected card, stage header or note, if exactly one is selected."""
        selected = self.view.map_scene.selectedItems()
        return target_of(selected[0]) if len(selected) == 1 else None

    def picture_of(self, target: Target) -> MapImage | None:
        return picture_of(self._editor, target)

    def set_picture(self, target: Target, image: MapImage | None) -> bool:
        """Put ``image`` on ``target`` (None: take its picture off), as one undo step."""
        return set_picture(self._editor, target, image)

    # ------------------------------------------------------------------ where it comes from

    def paste(self) -> bool:
        """Put the picture on the clipboard (or the picture file copied) on the selected card,
        stage or note; False when the clipboard holds no picture (cards may be pasted)."""
        target = self.selected_target()
        make = clipboard_picture() if target is not None else None
        return target is not None and make is not None and self._take(target, make)

    def choose_file(self) -> bool:
        """Ask for a picture file and put it on the selected card, stage or note."""
        target = self.selected_target()
        if target is None:
            self.told.emit(translate("Pictures", "Select one card, stage or sticky note first."))
            return False
        make = file_picture(self.view)
        return make is not None and self._take(target, make)

    def accepts(self, data: QMimeData, point: QPointF) -> bool:
        """Whether ``data`` dropped at ``point`` (scene) would put a picture on something."""
        if not (data.hasImage() or dropped_file(data) is not None):
            return False
        return target_of(self.view.map_scene.item_at(point)) is not None

    def drop(self, data: QMimeData, point: QPointF) -> bool:
        """Put the picture dropped at ``point`` on the card, stage or note under it."""
        item = self.view.map_scene.item_at(point)
        target = target_of(item)
        if target is None or item is None:
            return False
        self.view.map_scene.select_only([item])
        path = dropped_file(data)
        if path is not None:
            return self._take(target, lambda: _from_file(path))
        image = QImage(data.imageData())
        return not image.isNull() and self._take(target, lambda: _from_bytes(
            _png(image), translate("Pictures", "dropped picture")))

    def _take(self, target: Target, make: Callable[[], MapImage]) -> bool:
        return take_picture(self._editor, target, make, self.told.emit, self.told.emit)

    # ------------------------------------------------------------------ what is done with it

    def remove(self) -> bool:
        """Take the picture off the selected card, stage or note."""
        target = self.selected_target()
        return target is not None and self.picture_of(target) is not None \
            and self.set_picture(target, None)

    def open_at(self, item: QGraphicsItem, point: QPointF) -> bool:
        """Open the picture of ``item`` when ``point`` (scene) is on it; False otherwise."""
        target = target_of(item)
        drawing = getattr(item, "drawing", None)
        if target is None or drawing is None:
            return False
        local = item.mapFromScene(point)
        for part in drawing(Detail.FULL):
            if isinstance(part, Picture) and part.rect.x <= local.x() <= part.rect.right \
                    and part.rect.y <= local.y() <= part.rect.bottom:
                return self.show_full(target) is not None
        return False

    def show_full(self, target: Target | None = None) -> PictureViewer | None:
        """Open the picture of ``target`` (or of the selection) at full size."""
        target = target or self.selected_target()
        picture = self.picture_of(target) if target is not None else None
        if picture is None:
            self.told.emit(translate("Pictures", "There is no picture here."))
            return None
        return show_picture(picture, self.view)
