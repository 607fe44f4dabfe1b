"""The inspector dock: shows the form of what is selected on the map."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QScrollArea, QStackedWidget, QWidget

from cxdesigner.document import JourneyDocument
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.inspector.blueprint_form import BlueprintItemForm
from cxdesigner.ui.inspector.note_form import NoteForm
from cxdesigner.ui.inspector.other_forms import JourneyForm, StageForm
from cxdesigner.ui.inspector.touchpoint_form import TouchpointForm


def _scrolling(widget: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


class InspectorDock(QDockWidget):
    """Edits the selected touchpoint, stage, sticky note or blueprint item, else the journey.

    Signals:
        journey_requested(str): the user asked to see the journey of this id.
        told(str): something to tell the user in the status bar.
    """

    journey_requested = Signal(str)
    told = Signal(str)

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(translate("Inspector", "Inspector"), parent)
        self.setObjectName("inspectorDock")
        self._document = document
        self.pages = QStackedWidget(self)
        self.touchpoint_form = TouchpointForm(document)
        self.stage_form = StageForm(document)
        self.journey_form = JourneyForm(document)
        self.blueprint_form = BlueprintItemForm(document)
        self.note_form = NoteForm(document)
        self.message = QLabel(self.pages)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setEnabled(False)
        for form in (self.touchpoint_form, self.stage_form, self.journey_form,
                     self.blueprint_form, self.note_form):
            form.setContentsMargins(6, 6, 6, 6)
            self.pages.addWidget(_scrolling(form, self.pages))
        self.pages.addWidget(self.message)
        self.setWidget(self.pages)
        self.setMinimumWidth(330)
        for section in (self.touchpoint_form.picture, self.stage_form.picture,
                        self.note_form.picture):
            section.told.connect(self.told)
        self.touchpoint_form.detail.journey_requested.connect(self.journey_requested)
        document.touchpoint_changed.connect(self._on_touchpoint_changed)
        document.stage_changed.connect(self._on_stage_changed)
        document.note_changed.connect(self._on_note_changed)
        document.structure_changed.connect(self._on_structure_changed)
        document.journeys_changed.connect(self._on_journeys_changed)
        document.project_changed.connect(lambda _fields: self.journey_form.refresh())
        document.collection_changed.connect(self._on_collection_changed)
        document.project_replaced.connect(self._on_project_replaced)
        self.show_message(translate("Inspector", "Nothing to inspect."))

    def _current(self) -> QWidget | None:
        page = self.pages.currentWidget()
        return page.widget() if isinstance(page, QScrollArea) else None

    def show_touchpoint(self, journey_id: str, touchpoint_id: str) -> None:
        self.touchpoint_form.load(journey_id, touchpoint_id)
        self.pages.setCurrentIndex(0)

    def show_stage(self, journey_id: str, stage_id: str) -> None:
        self.stage_form.load(journey_id, stage_id)
        self.pages.setCurrentIndex(1)

    def show_journey(self, journey_id: str) -> None:
        self.journey_form.load(journey_id)
        self.pages.setCurrentIndex(2)

    def show_blueprint_item(self, journey_id: str, item_id: str) -> None:
        self.blueprint_form.load(journey_id, item_id)
        self.pages.setCurrentIndex(3)

    def show_note(self, journey_id: str, note_id: str) -> None:
        self.note_form.load(journey_id, note_id)
        self.pages.setCurrentIndex(4)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.pages.setCurrentWidget(self.message)

    def _on_touchpoint_changed(self, journey_id: str, touchpoint_id: str,
                               fields: list[str]) -> None:
        form = self.touchpoint_form
        if self._current() is not form:
            return
        if (journey_id, touchpoint_id) == (form.journey_id, form.touchpoint_id):
            form.refresh()
        elif "details_journey_id" in fields:
            form.detail.refresh()  # another step's link may make or unmake a cycle

    def _on_stage_changed(self, journey_id: str, stage_id: str, _fields: list[str]) -> None:
        form = self.stage_form
        if self._current() is form and (journey_id, stage_id) == (form.journey_id,
                                                                  form.stage_id):
            form.refresh()

    def _on_note_changed(self, journey_id: str, note_id: str, _fields: list[str]) -> None:
        form = self.note_form
        if self._current() is form and (journey_id, note_id) == (form.journey_id,
                                                                 form.note_id):
            form.refresh()

    def _on_structure_changed(self, journey_id: str) -> None:
        current = self._current()
        if current is self.touchpoint_form and journey_id == self.touchpoint_form.journey_id:
            if self.touchpoint_form.touchpoint() is None:
                self.show_journey(journey_id)
            else:
                self.touchpoint_form.refresh()
        elif current is self.stage_form and journey_id == self.stage_form.journey_id:
            self._show_stage_or_journey()
        elif current is self.blueprint_form and journey_id == self.blueprint_form.journey_id:
            if self.blueprint_form.item() is None:
                self.show_journey(journey_id)
            else:
                self.blueprint_form.refresh()
        elif current is self.note_form and journey_id == self.note_form.journey_id:
            if self.note_form.note() is None:
                self.show_journey(journey_id)
            else:
                self.note_form.refresh()
        elif current is self.journey_form and journey_id == self.journey_form.journey_id:
            self.journey_form.refresh()  # its summary of the blueprint

    def _show_stage_or_journey(self) -> None:
        form = self.stage_form
        assert form.journey_id is not None and form.stage_id is not None
        try:
            self._document.stage(form.journey_id, form.stage_id)
        except KeyError:
            self.show_journey(form.journey_id)
        else:
            form.refresh()

    def _on_journeys_changed(self) -> None:
        if self._current() is self.journey_form:
            if self.journey_form.journey() is None:
                self.show_message(translate("Inspector", "Nothing to inspect."))
            else:
                self.journey_form.refresh()
        elif self._current() is self.touchpoint_form:
            self.touchpoint_form.refresh()

    def _on_collection_changed(self, name: str) -> None:
        if name in ("channels", "interlocutors", "personas"):
            current = self._current()
            if current is self.touchpoint_form:
                self.touchpoint_form.refresh()
            elif current is self.journey_form:
                self.journey_form.refresh()

    def _on_project_replaced(self) -> None:
        """After an undo of a far-reaching edit, or another file: show what still exists."""
        current = self._current()
        if current is self.touchpoint_form and self.touchpoint_form.touchpoint() is not None:
            self.touchpoint_form.refresh()
        elif current is self.stage_form and self.stage_form.journey_id is not None:
            try:
                self._show_stage_or_journey()
            except KeyError:
                self.show_message(translate("Inspector", "Nothing to inspect."))
        elif current is self.journey_form and self.journey_form.journey() is not None:
            self.journey_form.refresh()
        elif current is self.blueprint_form and self.blueprint_form.item() is not None:
            self.blueprint_form.refresh()
        elif current is self.note_form and self.note_form.note() is not None:
            self.note_form.refresh()
        else:
            self.show_message(translate("Inspector", "Nothing to inspect."))
