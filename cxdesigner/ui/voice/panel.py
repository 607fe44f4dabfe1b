"""The voice-of-the-customer panel: every verbatim, filtered and searched, added in a stroke.

During a workshop the facilitator types what was said into the one-line field and presses
Enter: the verbatim goes to the touchpoint selected on the map, or to the verbatims not
attached yet; dragging a row onto a card of the map attaches it there.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from cxdesigner.interface_language import interface_language
from cxdesigner.model import EmployeeMoment, Verbatim, VerbatimSource
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.labels import interface_label
from cxdesigner.ui.panel_context import PanelContext
from cxdesigner.ui.voice.attach import add_verbatim
from cxdesigner.ui.voice.rows import UNATTACHED, VerbatimFilter
from cxdesigner.ui.voice.table import (
    COLUMNS,
    VerbatimFilterProxy,
    VerbatimTableModel,
    VerbatimTableView,
)
from cxdesigner.vocabulary import employee_source_label

_REFRESHING_COLLECTIONS = ("verbatims", "personas", "segments")


def _combo(parent: QWidget, everything: str, tip: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(everything, None)
    combo.setToolTip(tip)
    combo.setMinimumContentsLength(16)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


class VoicePanel(QWidget):
    """Lists the project's verbatims; adds new ones and attaches them to touchpoints."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        document = context.document
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("VoicePanel", "Search the verbatims…"))
        self.search.setClearButtonEnabled(True)
        self.source = _combo(self, translate("VoicePanel", "All sources"),
                             translate("VoicePanel", "Show the verbatims of one source"))
        for source in VerbatimSource:
            self.source.addItem(interface_label(source), source.value)
        self.who = _combo(self, translate("VoicePanel", "All personas and segments"),
                          translate("VoicePanel", "Show the verbatims of one persona or segment"))
        self.journey = _combo(self, translate("VoicePanel", "All journeys"),
                              translate("VoicePanel", "Show the verbatims of one journey"))
        self.stage = _combo(self, translate("VoicePanel", "All stages"),
                            translate("VoicePanel", "Show the verbatims of one stage"))
        self.employee_only = QCheckBox(translate("VoicePanel", "Employees' moments only"), self)
        self.count = QLabel(self)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for widget in (self.source, self.who, self.journey, self.stage):
            filters.addWidget(widget, 1)
        filters.addWidget(self.employee_only)
        filters.addWidget(self.count)

        self.model = VerbatimTableModel(document, self)
        self.proxy = VerbatimFilterProxy(self.model, self)
        self.table = VerbatimTableView(self)
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

        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(translate(
            "VoicePanel", "Type what was said, then press Enter to add it"))
        self.entry.setClearButtonEnabled(True)
        self.entry_source = QComboBox(self)
        for source in VerbatimSource:
            if source is not VerbatimSource.EMPLOYEE:
                self.entry_source.addItem(interface_label(source), source.value)
        for moment in EmployeeMoment:
            self.entry_source.addItem(employee_source_label(moment, interface_language()),
                                      f"{VerbatimSource.EMPLOYEE.value}:{moment.value}")
        self.entry_source.setCurrentIndex(self.entry_source.findData(
            VerbatimSource.INTERVIEW.value))
        self.add_button = QPushButton(translate("VoicePanel", "Add"), self)
        self.where = QLabel(self)
        self.where.setEnabled(False)
        adding = QHBoxLayout()
        adding.addWidget(self.entry, 3)
        adding.addWidget(self.entry_source)
        adding.addWidget(self.add_button)
        adding.addWidget(self.where, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(adding)
        if context.read_only:
            self.entry.setEnabled(False)
            self.add_button.setEnabled(False)

        self.search.textChanged.connect(lambda _t: self.apply_filter())
        for combo in (self.source, self.who, self.journey, self.stage):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.journey.currentIndexChanged.connect(lambda _i: self._fill_stages())
        self.employee_only.toggled.connect(lambda _on: self.apply_filter())
        self.entry.returnPressed.connect(self.add_typed)
        self.add_button.clicked.connect(self.add_typed)
        document.collection_changed.connect(self._on_collection_changed)
        document.touchpoint_changed.connect(self._on_touchpoint_changed)
        document.structure_changed.connect(self._on_structure_changed)
        document.stage_changed.connect(self._on_stage_changed)
        document.journeys_changed.connect(self.reload)
        document.project_replaced.connect(self.reload)
        context.journey_changed.connect(self.update_target)
        context.selection_changed.connect(self.update_target)
        self._stale = True
        self.reload()

    # ------------------------------------------------------------------ showing

    def _on_structure_changed(self, _journey_id: str) -> None:
        self.reload()

    def _on_stage_changed(self, _journey_id: str, _stage_id: str, _fields: list[str]) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the verbatims and the filters' choices again (put off while the panel is hidden)."""
        if self.isVisible():
            self._reload_now()
        else:
            self._stale = True

    @override
    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._reload_now()
        super().showEvent(event)

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
        project = self._context.document.project
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
        journeys = self._context.document.project.journeys
        for journey in journeys:
            if journey_id in (None, journey.id):
                many = journey_id is None and len(journeys) > 1
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
        if row.journey_id is not None and row.touchpoint_id is not None:
            self._context.show_touchpoint(row.journey_id, row.touchpoint_id)

    # ------------------------------------------------------------------ adding

    def target(self) -> tuple[str, str] | None:
        """The (journey, touchpoint) a typed verbatim goes to: the one selected on the map."""
        journey_id = self._context.journey_id()
        selected = self._context.selected_touchpoint_ids()
        return (journey_id, selected[0]) if journey_id is not None and len(selected) == 1 \
            else None

    def update_target(self) -> None:
        target = self.target()
        if target is None:
            self.where.setText(translate(
                "VoicePanel", "Goes to the verbatims not attached yet (select a touchpoint on "
                              "the map to attach it)"))
        else:
            title = self._context.document.touchpoint(*target).title
            self.where.setText(translate("VoicePanel", "Goes to “%1”").replace("%1", title))

    def add_typed(self) -> None:
        """Add the typed verbatim with the chosen source, to the selected touchpoint if any."""
        text = self.entry.text().strip()
        if not text or self._context.read_only:
            return
        # "source" or "employee:<moment>" (an employee's moment of tension or positive moment)
        source, _, moment = str(self.entry_source.currentData()).partition(":")
        criteria = self.criteria()
        project = self._context.document.project
        persona = criteria.who if any(p.id == criteria.who for p in project.personas) else None
        segment = criteria.who if any(s.id == criteria.who for s in project.segments) else None
        verbatim = Verbatim(text=text, source=VerbatimSource(source),
                            employee_moment=EmployeeMoment(moment) if moment else None,
                            date=dt.date.today(), persona_id=persona, segment_id=segment)
        add_verbatim(self._context.document, verbatim, self.target())
        self.entry.clear()
        self.select(verbatim.id)

    # ------------------------------------------------------------------ signals

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

