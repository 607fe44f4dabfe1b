"""The persona editor: the project's personas, the fields of one, and its card as printed."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.canvas.items.persona_curves import next_persona_colour
from cxdesigner.document import JourneyDocument
from cxdesigner.document.cleanup import without_item
from cxdesigner.document.commands import AddPersona, ReplaceProjectState
from cxdesigner.document.rules import unique_name
from cxdesigner.model import Persona
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.inspector.fields import push_edit
from cxdesigner.ui.personas.form import PersonaForm
from cxdesigner.ui.personas.photo import photo_pixmap
from cxdesigner.ui.personas.preview import PersonaCardPreview
from cxdesigner.ui.prompts import Prompts

ICON = 32


def persona_icon(persona: Persona) -> QIcon:
    """The persona's photo, or a disc of its colour."""
    return _icon(persona.colour, persona.photo_png_base64)


@lru_cache(maxsize=64)
def _icon(colour: str, photo_png_base64: str | None, size: int = ICON) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    photo = photo_pixmap(photo_png_base64)
    if photo is not None:
        scaled = photo.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                              Qt.TransformationMode.SmoothTransformation)
        painter.drawPixmap((size - scaled.width()) // 2, (size - scaled.height()) // 2, scaled)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(2, 2, size - 4, size - 4)
    painter.end()
    return QIcon(pixmap)


class PersonaEditor(QDialog):
    """A window beside the map to describe the personas; every change is undoable."""

    def __init__(self, document: JourneyDocument, prompts: Prompts,
                 undo_actions: tuple[QAction, QAction] | None = None,
                 parent: QWidget | None = None,
                 journey_in_view: Callable[[], str | None] = lambda: None) -> None:
        super().__init__(parent)
        self.setObjectName("personaEditor")
        self._journey_in_view = journey_in_view
        self.setWindowTitle(translate("Personas", "Personas"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setModal(False)
        self._document, self._prompts = document, prompts
        self._ids: list[str] = []
        self.list = QListWidget(self)
        self.list.setIconSize(QSize(ICON, ICON))
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(lambda _row: self._show_selected())
        self.add_button = QPushButton(translate("Personas", "Add Persona"), self)
        self.delete_button = QPushButton(translate("Personas", "Delete…"), self)
        self.add_button.clicked.connect(self.add_persona)
        self.delete_button.clicked.connect(self.delete_selected)
        self.form = PersonaForm(document, prompts, self)
        self.preview = PersonaCardPreview(self)
        self.form.photo_changed.connect(self._show_preview)
        self._build(undo_actions)
        document.collection_changed.connect(self._on_collection_changed)
        document.project_replaced.connect(self.refresh)
        document.project_changed.connect(self._on_project_changed)
        screen = self.screen().availableGeometry()
        self.resize(min(1380, screen.width() - 40), min(940, screen.height() - 40))
        self.refresh()

    def _build(self, undo_actions: tuple[QAction, QAction] | None) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(translate("Personas", "Personas of the project"), left))
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        left_layout.addLayout(buttons)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        scroll.setMinimumWidth(460)
        card = QGroupBox(translate("Personas", "Card as printed"), self)
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.preview, 1)
        note = QLabel(translate("Personas", "The persona pages of the PDF show this card, "
                                            "two to a page."), card)
        note.setWordWrap(True)
        note.setEnabled(False)
        card_layout.addWidget(note)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        for widget in (left, scroll, card):
            splitter.addWidget(widget)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([220, 560, 520])
        layout = QVBoxLayout(self)
        if undo_actions is not None:
            bar = QHBoxLayout()
            for action in undo_actions:
                self.addAction(action)  # Ctrl+Z works in this window too
                button = QToolButton(self)
                button.setDefaultAction(action)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
                bar.addWidget(button)
            bar.addStretch(1)
            layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    # ------------------------------------------------------------------ showing

    def personas(self) -> list[Persona]:
        return list(self._document.project.personas)

    def selected(self) -> Persona | None:
        row = self.list.currentRow()
        personas = self.personas()
        return personas[row] if 0 <= row < len(personas) else None

    def show_persona(self, persona_id: str | None) -> None:
        """Select ``persona_id`` in the list (the first persona when None or unknown)."""
        ids = [persona.id for persona in self.personas()]
        self.list.setCurrentRow(ids.index(persona_id) if persona_id in ids else
                                (0 if ids else -1))
        self._show_selected()

    def refresh(self) -> None:
        """The list as in the project, keeping the selection by id."""
        chosen = self.selected()
        chosen_id = chosen.id if chosen is not None else self.form.persona_id
        personas = self.personas()
        ids = [persona.id for persona in personas]
        blocked = self.list.blockSignals(True)
        try:
            if ids != self._ids:  # typing a name only renames the row
                self.list.clear()
                self._ids = ids
            for row, persona in enumerate(personas):
                item = self.list.item(row) or QListWidgetItem(self.list)
                if item.text() != persona.name:
                    item.setText(persona.name)
                item.setIcon(persona_icon(persona))
            self.list.setCurrentRow(ids.index(chosen_id) if chosen_id in ids else
                                    (0 if ids else -1))
        finally:
            self.list.blockSignals(blocked)
        self._show_selected()

    def _show_selected(self) -> None:
        persona = self.selected()
        self.delete_button.setEnabled(persona is not None)
        self.form.show_persona(persona.id if persona is not None else None)
        self._show_preview()

    def _show_preview(self) -> None:
        self.preview.show_persona(self.form.persona(), self._document.project)

    def _on_project_changed(self, _fields: list[str]) -> None:
        self._show_preview()  # the language of the card's words

    def _on_collection_changed(self, name: str) -> None:
        if name == "personas":
            self.refresh()
        elif name == "segments":
            self._show_preview()

    # ------------------------------------------------------------------ editing

    def add_persona(self) -> None:
        """A new persona with a colour no other one has, its name ready to type; the journey
        in view is about it too."""
        personas = self.personas()
        persona = Persona(name=unique_name(translate("Personas", "New persona"),
                                           (other.name for other in personas)),
                          colour=next_persona_colour(personas))
        if not push_edit(self._document.undo_stack, lambda: AddPersona(
                self._document, persona, self._journey_in_view(),
                text=QT_TRANSLATE_NOOP("Commands", "Add persona")), self.form.refusal):
            return
        self.show_persona(persona.id)
        self.form.name.setFocus()
        self.form.name.selectAll()

    def delete_selected(self) -> None:
        persona = self.selected()
        if persona is None:
            return
        title = translate("Personas", "Delete persona")
        if not self._prompts.confirm(title, translate(
                "Personas", "Delete the persona “%1”? Its emotions, criticality and verbatim "
                            "links are removed everywhere; Edit ▸ Undo brings them back.")
                .replace("%1", persona.name), title):
            return
        try:
            after = without_item(self._document.project, "personas", persona.id)
        except ValueError as error:  # the copy would not be a sound project
            self._prompts.show_error(title, translate(
                "Personas", "Nothing was deleted: other parts of the project still need it."),
                str(error))
            return
        self._document.undo_stack.push(ReplaceProjectState(
            self._document, after, QT_TRANSLATE_NOOP("Commands", "Delete persona")))
