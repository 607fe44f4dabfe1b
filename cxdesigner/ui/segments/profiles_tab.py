"""Steps 3 and 4, contact profiles: followed over time, valued for the customer and business."""

from __future__ import annotations

from html import escape
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.analysis.contacts import PERIODS, Period, Places
from cxdesigner.analysis.profiles import ProfileFollowUp, Verdict, follow_profiles
from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import EditItem
from cxdesigner.model import ContactProfile, Project
from cxdesigner.ui.charts import ChartPoint, LineChart, LineChartData, Sparkline
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.segments.tables import (
    cell,
    fill,
    fit_columns,
    fit_height,
    make_table,
    tones,
)
from cxdesigner.ui.segments.texts import (
    count,
    percent,
    period,
    value_label,
    verdict,
    verdict_tip,
)
from cxdesigner.ui.segments.unassigned import UnassignedPanel

Side = Literal["customer_value", "business_value"]
VALUE_COLUMNS: dict[Side, int] = {"customer_value": 4, "business_value": 5}
MAX_LABELLED_POINTS = 12
"""Beyond this many periods the chart writes no value above its points (they would overlap)."""


def period_label(value: Period) -> str:
    return (
        translate("Segments", "Per month")
        if value == "month"
        else translate("Segments", "Per week")
    )


