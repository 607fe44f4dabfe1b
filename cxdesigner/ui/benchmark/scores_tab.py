"""The scores of the players: one scorecard per player, assessor and wave, on a journey or
one of its stages, each criterion scored out of 10 beside its definition."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.analysis.barometer import client_id, new_scorecard
from cxdesigner.analysis.scorecard_entry import (
    latest_wave,
    new_card_date,
    next_player,
    wave_changes,
)
from cxdesigner.document.commands import AddItem, EditItem, RemoveItem
from cxdesigner.model import AssessmentMethod, Journey, Scorecard
from cxdesigner.ui.action_plan.delegates import EditKeyGuard, NumberDelegate
from cxdesigner.ui.benchmark.players_tab import swatch, wave_label
from cxdesigner.ui.day_edit import DayEdit
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.indicators.barometer_model import ScorecardModel
from cxdesigner.ui.labels import interface_label
from cxdesigner.ui.panel_context import PanelContext

_UNDATED = QDate(2000, 1, 1)
"""The lowest date of the date field, shown as "Not dated": a scorecard without a date."""


class ScoresTab(QWidget):
    """Picks a scope and a scorecard; edits who scored whom, when, how, and the scores."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._document = context.document
        self.journey_id: str | None = None
        self.scope = QComboBox(self)
        self.scope.setMinimumContentsLength(18)
        self.card = QComboBox(self)
        self.card.setMinimumContentsLength(22)
        self.new_button = QPushButton(translate("Benchmark", "New Scorecard"), self)
        self.delete_button = QPushButton(translate("Benchmark", "Delete Scorecard"), self)
        self.player = QComboBox(self)
        self.wave = QComboBox(self)
        self.assessor = QLineEdit(self)
        self.method = QComboBox(self)
        self.date = DayEdit(self)
        self.date.setMinimumDate(_UNDATED)
        self.date.setSpecialValueText(translate("Benchmark", "Not dated"))
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(translate("Benchmark", "Visit report, session notes…"))
        self.model = ScorecardModel(self._document, self, definitions=True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.resizeSection(0, 130)
        header.resizeSection(1, 80)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(1, NumberDelegate(self.table))
        EditKeyGuard(self.table)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)

        picker = QHBoxLayout()
        picker.addWidget(QLabel(translate("Benchmark", "Scope:"), self))
        picker.addWidget(self.scope, 1)
        picker.addWidget(QLabel(translate("Benchmark", "Scorecard:"), self))
        picker.addWidget(self.card, 2)
        picker.addWidget(self.new_button)
        picker.addWidget(self.delete_button)
        form = QFormLayout()
        form.addRow(translate("Benchmark", "Player:"), self.player)
        form.addRow(translate("Benchmark", "Wave:"), self.wave)
        form.addRow(translate("Benchmark", "Assessor:"), self.assessor)
        form.addRow(translate("Benchmark", "Method:"), self.method)
        form.addRow(translate("Benchmark", "Date:"), self.date)
        form.addRow(translate("Benchmark", "Source:"), self.source)
        body = QHBoxLayout()
        body.addLayout(form, 2)
        body.addWidget(self.table, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(picker)
        layout.addWidget(self.hint)
        layout.addLayout(body, 1)

        self.scope.currentIndexChanged.connect(lambda _i: self._fill_cards())
        self.card.currentIndexChanged.connect(lambda _i: self._show_card())
        self.new_button.clicked.connect(self._on_new_card)
        self.delete_button.clicked.connect(self._on_delete_card)
        self.player.activated.connect(self._on_player_chosen)
        self.wave.activated.connect(self._on_wave_chosen)
        self.method.activated.connect(lambda i: self._edit({"method": self.method.itemData(i)}))
        self.assessor.editingFinished.connect(
            lambda: self._edit({"assessor": self.assessor.text()}))
        self.source.editingFinished.connect(lambda: self._edit({"source": self.source.text()}))
        self.date.editingFinished.connect(lambda: self._edit({"date": self._chosen_date()}))
        if context.read_only:
            self.new_button.hide()
            self.delete_button.hide()
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    # ------------------------------------------------------------------ showing

    def set_journey(self, journey_id: str | None) -> None:
        self.journey_id = journey_id
        self.refresh()

    def journey(self) -> Journey | None:
        return next((j for j in self._document.project.journeys if j.id == self.journey_id),
                    None)

    def refresh(self) -> None:
        """Re-read scopes, players, waves and scorecards; the choices stay while they remain."""
        journey = self.journey()
        project = self._document.project
        scopes: list[tuple[str, Any]] = []
        if journey is not None:
            scopes.append((translate("Benchmark", "Whole journey: %1").replace(
                "%1", journey.name), journey.id))
            scopes += [(translate("Benchmark", "Stage: %1").replace("%1", stage.name), stage.id)
                       for stage in journey.stages]
        self._refill(self.scope, scopes)
        # A scorecard of no player is the client player's own: one entry, the client's.
        own = [] if client_id(project) is not None else [(translate(
            "Benchmark", "Own experience (no client's brand named)"), None)]
        self._refill(self.player, [*own, *((p.name, p.id) for p in project.players)])
        for index, player in enumerate(project.players, start=len(own)):
            self.player.setItemIcon(index, swatch(player.colour))
        self._refill(self.wave, [(translate("Benchmark", "No wave"), None),
                                 *((wave_label(w), w.id)
                                   for w in sorted(project.waves, key=lambda w: w.date))])
        self._refill(self.method, [(translate("Benchmark", "Not said"), None),
                                   *((interface_label(m), m) for m in AssessmentMethod)])
        self._fill_cards()

    @staticmethod
    def _refill(combo: QComboBox, rows: list[tuple[str, Any]]) -> None:
        chosen = combo.currentData()
        blocked = combo.blockSignals(True)
        try:
            combo.clear()
            for text, data in rows:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        finally:
            combo.blockSignals(blocked)

    def card_id(self) -> str | None:
        data = self.card.currentData()
        return str(data) if data is not None else None

    def scorecard(self) -> Scorecard | None:
        card_id = self.card_id()
        return next((c for c in self._document.project.scorecards if c.id == card_id), None)

    def _owner(self, card: Scorecard | None) -> str | None:
        """The player a scorecard counts for: its own, else the client's brand."""
        if card is None:
            return None
        return card.player_id or client_id(self._document.project)

    def _card_text(self, card: Scorecard) -> str:
        project = self._document.project
        owner = self._owner(card)
        player = next((p.name for p in project.players if p.id == owner),
                      translate("Benchmark", "Own experience"))
        wave = next((w.name for w in project.waves if w.id == card.wave_id), "")
        return " · ".join(part for part in (player, wave, card.assessor or card.name) if part)

    def _fill_cards(self) -> None:
        scope_id = self.scope.currentData()
        cards = [c for c in self._document.project.scorecards if c.scope_id == scope_id]
        self._refill(self.card, [(self._card_text(card), card.id) for card in cards])
        self._show_card()

    def _show_card(self) -> None:
        card = self.scorecard()
        self.model.show_card(card.id if card is not None else None)
        editable = card is not None and not self._context.read_only
        for field in (self.player, self.wave, self.assessor, self.method, self.date,
                      self.source, self.delete_button):
            field.setEnabled(editable)
        self.new_button.setEnabled(self.scope.currentData() is not None)
        if card is None:
            self.hint.setText(translate(
                "Benchmark", "No scorecard here yet: name the players (and the waves) in "
                             "the first tab, then New Scorecard scores one player, for one "
                             "assessor, on the six criteria of the barometer.")
                              if self.scope.currentData() is not None else
                              translate("Benchmark", "Open a journey to score its players."))
            self.hint.show()
        else:
            self.hint.hide()
        self.player.setCurrentIndex(max(0, self.player.findData(self._owner(card))))
        self.wave.setCurrentIndex(max(0, self.wave.findData(
            card.wave_id if card is not None else None)))
        self.method.setCurrentIndex(max(0, self.method.findData(
            card.method if card is not None else None)))
        self.assessor.setText(card.assessor if card is not None else "")
        self.source.setText(card.source if card is not None else "")
        day = card.date if card is not None else None
        self.date.setDate(QDate(day.year, day.month, day.day) if day is not None else _UNDATED)

    def _chosen_date(self) -> dt.date | None:
        day = self.date.date()
        return None if day <= _UNDATED else dt.date(day.year(), day.month(), day.day())

    # ------------------------------------------------------------------ editing

    def _edit(self, changes: dict[str, Any]) -> None:
        card = self.scorecard()
        if card is None or all(getattr(card, k) == v for k, v in changes.items()):
            return
        self._document.undo_stack.push(EditItem(
            self._document, "scorecards", card.id, changes,
            text=QT_TRANSLATE_NOOP("Commands", "Edit scorecard")))

    def _on_player_chosen(self, index: int) -> None:
        chosen = self.player.itemData(index)
        if chosen != self._owner(self.scorecard()):  # the client's own card stays as it is
            self._edit({"player_id": chosen})

    def _on_wave_chosen(self, index: int) -> None:
        card = self.scorecard()
        if card is not None:
            self._edit(wave_changes(self._document.project, card, self.wave.itemData(index)))

    def _on_new_card(self) -> None:
        """A scorecard of the six criteria in the wave of the card shown, for the next
        player to score there, dated on the wave's date (the rules are in
        :mod:`cxdesigner.analysis.scorecard_entry`)."""
        scope_id = self.scope.currentData()
        if scope_id is None:
            return
        project = self._document.project
        shown = self.scorecard()
        latest = latest_wave(project)
        wave_id = shown.wave_id if shown is not None else latest.id if latest else None
        card = new_scorecard(scope_id, project.language).model_copy(update={
            "player_id": next_player(project, scope_id, wave_id), "wave_id": wave_id,
            "date": new_card_date(project, wave_id)})
        self._document.undo_stack.push(AddItem(
            self._document, "scorecards", card,
            text=QT_TRANSLATE_NOOP("Commands", "Add scorecard")))
        self.card.setCurrentIndex(self.card.findData(card.id))
        self.assessor.setFocus()

    def _on_delete_card(self) -> None:
        card_id = self.card_id()
        if card_id is not None:
            self._document.undo_stack.push(RemoveItem(
                self._document, "scorecards", card_id,
                text=QT_TRANSLATE_NOOP("Commands", "Delete scorecard")))
