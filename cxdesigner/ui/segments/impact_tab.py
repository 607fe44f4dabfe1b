"""Step 5, impact: each action's profile before and after its date, with n and % change."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.analysis.contacts import month_key, period_range
from cxdesigner.analysis.impact import IMPACT_MONTHS, Change, ProfileImpact, action_impacts
from cxdesigner.analysis.profiles import contacts_by_profile
from cxdesigner.model import Project
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.segments.impact_chart import ImpactChart, ImpactChartData, ImpactMonth
from cxdesigner.ui.segments.tables import (
    LIGHT_TONES,
    Tones,
    cell,
    fill,
    fit_height,
    make_table,
    tones,
)
from cxdesigner.ui.segments.texts import count, date, number, percent, period, with_n

MOST_ROWS = 4
"""The list of actions shows this many rows at most, leaving room for the figures."""


def date_used(impact: ProfileImpact) -> str:
    """The date the impact is measured from, and where it comes from."""
    if impact.date is None:
        return translate("Segments", "no date: nothing to measure")
    if impact.date_used == "completed_on":
        return translate("Segments", "%1 (completed)").replace("%1", date(impact.date))
    return translate("Segments", "%1 (due date: not completed)").replace("%1", date(impact.date))


def missing(change: Change) -> str:
    """Why a figure cannot be compared."""
    if "no touchpoint" in change.reason:
        return translate("Segments", "the profile is linked to no touchpoint")
    if "different scales" in change.reason:
        return translate("Segments", "answers on different scales")
    if change.before is None and change.after is None:
        return translate("Segments", "nothing measured before or after")
    return (
        translate("Segments", "nothing measured before")
        if change.before is None
        else translate("Segments", "nothing measured after")
    )


def change_text(change: Change, tone: Tones = LIGHT_TONES) -> tuple[str, str | None]:
    """The % change in words and its colour (better or worse, in ``tone``)."""
    if change.improved is None:
        return missing(change), None
    if change.before == change.after:
        return translate("Segments", "unchanged"), None
    colour = tone.better if change.improved else tone.warning
    if change.change_percent is None:  # from 0: a rise, but no percentage of nothing
        return (
            translate("Segments", "better") if change.improved else translate("Segments", "worse")
        ), colour
    moved = percent(change.change_percent, signed=True)
    return (
        translate("Segments", "%1 · better")
        if change.improved
        else translate("Segments", "%1 · worse")
    ).replace("%1", moved), colour


def _side(value: float | None, n: int, unit: str = "") -> str:
    if value is None:
        return "—"
    return with_n(percent(value) if unit == "%" else number(value), n)


class ImpactTab(QWidget):
    """The actions aimed at profiles (left), the figures of one (middle), its chart (right)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months = QSpinBox(self)
        self.months.setRange(1, 12)
        self.months.setValue(IMPACT_MONTHS)
        self.months.setSuffix(translate("Segments", " months"))
        self.months.setToolTip(
            translate("Segments", "How many whole months before and after the action are compared")
        )
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("Segments", "Compare:"), self))
        top.addWidget(self.months)
        top.addWidget(self.intro, 1)
        self.list = make_table(self)
        self.list.currentCellChanged.connect(lambda *_: self._show_selected())
        detail = QWidget(self)
        self.windows = QLabel(detail)
        self.windows.setWordWrap(True)
        self.figures = make_table(detail, selectable=False)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.windows)
        detail_layout.addWidget(self.figures)
        detail_layout.addStretch(1)
        self.chart = ImpactChart(self)
        self.chart.empty_text = translate(
            "Segments", "Link an action to a contact profile to measure its impact"
        )
        splitter = QSplitter(self)
        splitter.addWidget(detail)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list)
        layout.addWidget(splitter, 1)
        self.impacts: list[ProfileImpact] = []
        self._project: Project | None = None
        self.months.valueChanged.connect(lambda _value: self._months_changed())

    def refresh(self, project: Project) -> None:
        """Show the impact of ``project``'s actions on their profiles."""
        self._project = project
        months = self.months.value()
        self.intro.setText(
            translate(
                "Segments",
                "the %1 whole months before the action's date against the %1 "
                "whole months after; the month of the change, part old and part "
                "new, is left out.",
            ).replace("%1", str(months))
        )
        self.impacts = action_impacts(project, months)
        rows = []
        for impact in self.impacts:
            moved, colour = change_text(impact.volume, tones(self))
            rows.append(
                [
                    cell(impact.action.description, bold=True, tip=impact.action.description),
                    cell(impact.profile.name),
                    cell(date_used(impact)),
                    cell(
                        f"{number(impact.volume.before)} → {number(impact.volume.after)}",
                        right=True,
                    ),
                    cell(moved, colour=colour, bold=colour is not None),
                ]
            )
        fill(
            self.list,
            [
                translate("Segments", "Action"),
                translate("Segments", "Contact profile"),
                translate("Segments", "Date used"),
                translate("Segments", "Contacts / month"),
                translate("Segments", "Change"),
            ],
            rows,
            stretch=0,
        )
        fit_height(self.list, MOST_ROWS)
        self._show_selected()

    def _months_changed(self) -> None:
        if self._project is not None:
            self.refresh(self._project)

    def selected(self) -> ProfileImpact | None:
        row = self.list.currentRow()
        return self.impacts[row] if 0 <= row < len(self.impacts) else None

    def _show_selected(self) -> None:
        impact = self.selected()
        if impact is None or impact.before is None or impact.after is None:
            self.windows.setText(date_used(impact) if impact is not None else "")
            fill(self.figures, [], [])
            self.chart.set_data(None)
            return
        before, after = impact.before, impact.after
        self.windows.setText(
            translate(
                "Segments",
                "<b>%1</b> \u203a %2<br>Date used: %3. Before: %4 (%5 in the "
                "log). After: %6 (%7 in the log).",
            )
            .replace("%1", impact.action.description)
            .replace("%2", impact.profile.name)
            .replace("%3", date_used(impact))
            .replace("%4", _span(before.months))
            .replace("%5", _months(len(before.in_log)))
            .replace("%6", _span(after.months))
            .replace("%7", _months(len(after.in_log)))
        )
        rows = []
        for label, change, unit in (
            (translate("Segments", "Contacts per month"), impact.volume, ""),
            (translate("Segments", "Mean duration (min)"), impact.duration, ""),
            (translate("Segments", "Resolution rate"), impact.resolution, "%"),
            (translate("Segments", "CES of its touchpoints"), impact.ces, ""),
        ):
            moved, colour = change_text(change, tones(self))
            rows.append(
                [
                    cell(label, bold=True),
                    cell(_side(change.before, change.n_before, unit), right=True),
                    cell(_side(change.after, change.n_after, unit), right=True),
                    cell(moved, colour=colour, bold=colour is not None, tip=change.reason),
                ]
            )
        fill(
            self.figures,
            [
                translate("Segments", "Figure"),
                translate("Segments", "Before"),
                translate("Segments", "After"),
                translate("Segments", "Change"),
            ],
            rows,
        )
        fit_height(self.figures)
        self.chart.set_data(self._chart(impact))

    def _chart(self, impact: ProfileImpact) -> ImpactChartData | None:
        project = self._project
        if project is None or impact.date is None or impact.before is None or impact.after is None:
            return None
        per_month: Counter[str] = Counter()
        for contact in contacts_by_profile(project)[impact.profile.id]:
            per_month[month_key(contact.date)] += contact.count
        logged = set(impact.before.in_log) | set(impact.after.in_log)
        span = [c.date for c in project.contacts]
        if span:
            logged |= set(period_range(min(span), max(span), "month"))
        keys = period_range(impact.before.first, impact.after.end - dt.timedelta(days=1), "month")
        months = tuple(
            ImpactMonth(
                period(key),
                float(per_month[key]) if key in logged else None,
                "before"
                if key in impact.before.months
                else "after"
                if key in impact.after.months
                else "",
            )
            for key in keys
        )
        day = impact.date
        days = calendar.monthrange(day.year, day.month)[1]
        at = keys.index(month_key(day)) + (day.day - 1) / days if month_key(day) in keys else 0
        return ImpactChartData(
            months,
            at,
            impact.volume.before,
            impact.volume.after,
            {
                "before": translate("Segments", "Before"),
                "after": translate("Segments", "After"),
                "no_data": translate("Segments", "no data"),
                "date": date(day),
                "mean": translate("Segments", "mean %1 / month"),
            },
        )


def _span(months: list[str]) -> str:
    first, last = period(months[0]), period(months[-1])
    return first if first == last else f"{first} – {last}"


def _months(number_of: int) -> str:
    return (
        translate("Segments", "1 month")
        if number_of == 1
        else translate("Segments", "%1 months").replace("%1", count(number_of))
    )
