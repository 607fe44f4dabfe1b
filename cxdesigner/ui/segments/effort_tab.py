"""Step 2, effort per segment: the CES to act on, the NPS as a yardstick, each with its n."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cxdesigner.analysis.segments import EffortComparison, SegmentEffort, segment_effort
from cxdesigner.analysis.survey import SCORE_DECIMALS, CesResult, NpsResult, reported_score
from cxdesigner.model import Project
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.segments.score_bars import ScoreBar, ScoreBars, ScoreBarsData
from cxdesigner.ui.segments.tables import (
    cell,
    fill,
    fit_height,
    highlight_row,
    make_table,
    tones,
)
from cxdesigner.ui.segments.texts import no_segment, number


def ces_text(result: CesResult) -> str:
    """``4,3 / 10``; ``—`` without a value."""
    if result.value is None:
        return "—"
    high = f" / {result.scale.high}" if result.scale is not None else ""
    return number(reported_score(result.value), SCORE_DECIMALS) + high


def nps_text(result: NpsResult) -> str:
    """``+25``, ``-7,5``; ``—`` without a value."""
    return "—" if result.value is None else number(reported_score(result.value),
                                                   SCORE_DECIMALS, signed=True)


def _why(reason: str) -> str:
    if reason.startswith("no segment"):
        return translate("Segments", "no segment has CES answers yet")
    if reason.startswith("only one"):
        return translate("Segments", "only one segment has CES answers")
    return translate("Segments", "the segments' CES answers are on different scales")


def _name(row: SegmentEffort) -> str:
    return no_segment() if row.segment_id is None else row.name


def intro(effort: EffortComparison) -> str:
    """What the figures mean: the scale, the n threshold, whether segments are ranked."""
    scale = effort.scale
    parts = []
    if scale is not None:
        best = scale.high if scale.higher_is_better else scale.low
        parts.append(
            translate(
                "Segments",
                "CES on %1–%2 (%3 = best effort): the score to act on. NPS from -100 "
                "to +100: the yardstick.",
            )
            .replace("%1", str(scale.low))
            .replace("%2", str(scale.high))
            .replace("%3", str(best))
        )
    parts.append(
        translate(
            "Segments",
            "A score from fewer than %1 answers is marked “few answers”: a hint, not a measure.",
        ).replace("%1", str(effort.min_answers))
    )
    struggling = [row for row in effort.rows if row.struggling]
    if struggling:
        row = struggling[0]
        parts.append(
            translate("Segments", "Struggling most: %1 (CES %2, n = %3).")
            .replace("%1", _name(row))
            .replace("%2", ces_text(row.ces))
            .replace("%3", str(row.ces.n))
        )
    elif effort.reason:
        parts.append(
            translate("Segments", "Segments not ranked: %1.").replace("%1", _why(effort.reason))
        )
    return " ".join(parts)


class EffortTab(QWidget):
    """Segments side by side on their effort: a table and two bar charts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = make_table(self, selectable=False)
        self.ces_chart = ScoreBars(self)
        self.nps_chart = ScoreBars(self)
        charts = QHBoxLayout()
        charts.addWidget(self.ces_chart, 1)
        charts.addSpacing(24)
        charts.addWidget(self.nps_chart, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addSpacing(6)
        layout.addLayout(charts)
        layout.addStretch(1)
        self.effort: EffortComparison | None = None

    def refresh(self, project: Project) -> None:
        """Show the effort of ``project``'s segments."""
        effort = segment_effort(project)
        self.effort = effort
        tone = tones(self)
        self.intro.setText(intro(effort))
        rows = []
        for row in effort.rows:
            remarks = [translate("Segments", "struggles most")] if row.struggling else []
            if row.ces.n == row.nps.n == 0:
                remarks.append(translate("Segments", "no answers"))
            elif row.ces_few_answers or row.nps_few_answers:
                remarks.append(translate("Segments", "few answers"))
            few_tip = translate("Segments", "Fewer than %1 answers").replace(
                "%1", str(effort.min_answers)
            )
            rows.append(
                [
                    cell(_name(row), bold=True),
                    cell(ces_text(row.ces), right=True, bold=row.struggling, tip=row.ces.reason),
                    cell(
                        str(row.ces.n),
                        right=True,
                        colour=tone.warning if row.ces_few_answers else None,
                        tip=few_tip if row.ces_few_answers else "",
                    ),
                    cell(nps_text(row.nps), right=True, tip=row.nps.reason),
                    cell(
                        str(row.nps.n),
                        right=True,
                        colour=tone.warning if row.nps_few_answers else None,
                        tip=few_tip if row.nps_few_answers else "",
                    ),
                    cell("—" if row.rank is None else str(row.rank), right=True),
                    cell(" · ".join(remarks), italic=not row.struggling, bold=row.struggling),
                ]
            )
        fill(
            self.table,
            [
                translate("Segments", "Segment"),
                translate("Segments", "CES"),
                translate("Segments", "n"),
                translate("Segments", "NPS"),
                translate("Segments", "n"),
                translate("Segments", "Rank"),
                translate("Segments", "Remark"),
            ],
            rows,
            stretch=6,
        )
        fit_height(self.table)
        for index, row in enumerate(effort.rows):
            if row.struggling:
                highlight_row(self.table, index)
        scale = effort.scale or next((row.ces.scale for row in effort.rows if row.ces.scale), None)
        low, high = (scale.low, scale.high) if scale is not None else (1, 10)
        self.ces_chart.set_data(
            ScoreBarsData(
                translate("Segments", "CES per segment (effort, %1–%2)")
                .replace("%1", str(low))
                .replace("%2", str(high)),
                tuple(
                    ScoreBar(
                        _name(row), row.ces.value, row.ces.n, row.struggling, row.ces_few_answers
                    )
                    for row in effort.rows
                ),
                float(low),
                float(high),
                float(low),
                note=translate("Segments", "Pale bar, n in red: few answers"),
            )
        )
        self.nps_chart.set_data(
            ScoreBarsData(
                translate("Segments", "NPS per segment (yardstick)"),
                tuple(
                    ScoreBar(_name(row), row.nps.value, row.nps.n, False, row.nps_few_answers)
                    for row in effort.rows
                ),
                -100.0,
                100.0,
                0.0,
                lambda value: number(value, 0, signed=True),
            )
        )
