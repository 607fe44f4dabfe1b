"""The panel behind the scenes: the journey's service blueprint stage by stage (items, teams,
touchpoints without back-stage support, hand-offs, failure points), and its critical moments
that still rest on a hypothesis, the first to check first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from cxdesigner.analysis.blueprint import summarise_blueprint
from cxdesigner.analysis.evidence import EvidenceIndex, evidence_counts, hypotheses_to_check
from cxdesigner.model import BlueprintLayer, Evidence, Journey
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.labels import emotion_label, interface_label, optional_label
from cxdesigner.ui.panel_context import PanelContext

_ID = Qt.ItemDataRole.UserRole


def _table(headers: list[str], parent: QWidget, stretch: int) -> QTableWidget:
    """A read-only table whose columns fit their content, but ``stretch`` which takes the rest."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], ids: list[str]) -> None:
    table.setRowCount(len(rows))
    for row, (cells, identifier) in enumerate(zip(rows, ids, strict=True)):
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setData(_ID, identifier)
            table.setItem(row, column, cell)
    table.resizeRowsToContents()


class BackstagePanel(QWidget):
    """Shows the blueprint and the evidence of the journey in view; follows every edit.

    A double-click on a row of hypotheses shows that touchpoint on the map.
    """

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._stale = True
        self.journey_label = QLabel(self)
        self.tabs = QTabWidget(self)
        self.stages = _table([
            translate("Backstage", "Stage"), interface_label(BlueprintLayer.FRONT_STAGE),
            interface_label(BlueprintLayer.BACK_STAGE), interface_label(BlueprintLayer.SUPPORT),
            translate("Backstage", "Teams involved"), translate("Backstage", "Hand-offs"),
            translate("Backstage", "Failure points"),
            translate("Backstage", "Touchpoints without back-stage support")], self, 7)
        self.hypotheses = _table([
            "#", translate("Backstage", "Stage"), translate("Backstage", "Touchpoint"),
            translate("Backstage", "Moment of truth"), translate("Backstage", "Criticality"),
            translate("Backstage", "Worst pain point"), translate("Backstage", "Emotion")],
            self, 2)
        self.evidence_summary = QLabel(self)
        self.evidence_summary.setWordWrap(True)
        self.blueprint_summary = QLabel(self)
        self.blueprint_summary.setWordWrap(True)
        blueprint_tab = QWidget(self)
        inner = QVBoxLayout(blueprint_tab)
        inner.addWidget(self.blueprint_summary)
        inner.addWidget(self.stages)
        evidence_tab = QWidget(self)
        inner = QVBoxLayout(evidence_tab)
        inner.addWidget(self.evidence_summary)
        inner.addWidget(self.hypotheses)
        self.tabs.addTab(blueprint_tab, translate("Backstage", "Behind the scenes"))
        self.tabs.addTab(evidence_tab, translate("Backstage", "Hypotheses to check first"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.journey_label)
        layout.addWidget(self.tabs)
        self.hypotheses.cellDoubleClicked.connect(self._on_hypothesis_chosen)
        document = context.document
        for signal in (document.structure_changed, document.journeys_changed,
                       document.project_replaced, document.collection_changed,
                       document.touchpoint_changed, document.blueprint_changed,
                       context.journey_changed):
            signal.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, *_args: object) -> None:
        # Hidden (tabbed behind another panel), it catches up when shown again.
        self._stale = True
        if self.isVisible():
            self.refresh()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Show the journey in view as it is now."""
        self._stale = False
        journey = self._context.journey()
        if journey is None:
            self.journey_label.setText(translate("Backstage", "No journey in view."))
            _fill(self.stages, [], [])
            _fill(self.hypotheses, [], [])
            self.blueprint_summary.clear()
            self.evidence_summary.clear()
            return
        self.journey_label.setText(f"<b>{journey.name}</b>")
        self._show_blueprint(journey)
        self._show_evidence(journey)

    def _show_blueprint(self, journey: Journey) -> None:
        summary = summarise_blueprint(journey)
        titles = journey.touchpoint_index()
        items = {item.id: item for item in journey.blueprint}
        rows = []
        for stage in summary.stages:
            rows.append([
                stage.stage_name,
                *("\n".join(item.title for item in stage.items[layer])
                  for layer in BlueprintLayer),
                ", ".join(stage.teams),
                "\n".join(f"{h.source_owner} \u2192 {h.target_owner}" for h in stage.handoffs),
                "\n".join(items[item_id].title for item_id in stage.failure_points),
                "\n".join(titles[tp_id].title for tp_id in stage.unsupported)])
        _fill(self.stages, rows, [stage.stage_id for stage in summary.stages])
        self.blueprint_summary.setText(translate(
            "Backstage", "Items behind the scenes: %1 · teams: %2 · hand-offs: %3 · failure "
                         "points: %4 · without back-stage support: %5 of %6 touchpoints.")
            .replace("%1", str(summary.item_count)).replace("%2", str(len(summary.teams)))
            .replace("%3", str(len(summary.handoffs)))
            .replace("%4", str(len(summary.failure_points)))
            .replace("%5", str(len(summary.unsupported)))
            .replace("%6", str(len(titles))))

    def _show_evidence(self, journey: Journey) -> None:
        index = EvidenceIndex(self._context.document.project)
        ranked = hypotheses_to_check(self._context.document.project, journey, index)
        rows = [[str(item.rank), item.stage_name, item.title, interface_label(item.moment),
                 optional_label(item.criticality),
                 str(item.worst_severity) if item.worst_severity else "",
                 emotion_label(item.emotion)] for item in ranked]
        _fill(self.hypotheses, rows, [item.touchpoint_id for item in ranked])
        counts = evidence_counts(journey, index)
        self.evidence_summary.setText(" \u00b7 ".join(
            f"{interface_label(level)}\u00a0: {counts[level]}" if self._context.language == "fr"
            else f"{interface_label(level)}: {counts[level]}" for level in Evidence))

    def _on_hypothesis_chosen(self, row: int, _column: int) -> None:
        journey_id = self._context.journey_id()
        cell = self.hypotheses.item(row, 0)
        if journey_id is not None and cell is not None:
            self._context.show_touchpoint(journey_id, str(cell.data(_ID)))
