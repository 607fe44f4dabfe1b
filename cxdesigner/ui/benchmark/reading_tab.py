"""The benchmark read: the radar, every criterion's figures, the client's strengths and points
to watch, and each player's evolution from the wave before, for the journey in view as a whole
or one of its stages."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from cxdesigner.analysis.benchmark import (
    Benchmark,
    benchmark,
    client_readings,
    compare_waves,
    scored_waves,
)
from cxdesigner.canvas.primitive_painter import paint, register_fonts
from cxdesigner.document import JourneyDocument
from cxdesigner.drawing.benchmark_chart import MIN_CRITERIA, draw_radar
from cxdesigner.drawing.fonts import FontSet, load_fonts
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.export.benchmark_section import figure_rows
from cxdesigner.export.benchmark_words import BenchmarkWords
from cxdesigner.layout.geometry import Rect
from cxdesigner.model import Journey
from cxdesigner.ui.benchmark.players_tab import wave_label
from cxdesigner.ui.i18n import translate


@cache
def _fonts() -> FontSet:
    fonts = load_fonts()
    register_fonts(fonts)
    return fonts


class RadarView(QWidget):
    """Paints the radar of a benchmark as the PDF prints it, scaled to the widget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bench: Benchmark | None = None
        self.setMinimumSize(260, 240)

    def set_benchmark(self, bench: Benchmark | None) -> None:
        self.bench = bench
        self.update()

    def drawn(self) -> bool:
        """Whether a radar is drawn (enough criteria scored)."""
        return self.bench is not None and sum(
            1 for row in self.bench.criteria if row.best is not None) >= MIN_CRITERIA

    @override
    def sizeHint(self) -> QSize:
        return QSize(360, 300)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.bench is None or not self.drawn():
            painter.setPen(Qt.GlobalColor.gray)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, translate(
                "Benchmark", "The radar needs at least %1 criteria scored").replace(
                    "%1", str(MIN_CRITERIA)))
            painter.end()
            return
        width, height = 400.0, 320.0
        pad = Sketch(_fonts())
        # The drawing can run below the box (labels, the key): scale what it used.
        used = max(height, draw_radar(pad, self.bench, Rect(0.0, 0.0, width, height)))
        scale = min(self.width() / width, (self.height() - 2) / used)
        painter.translate((self.width() - width * scale) / 2, 0)
        painter.scale(scale, scale)
        paint(painter, pad.take(), scale)
        painter.end()


