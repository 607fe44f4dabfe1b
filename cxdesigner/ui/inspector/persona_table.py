"""A small table of a touchpoint's emotion and criticality for each persona."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from cxdesigner.model import Criticality, Persona, Touchpoint
from cxdesigner.model.limits import EMOTION_MAX, EMOTION_MIN
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.inspector.fields import ChoiceBox, set_combo_data
from cxdesigner.ui.labels import optional_label


def _emotion_entries() -> list[tuple[str, object]]:
    entries: list[tuple[str, object]] = [(translate("Inspector", "Default"), "")]
    for value in range(EMOTION_MAX, EMOTION_MIN - 1, -1):
        entries.append((f"{value:+d}".replace("-", "\u2212") if value else "0", str(value)))
    return entries


def _criticality_entries() -> list[tuple[str, object]]:
    entries: list[tuple[str, object]] = [(translate("Inspector", "Default"), "")]
    entries += [(optional_label(level), level.value) for level in Criticality]
    return entries


class PersonaTable(QTableWidget):
    """Rows are personas; a choice calls ``commit(changes, undo_text, session)``, where
    the session is that of the list chosen in (see ChoiceBox)."""

    def __init__(self, commit: Callable[[dict[str, Any], str, int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self._commit = commit
        self._touchpoint: Touchpoint | None = None
        self._persona_ids: list[str] = []
        self.setHorizontalHeaderLabels([translate("Inspector", "Persona"),
                                        translate("Inspector", "Emotion"),
                                        translate("Inspector", "Criticality")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QTableWidget.SelectionMode.NoSelection)

    def show_touchpoint(self, touchpoint: Touchpoint, personas: list[Persona]) -> None:
        """Show the values of ``touchpoint`` for ``personas``."""
        self._touchpoint = touchpoint
        ids = [persona.id for persona in personas]
        if ids != self._persona_ids:
            self._persona_ids = ids
            self.setRowCount(len(personas))
            for row, persona in enumerate(personas):
                self.setItem(row, 0, QTableWidgetItem(persona.name))
                emotion = ChoiceBox(self)
                for label, data in _emotion_entries():
                    emotion.addItem(label, data)
                emotion.currentIndexChanged.connect(
                    lambda _i, pid=persona.id, box=emotion: self._emotion_chosen(pid, box))
                criticality = ChoiceBox(self)
                for label, data in _criticality_entries():
                    criticality.addItem(label, data)
                criticality.currentIndexChanged.connect(
                    lambda _i, pid=persona.id, box=criticality: self._criticality_chosen(pid, box))
                self.setCellWidget(row, 1, emotion)
                self.setCellWidget(row, 2, criticality)
        for row, persona in enumerate(personas):
            name = self.item(row, 0)
            if name is not None and name.text() != persona.name:  # renamed elsewhere
                name.setText(persona.name)
        for row, persona_id in enumerate(self._persona_ids):
            emotion_box = self.cellWidget(row, 1)
            criticality_box = self.cellWidget(row, 2)
            if isinstance(emotion_box, ChoiceBox):
                value = touchpoint.persona_emotions.get(persona_id)
                set_combo_data(emotion_box, "" if value is None else str(value))
            if isinstance(criticality_box, ChoiceBox):
                level = touchpoint.persona_criticality.get(persona_id)
                set_combo_data(criticality_box, "" if level is None else level.value)
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(row) for row in range(self.rowCount()))
        self.setFixedHeight(height + 2)

    def _emotion_chosen(self, persona_id: str, box: ChoiceBox) -> None:
        if self._touchpoint is None:
            return
        emotions = dict(self._touchpoint.persona_emotions)
        value = str(box.currentData())
        if value:
            emotions[persona_id] = int(value)
        else:
            emotions.pop(persona_id, None)
        self._commit({"persona_emotions": emotions},
                     QT_TRANSLATE_NOOP("Commands", "Set emotion for a persona"), box.session)

    def _criticality_chosen(self, persona_id: str, box: ChoiceBox) -> None:
        if self._touchpoint is None:
            return
        levels = dict(self._touchpoint.persona_criticality)
        value = str(box.currentData())
        if value:
            levels[persona_id] = Criticality(value)
        else:
            levels.pop(persona_id, None)
        self._commit({"persona_criticality": levels},
                     QT_TRANSLATE_NOOP("Commands", "Set criticality for a persona"), box.session)
