"""The voice-of-the-customer panel: every verbatim, filtered and searched, added in a stroke.

During a workshop the facilitator types what was said into the one-line field and presses
Enter: the verbatim goes to the touchpoint selected on the map, or to the verbatims not
attached yet; dragging a row onto a card of the map attaches it there.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.canvas import JourneyView
from cxdesigner.interface_language import interface_language
from cxdesigner.model import EmployeeMoment, Verbatim, VerbatimSource
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.labels import interface_label
from cxdesigner.ui.panels import add_bottom_panel
from cxdesigner.ui.voice.attach import VerbatimDropFilter, add_verbatim
from cxdesigner.ui.voice.rows import UNATTACHED, VerbatimFilter
from cxdesigner.ui.voice.table import (
    COLUMNS,
    VerbatimFilterProxy,
    VerbatimTableModel,
    VerbatimTableView,
)
from cxdesigner.vocabulary import employee_source_label

if TYPE_CHECKING:
    from cxdesigner.ui.main_window import MainWindow

_REFRESHING_COLLECTIONS = ("verbatims", "personas", "segments")


def _combo(parent: QWidget, everything: str, tip: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(everything, None)
    combo.setToolTip(tip)
    combo.setMinimumContentsLength(16)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


class VoiceDock(QDockWidget):
    """Lists the project's verbatims; adds new ones and attaches them to touchpoints."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(translate("VoicePanel", "Voice of the Customer"), window)
        self.setObjectName("voiceDock")
        self._window = window
        document = window.document
        body = QWidget(self)
        self.search = QLineEdit(body)
        self.search.setPlaceholderText(translate("VoicePanel", "Search the verbatims…"))
        self.search.setClearButtonEnabled(True)
        self.source = _combo(body, translate("VoicePanel", "All sources"),
                             translate("VoicePanel", "Show the verbatims of one source"))
        for source in VerbatimSource:
            self.source.addItem(interface_label(source), source.value)
        self.who = _combo(body, translate("VoicePanel", "All personas and segments"),
                          translate("VoicePanel", "Show the verbatims of one persona or segment"))
        self.journey = _combo(body, translate("VoicePanel", "All journeys"),
                              translate("VoicePanel", "Show the verbatims of one journey"))
        self.stage = _combo(body, translate("VoicePanel", "All stages"),
                            translate("VoicePanel", "Show the verbatims of one stage"))
        self.employee_only = QCheckBox(translate("VoicePanel", "Employees' moments only"), body)
        self.count = QLabel(body)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for widget in (self.source, self.who, self.journey, self.stage):
            filters.addWidget(widget, 1)
        filters.addWidget(self.employee_only)
        filters.addWidget(self.count)

        self.model = VerbatimTableModel(document, self)
        self.proxy = VerbatimFilterProxy(self.model, self)
        self.table = VerbatimTableView(body)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # map order until asked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # Two lines of a verbatim are readable on a projector; the tooltip has the rest.
        self.table.verticalHeader().setDefaultSectionSize(
            2 * self.table.fontMetrics().lineSpacing() + 10)
        self.table.setToolTip(translate(
            "VoicePanel", "Drag a verbatim onto a touchpoint of the map to attach it there; "
                          "double-click to show its touchpoint."))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("text"), QHeaderView.ResizeMode.Stretch)
        for key, width in (("source", 130), ("who", 150), ("moment", 165), ("place", 240),
                           ("date", 80), ("author", 170)):
            header.resizeSection(COLUMNS.index(key), width)
        self.table.doubleClicked.connect(lambda index: self.show_on_map(index.row()))

        self.entry = QLineEdit(body)
        self.entry.setPlaceholderText(translate(
            "VoicePanel", "Type what was said, then press Enter to add it"))
        self.entry.setClearButtonEnabled(True)
        self.entry_source = QComboBox(body)
        for source in VerbatimSource:
            if source is not VerbatimSource.EMPLOYEE:
                self.entry_source.addItem(interface_label(source), source.value)
        for moment in EmployeeMoment:
            self.entry_source.addItem(employee_source_label(moment, interface_language()),
                                      f"{VerbatimSource.EMPLOYEE.value}:{moment.value}")
        self.entry_source.setCurrentIndex(self.entry_source.findData(
            VerbatimSource.INTERVIEW.value))
        self.add_button = QPushButton(translate("VoicePanel", "Add"), body)
        self.where = QLabel(body)
        self.where.setEnabled(False)
        adding = QHBoxLayout()
        adding.addWidget(self.entry, 3)
        adding.addWidget(self.entry_source)
        adding.addWidget(self.add_button)
        adding.addWidget(self.where, 2)

        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(adding)
        self.setWidget(body)

        self.search.textChanged.connect(lambda _t: self.apply_filter())
        for combo in (self.source, self.who, self.journey, self.stage):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.journey.currentIndexChanged.connect(lambda _i: self._fill_stages())
        self.employee_only.toggled.connect(lambda _on: self.apply_filter())
        self.entry.returnPressed.connect(self.add_typed)
        self.add_button.clicked.connect(self.add_typed)
        document.collection_changed.connect(self._on_collection_changed)
        document.touchpoint_changed.connect(self._on_touchpoint_changed)
        document.structure_changed.connect(lambda _j: self.reload())
        document.stage_changed.connect(lambda _j, _s, _f: self.reload())
        document.journeys_changed.connect(self.reload)
        document.project_replaced.connect(self.reload)
        window.tabs.current_changed.connect(self.update_target)
        window.tabs.view_created.connect(self._watch_view)
        for view in window.tabs.views():
            self._watch_view(view)
        self._stale = True
        self.visibilityChanged.connect(self._on_visibility)
        self.reload()

    # ------------------------------------------------------------------ showing

    def reload(self) -> None:
        """Read the verbatims and the filters' choices again (put off while the panel is hidden)."""
        if self.isVisible():
            self._reload_now()
        else:
            self._stale = True

    def _on_visibility(self, visible: bool) -> None:
        if visible and self._stale:
            self._reload_now()

    def _reload_now(self) -> None:
        """Read the verbatims and the filters' choices again, keeping the selection."""
        self._stale = False
        selected = self.selected_id()
        self.model.reload()
        self._fill_choices()
        self.apply_filter()
        if selected is not None:
            self.select(selected)
        self.update_target()

    def _fill_choices(self) -> None:
        project = self._window.document.project
        who = [(p.name, p.id) for p in project.personas]
        who += [(translate("VoicePanel", "Segment: %1").replace("%1", s.name), s.id)
                for s in project.segments]
        journeys = [(j.name, j.id) for j in project.journeys]
        journeys.append((translate("VoicePanel", "Not attached yet"), UNATTACHED))
        _refill(self.who, who)
        _refill(self.journey, journeys)
        self._fill_stages()

    def _fill_stages(self) -> None:
        journey_id = self.journey.currentData()
        stages = []
        for journey in self._window.document.project.journeys:
            if journey_id in (None, journey.id):
                many = journey_id is None and len(self._window.document.project.journeys) > 1
                stages += [(f"{stage.name} ({journey.name})" if many else stage.name, stage.id)
                           for stage in journey.stages]
        _refill(self.stage, stages)
        self.stage.setEnabled(journey_id != UNATTACHED)

    def criteria(self) -> VerbatimFilter:
        """The filter the panel's fields describe."""
        source = self.source.currentData()
        return VerbatimFilter(
            source=VerbatimSource(source) if source else None, who=self.who.currentData(),
            journey_id=self.journey.currentData(), stage_id=self.stage.currentData(),
            employee_only=self.employee_only.isChecked(), search=self.search.text())

    def apply_filter(self) -> None:
        self.proxy.set_criteria(self.criteria())
        self.count.setText(translate("VoicePanel", "%1 of %2 verbatims").replace(
            "%1", str(self.proxy.rowCount())).replace("%2", str(self.model.rowCount())))

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0].row()).verbatim.id if rows else None

    def select(self, verbatim_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.row_at(row).verbatim.id == verbatim_id:
                self.table.selectRow(row)
                return

    def show_on_map(self, proxy_row: int) -> None:
        """Show the touchpoint of a verbatim on its map, selected."""
        row = self.proxy.row_at(proxy_row)
        if row.journey_id is None or row.touchpoint_id is None:
            return
        self._window.tabs.show_journey(row.journey_id)
        view = self._window.tabs.current_view()
        if view is not None:
            view.select_touchpoint(row.touchpoint_id)

    # ------------------------------------------------------------------ adding

    def target(self) -> tuple[str, str] | None:
        """The (journey, touchpoint) a typed verbatim goes to: the one selected on the map."""
        view = self._window.tabs.current_view()
        if view is None:
            return None
        selected = view.selected_touchpoint_ids()
        return (view.journey_id, selected[0]) if len(selected) == 1 else None

    def update_target(self) -> None:
        target = self.target()
        if target is None:
            self.where.setText(translate(
                "VoicePanel", "Goes to the verbatims not attached yet (select a touchpoint on "
                              "the map to attach it)"))
        else:
            title = self._window.document.touchpoint(*target).title
            self.where.setText(translate("VoicePanel", "Goes to “%1”").replace("%1", title))

    def add_typed(self) -> None:
        """Add the typed verbatim with the chosen source, to the selected touchpoint if any."""
        text = self.entry.text().strip()
        if not text or self._window.read_only:
            return
        # "source" or "employee:<moment>" (an employee's moment of tension or positive moment)
        source, _, moment = str(self.entry_source.currentData()).partition(":")
        criteria = self.criteria()
        project = self._window.document.project
        persona = criteria.who if any(p.id == criteria.who for p in project.personas) else None
        segment = criteria.who if any(s.id == criteria.who for s in project.segments) else None
        verbatim = Verbatim(text=text, source=VerbatimSource(source),
                            employee_moment=EmployeeMoment(moment) if moment else None,
                            date=dt.date.today(), persona_id=persona, segment_id=segment)
        add_verbatim(self._window.document, verbatim, self.target())
        self.entry.clear()
        self.select(verbatim.id)

    # ------------------------------------------------------------------ signals

    def _watch_view(self, view: JourneyView) -> None:
        view.selection_changed.connect(self.update_target)
        VerbatimDropFilter(self._window, view)

    def _on_collection_changed(self, name: str) -> None:
        if name in _REFRESHING_COLLECTIONS:
            self.reload()

    def _on_touchpoint_changed(self, _journey_id: str, _touchpoint_id: str,
                               fields: list[str]) -> None:
        if {"verbatims", "title"} & set(fields):
            self.reload()


def _refill(combo: QComboBox, entries: list[tuple[str, str]]) -> None:
    """Replace the entries after the first ("all …"), keeping the choice when it remains."""
    chosen = combo.currentData()
    blocked = combo.blockSignals(True)
    try:
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in entries:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
    finally:
        combo.blockSignals(blocked)


def install_voice(window: MainWindow) -> VoiceDock:
    """Give ``window`` the voice panel (View ▸ Panels), below the map, hidden at first."""
    dock = VoiceDock(window)
    add_bottom_panel(window, dock)
    if window.read_only:
        dock.entry.setEnabled(False)
        dock.add_button.setEnabled(False)
    return dock
