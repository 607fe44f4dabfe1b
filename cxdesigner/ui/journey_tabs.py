"""The journeys of the project as tabs, one map view each, kept in step with the document."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from cxdesigner.canvas import JourneyView
from cxdesigner.document import JourneyDocument
from cxdesigner.interface_language import interface_language
from cxdesigner.model import Journey, JourneyKind
from cxdesigner.model.text import fold
from cxdesigner.ui.breadcrumb import JourneyBreadcrumb
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.labels import interface_label
from cxdesigner.vocabulary import LANGUAGES, journey_kind_word

_TARGET_WORDS = {fold(journey_kind_word(JourneyKind.TARGET, language)) for language in LANGUAGES}
"""A name holding one of these words says already that it is a target journey."""


def tab_text(journey: Journey) -> str:
    """The journey's name, marked "(target)" when it is a target journey.

    A name that says it already (``Achat — cible``, ``Checkout TARGET``: the kind as a word,
    in any case and with or without accents, in French or English) is shown as it is.
    """
    if journey.kind is not JourneyKind.TARGET or _TARGET_WORDS & set(re.findall(
            r"\w+", fold(journey.name))):
        return journey.name
    return f"{journey.name} ({journey_kind_word(JourneyKind.TARGET, interface_language())})"


class JourneyTabs(QStackedWidget):
    """A tab per journey, or a short explanation when the project has none.

    Signals:
        view_created(JourneyView): a map view was made for a journey (to connect it).
        current_changed: another journey is shown.
    """

    view_created = Signal(object)
    current_changed = Signal()

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._focus_to_new_map = False
        """Whether the map of the project opened next takes the keyboard (the old one had it)."""
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setObjectName("journeyTabs")
        self.empty = QWidget(self)
        hint = QLabel(translate("Tabs", "This project has no journey yet.\n"
                                        "Use Journey ▸ New Journey to start one."), self.empty)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setEnabled(False)
        QVBoxLayout(self.empty).addWidget(hint)
        self.breadcrumb = JourneyBreadcrumb(document, self)
        """Where the journey in view comes from, above its map."""
        self.breadcrumb.step_requested.connect(self.show_step)
        self.page = QWidget(self)
        page = QVBoxLayout(self.page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        page.addWidget(self.breadcrumb)
        page.addWidget(self.tabs)
        self.addWidget(self.page)
        self.addWidget(self.empty)
        self._views: dict[str, JourneyView] = {}
        self.tabs.currentChanged.connect(lambda _index: self.current_changed.emit())
        self.current_changed.connect(self._follow_breadcrumb)
        document.journeys_changed.connect(self.sync)
        document.project_replaced.connect(self.sync)
        document.touchpoint_changed.connect(self._on_touchpoint_changed)
        document.structure_changed.connect(self._on_structure_changed)
        self.sync()

    def views(self) -> list[JourneyView]:
        return [self._views[j.id] for j in self._document.project.journeys if j.id in self._views]

    def current_view(self) -> JourneyView | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, JourneyView) else None

    def current_journey_id(self) -> str | None:
        view = self.current_view()
        return next((jid for jid, v in self._views.items() if v is view), None)

    def _on_journey_requested(self, journey_id: str) -> None:
        self.show_journey(journey_id)
        view = self.current_view()
        if view is not None:
            view.setFocus()

    def show_journey(self, journey_id: str) -> None:
        view = self._views.get(journey_id)
        if view is not None:
            self.tabs.setCurrentWidget(view)

    def show_step(self, journey_id: str, touchpoint_id: str) -> None:
        """Show the map of ``journey_id`` with the step ``touchpoint_id`` selected."""
        self.show_journey(journey_id)
        view = self.current_view()
        if view is not None and view.journey_id == journey_id:
            view.select_touchpoint(touchpoint_id)
            view.setFocus()

    def _follow_breadcrumb(self) -> None:
        self.breadcrumb.show_journey(self.current_journey_id())

    def _on_structure_changed(self, _journey_id: str) -> None:
        self.breadcrumb.refresh()  # a linking step may have been added or removed

    def _on_touchpoint_changed(self, _journey_id: str, _touchpoint_id: str,
                               fields: list[str]) -> None:
        if {"title", "details_journey_id"} & set(fields):
            self.breadcrumb.refresh()

    def rebuild(self) -> None:
        """Drop every view: another project is about to be opened, whose journeys may share
        ids with these; its views are made once it is there (``project_replaced``)."""
        # The map that has the keyboard goes with its project: the new one takes it over.
        self._focus_to_new_map = self.isAncestorOf(self.window().focusWidget())
        blocked = self.tabs.blockSignals(True)
        try:
            self.tabs.clear()
        finally:
            self.tabs.blockSignals(blocked)
        for view in self._views.values():
            view.deleteLater()
        self._views.clear()

    def sync(self) -> None:
        """Match the tabs to the journeys: add, remove, reorder, rename."""
        journeys = self._document.project.journeys
        wanted = {journey.id for journey in journeys}
        current = self.current_journey_id()
        # Signals wait until the tabs match the journeys: while a tab is removed, the one Qt
        # shows in its place may be of a journey the project no longer has.
        blocked = self.tabs.blockSignals(True)
        try:
            for journey_id in [jid for jid in self._views if jid not in wanted]:
                view = self._views.pop(journey_id)
                self.tabs.removeTab(self.tabs.indexOf(view))
                view.deleteLater()
            for index, journey in enumerate(journeys):
                known = self._views.get(journey.id)
                if known is None:
                    view = JourneyView(self._document, journey.id, self.tabs)
                    self._views[journey.id] = view
                    self.tabs.insertTab(index, view, tab_text(journey))
                    view.journey_requested.connect(self._on_journey_requested)
                    self.view_created.emit(view)
                elif self.tabs.indexOf(known) != index:
                    self.tabs.removeTab(self.tabs.indexOf(known))
                    self.tabs.insertTab(index, known, tab_text(journey))
                self.tabs.setTabText(index, tab_text(journey))
                self.tabs.setTabToolTip(index, interface_label(journey.kind))
        finally:
            self.tabs.blockSignals(blocked)
        if current in self._views:
            self.tabs.setCurrentWidget(self._views[current])
        self.setCurrentWidget(self.page if journeys else self.empty)
        self.current_changed.emit()
        if self._focus_to_new_map:
            self._focus_to_new_map = False
            shown = self.current_view()
            if shown is not None:
                shown.setFocus()
