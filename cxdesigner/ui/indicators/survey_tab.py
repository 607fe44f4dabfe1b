"""The indicator tab: NPS, CSAT and CES per journey, stage and step, a chart each, a form."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.analysis.rollup import ScopeKind
from cxdesigner.document import JourneyDocument
from cxdesigner.model import DEFAULT_SCALES, SurveyIndicator
from cxdesigner.ui.charts import ChartPoint, LineChart, LineChartData
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.indicators.answers import AnswerForm
from cxdesigner.ui.indicators.table import IndicatorRow, IndicatorTableModel, indicator_rows
from cxdesigner.ui.indicators.texts import result_text
from cxdesigner.ui.labels import interface_label
from cxdesigner.ui.numbers import format_number

_AXES = {SurveyIndicator.NPS: (-100.0, 100.0), SurveyIndicator.CSAT: (0.0, 100.0)}


def stage_chart(rows: list[IndicatorRow], indicator: SurveyIndicator) -> LineChartData:
    """The indicator of each stage, with its n (a gap where a stage has no answer)."""
    points = []
    scale = DEFAULT_SCALES[indicator]
    for row in rows:
        if row.scope.kind is not ScopeKind.STAGE:
            continue
        item = row.results.get(indicator)
        if item is not None and item.result.scale is not None:
            scale = item.result.scale
        points.append(ChartPoint(row.scope.name, item.result.value if item else None,
                                 item.result.n if item else 0))
    low, high = _AXES.get(indicator, (float(scale.low), float(scale.high)))
    signed = indicator is SurveyIndicator.NPS
    return LineChartData(points=tuple(points), minimum=low, maximum=high,
                         value_format=lambda value: format_number(value, 0 if signed else 1,
                                                                  signed=signed))


class SurveyTab(QWidget):
    """Scores of the journey shown, with n beside each, charts per stage, and typed answers."""

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.journey_id: str | None = None
        self.summary = QLabel(self)
        self.with_empty = QCheckBox(translate("Indicators", "Show steps without answers"), self)
        self.model = IndicatorTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for section in (1, 2, 3):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(section, 190)
        self.charts: dict[SurveyIndicator, LineChart] = {}
        self.titles: dict[SurveyIndicator, QLabel] = {}
        charts = QHBoxLayout()
        for indicator in SurveyIndicator:
            box = QVBoxLayout()
            title = QLabel(self)
            chart = LineChart(self)
            chart.setFixedHeight(150)
            chart.empty_text = translate("Indicators", "No answers about a stage yet")
            box.addWidget(title)
            box.addWidget(chart)
            charts.addLayout(box)
            self.charts[indicator], self.titles[indicator] = chart, title
        self.form = AnswerForm(document, self)
        self.form.setFixedWidth(300)
        left = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.with_empty)
        left.addLayout(top)
        left.addWidget(self.table, 1)
        left.addLayout(charts)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(self.form)
        self.with_empty.toggled.connect(lambda _on: self.refresh())

    def set_journey(self, journey_id: str | None) -> None:
        self.journey_id = journey_id
        self.form.set_journey(journey_id)
        self.refresh()

    def refresh(self) -> None:
        """Compute every score again from the project's answers."""
        project = self._document.project
        journey = next((j for j in project.journeys if j.id == self.journey_id), None)
        rows = indicator_rows(project, journey, self.with_empty.isChecked()) if journey else []
        self.model.set_rows(rows)
        whole = rows[0].results if rows else {}
        answers = max((item.result.n for item in whole.values()), default=0)
        self.summary.setText(
            translate("Indicators", "No answers about this journey yet: import a survey "
                                    "(File ▸ Import) or type answers.")
            if journey is not None and not whole else
            translate("Indicators", "Scores of the journey, its stages and its steps; n is "
                                    "the number of answers (up to %1 here).").replace(
                "%1", str(answers)))
        for indicator in SurveyIndicator:
            item = whole.get(indicator)
            journey_text = result_text(item.result) if item else "\u2014"
            self.titles[indicator].setText(
                translate("Indicators", "<b>%1 per stage</b> · journey: %2").replace(
                    "%1", interface_label(indicator)).replace("%2", journey_text))
            data = stage_chart(rows, indicator)
            has_values = any(point.value is not None for point in data.points)
            self.charts[indicator].set_data(data if has_values else None)
