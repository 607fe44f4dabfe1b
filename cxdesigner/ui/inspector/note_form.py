"""The inspector's form for one sticky note: its text and its picture."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QVBoxLayout, QWidget

from cxdesigner.document import JourneyDocument
from cxdesigner.model import StickyNote
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.inspector.fields import NoteEdit, RuleMessage, TypingField, push_edit
from cxdesigner.ui.inspector.picture_section import PictureSection
from cxdesigner.ui.inspector.typing import TypedNoteEdit

_TEXT_UNDO_TEXT = QT_TRANSLATE_NOOP("Commands", "Edit sticky note")


class NoteForm(QWidget):
    """Edits the sticky note given to :meth:`load`; follows the document's changes."""

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.journey_id: str | None = None
        self.note_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.refusal = RuleMessage(self)
        layout.addWidget(self.refusal)
        box = QGroupBox(translate("Inspector", "Sticky note"), self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.text = TypingField(NoteEdit(4, self), self._typed, self)
        form.addRow(translate("Inspector", "Text:"), self.text.editor)
        layout.addWidget(box)
        self.picture = PictureSection(document, self)
        layout.addWidget(self.picture)
        layout.addStretch(1)

    def note(self) -> StickyNote | None:
        if self.journey_id is None or self.note_id is None:
            return None
        try:
            notes = self._document.journey(self.journey_id).notes
        except KeyError:
            return None
        return next((note for note in notes if note.id == self.note_id), None)

    def load(self, journey_id: str, note_id: str) -> None:
        if (journey_id, note_id) != (self.journey_id, self.note_id):
            self.text.end_session()
            self.refusal.hide()
        self.journey_id, self.note_id = journey_id, note_id
        self.picture.load(journey_id, ("note", note_id))
        self.refresh()

    def refresh(self) -> None:
        note = self.note()
        if note is None:
            return
        self.text.set_text(note.text)
        self.picture.refresh()

    def _typed(self, text: str, session: int) -> None:
        journey_id, note_id = self.journey_id, self.note_id
        if journey_id is None or note_id is None or self.note() is None:
            return
        push_edit(self._document.undo_stack, lambda: TypedNoteEdit(
            self._document, journey_id, note_id, {"text": text}, session, _TEXT_UNDO_TEXT),
            self.refusal)
