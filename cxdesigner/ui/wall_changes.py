"""The list of what photos of the wall change, each item to accept or not.

Checked items are applied together, as one step in Edit ▸ Undo. A new card shows its
handwriting and a title to type; doubtful items come unchecked, with the reason; cards not
found and codes that could not be used are listed below, for information.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.analysis.wall.changes import ChangeKind, WallChange
from cxdesigner.analysis.wall.placement import Note, NoteKind
from cxdesigner.io.wall.new_cards import default_title
from cxdesigner.io.wall.reading import WallReading
from cxdesigner.model import Journey
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.vocabulary import signed_emotion

THUMBNAIL = 180
KEY = Qt.ItemDataRole.UserRole

_NOTES = {
    NoteKind.UNREADABLE: QT_TRANSLATE_NOOP("WallImport", "A code that could not be read"),
    NoteKind.OTHER_JOURNEY: QT_TRANSLATE_NOOP("WallImport", "A code of another journey or project"),
    NoteKind.UNKNOWN_CARD: QT_TRANSLATE_NOOP(
        "WallImport", "A card that is no longer in the journey"
    ),
    NoteKind.AMBIGUOUS: QT_TRANSLATE_NOOP("WallImport", "A code that two touchpoints share"),
    NoteKind.TWICE: QT_TRANSLATE_NOOP("WallImport", "A code found at two places on the wall"),
    NoteKind.OUTSIDE: QT_TRANSLATE_NOOP("WallImport", "A card left of every stage banner"),
    NoteKind.NO_BANNER: QT_TRANSLATE_NOOP("WallImport", "No stage banner was read"),
    NoteKind.LONE_PHOTO: QT_TRANSLATE_NOOP(
        "WallImport", "A photo that shares no code with the others"
    ),
    NoteKind.NO_CODES: QT_TRANSLATE_NOOP("WallImport", "A photo without any code of the kit"),
    NoteKind.BAD_STRIP: QT_TRANSLATE_NOOP(
        "WallImport", "An emotion strip whose levels do not line up"
    ),
}


def _stage(journey: Journey, stage_id: str | None) -> str:
    return next((_quoted(s.name) for s in journey.stages if s.id == stage_id), "?")


def _quoted(name: str) -> str:
    """A name between the interface language's quotation marks."""
    return translate("WallImport", "“%1”").replace("%1", name)


def describe_change(change: WallChange, journey: Journey) -> str:
    """An item of the list in the interface language."""
    titles = {tp.id: tp.title for _, tp in journey.touchpoints()}
    card = _quoted(titles.get(change.touchpoint_id or "", "?"))
    if change.kind is ChangeKind.MOVED:
        return (
            translate("WallImport", "%1 moved from %2 to %3")
            .replace("%1", card)
            .replace("%2", _stage(journey, change.from_stage_id))
            .replace("%3", _stage(journey, change.stage_id))
        )
    if change.kind is ChangeKind.REORDERED:
        return (
            translate("WallImport", "New order in %1: %2")
            .replace("%1", _stage(journey, change.stage_id))
            .replace("%2", ", ".join(titles[i] for i in change.after))
        )
    if change.kind is ChangeKind.EMOTION:
        old = "—" if change.old_emotion is None else signed_emotion(change.old_emotion)
        return (
            translate("WallImport", "Emotion of %1: %2 → %3")
            .replace("%1", card)
            .replace("%2", old)
            .replace("%3", signed_emotion(change.emotion or 0))
        )
    if change.kind is ChangeKind.NEW:
        text = (
            translate("WallImport", "New card %1 in %2")
            .replace("%1", change.label)
            .replace("%2", _stage(journey, change.stage_id))
        )
        if change.emotion is not None:
            text += translate("WallImport", ", emotion %1").replace(
                "%1", signed_emotion(change.emotion)
            )
        return text
    return (
        translate("WallImport", "%1 in %2 was not found on the wall")
        .replace("%1", card)
        .replace("%2", _stage(journey, change.stage_id))
    )


def describe_note(note: Note, reading: WallReading) -> str:
    """Something that could not be used, in the interface language."""
    text = translate("WallImport", _NOTES[note.kind])
    if note.label:
        text += f" ({note.label})"
    if note.photo is not None:
        text += " — " + reading.photos[note.photo].path.name
    return text


def _pixmap(data: bytes) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(data, "PNG")
    return pixmap.scaledToWidth(THUMBNAIL, Qt.TransformationMode.SmoothTransformation)


class WallChangesDialog(QDialog):
    """The changes read on the wall, to accept item by item."""

    def __init__(self, reading: WallReading, language: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("wallChangesDialog")
        self.setWindowTitle(translate("WallImport", "Photo of the wall"))
        self.reading = reading
        journey = reading.journey
        codes = sum(photo.codes for photo in reading.photos)
        summary = QLabel(
            translate(
                "WallImport",
                "Journey “%1”: %2 codes read on %3 photos. Check the changes to "
                "apply; they make one step in Edit ▸ Undo.",
            )
            .replace("%1", journey.name)
            .replace("%2", str(codes))
            .replace("%3", str(len(reading.photos))),
            self,
        )
        summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("wallChanges")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(
            [translate("WallImport", "Change"), translate("WallImport", "Title of the new card")]
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 240)
        self.tree.setIconSize(QSize(THUMBNAIL, THUMBNAIL * 64 // 90))  # a card's proportions
        self.items: dict[str, QTreeWidgetItem] = {}
        changes = [c for c in reading.changes if c.actionable]
        section = QTreeWidgetItem(
            self.tree, [translate("WallImport", "Changes (%1)").replace("%1", str(len(changes)))]
        )
        for change in changes:
            item = QTreeWidgetItem(section, [describe_change(change, journey)])
            item.setData(0, KEY, change.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                0, Qt.CheckState.Unchecked if change.doubt else Qt.CheckState.Checked
            )
            if change.doubt:
                item.setToolTip(
                    0,
                    translate(
                        "WallImport",
                        "The banner of the next stage was not read: this card may belong to it.",
                    ),
                )
                item.setText(0, item.text(0) + " — " + translate("WallImport", "to check"))
            if change.kind is ChangeKind.NEW:
                item.setText(1, default_title(change, language))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                if change.image is not None:
                    item.setIcon(0, _pixmap(change.image))
            self.items[change.key] = item
        others = [c for c in reading.changes if not c.actionable]
        notes = reading.notes
        if others or notes:
            info = QTreeWidgetItem(
                self.tree,
                [
                    translate("WallImport", "Not found or not used (%1)").replace(
                        "%1", str(len(others) + len(notes))
                    )
                ],
            )
            for change in others:
                QTreeWidgetItem(info, [describe_change(change, journey)])
            for note in notes:
                row = QTreeWidgetItem(info, [describe_note(note, reading)])
                if note.image is not None:
                    row.setIcon(0, _pixmap(note.image))
        self.tree.expandAll()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("WallImport", "Apply Checked Changes"))
        ok.setEnabled(bool(changes))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("WallImport", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(900, 620)

    def accepted_keys(self) -> set[str]:
        """The keys of the checked items."""
        return {
            key for key, item in self.items.items() if item.checkState(0) == Qt.CheckState.Checked
        }

    def titles(self) -> dict[str, str]:
        """The titles typed for new cards, by key."""
        return {key: item.text(1) for key, item in self.items.items() if item.text(1)}

    def set_checked(self, key: str, checked: bool) -> None:
        """Check or uncheck an item (as a click on its box does)."""
        self.items[key].setCheckState(
            0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        )
