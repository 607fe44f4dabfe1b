"""The inspector dock: shows the form of what is selected on the map."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QScrollArea, QStackedWidget, QWidget
from typing_extensions import override

from cxdesigner.document import JourneyDocument
from cxdesigner.ui.i18n import translate

if TYPE_CHECKING:
    from cxdesigner.ui.inspector.blueprint_form import BlueprintItemForm
    from cxdesigner.ui.inspector.note_form import NoteForm
    from cxdesigner.ui.inspector.other_forms import JourneyForm, StageForm
    from cxdesigner.ui.inspector.touchpoint_form import TouchpointForm

TOUCHPOINT_PAGE, STAGE_PAGE, JOURNEY_PAGE, BLUEPRINT_PAGE, NOTE_PAGE = range(5)
"""The pages of the forms, in the dock's stack (the message comes after them)."""

FormT = TypeVar("FormT", bound=QWidget)


PREFERRED_WIDTH = 360
"""How wide the dock's pages would like to be, whichever forms are built yet."""


class _FormPage(QScrollArea):
    """A page of the dock: its form scrolls up and down, never sideways.

    Its minimum width holds its form (with the scroll bar beside it), so a form built after
    the window opened widens a dock too narrow for it instead of being cut; its preferred
    width does not follow the form, so a form built on a first click does not move the
    dock's edge.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    @override
    def sizeHint(self) -> QSize:
        return QSize(PREFERRED_WIDTH, super().sizeHint().height())

    @override
    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        form = self.widget()
        if form is None:
            return hint
        least = form.minimumSizeHint().expandedTo(form.minimumSize()).width()
        width = least + self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), width), hint.height())


class InspectorDock(QDockWidget):
    """Edits the selected touchpoint, stage, sticky note or blueprint item, else the journey.

    A window opens with nothing selected: each form is built the first time it is asked
    for (shown, or read by its property), which keeps them out of the editor's start.

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
        self._forms: dict[int, QWidget] = {}
        self.pages = QStackedWidget(self)
        for _page in range(NOTE_PAGE + 1):
            self.pages.addWidget(_FormPage(self.pages))
        self.message = QLabel(self.pages)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setEnabled(False)
        self.pages.addWidget(self.message)
        self.setWidget(self.pages)
        self.setMinimumWidth(330)
        document.touchpoint_changed.connect(self._on_touchpoint_changed)
        document.stage_changed.connect(self._on_stage_changed)
        document.note_changed.connect(self._on_note_changed)
        document.structure_changed.connect(self._on_structure_changed)
        document.journeys_changed.connect(self._on_journeys_changed)
        document.project_changed.connect(self._on_project_changed)
        document.collection_changed.connect(self._on_collection_changed)
        document.project_replaced.connect(self._on_project_replaced)
        self.show_message(translate("Inspector", "Nothing to inspect."))

    # The form modules are imported with their form: the note form brings the picture
    # viewer and Pillow, none of which a window needs before something is selected.

    @property
    def touchpoint_form(self) -> TouchpointForm:
        from cxdesigner.ui.inspector.touchpoint_form import TouchpointForm

        def connect(form: TouchpointForm) -> None:
            form.picture.told.connect(self.told)
            form.detail.journey_requested.connect(self.journey_requested)

        return self._form(TOUCHPOINT_PAGE, TouchpointForm, connect)

    @property
    def stage_form(self) -> StageForm:
        from cxdesigner.ui.inspector.other_forms import StageForm

        return self._form(STAGE_PAGE, StageForm, lambda form: form.picture.told.connect(self.told))

    @property
    def journey_form(self) -> JourneyForm:
        from cxdesigner.ui.inspector.other_forms import JourneyForm

        return self._form(JOURNEY_PAGE, JourneyForm)

    @property
    def blueprint_form(self) -> BlueprintItemForm:
        from cxdesigner.ui.inspector.blueprint_form import BlueprintItemForm

        return self._form(BLUEPRINT_PAGE, BlueprintItemForm)

    @property
    def note_form(self) -> NoteForm:
        from cxdesigner.ui.inspector.note_form import NoteForm

        return self._form(NOTE_PAGE, NoteForm, lambda form: form.picture.told.connect(self.told))

    def _form(self, page: int, make: Callable[[JourneyDocument], FormT],
              connect: Callable[[FormT], object] | None = None) -> FormT:
        """The form of ``page``: built, connected and put in its page the first time."""
        form = self._forms.get(page)
        if form is None:
            form = make(self._document)
            form.setContentsMargins(6, 6, 6, 6)
            area = self.pages.widget(page)
            assert isinstance(area, QScrollArea)
            area.setWidget(form)
            self._forms[page] = form
            if connect is not None:
                connect(form)
        return form  # type: ignore[return-value]  # the one ``make`` built for this page

    def _is_showing(self, page: int) -> bool:
        """Whether the form of ``page`` is the one shown (it is built, then)."""
        return self.pages.currentIndex() == page

    def show_touchpoint(self, journey_id: str, touchpoint_id: str) -> None:
        self.touchpoint_form.load(journey_id, touchpoint_id)
        self.pages.setCurrentIndex(TOUCHPOINT_PAGE)

    def show_stage(self, journey_id: str, stage_id: str) -> None:
        self.stage_form.load(journey_id, stage_id)
        self.pages.setCurrentIndex(STAGE_PAGE)

    def show_journey(self, journey_id: str) -> None:
        self.journey_form.load(journey_id)
        self.pages.setCurrentIndex(JOURNEY_PAGE)

    def show_blueprint_item(self, journey_id: str, item_id: str) -> None:
        self.blueprint_form.load(journey_id, item_id)
        self.pages.setCurrentIndex(BLUEPRINT_PAGE)

    def show_note(self, journey_id: str, note_id: str) -> None:
        self.note_form.load(journey_id, note_id)
        self.pages.setCurrentIndex(NOTE_PAGE)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.pages.setCurrentWidget(self.message)

    def _on_touchpoint_changed(self, journey_id: str, touchpoint_id: str,
                               fields: list[str]) -> None:
        if not self._is_showing(TOUCHPOINT_PAGE):
            return
        form = self.touchpoint_form
        if (journey_id, touchpoint_id) == (form.journey_id, form.touchpoint_id):
            form.refresh()
        elif "details_journey_id" in fields:
            form.detail.refresh()  # another step's link may make or unmake a cycle

    def _on_stage_changed(self, journey_id: str, stage_id: str, _fields: list[str]) -> None:
        if self._is_showing(STAGE_PAGE) and (journey_id, stage_id) == (
                self.stage_form.journey_id, self.stage_form.stage_id):
            self.stage_form.refresh()

    def _on_note_changed(self, journey_id: str, note_id: str, _fields: list[str]) -> None:
        if self._is_showing(NOTE_PAGE) and (journey_id, note_id) == (
                self.note_form.journey_id, self.note_form.note_id):
            self.note_form.refresh()

    def _on_structure_changed(self, journey_id: str) -> None:
        page = self.pages.currentIndex()
        if page == TOUCHPOINT_PAGE and journey_id == self.touchpoint_form.journey_id:
            if self.touchpoint_form.touchpoint() is None:
                self.show_journey(journey_id)
            else:
                self.touchpoint_form.refresh()
        elif page == STAGE_PAGE and journey_id == self.stage_form.journey_id:
            self._show_stage_or_journey()
        elif page == BLUEPRINT_PAGE and journey_id == self.blueprint_form.journey_id:
            if self.blueprint_form.item() is None:
                self.show_journey(journey_id)
            else:
                self.blueprint_form.refresh()
        elif page == NOTE_PAGE and journey_id == self.note_form.journey_id:
            if self.note_form.note() is None:
                self.show_journey(journey_id)
            else:
                self.note_form.refresh()
        # The journey's form shows nothing of its stages, steps, flows or notes: it follows
        # journeys_changed, collection_changed and project_changed.

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
        if self._is_showing(JOURNEY_PAGE):
            if self.journey_form.journey() is None:
                self.show_message(translate("Inspector", "Nothing to inspect."))
            else:
                self.journey_form.refresh()
        elif self._is_showing(TOUCHPOINT_PAGE):
            self.touchpoint_form.refresh()

    def _on_project_changed(self, _fields: list[str]) -> None:
        if JOURNEY_PAGE in self._forms:  # a form not built yet reads the project when shown
            self.journey_form.refresh()

    def _on_collection_changed(self, name: str) -> None:
        if name in ("channels", "interlocutors", "personas"):
            if self._is_showing(TOUCHPOINT_PAGE):
                self.touchpoint_form.refresh()
            elif self._is_showing(JOURNEY_PAGE):
                self.journey_form.refresh()

    def _on_project_replaced(self) -> None:
        """After an undo of a far-reaching edit, or another file: show what still exists."""
        page = self.pages.currentIndex()
        if page == TOUCHPOINT_PAGE and self.touchpoint_form.touchpoint() is not None:
            self.touchpoint_form.refresh()
        elif page == STAGE_PAGE and self.stage_form.journey_id is not None:
            try:
                self._show_stage_or_journey()
            except KeyError:
                self.show_message(translate("Inspector", "Nothing to inspect."))
        elif page == JOURNEY_PAGE and self.journey_form.journey() is not None:
            self.journey_form.refresh()
        elif page == BLUEPRINT_PAGE and self.blueprint_form.item() is not None:
            self.blueprint_form.refresh()
        elif page == NOTE_PAGE and self.note_form.note() is not None:
            self.note_form.refresh()
        else:
            self.show_message(translate("Inspector", "Nothing to inspect."))
