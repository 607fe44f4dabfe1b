"""The barometer tab: criteria scored out of 10 per journey or stage, current vs target."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.analysis.barometer import new_scorecard
from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import AddItem, RemoveItem
from cxdesigner.model import CriterionScore, Journey
from cxdesigner.ui.action_plan.delegates import EditKeyGuard, NumberDelegate
from cxdesigner.ui.charts import BarChart
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.indicators.barometer_chart import criteria_chart, stages_chart
from cxdesigner.ui.indicators.barometer_model import ScorecardModel


class BarometerTab(QWidget):
    """Edits the scorecards of a journey or stage and charts them, beside the target's."""

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.journey_id: str | None = None
        self.scope = QComboBox(self)
        self.scope.setMinimumContentsLength(22)
        self.card = QComboBox(self)
        self.card.setMinimumContentsLength(14)
        self.new_button = QPushButton(translate("Indicators", "New Scorecard"), self)
        self.delete_button = QPushButton(translate("Indicators", "Delete Scorecard"), self)
        self.model = ScorecardModel(document, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().resizeSection(1, 90)
        self.table.setItemDelegateForColumn(1, NumberDelegate(self.table))
        EditKeyGuard(self.table)
        self.add_criterion = QPushButton(translate("Indicators", "Add Criterion"), self)
        self.remove_criterion = QPushButton(translate("Indicators", "Remove Criterion"), self)
        self.empty_hint = QLabel(translate(
            "Indicators", "No scorecard for this scope yet: New Scorecard adds one with the "
                          "default criteria (functional, cognitive, emotional, relational, "
                          "societal), to score out of 10."), self)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setEnabled(False)
        self.title = QLabel(self)
        self.chart = BarChart(self)
        self.chart.setFixedHeight(210)
        self.chart.empty_text = translate("Indicators", "No criterion scored yet")
        picker = QHBoxLayout()
        picker.addWidget(QLabel(translate("Indicators", "Scope:"), self))
        picker.addWidget(self.scope, 1)
        picker.addWidget(QLabel(translate("Indicators", "Scorecard:"), self))
        picker.addWidget(self.card, 1)
        picker.addWidget(self.new_button)
        picker.addWidget(self.delete_button)
        rows = QHBoxLayout()
        rows.addWidget(self.add_criterion)
        rows.addWidget(self.remove_criterion)
        rows.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(picker)
        left.addWidget(self.empty_hint)
        left.addWidget(self.table, 1)
        left.addLayout(rows)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.chart)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.scope.currentIndexChanged.connect(lambda _i: self._fill_cards())
        self.card.currentIndexChanged.connect(lambda _i: self._show_card())
        self.new_button.clicked.connect(self.new_card)
        self.delete_button.clicked.connect(self.delete_card)
        self.add_criterion.clicked.connect(self.add_row)
        self.remove_criterion.clicked.connect(self.remove_row)

    def set_journey(self, journey_id: str | None) -> None:
        self.journey_id = journey_id
        self.refresh()

    def journey(self) -> Journey | None:
        return next((j for j in self._document.project.journeys if j.id == self.journey_id),
                    None)

    def refresh(self) -> None:
        """Re-read the scopes, scorecards and scores (the choices are kept when they remain)."""
        journey = self.journey()
        chosen = self.scope.currentData()
        blocked = self.scope.blockSignals(True)
        try:
            self.scope.clear()
            if journey is not None:
                self.scope.addItem(translate("Indicators", "Whole journey: %1").replace(
                    "%1", journey.name), journey.id)
                for stage in journey.stages:
                    self.scope.addItem(translate("Indicators", "Stage: %1").replace(
                        "%1", stage.name), stage.id)
            self.scope.setCurrentIndex(max(0, self.scope.findData(chosen)))
        finally:
            self.scope.blockSignals(blocked)
        self._fill_cards()

    def _fill_cards(self) -> None:
        scope_id = self.scope.currentData()
        chosen = self.card.currentData()
        blocked = self.card.blockSignals(True)
        try:
            self.card.clear()
            cards = [c for c in self._document.project.scorecards if c.scope_id == scope_id]
            for number, card in enumerate(cards, start=1):
                self.card.addItem(card.name or translate("Indicators", "Scorecard %1").replace(
                    "%1", str(number)), card.id)
            self.card.setCurrentIndex(max(0, self.card.findData(chosen)))
        finally:
            self.card.blockSignals(blocked)
        self._show_card()

    def _show_card(self) -> None:
        card_id = self.card.currentData()
        self.model.show_card(card_id)
        has_card = card_id is not None
        for widget in (self.delete_button, self.add_criterion, self.remove_criterion,
                       self.card):
            widget.setEnabled(has_card)
        self.new_button.setEnabled(self.scope.currentData() is not None)
        self.empty_hint.setVisible(not has_card and self.scope.currentData() is not None)
        self._show_chart()

    def _show_chart(self) -> None:
        """The scope's criteria; for a journey without a scorecard of its own, its stages."""
        journey, scope_id = self.journey(), self.scope.currentData()
        if journey is None or scope_id is None:
            self.chart.set_data(None)
            self.title.clear()
            return
        project = self._document.project
        title, data = criteria_chart(project, journey, scope_id, self.scope.currentText())
        if scope_id == journey.id and data is None:
            title, data = stages_chart(project, journey)
        self.title.setText(title)
        self.chart.set_data(data)

    # ------------------------------------------------------------------ editing

    def new_card(self) -> None:
        """A scorecard with the default criteria for the scope chosen."""
        scope_id = self.scope.currentData()
        if scope_id is None:
            return
        card = new_scorecard(scope_id, self._document.project.language)
        self._document.undo_stack.push(AddItem(
            self._document, "scorecards", card,
            text=QT_TRANSLATE_NOOP("Commands", "Add scorecard")))
        self.card.setCurrentIndex(self.card.findData(card.id))

    def delete_card(self) -> None:
        card_id = self.card.currentData()
        if card_id is not None:
            self._document.undo_stack.push(RemoveItem(
                self._document, "scorecards", card_id,
                text=QT_TRANSLATE_NOOP("Commands", "Delete scorecard")))

    def add_row(self) -> None:
        scores = self.model.scores()
        scores.append(CriterionScore(criterion=translate("Indicators", "New criterion")))
        if self.model.commit(scores, QT_TRANSLATE_NOOP("Commands", "Add criterion")):
            index = self.model.index(len(scores) - 1, 0)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def remove_row(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            scores = self.model.scores()
            del scores[rows[0].row()]
            self.model.commit(scores, QT_TRANSLATE_NOOP("Commands", "Remove criterion"))