class ProfilesTab(QWidget):
    """Every contact profile with its volume, trend, values and verdict; one profile's curve."""

    def __init__(
        self, document: JourneyDocument, panel: UnassignedPanel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._document = document
        self.read_only = False
        self.follow: ProfileFollowUp | None = None
        self._project = document.project
        self._places = Places(document.project)
        self.add_button = QPushButton(translate("Segments", "Add Profile"), self)
        self.rename_button = QPushButton(translate("Segments", "Rename…"), self)
        self.delete_button = QPushButton(translate("Segments", "Delete…"), self)
        self.note = QLabel(
            translate(
                "Segments",
                "Value from 1 (low) to 3 (high) for the customer and for the "
                "business: a contact worth little to both is one to remove.",
            ),
            self,
        )
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addWidget(self.note, 1)
        self.table = make_table(self)
        self.table.currentCellChanged.connect(lambda *_: self._show_curve())
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.detail = QLabel(left)
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.detail, 1)

        right = QWidget(self)
        self.period = QComboBox(right)
        for value in PERIODS:
            self.period.addItem(period_label(value), value)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh(document.project))
        self.curve_title = QLabel(right)
        self.curve_title.setWordWrap(True)
        self.chart = LineChart(right)
        self.chart.setMinimumHeight(150)
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.chart.empty_text = translate("Segments", "No contacts logged yet")
        self.unassigned = panel
        top = QHBoxLayout()
        top.addWidget(self.curve_title, 1)
        top.addWidget(self.period)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addWidget(self.chart, 3)
        right_layout.addWidget(panel, 2)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

    def chosen_period(self) -> Period:
        return "week" if self.period.currentData() == "week" else "month"

    def selected(self) -> ContactProfile | None:
        row = self.table.currentRow()
        profiles = self._document.project.contact_profiles
        return profiles[row] if 0 <= row < len(profiles) else None

    def select(self, profile_id: str) -> None:
        ids = [profile.id for profile in self._document.project.contact_profiles]
        if profile_id in ids:
            self.table.selectRow(ids.index(profile_id))

    def refresh(self, project: Project) -> None:
        """Show ``project``'s contact profiles."""
        tone = tones(self)
        verdict_colours = {
            Verdict.REMOVE: tone.warning,
            Verdict.ACT: tone.act,
            Verdict.UNVALUED: tone.muted,
        }
        follow = follow_profiles(project, self.chosen_period())
        self.follow = follow
        places = Places(project)
        rows = []
        for volume in follow.profiles:
            profile = volume.profile
            assert profile is not None
            touchpoints = [places.touchpoint_titles.get(t, t) for t in profile.touchpoint_ids]
            rows.append(
                [
                    cell(profile.name, bold=True, tip=profile.description),
                    cell(count(volume.contacts), right=True),
                    cell(percent(volume.share), right=True),
                    cell(""),
                    cell(""),
                    cell(""),
                    cell(
                        verdict(volume.verdict),
                        bold=volume.verdict is Verdict.REMOVE,
                        colour=verdict_colours.get(volume.verdict) if volume.verdict else None,
                        tip=verdict_tip(volume.verdict),
                    ),
                    cell(", ".join(touchpoints), tip="\n".join(touchpoints)),
                ]
            )
        fill(
            self.table,
            [
                translate("Segments", "Contact profile"),
                translate("Segments", "Contacts"),
                translate("Segments", "Share"),
                translate("Segments", "Trend"),
                translate("Segments", "For the customer"),
                translate("Segments", "For the business"),
                translate("Segments", "Verdict"),
                translate("Segments", "Touchpoints"),
            ],
            rows,
        )
        for row, volume in enumerate(follow.profiles):
            assert volume.profile is not None
            spark = Sparkline(self.table)
            spark.set_values([float(value) for value in volume.by_period.values()], 0.0)
            spark.setToolTip(
                " · ".join(
                    f"{period(key)}: {count(value)}" for key, value in volume.by_period.items()
                )
            )
            self.table.setCellWidget(row, 3, spark)
            for side, column in VALUE_COLUMNS.items():
                self.table.setCellWidget(row, column, self._value_combo(volume.profile, side))
        fit_columns(self.table, stretch=7)
        fit_height(self.table)
        self._places = places
        self._project = project
        self.unassigned.refresh(project, follow, self.selected())
        self._enable()
        self._show_curve()

    def _detail(self, profile: ContactProfile, reasons: dict[str, int]) -> str:
        """What the selected profile gathers, where it arises and what is done about it."""
        project = self._project
        titles = [self._places.touchpoint_titles.get(t, t) for t in profile.touchpoint_ids]
        actions = [a.description for a in project.actions if profile.id in a.profile_ids]
        lines = [
            f"<b>{escape(profile.name)}</b>"
            + (f" — {escape(profile.description)}" if profile.description else "")
        ]
        for label, items in (
            (translate("Segments", "Reasons it gathers"), profile.reasons),
            (
                translate("Segments", "Its contacts' reasons"),
                [f"{reason} ({count(n)})" for reason, n in reasons.items()],
            ),
            (translate("Segments", "Touchpoints"), titles),
            (translate("Segments", "Actions aimed at it"), actions),
        ):
            shown = escape(", ".join(items)) if items else "—"
            lines.append(
                translate("Segments", "%1: %2")
                .replace("%1", f"<i>{escape(label)}</i>")
                .replace("%2", shown)
            )
        return "<br>".join(lines)

    def _value_combo(self, profile: ContactProfile, side: Side) -> QComboBox:
        combo = QComboBox(self.table)
        for value in (None, 1, 2, 3):
            combo.addItem(value_label(value), value)
        combo.setCurrentIndex(combo.findData(getattr(profile, side)))
        combo.setEnabled(not self.read_only)
        combo.setObjectName(f"{side}:{profile.id}")
        combo.currentIndexChanged.connect(
            lambda _index, c=combo, p=profile.id, s=side: self.set_value(p, s, c.currentData())
        )
        return combo

    def value_combo(self, profile_id: str, side: Side) -> QComboBox:
        """The combo box that edits a profile's value (for tests and keyboard users)."""
        combo = self.table.findChild(QComboBox, f"{side}:{profile_id}")
        assert isinstance(combo, QComboBox)
        return combo

    def set_value(self, profile_id: str, side: Side, value: int | None) -> None:
        """Give a profile its value for the customer or the business: one undo step."""
        profiles = self._document.project.contact_profiles
        profile = next((p for p in profiles if p.id == profile_id), None)
        if profile is None or getattr(profile, side) == value:
            return
        text = (
            QT_TRANSLATE_NOOP("Commands", "Set value for the customer")
            if side == "customer_value"
            else QT_TRANSLATE_NOOP("Commands", "Set value for the business")
        )
        self._document.undo_stack.push(
            EditItem(self._document, "contact_profiles", profile_id, {side: value}, text=text)
        )

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for button in (self.add_button, self.rename_button, self.delete_button):
            button.setVisible(not read_only)
        self.unassigned.set_read_only(read_only)

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.rename_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _show_curve(self) -> None:
        follow = self.follow
        self._enable()
        profile = self.selected()
        volume = (
            next((v for v in follow.profiles if v.profile is profile), None)
            if follow is not None and profile is not None
            else None
        )
        if follow is None or volume is None or profile is None:
            self.curve_title.setText("")
            self.detail.setText("")
            self.chart.set_data(None)
            return
        self.detail.setText(self._detail(profile, volume.reasons))
        self.unassigned.set_target(profile)
        per = (
            translate("Segments", "per month")
            if follow.period == "month"
            else translate("Segments", "per week")
        )
        self.curve_title.setText(
            translate("Segments", "Contacts of “%1” %2")
            .replace("%1", profile.name)
            .replace("%2", per)
        )
        labelled = len(follow.periods) <= MAX_LABELLED_POINTS
        step = max(1, len(follow.periods) // MAX_LABELLED_POINTS + 1)
        points = tuple(
            ChartPoint(
                period(key) if labelled or index % step == 0 else "", float(volume.by_period[key])
            )
            for index, key in enumerate(follow.periods)
        )
        peak = max((point.value or 0.0 for point in points), default=0.0)
        self.chart.set_data(
            LineChartData(
                points=points,
                minimum=0.0,
                maximum=max(1.0, peak * 1.2),
                value_format=(lambda value: count(round(value)))
                if labelled
                else (lambda _value: ""),
            )
            if points
            else None
        )
