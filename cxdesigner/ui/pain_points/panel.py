"""The pain-point panel: the journey's irritants ranked, its opportunities, and dot voting.

While a dot vote runs, a click on a row (or the + key) gives it one dot of the active
group, - takes one back, and the keys 1 to 9 choose the group; every vote is one step of
Edit ▸ Undo.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from cxdesigner.analysis.pain_points import SCORE_RULE
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.pain_points.ranking import OpportunityModel, PainPointModel, RankingModel
from cxdesigner.ui.pain_points.voting import VotingController
from cxdesigner.ui.panel_context import PanelContext

_RANKING_FIELDS = {"irritants", "opportunities", "criticality", "persona_criticality",
                   "emotion", "persona_emotions", "moment", "title"}
_VOTE_KEYS = (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Space)
_WITHDRAW_KEYS = (Qt.Key.Key_Minus, Qt.Key.Key_Backspace)


def _table(model: RankingModel, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(model.COLUMNS.index("text"), QHeaderView.ResizeMode.Stretch)
    widths = {"rank": 36, "score": 60, "votes": 60, "severity": 64, "criticality": 110,
              "moment": 110, "emotion": 150, "stage": 140, "touchpoint": 190, "pillars": 180}
    for column, key in enumerate(model.COLUMNS):
        if key in widths:
            header.resizeSection(column, widths[key])
    return table


class PainPointsPanel(QWidget):
    """Ranks the irritants and opportunities of the journey shown, and runs dot votes."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        document = context.document
        self.voting = VotingController(document, context.prompts, self)
        self.journey_label = QLabel(self)
        self.persona = QComboBox(self)
        self.persona.setToolTip(translate(
            "PainPoints", "Weigh each step with this persona's criticality and emotion"))
        self.rule_button = QToolButton(self)
        self.rule_button.setText("?")
        self.rule_button.setToolTip(self.score_rule())
        self.rule_button.clicked.connect(self.explain_score)
        self.start_button = QPushButton(translate("PainPoints", "Start a Dot Vote…"), self)
        self.group = QComboBox(self)
        self.group.setToolTip(translate("PainPoints", "The group whose dots are being placed "
                                                      "(keys 1 to 9)"))
        self.remaining = QLabel(self)
        self.vote_button = QPushButton("+ " + translate("PainPoints", "Vote"), self)
        self.withdraw_button = QPushButton("\u2212 " + translate("PainPoints", "Take Back"),
                                           self)
        self.stop_button = QPushButton(translate("PainPoints", "End Vote"), self)
        top = QHBoxLayout()
        top.addWidget(self.journey_label)
        top.addSpacing(12)
        top.addWidget(QLabel(translate("PainPoints", "Persona:"), self))
        top.addWidget(self.persona)
        top.addWidget(self.rule_button)
        top.addStretch(1)
        for widget in (self.start_button, self.group, self.remaining, self.vote_button,
                       self.withdraw_button, self.stop_button):
            top.addWidget(widget)
        self.hint = QLabel(translate(
            "PainPoints", "Dot vote: click an item (or press +) to give it one dot of the active "
                          "group; press - to take one back."), self)
        self.hint.setStyleSheet("padding: 3px 6px; border-radius: 3px; "
                                "background: #d0ebff; color: #1864ab;")

        self.irritants = PainPointModel(self)
        self.opportunities = OpportunityModel(self)
        self.tabs = QTabWidget(self)
        self.irritant_table = _table(self.irritants, self.tabs)
        self.opportunity_table = _table(self.opportunities, self.tabs)
        self.tabs.addTab(self.irritant_table, "")
        self.tabs.addTab(self.opportunity_table, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.tabs, 1)

        for table in (self.irritant_table, self.opportunity_table):
            table.installEventFilter(self)
            table.clicked.connect(lambda index, t=table: self._on_clicked(t, index))
            table.doubleClicked.connect(lambda index, t=table: self._show_on_map(t, index))
        self.persona.currentIndexChanged.connect(lambda _i: self.refresh())
        self.start_button.clicked.connect(
            lambda: self.voting.ask_and_start(context.dialog_parent))
        self.stop_button.clicked.connect(self.voting.stop)
        self.vote_button.clicked.connect(lambda: self.vote_selected(False))
        self.withdraw_button.clicked.connect(lambda: self.vote_selected(True))
        self.group.currentIndexChanged.connect(
            lambda _i: self.voting.set_active_group(self.group.currentText()))
        self.voting.changed.connect(self._show_voting)
        document.touchpoint_changed.connect(self._on_touchpoint_changed)
        document.structure_changed.connect(self._on_journey_changed)
        document.stage_changed.connect(lambda j, _s, _f: self._on_journey_changed(j))
        document.journeys_changed.connect(self.refresh)
        document.project_replaced.connect(self.refresh)
        document.collection_changed.connect(self._on_collection_changed)
        context.journey_changed.connect(self.refresh)
        self._fill_personas()
        self._show_voting()
        self._stale = True
        self.refresh()

    # ------------------------------------------------------------------ ranking

    def journey_id(self) -> str | None:
        return self._context.journey_id()

    def refresh(self) -> None:
        """Rank the current journey again (put off while the panel is hidden)."""
        if self.isVisible():
            self._refresh_now()
        else:
            self._stale = True

    @override
    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._refresh_now()
        super().showEvent(event)

    def _refresh_now(self) -> None:
        """Rank the current journey again, keeping the selected item selected."""
        self._stale = False
        table = self.current_table()
        selected = self.selected_item(table)
        journey = self._context.journey()
        persona = self.persona.currentData()
        self.irritants.set_journey(journey, persona or None)
        self.opportunities.set_journey(journey)
        self.journey_label.setText(
            translate("PainPoints", "Journey: <b>%1</b>").replace("%1", journey.name)
            if journey is not None else translate("PainPoints", "No journey"))
        self.tabs.setTabText(0, translate("PainPoints", "Pain points (%1)").replace(
            "%1", str(self.irritants.rowCount())))
        self.tabs.setTabText(1, translate("PainPoints", "Opportunities (%1)").replace(
            "%1", str(self.opportunities.rowCount())))
        if selected is not None:
            self.select(table, selected)

    def current_table(self) -> QTableView:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, QTableView) else self.irritant_table

    def selected_item(self, table: QTableView) -> str | None:
        rows = table.selectionModel().selectedRows()
        model = table.model()
        assert isinstance(model, RankingModel)
        return model.item_id(rows[0].row()) if rows else None

    def select(self, table: QTableView, item_id: str) -> None:
        model = table.model()
        assert isinstance(model, RankingModel)
        row = model.row_of(item_id)
        if row is not None:
            table.selectRow(row)
            table.scrollTo(model.index(row, 0))

    def score_rule(self) -> str:
        return SCORE_RULE.get(self._context.language, SCORE_RULE["en"])

    def explain_score(self) -> None:
        self._context.prompts.inform(translate("PainPoints", "How pain points are ranked"),
                                     self.score_rule())

    def _fill_personas(self) -> None:
        chosen = self.persona.currentData()
        blocked = self.persona.blockSignals(True)
        try:
            self.persona.clear()
            self.persona.addItem(translate("PainPoints", "All personas (defaults)"), "")
            for persona in self._context.document.project.personas:
                self.persona.addItem(persona.name, persona.id)
            self.persona.setCurrentIndex(max(0, self.persona.findData(chosen or "")))
        finally:
            self.persona.blockSignals(blocked)

    def _show_on_map(self, table: QTableView, index: QModelIndex) -> None:
        if self.voting.running:
            return
        model = table.model()
        assert isinstance(model, PainPointModel | OpportunityModel)
        touchpoint_id = (model.points[index.row()].touchpoint_id
                         if isinstance(model, PainPointModel)
                         else model.opportunities[index.row()].touchpoint_id)
        journey_id = self.journey_id()
        if journey_id is not None:
            self._context.show_touchpoint(journey_id, touchpoint_id)

    # ------------------------------------------------------------------ voting

    def _show_voting(self) -> None:
        running = self.voting.running and not self._context.read_only
        self.start_button.setVisible(not running)
        self.start_button.setEnabled(not self._context.read_only)
        for widget in (self.group, self.remaining, self.vote_button, self.withdraw_button,
                       self.stop_button, self.hint):
            widget.setVisible(running)
        blocked = self.group.blockSignals(True)
        try:
            groups = [name for name, _ in self.voting.remaining()]
            if [self.group.itemText(i) for i in range(self.group.count())] != groups:
                self.group.clear()
                self.group.addItems(groups)
            self.group.setCurrentIndex(max(0, self.group.findText(self.voting.active_group)))
        finally:
            self.group.blockSignals(blocked)
        self.remaining.setText(" · ".join(
            (f"<b>{text}</b>" if name == self.voting.active_group else text)
            for name, left in self.voting.remaining()
            for text in [translate("PainPoints", "%1: %2 left").replace("%1", html.escape(name))
                         .replace("%2", str(left))]))
        cursor = Qt.CursorShape.PointingHandCursor if running else Qt.CursorShape.ArrowCursor
        for table in (self.irritant_table, self.opportunity_table):
            table.viewport().setCursor(cursor)

    def vote_selected(self, withdraw: bool) -> bool:
        """The active group votes for (or takes back a vote from) the selected item."""
        table = self.current_table()
        item_id = self.selected_item(table)
        journey_id = self.journey_id()
        if item_id is None or journey_id is None or not self.voting.running:
            return False
        voted = self.voting.vote(journey_id, item_id, withdraw)
        self.select(table, item_id)
        return voted

    def _on_clicked(self, table: QTableView, index: QModelIndex) -> None:
        if self.voting.running and index.isValid() and table is self.current_table():
            self.vote_selected(False)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and self.voting.running):
            key = event.key()
            if key in _VOTE_KEYS or key in _WITHDRAW_KEYS:
                self.vote_selected(key in _WITHDRAW_KEYS)
                return True
            groups = [name for name, _ in self.voting.remaining()]
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and key - Qt.Key.Key_1 < len(groups):
                self.voting.set_active_group(groups[key - Qt.Key.Key_1])
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ document

    def _on_touchpoint_changed(self, journey_id: str, _touchpoint_id: str,
                               fields: list[str]) -> None:
        if journey_id == self.journey_id() and _RANKING_FIELDS & set(fields):
            self.refresh()

    def _on_journey_changed(self, journey_id: str) -> None:
        if journey_id == self.journey_id():
            self.refresh()

    def _on_collection_changed(self, name: str) -> None:
        if name == "personas":
            self._fill_personas()
            self.refresh()