class ReadingTab(QWidget):
    """The reading of the benchmark of one journey or one of its stages, in one wave or over
    every score."""

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.journey_id: str | None = None
        self.scope = QComboBox(self)
        self.scope.setMinimumContentsLength(18)
        self.scope.setToolTip(translate(
            "Benchmark", "Read every score of the journey (those of its stages included), or "
                         "those of one stage"))
        self.wave = QComboBox(self)
        self.wave.setMinimumContentsLength(18)
        self.wave.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.radar = RadarView(self)
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels([
            translate("Benchmark", "Criterion"), translate("Benchmark", "Player"),
            translate("Benchmark", "Mean /10"), translate("Benchmark", "n"),
            translate("Benchmark", "Spread"), translate("Benchmark", "Rank"),
            translate("Benchmark", "Gap to the best")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.sentences = QPlainTextEdit(self)
        self.sentences.setReadOnly(True)
        self.sentences.setPlaceholderText(translate(
            "Benchmark", "Name the players and score them: the strengths and points to "
                         "watch of the client's brand are written here, ready to paste."))
        picker = QHBoxLayout()
        picker.addWidget(QLabel(translate("Benchmark", "Scope:"), self))
        picker.addWidget(self.scope)
        picker.addWidget(QLabel(translate("Benchmark", "Wave:"), self))
        picker.addWidget(self.wave)
        picker.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.table, 3)
        right.addWidget(self.sentences, 2)
        body = QHBoxLayout()
        body.addWidget(self.radar, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(picker)
        layout.addLayout(body, 1)
        self._picked: str | None = None
        """The wave the user picked (kept while it is scored); else the latest is read."""
        self._picked_scope: str | None = None
        """The stage the user picked (kept while it exists); else the whole journey is read."""
        self.wave.currentIndexChanged.connect(lambda _i: self._show())
        self.wave.activated.connect(self._on_wave_picked)
        self.scope.currentIndexChanged.connect(lambda _i: self._fill_waves())
        self.scope.activated.connect(self._on_scope_picked)

    def _on_wave_picked(self, index: int) -> None:
        self._picked = self.wave.itemData(index)

    def _on_scope_picked(self, index: int) -> None:
        self._picked_scope = self.scope.itemData(index)

    def set_journey(self, journey_id: str | None) -> None:
        if journey_id != self.journey_id:
            self._picked_scope = None
        self.journey_id = journey_id
        self.refresh()

    def _journey(self) -> Journey | None:
        return next((j for j in self._document.project.journeys if j.id == self.journey_id),
                    None)

    def scope_id(self) -> str | None:
        """The journey or the stage read, or None when no journey is in view."""
        return str(self.scope.currentData() or "") or None

    def refresh(self) -> None:
        """Re-read the stages and the waves scored (the whole journey and the latest wave are
        read unless the user picked others)."""
        journey = self._journey()
        blocked = self.scope.blockSignals(True)
        try:
            self.scope.clear()
            if journey is not None:
                self.scope.addItem(translate("Benchmark", "The journey and its stages"), journey.id)
                for stage in journey.stages:
                    self.scope.addItem(translate("Benchmark", "Stage: %1").replace(
                        "%1", stage.name), stage.id)
            index = self.scope.findData(self._picked_scope) if self._picked_scope else -1
            self.scope.setCurrentIndex(max(index, 0))
        finally:
            self.scope.blockSignals(blocked)
        self._fill_waves()

    def _fill_waves(self) -> None:
        """The waves scored on the scope read (the latest unless the user picked another)."""
        project, journey = self._document.project, self._journey()
        waves = scored_waves(project, journey, self.scope_id()) if journey is not None else []
        chosen = self._picked
        blocked = self.wave.blockSignals(True)
        try:
            self.wave.clear()
            self.wave.addItem(translate("Benchmark", "Every score"), "")
            for wave in waves:
                self.wave.addItem(wave_label(wave), wave.id)
            index = self.wave.findData(chosen) if chosen is not None else -1
            self.wave.setCurrentIndex(index if index >= 0 else self.wave.count() - 1)
        finally:
            self.wave.blockSignals(blocked)
        self._show()

    def _show(self) -> None:
        project = self._document.project
        journey = self._journey()
        if journey is None or not project.players:
            self.radar.set_benchmark(None)
            self.table.setRowCount(0)
            self.sentences.clear()
            return
        wave_id = self.wave.currentData() or None
        bench = benchmark(project, journey, self.scope_id(), wave_id)
        self.radar.set_benchmark(bench if bench.scored else None)
        rows = figure_rows(bench, project.language) if bench.scored else []
        self.table.setRowCount(len(rows))
        for number, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(number, column, item)
        self.sentences.setPlainText(self._sentences(bench, wave_id) if bench.scored else "")

    def _sentences(self, bench: Benchmark, wave_id: str | None) -> str:
        """The strengths, the points to watch and the evolution from the wave before."""
        project = self._document.project
        journey = self._journey()
        assert journey is not None
        scope_id = self.scope_id()
        say = BenchmarkWords(project.language)
        strengths, watch = say.readings(bench, *client_readings(bench))
        lines = [f"• {sentence}" for sentence in (*strengths, *watch)]
        waves = scored_waves(project, journey, scope_id)
        place = next((i for i, wave in enumerate(waves) if wave.id == wave_id), None)
        if place:
            first, second = waves[place - 1], waves[place]
            comparison = compare_waves(project, journey, first.id, second.id, scope_id)
            lines.append("")
            lines += [f"• {say.evolution(comparison.second, change, first, second)}"
                      for change in comparison.overall if change.before.n or change.after.n]
        return "\n".join(lines)

