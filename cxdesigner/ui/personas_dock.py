"""The people dock: personas, channels and interlocutors, each a list with basic fields.

The personas' other fields are in the persona editor (``cxdesigner.ui.personas``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.canvas.items.persona_curves import next_persona_colour
from cxdesigner.document import JourneyDocument
from cxdesigner.document.cleanup import without_item
from cxdesigner.document.commands import AddItem, AddPersona, EditItem, ReplaceProjectState
from cxdesigner.document.rules import clean_name, unique_name
from cxdesigner.model import Channel, Entity, Interlocutor, Persona
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.inspector.fields import NoteEdit, RuleMessage, TypingField, push_edit
from cxdesigner.ui.inspector.typing import TypedItemEdit
from cxdesigner.ui.prompts import Prompts


@dataclass(frozen=True)
class Field:
    """A field of the entities of a panel: ``line``, ``note`` or ``check``."""

    name: str
    label: str
    kind: str = "line"


@dataclass(frozen=True)
class PanelTexts:
    """The words of a panel; the undo names go through the document's translations."""

    add: str
    delete: str
    details: str
    confirm: str
    add_undo: str
    edit_undo: str
    delete_undo: str


class EntityPanel(QWidget):
    """A list of the project's personas (or channels…) with a form for the selected one."""

    def __init__(self, document: JourneyDocument, prompts: Prompts, collection: str,
                 fields: list[Field], make: Callable[[], Entity], texts: PanelTexts,
                 parent: QWidget | None = None,
                 adding: Callable[[Entity], QUndoCommand] | None = None) -> None:
        super().__init__(parent)
        self._document, self._prompts = document, prompts
        self.collection, self._make, self._texts = collection, make, texts
        self._adding = adding or (lambda item: AddItem(
            document, collection, item, text=texts.add_undo))
        """The undo command that adds a new entity to the project."""
        self.list = QListWidget(self)
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(lambda _row: self._show_selected())
        self.add_button = QPushButton(texts.add, self)
        self.delete_button = QPushButton(texts.delete, self)
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete_selected)
        self.form_widget = QGroupBox(texts.details, self)
        form = QFormLayout(self.form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.refusal = RuleMessage(self.form_widget)
        form.addRow(self.refusal)
        self.typing: dict[str, TypingField] = {}
        self._shown_id: str | None = None
        self.checks: dict[str, QCheckBox] = {}
        for spec in fields:
            if spec.kind == "check":
                box = QCheckBox(spec.label, self.form_widget)
                box.toggled.connect(lambda on, name=spec.name: self._checked(name, on))
                self.checks[spec.name] = box
                form.addRow("", box)
                continue
            editor = QLineEdit(self.form_widget) if spec.kind == "line" \
                else NoteEdit(3, self.form_widget)
            self.typing[spec.name] = TypingField(editor, self._typer(spec.name), self,
                                                 clean_name if spec.name == "name" else None)
            form.addRow(spec.label, editor)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.form_widget)
        document.collection_changed.connect(self._on_collection_changed)
        document.project_replaced.connect(self.refresh)
        self.refresh()

    def items(self) -> list[Entity]:
        return list(getattr(self._document.project, self.collection))

    def selected(self) -> Entity | None:
        row = self.list.currentRow()
        items = self.items()
        return items[row] if 0 <= row < len(items) else None

    def refresh(self) -> None:
        """Show the list as it is in the project, keeping the selection by id."""
        chosen = self.selected()
        chosen_id = chosen.id if chosen is not None else None
        items = self.items()
        blocked = self.list.blockSignals(True)
        try:
            self.list.clear()
            for item in items:
                entry = QListWidgetItem(self._label(item), self.list)
                if isinstance(item, Persona):
                    entry.setIcon(_swatch(item.colour))
            ids = [item.id for item in items]
            row = ids.index(chosen_id) if chosen_id in ids else (0 if ids else -1)
            self.list.setCurrentRow(row)
        finally:
            self.list.blockSignals(blocked)
        self._show_selected()

    def _label(self, item: Entity) -> str:
        name = str(getattr(item, "name", ""))
        if isinstance(item, Channel) and item.digital:
            return translate("People", "%1 (digital)").replace("%1", name)
        if isinstance(item, Interlocutor) and item.role:
            return f"{name} — {item.role}"
        return name

    def _show_selected(self) -> None:
        item = self.selected()
        self.form_widget.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None)
        shown_id = item.id if item is not None else None
        if shown_id != self._shown_id:
            self.refusal.hide()
        for name, field in self.typing.items():
            if shown_id != self._shown_id:
                field.end_session()
            field.set_text(str(getattr(item, name)) if item is not None else "")
        self._shown_id = shown_id
        for name, box in self.checks.items():
            blocked = box.blockSignals(True)
            box.setChecked(bool(getattr(item, name)) if item is not None else False)
            box.blockSignals(blocked)

    def _on_collection_changed(self, name: str) -> None:
        if name == self.collection:
            self.refresh()

    def add(self) -> None:
        item = self._make()
        if not push_edit(self._document.undo_stack, lambda: self._adding(item), self.refusal):
            return
        self.list.setCurrentRow(len(self.items()) - 1)
        first = next(iter(self.typing.values()), None)
        if first is not None:
            first.editor.setFocus()
            if isinstance(first.editor, QLineEdit):
                first.editor.selectAll()

    def delete_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        name = str(getattr(item, "name", ""))
        if not self._prompts.confirm(self._texts.delete, self._texts.confirm.replace("%1", name),
                                     self._texts.delete):
            return
        try:
            after = without_item(self._document.project, self.collection, item.id)
        except ValueError as error:  # the copy would not be a sound project
            self._prompts.show_error(self._texts.delete, translate(
                "People", "Nothing was deleted: other parts of the project still need it."),
                str(error))
            return
        self._document.undo_stack.push(ReplaceProjectState(self._document, after,
                                                           self._texts.delete_undo))

    def _typer(self, name: str) -> Callable[[str, int], None]:
        return lambda text, session: self._typed(name, text, session)

    def _typed(self, name: str, text: str, session: int) -> None:
        item = self.selected()
        if item is not None:
            item_id = item.id
            push_edit(self._document.undo_stack, lambda: TypedItemEdit(
                self._document, self.collection, item_id, {name: text}, session,
                self._texts.edit_undo), self.refusal)

    def _checked(self, name: str, on: bool) -> None:
        item = self.selected()
        if item is not None:
            item_id = item.id
            push_edit(self._document.undo_stack, lambda: EditItem(
                self._document, self.collection, item_id, {name: on},
                text=self._texts.edit_undo), self.refusal)


