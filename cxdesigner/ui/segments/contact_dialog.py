"""The form of one typed contact count: when, who, on which channel, why, how many."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from cxdesigner.analysis.profiles import reason_counts
from cxdesigner.model import ContactRecord, Project
from cxdesigner.model.limits import MAX_NAME_CHARS
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.segments.texts import no_segment

MAX_COUNT = 10_000_000


def _combo(
    parent: QWidget, empty: str, entries: list[tuple[str, str]], chosen: str | None
) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(empty, None)
    for label, data in entries:
        combo.addItem(label, data)
    combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
    return combo


def stage_entries(project: Project) -> list[tuple[str, str]]:
    """Every stage as ``stage — journey`` (the journey told when several), with its id."""
    several = len(project.journeys) > 1
    return [
        (f"{stage.name} — {journey.name}" if several else stage.name, stage.id)
        for journey in project.journeys
        for stage in journey.stages
    ]


class ContactDialog(QDialog):
    """Types a :class:`ContactRecord`: ``count`` contacts of a segment on a day."""

    def __init__(
        self,
        project: Project,
        record: ContactRecord | None = None,
        segment_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("Segments", "Contact count")
            if record is None
            else translate("Segments", "Edit contact count")
        )
        self._record = record
        form = QFormLayout(self)
        today = dt.date.today()
        day = record.date if record is not None else today
        self.date = QDateEdit(QDate(day.year, day.month, day.day), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.segment = _combo(
            self,
            no_segment(),
            [(s.name, s.id) for s in project.segments],
            record.segment_id if record is not None else segment_id,
        )
        self.channel = _combo(
            self,
            translate("Segments", "(not given)"),
            [(c.name, c.id) for c in project.channels],
            record.channel_id if record is not None else None,
        )
        self.stage = _combo(
            self,
            translate("Segments", "(not given)"),
            stage_entries(project),
            record.stage_id if record is not None else None,
        )
        self.reason = QLineEdit(record.reason if record is not None else "", self)
        self.reason.setMaxLength(MAX_NAME_CHARS)
        self.reason.setPlaceholderText(
            translate("Segments", "Why they got in touch: “Where is my parcel?”")
        )
        known = list(reason_counts(project.contacts))
        known += [r for p in project.contact_profiles for r in p.reasons if r not in known]
        completer = QCompleter(known, self.reason)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.reason.setCompleter(completer)
        self.profile = _combo(
            self,
            translate("Segments", "(found from the reason)"),
            [(p.name, p.id) for p in project.contact_profiles],
            record.profile_id if record is not None else None,
        )
        self.count = QSpinBox(self)
        self.count.setRange(1, MAX_COUNT)
        self.count.setGroupSeparatorShown(True)
        self.count.setValue(record.count if record is not None else 1)
        self.resolved = QComboBox(self)
        for label, data in (
            (translate("Segments", "not known"), None),
            (translate("Segments", "yes"), True),
            (translate("Segments", "no"), False),
        ):
            self.resolved.addItem(label, data)
        if record is not None:
            self.resolved.setCurrentIndex(self.resolved.findData(record.resolved))
        self.duration = QDoubleSpinBox(self)
        self.duration.setRange(-1, 100_000)
        self.duration.setDecimals(1)
        self.duration.setSpecialValueText(translate("Segments", "not known"))
        self.duration.setSuffix(translate("Segments", " min"))
        minutes = record.duration_minutes if record is not None else None
        self.duration.setValue(-1 if minutes is None else minutes)
        form.addRow(translate("Segments", "Date:"), self.date)
        form.addRow(translate("Segments", "Segment:"), self.segment)
        form.addRow(translate("Segments", "Channel:"), self.channel)
        form.addRow(translate("Segments", "Stage:"), self.stage)
        form.addRow(translate("Segments", "Reason:"), self.reason)
        form.addRow(translate("Segments", "Contact profile:"), self.profile)
        form.addRow(translate("Segments", "Number of contacts:"), self.count)
        form.addRow(translate("Segments", "Resolved:"), self.resolved)
        form.addRow(translate("Segments", "Duration per contact:"), self.duration)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def fields(self) -> dict[str, Any]:
        """The record's fields as typed."""
        day = self.date.date()
        minutes = self.duration.value()
        return {
            "date": dt.date(day.year(), day.month(), day.day()),
            "segment_id": self.segment.currentData(),
            "channel_id": self.channel.currentData(),
            "stage_id": self.stage.currentData(),
            "reason": self.reason.text().strip(),
            "profile_id": self.profile.currentData(),
            "count": self.count.value(),
            "resolved": self.resolved.currentData(),
            "duration_minutes": None if minutes < 0 else float(minutes),
        }

    def record(self) -> ContactRecord:
        """A new record with the typed fields (the edited one's id and touchpoint kept)."""
        if self._record is None:
            return ContactRecord(**self.fields())
        return self._record.model_copy(update=self.fields())

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the edited record."""
        if self._record is None:
            return self.fields()
        return {
            name: value
            for name, value in self.fields().items()
            if getattr(self._record, name) != value
        }
