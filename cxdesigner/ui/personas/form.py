"""The fields of one persona; each change is an undo command (typing: one per field visit)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.canvas.items.persona_curves import PERSONA_COLOURS
from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import AddItem, EditItem
from cxdesigner.document.commands.base import command_text
from cxdesigner.document.persona_photo import PhotoError, load_persona_photo
from cxdesigner.document.rules import clean_name
from cxdesigner.model import Persona, Segment
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.inspector.fields import (
    ChoiceBox,
    NoteEdit,
    RuleMessage,
    TypingField,
    fill_combo,
    push_edit,
)
from cxdesigner.ui.inspector.typing import TypedItemEdit
from cxdesigner.ui.personas import photo as photos
from cxdesigner.ui.personas.names import name_warning
from cxdesigner.ui.prompts import Prompts

EDIT_TEXT = QT_TRANSLATE_NOOP("Commands", "Edit persona")
LIST_FIELDS = ("needs", "usages", "behaviours", "interactions", "goals", "frustrations")
TEXT_FIELDS = ("name", "quote", "description")
THUMBNAIL = 84


def split_lines(text: str) -> list[str]:
    """One item per non-blank line, trimmed."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def list_titles() -> dict[str, str]:
    return {
        "needs": translate("Personas", "Needs"),
        "usages": translate("Personas", "Usages"),
        "behaviours": translate("Personas", "Behaviours"),
        "interactions": translate("Personas", "How they interact with the company"),
        "goals": translate("Personas", "Goals"),
        "frustrations": translate("Personas", "Frustrations"),
    }


def _swatch(colour: str, size: int = 18) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setEnabled(False)  # drawn in the muted colour of the style
    return label


