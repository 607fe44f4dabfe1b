"""The journey as text, in map order: its stages, and under each its touchpoints with their
moment of truth, emotion, channel and interlocutor; titles, names, moments and emotions are
edited in place, each change one undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from typing_extensions import override

from cxdesigner.document import JourneyDocument
from cxdesigner.document.checks import DocumentRuleError
from cxdesigner.document.commands import EditStage, EditTouchpoint
from cxdesigner.document.commands.base import QT_TRANSLATE_NOOP
from cxdesigner.model import EMOTION_MAX, EMOTION_MIN, Journey, MomentOfTruth, Stage, Touchpoint
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.labels import emotion_label, interface_label

COLUMNS = ("step", "moment", "emotion", "channel", "interlocutor")
EDITABLE = {"step", "moment", "emotion"}
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
"""``stage`` or ``touchpoint``: what a row is."""
ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""The id of the stage or touchpoint of a row."""
CHOICE_ROLE = Qt.ItemDataRole.UserRole + 3
"""The value behind the words of a moment or an emotion cell (for its editor)."""

EMOTIONS: tuple[int | None, ...] = (None, *range(EMOTION_MAX, EMOTION_MIN - 1, -1))


def column_titles() -> list[str]:
    return [translate("Outline", "Stage or touchpoint"), translate("Outline", "Moment of truth"),
            translate("Outline", "Emotion"), translate("Outline", "Channel"),
            translate("Outline", "Interlocutor")]


def touchpoint_count(count: int) -> str:
    """``3 touchpoints``, ``1 touchpoint``, ``no touchpoint``."""
    if count == 0:
        return translate("Outline", "no touchpoint")
    if count == 1:
        return translate("Outline", "1 touchpoint")
    return translate("Outline", "%1 touchpoints").replace("%1", str(count))


def stage_text(index: int, count: int, stage: Stage) -> str:
    """How a stage reads in the outline: its place and its name."""
    return translate("Outline", "Stage %1 of %2: %3").replace("%1", str(index + 1)).replace(
        "%2", str(count)).replace("%3", stage.name)


class OutlineModel(QStandardItemModel):
    """The outline of one journey. Edits go to the document; the model is rebuilt from it.

    Attributes:
        refused: the reason of the last edit the document refused (empty when none).
    """

    def __init__(self, document: JourneyDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.journey_id: str | None = None
        self.refused = ""
        self.setHorizontalHeaderLabels(column_titles())

    def journey(self) -> Journey | None:
        return next((j for j in self._document.project.journeys if j.id == self.journey_id),
                    None)

    # ------------------------------------------------------------------ reading

    def rebuild(self, journey_id: str | None) -> None:
        """Show ``journey_id`` as it is now."""
        self.journey_id = journey_id
        self.removeRows(0, self.rowCount())
        journey = self.journey()
        if journey is None:
            return
        project = self._document.project
        channels, people = project.channel_names(), project.interlocutor_names()
        for index, stage in enumerate(journey.stages):
            row = self._stage_row(index, len(journey.stages), stage)
            for place, touchpoint in enumerate(stage.touchpoints):
                cells = self._touchpoint_row(touchpoint, channels, people)
                cells[0].setData(translate("Outline", "Touchpoint %1 of %2: %3").replace(
                    "%1", str(place + 1)).replace("%2", str(len(stage.touchpoints))).replace(
                    "%3", touchpoint.title), Qt.ItemDataRole.AccessibleTextRole)
                row[0].appendRow(cells)
            self.appendRow(row)

    def _stage_row(self, index: int, count: int, stage: Stage) -> list[QStandardItem]:
        name = QStandardItem(stage.name)
        cards = touchpoint_count(len(stage.touchpoints))
        # What a screen reader says of the row: the name edited is the stage's alone.
        name.setData(f"{stage_text(index, count, stage)}, {cards}",
                     Qt.ItemDataRole.AccessibleTextRole)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        name.setData("stage", KIND_ROLE)
        name.setData(stage.id, ID_ROLE)
        others = [_read_only(cards if column == "moment" else "") for column in COLUMNS[1:]]
        return [name, *others]

    def _touchpoint_row(self, touchpoint: Touchpoint, channels: dict[str, str],
                        people: dict[str, str]) -> list[QStandardItem]:
        title = QStandardItem(touchpoint.title)
        moment = QStandardItem(_moment_text(touchpoint.moment))
        moment.setData(touchpoint.moment.value, CHOICE_ROLE)
        emotion = QStandardItem(emotion_label(touchpoint.emotion))
        emotion.setData(touchpoint.emotion, CHOICE_ROLE)
        channel = _read_only(channels.get(touchpoint.channel_id or "", ""))
        person = _read_only(people.get(touchpoint.interlocutor_id or "", ""))
        row = [title, moment, emotion, channel, person]
        for item in row:
            item.setData("touchpoint", KIND_ROLE)
            item.setData(touchpoint.id, ID_ROLE)
        return row

    # ------------------------------------------------------------------ editing

    @override
    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return super().setData(index, value, role)
        column = COLUMNS[index.column()]
        kind, item_id = index.data(KIND_ROLE), str(index.data(ID_ROLE))
        changes: dict[str, Any]
        if column == "step":
            changes = {"name" if kind == "stage" else "title": str(value)}
        elif column == "moment":
            changes = {"moment": MomentOfTruth(str(value))}
        elif column == "emotion":
            changes = {"emotion": None if value is None or value == "" else int(value)}
        else:
            return False
        return self._edit(str(kind), item_id, changes)

    def _edit(self, kind: str, item_id: str, changes: dict[str, Any]) -> bool:
        journey_id = self.journey_id
        if journey_id is None:
            return False
        self.refused = ""
        try:
            if kind == "stage":
                command: EditStage | EditTouchpoint = EditStage(
                    self._document, journey_id, item_id, changes)
            else:
                command = EditTouchpoint(self._document, journey_id, item_id, changes,
                                         QT_TRANSLATE_NOOP("Commands", "Edit touchpoint"))
        except DocumentRuleError as error:
            from cxdesigner.document.language import refusal_text

            self.refused = refusal_text(error)
            return False
        if command.changes_anything:
            self._document.undo_stack.push(command)
        return True

    @override
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        column = COLUMNS[index.column()] if index.isValid() else ""
        editable = column == "step" or (column in EDITABLE
                                        and index.data(KIND_ROLE) == "touchpoint")
        if editable:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags & ~Qt.ItemFlag.ItemIsEditable


def _read_only(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    return item


def _moment_text(moment: MomentOfTruth) -> str:
    if moment is MomentOfTruth.NONE:
        return translate("Outline", "No moment of truth")
    return interface_label(moment)


def moment_choices() -> list[tuple[str, str]]:
    """The moments an outline cell can take: (words, value)."""
    return [(_moment_text(moment), moment.value) for moment in MomentOfTruth]


def emotion_choices() -> list[tuple[str, int | None]]:
    """The emotions an outline cell can take, best first: (words, value)."""
    return [(emotion_label(value), value) for value in EMOTIONS]