def _new_name(document: JourneyDocument, collection: str, base: str) -> str:
    """``base``, numbered when the list already has it: names of a list differ."""
    return unique_name(base, (item.name for item in getattr(document.project, collection)))


def _persona(item: Entity) -> Persona:
    assert isinstance(item, Persona)
    return item


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


@dataclass(frozen=True)
class _PeopleTabs:
    """What the people dock shows, once made."""

    tabs: QTabWidget
    personas: EntityPanel
    channels: EntityPanel
    interlocutors: EntityPanel


class PeopleDock(QDockWidget):
    """Personas, channels and interlocutors of the project, in tabs.

    Signals:
        open_persona_editor(object): the persona editor is asked for, on a persona id
            (or None).
    """

    open_persona_editor = Signal(object)

    def __init__(self, document: JourneyDocument, prompts: Prompts,
                 parent: QWidget | None = None,
                 journey_in_view: Callable[[], str | None] = lambda: None) -> None:
        super().__init__(translate("People", "Personas and channels"), parent)
        self.setObjectName("peopleDock")
        self._document, self._prompts = document, prompts
        self._journey_in_view = journey_in_view
        self._built: _PeopleTabs | None = None
        # The dock starts behind the inspector's tab: its lists and forms are made the
        # first time it comes into view (before it is painted) or is asked for.
        self.visibilityChanged.connect(self._on_visibility_changed)

    @property
    def _parts(self) -> _PeopleTabs:
        if self._built is None:
            self._built = self._build()
        return self._built

    @property
    def tabs(self) -> QTabWidget:
        return self._parts.tabs

    @property
    def personas(self) -> EntityPanel:
        return self._parts.personas

    @property
    def channels(self) -> EntityPanel:
        return self._parts.channels

    @property
    def interlocutors(self) -> EntityPanel:
        return self._parts.interlocutors

    def is_built(self) -> bool:
        return self._built is not None

    def _on_visibility_changed(self, visible: bool) -> None:
        if visible:
            _ = self._parts

    def _build(self) -> _PeopleTabs:
        """The tabs of personas, channels and interlocutors, filled from the project."""
        tabs = QTabWidget(self)
        document, prompts, journey_in_view = self._document, self._prompts, self._journey_in_view
        tabs.setDocumentMode(True)
        personas = EntityPanel(document, prompts, "personas", [
            Field("name", translate("People", "Name:")),
            Field("quote", translate("People", "Quote:"), "note"),
        ], lambda: Persona(name=_new_name(document, "personas",
                                          translate("People", "New persona")),
                           colour=next_persona_colour(document.project.personas)), PanelTexts(
            translate("People", "Add persona"), translate("People", "Delete persona"),
            translate("People", "Selected persona"),
            translate("People", "Delete the persona “%1”? Its emotions, criticality and "
                                "verbatim links are removed everywhere."),
            QT_TRANSLATE_NOOP("Commands", "Add persona"),
            QT_TRANSLATE_NOOP("Commands", "Edit persona"),
            QT_TRANSLATE_NOOP("Commands", "Delete persona")), tabs,
            # A persona made while a journey is in view is one that journey is about.
            lambda persona: AddPersona(document, _persona(persona), journey_in_view(),
                                       QT_TRANSLATE_NOOP("Commands", "Add persona")))
        channels = EntityPanel(document, prompts, "channels", [
            Field("name", translate("People", "Name:")),
            Field("digital", translate("People", "Digital channel"), "check"),
        ], lambda: Channel(name=_new_name(document, "channels",
                                          translate("People", "New channel"))), PanelTexts(
            translate("People", "Add channel"), translate("People", "Delete channel"),
            translate("People", "Selected channel"),
            translate("People", "Delete the channel “%1”? The touchpoints on this channel "
                                "are left without a channel."),
            QT_TRANSLATE_NOOP("Commands", "Add channel"),
            QT_TRANSLATE_NOOP("Commands", "Edit channel"),
            QT_TRANSLATE_NOOP("Commands", "Delete channel")), tabs)
        interlocutors = EntityPanel(document, prompts, "interlocutors", [
            Field("name", translate("People", "Name:")),
            Field("role", translate("People", "Role:")),
            Field("human", translate("People", "A person (not a machine)"), "check"),
        ], lambda: Interlocutor(name=_new_name(document, "interlocutors",
                                               translate("People", "New interlocutor"))),
            PanelTexts(
            translate("People", "Add interlocutor"), translate("People", "Delete interlocutor"),
            translate("People", "Selected interlocutor"),
            translate("People", "Delete the interlocutor “%1”? The touchpoints with this "
                                "interlocutor are left without one."),
            QT_TRANSLATE_NOOP("Commands", "Add interlocutor"),
            QT_TRANSLATE_NOOP("Commands", "Edit interlocutor"),
            QT_TRANSLATE_NOOP("Commands", "Delete interlocutor")), tabs)
        self._add_editor_button(personas)
        tabs.addTab(personas, translate("People", "Personas"))
        tabs.addTab(channels, translate("People", "Channels"))
        tabs.addTab(interlocutors, translate("People", "Interlocutors"))
        self.setWidget(tabs)
        return _PeopleTabs(tabs, personas, channels, interlocutors)


    def _add_editor_button(self, panel: EntityPanel) -> None:
        """The full editor (needs, usages, photo, card…) from the basic list."""
        button = QPushButton(translate("People", "Open Persona Editor…"), panel)
        button.setToolTip(translate("People", "Needs, usages, behaviours, interactions, photo, "
                                              "segment, and the card as printed"))
        button.clicked.connect(lambda: self.open_persona_editor.emit(self._persona_id(panel)))
        panel.list.itemDoubleClicked.connect(
            lambda _item: self.open_persona_editor.emit(self._persona_id(panel)))
        layout = panel.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(2, button)

    @staticmethod
    def _persona_id(panel: EntityPanel) -> str | None:
        selected = panel.selected()
        return selected.id if selected is not None else None