class PersonaForm(QWidget):
    """Name, photo, colour, segment, quote, description and the six lists of one persona.

    Signals:
        photo_changed: a photo was embedded or removed (the preview follows).
    """

    photo_changed = Signal()

    def __init__(self, document: JourneyDocument, prompts: Prompts,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document, self._prompts = document, prompts
        self.persona_id: str | None = None
        self.photo_folder: Path | None = None
        self.typing: dict[str, TypingField] = {}
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(translate("Personas", "e.g. Camille, busy mum"))
        self.quote = NoteEdit(2, self)
        self.quote.setPlaceholderText(translate("Personas", "What they would say, in their "
                                                            "own words"))
        self.description = NoteEdit(4, self)
        self.description.setPlaceholderText(translate(
            "Personas", "Who they are: age, family, situation, what matters to them"))
        for field, editor in (("name", self.name), ("quote", self.quote),
                              ("description", self.description)):
            self.typing[field] = TypingField(editor, self._typer(field), self,
                                             clean_name if field == "name" else None)
        self.refusal = RuleMessage(self)
        self.name_hint = _hint(translate(
            "Personas", "An imaginary customer inspired by real cases: a first name and a "
                        "trait. Not a job function, not a segment."), self)
        self.warning = QLabel(self)
        self.warning.setObjectName("personaNameWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { background: #fff4d6; color: #5c3b00; "
                                   "border: 1px solid #e0b252; border-radius: 4px; "
                                   "padding: 4px 6px; }")
        self.warning.hide()
        self.name.textChanged.connect(lambda _text: self._update_warning())
        self._build_photo_row()
        self._build_colour_row()
        self._build_segment_row()
        self.lists: dict[str, NoteEdit] = {}
        self._build_layout()
        document.collection_changed.connect(self._on_collection_changed)
        document.project_replaced.connect(self.refresh)

    # ------------------------------------------------------------------ building

    def _build_photo_row(self) -> None:
        self.photo = QLabel(self)
        self.photo.setFixedSize(THUMBNAIL, THUMBNAIL)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("QLabel { border: 1px solid #9aa5b1; background: #f5f7fa; }")
        self.choose_photo = QPushButton(translate("Personas", "Choose Photo…"), self)
        self.remove_photo = QPushButton(translate("Personas", "Remove Photo"), self)
        self.choose_photo.clicked.connect(self.ask_photo)
        self.remove_photo.clicked.connect(self.clear_photo)

    def _build_colour_row(self) -> None:
        self.colour_buttons: list[QToolButton] = []
        for value in PERSONA_COLOURS:
            button = QToolButton(self)
            button.setIcon(_swatch(value))
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolTip(value)
            button.clicked.connect(lambda _c=False, v=value: self.set_colour(v))
            self.colour_buttons.append(button)
        self.other_colour = QPushButton(translate("Personas", "Other…"), self)
        self.other_colour.clicked.connect(self._ask_colour)

    def _build_segment_row(self) -> None:
        self.segment = ChoiceBox(self)
        self.segment.setSizeAdjustPolicy(
            ChoiceBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.segment.setMinimumContentsLength(16)
        self.segment.currentIndexChanged.connect(lambda _i: self._segment_chosen())
        self.new_segment = QPushButton(translate("Personas", "New Segment…"), self)
        self.new_segment.clicked.connect(self.create_segment)

    def _build_layout(self) -> None:
        who = QGroupBox(translate("Personas", "Who they are"), self)
        form = QFormLayout(who)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        name_box = QVBoxLayout()
        name_box.setSpacing(3)
        for widget in (self.name, self.refusal, self.name_hint, self.warning):
            name_box.addWidget(widget)
        form.addRow(translate("Personas", "Name:"), name_box)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo)
        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(self.choose_photo)
        photo_buttons.addWidget(self.remove_photo)
        photo_buttons.addStretch(1)
        photo_row.addLayout(photo_buttons)
        photo_row.addStretch(1)
        form.addRow(translate("Personas", "Photo:"), photo_row)
        colours = QHBoxLayout()
        colours.setSpacing(0)
        for button in self.colour_buttons:
            colours.addWidget(button)
        colours.addSpacing(6)
        colours.addWidget(self.other_colour)
        colours.addStretch(1)
        form.addRow(translate("Personas", "Colour:"), colours)
        segment_box = QVBoxLayout()
        segment_row = QHBoxLayout()
        segment_row.addWidget(self.segment, 1)
        segment_row.addWidget(self.new_segment)
        segment_box.addLayout(segment_row)
        segment_box.addWidget(_hint(translate(
            "Personas", "The group of customers this persona belongs to. Several personas "
                        "can share a segment."), self))
        form.addRow(translate("Personas", "Segment:"), segment_box)
        form.addRow(translate("Personas", "Quote:"), self.quote)
        form.addRow(translate("Personas", "Description:"), self.description)

        profile = QGroupBox(translate("Personas", "Needs, usages, behaviours, interactions"),
                            self)
        grid = QGridLayout(profile)
        grid.setHorizontalSpacing(10)
        titles = list_titles()
        for index, field in enumerate(LIST_FIELDS):
            editor = NoteEdit(4, profile)
            editor.setPlaceholderText(translate("Personas", "One per line"))
            self.lists[field] = editor
            self.typing[field] = TypingField(editor, self._list_typer(field), self)
            row, column = divmod(index, 2)
            title = QLabel(titles[field], profile)
            title.setBuddy(editor)
            grid.addWidget(title, row * 2, column)
            grid.addWidget(editor, row * 2 + 1, column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(who)
        layout.addWidget(profile)
        layout.addStretch(1)

    # ------------------------------------------------------------------ showing

    def persona(self) -> Persona | None:
        return next((p for p in self._document.project.personas if p.id == self.persona_id),
                    None)

    def show_persona(self, persona_id: str | None) -> None:
        """Edit another persona (None: nothing)."""
        if persona_id != self.persona_id:
            for field in self.typing.values():
                field.end_session()
            self.refusal.hide()
        self.persona_id = persona_id
        self.refresh()

    def refresh(self) -> None:
        """Show the persona as it is in the project."""
        persona = self.persona()
        self.setEnabled(persona is not None)
        for field in TEXT_FIELDS:
            self.typing[field].set_text(getattr(persona, field) if persona else "")
        for field in LIST_FIELDS:
            items = list(getattr(persona, field)) if persona else []
            # A trailing new line being typed is not an item yet: keep the text as typed.
            if split_lines(self.typing[field].text()) != items:
                self.typing[field].set_text("\n".join(items))
        segments = self._document.project.segments
        fill_combo(self.segment, [(translate("Personas", "No segment"), "")]
                   + [(segment.name, segment.id) for segment in segments],
                   (persona.segment_id or "") if persona else "")
        colour = persona.colour.lower() if persona else ""
        for button, value in zip(self.colour_buttons, PERSONA_COLOURS, strict=True):
            button.setChecked(value == colour)
        self.other_colour.setIcon(_swatch(persona.colour) if persona and colour not in
                                  PERSONA_COLOURS else QIcon())
        pixmap = photos.photo_pixmap(persona.photo_png_base64 if persona else None)
        if pixmap is None:
            self.photo.setPixmap(QPixmap())
            self.photo.setText(translate("Personas", "No photo"))
        else:
            self.photo.setPixmap(pixmap.scaled(
                THUMBNAIL - 2, THUMBNAIL - 2, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self.remove_photo.setEnabled(pixmap is not None)
        self._update_warning()

    def _update_warning(self) -> None:
        text = name_warning(self.name.text(), self._document.project.segments)
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def _on_collection_changed(self, name: str) -> None:
        if name in ("personas", "segments"):
            self.refresh()

    # ------------------------------------------------------------------ editing

    def _edit(self, changes: dict[str, Any], text: str = EDIT_TEXT) -> None:
        persona = self.persona()
        if persona is not None:
            persona_id = persona.id
            push_edit(self._document.undo_stack, lambda: EditItem(
                self._document, "personas", persona_id, changes, text=text), self.refusal)

    def _typer(self, field: str) -> Callable[[str, int], None]:
        return lambda text, session: self._typed(field, text, session)

    def _list_typer(self, field: str) -> Callable[[str, int], None]:
        return lambda text, session: self._typed(field, split_lines(text), session)

    def _typed(self, field: str, value: str | list[str] | None, session: int,
               text: str = EDIT_TEXT) -> None:
        persona = self.persona()
        if persona is not None:
            persona_id = persona.id
            push_edit(self._document.undo_stack, lambda: TypedItemEdit(
                self._document, "personas", persona_id, {field: value}, session, text),
                self.refusal)

    def set_colour(self, colour: str) -> None:
        self._edit({"colour": colour.lower()},
                   QT_TRANSLATE_NOOP("Commands", "Change persona colour"))
        self.refresh()  # a click on the checked swatch unchecks it: check it again

    def _ask_colour(self) -> None:
        persona = self.persona()
        if persona is not None and (chosen := photos.ask_colour(self, persona.colour)):
            self.set_colour(chosen)

    def _segment_chosen(self) -> None:
        value = str(self.segment.currentData() or "")
        self._typed("segment_id", value or None, self.segment.session,
                    QT_TRANSLATE_NOOP("Commands", "Change persona segment"))

    def create_segment(self) -> None:
        """Ask a name, add the segment and put the persona in it, in one undo step."""
        persona = self.persona()
        if persona is None:
            return
        name = self._prompts.ask_text(translate("Personas", "New segment"), translate(
            "Personas", "Name of the segment (a group of customers, e.g. “Urban families”):"),
            "")
        if name is None:
            return
        segment = Segment(name=name)
        stack = self._document.undo_stack
        stack.beginMacro(command_text(QT_TRANSLATE_NOOP("Commands", "Add segment")))
        stack.push(AddItem(self._document, "segments", segment))
        stack.push(EditItem(self._document, "personas", persona.id, {"segment_id": segment.id}))
        stack.endMacro()

    def ask_photo(self) -> None:
        """Choose an image file and embed it, or say why it cannot be used."""
        path = photos.ask_photo_file(self, self.photo_folder)
        if path is not None:
            self.photo_folder = path.parent
            self.set_photo(path)

    def set_photo(self, path: Path) -> bool:
        """Embed the image at ``path`` as the photo; False (and a message) when it cannot."""
        try:
            data = load_persona_photo(path)
        except PhotoError as error:
            self._prompts.show_error(translate("Personas", "Photo not changed"),
                                     photos.explain(error, path))
            return False
        self._edit({"photo_png_base64": data}, QT_TRANSLATE_NOOP("Commands", "Set persona photo"))
        self.photo_changed.emit()
        return True

    def clear_photo(self) -> None:
        self._edit({"photo_png_base64": None},
                   QT_TRANSLATE_NOOP("Commands", "Remove persona photo"))
        self.photo_changed.emit()
