"""Step 1, segments: who gets in touch, when and on which channel; the segments themselves."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.analysis.contacts import Mean, Places, labelled, log_span, total
from cxdesigner.analysis.segments import SegmentContacts, segment_contacts
from cxdesigner.document import JourneyDocument
from cxdesigner.document.cleanup import without_item
from cxdesigner.document.commands import AddItem, EditItem, ReplaceProjectState
from cxdesigner.model import Project, Segment
from cxdesigner.ui.charts import SERIES_COLOURS, BarChart, BarChartData, Series
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.inspector.fields import TypingField
from cxdesigner.ui.inspector.typing import TypedItemEdit
from cxdesigner.ui.segments.prompts import SegmentPrompts
from cxdesigner.ui.segments.tables import cell, fill, fit_height, make_table
from cxdesigner.ui.segments.texts import (
    count,
    date,
    no_segment,
    not_given,
    number,
    percent,
    period,
    weekday,
)

VIEWS = ("channel", "stage", "month", "weekday")
"""What the columns of the contacts table are."""
MAX_SIZE = 2_000_000_000


def view_label(view: str) -> str:
    return {
        "channel": translate("Segments", "Per channel"),
        "stage": translate("Segments", "Per stage"),
        "month": translate("Segments", "Per month"),
        "weekday": translate("Segments", "Per day of the week"),
    }[view]


def breakdown(project: Project, rows: list[SegmentContacts], view: str) -> list[dict[str, int]]:
    """Each segment's contacts per channel, stage, month or weekday, keyed by label."""
    places = Places(project)
    if view == "channel":
        return [
            labelled(row.by_channel, lambda key: not_given(places.channel_label(key)))
            for row in rows
        ]
    if view == "stage":
        return [
            labelled(row.by_stage, lambda key: not_given(places.stage_label(key))) for row in rows
        ]
    if view == "month":
        return [{period(key): value for key, value in row.by_month.items()} for row in rows]
    return [{weekday(key): value for key, value in row.by_weekday.items()} for row in rows]


def _mean(mean: Mean, rate: bool) -> QTableWidgetItem:
    """A mean duration or a resolution rate, with the n it rests on in its tooltip."""
    text = percent(mean.value, 0) if rate else number(mean.value)
    return cell(
        text, right=True, tip=translate("Segments", "n = %1 contacts").replace("%1", count(mean.n))
    )


class SegmentsTab(QWidget):
    """The project's segments (edited on the left) and their contacts (table and chart)."""

    def __init__(
        self,
        document: JourneyDocument,
        prompts: SegmentPrompts,
        add_count: Callable[[str | None], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._document, self._prompts = document, prompts
        self._shown_id: str | None = None
        self.read_only = False
        editor = QGroupBox(translate("Segments", "Segments"), self)
        self.list = QListWidget(editor)
        self.list.currentRowChanged.connect(lambda _row: self._show_selected())
        self.add_button = QPushButton(translate("Segments", "Add"), editor)
        self.delete_button = QPushButton(translate("Segments", "Delete…"), editor)
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete_selected)
        self.name = QLineEdit(editor)
        self.name_field = TypingField(self.name, self._typed_name, self)
        self.size_spin = QSpinBox(editor)
        self.size_spin.setRange(-1, MAX_SIZE)
        self.size_spin.setGroupSeparatorShown(True)
        self.size_spin.setSpecialValueText(translate("Segments", "not known"))
        self.size_spin.setToolTip(translate("Segments", "How many customers the segment holds"))
        self.size_spin.editingFinished.connect(self._size_edited)
        self.count_button = QPushButton(translate("Segments", "Add Contact Count…"), editor)
        self.count_button.setToolTip(
            translate("Segments", "Type a number of contacts of the selected segment")
        )
        self.count_button.clicked.connect(lambda: add_count(self._selected_id()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        form = QFormLayout()
        form.addRow(translate("Segments", "Name:"), self.name)
        form.addRow(translate("Segments", "Customers:"), self.size_spin)
        side = QVBoxLayout(editor)
        side.addWidget(self.list, 1)
        side.addLayout(buttons)
        side.addLayout(form)
        side.addWidget(self.count_button)

        figures = QWidget(self)
        self.view = QComboBox(figures)
        for view in VIEWS:
            self.view.addItem(view_label(view), view)
        self.view.currentIndexChanged.connect(lambda _index: self._show_contacts())
        self.summary = QLabel(figures)
        self.summary.setWordWrap(True)
        self.table = make_table(figures, selectable=False)
        self.chart = BarChart(figures)
        self.chart.setMinimumHeight(200)
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.chart.empty_text = translate("Segments", "No contacts logged yet")
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("Segments", "Contacts:"), figures))
        top.addWidget(self.view)
        top.addWidget(self.summary, 1)
        right = QVBoxLayout(figures)
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(top)
        right.addWidget(self.table)
        right.addWidget(self.chart, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(editor)
        layout.addWidget(figures, 1)
        editor.setMaximumWidth(300)
        self._rows: list[SegmentContacts] = []
        self._project: Project | None = None

    # ------------------------------------------------------------------ showing

    def refresh(self, project: Project) -> None:
        """Show ``project``'s segments and their contacts."""
        self._project = project
        chosen = self._selected_id()
        blocked = self.list.blockSignals(True)
        try:
            self.list.clear()
            for segment in project.segments:
                self.list.addItem(segment.name)
            ids = [segment.id for segment in project.segments]
            self.list.setCurrentRow(ids.index(chosen) if chosen in ids else (0 if ids else -1))
        finally:
            self.list.blockSignals(blocked)
        self._show_selected()
        self._rows = segment_contacts(project)
        self._show_contacts()

    def _show_contacts(self) -> None:
        project = self._project
        if project is None:
            return
        view = str(self.view.currentData())
        rows = self._rows
        counts = breakdown(project, rows, view)
        keys: list[str] = []
        for mine in counts:
            keys += [key for key in mine if key not in keys]
        names = [no_segment() if row.segment_id is None else row.name for row in rows]
        sizes = {segment.id: segment.size for segment in project.segments}
        headers = [
            translate("Segments", "Segment"),
            translate("Segments", "Customers"),
            *keys,
            translate("Segments", "Contacts"),
            translate("Segments", "Share"),
            translate("Segments", "Minutes / contact"),
            translate("Segments", "Resolved"),
        ]
        table = []
        for row, name, mine in zip(rows, names, counts, strict=True):
            size = sizes.get(row.segment_id or "")
            table.append(
                [
                    cell(name, bold=True),
                    cell("—" if size is None else count(size), right=True),
                    *(cell(count(mine.get(key, 0)), right=True) for key in keys),
                    cell(count(row.contacts), right=True, bold=True),
                    cell(percent(row.share), right=True),
                    _mean(row.figures.mean_duration, False),
                    _mean(row.figures.resolution_rate, True),
                ]
            )
        fill(self.table, headers, table, stretch=0)
        fit_height(self.table)
        span = log_span(project.contacts)
        if span is None:
            self.summary.setText(
                translate(
                    "Segments",
                    "No contacts logged yet: type counts, or import a contact log (File ▸ Import).",
                )
            )
        else:
            self.summary.setText(
                translate("Segments", "%1 contacts from %2 to %3")
                .replace("%1", count(total(project.contacts)))
                .replace("%2", date(span[0]))
                .replace("%3", date(span[1]))
            )
        peak = max((value for mine in counts for value in mine.values()), default=0)
        series = tuple(
            Series(
                name,
                tuple(float(mine.get(key, 0)) for key in keys),
                SERIES_COLOURS[index % len(SERIES_COLOURS)],
            )
            for index, (name, mine) in enumerate(zip(names, counts, strict=True))
        )
        self.chart.set_data(
            BarChartData(
                categories=tuple(keys),
                series=series,
                minimum=0.0,
                maximum=max(1.0, peak * 1.15),
                value_format=lambda value: count(round(value)),
            )
            if keys and project.contacts
            else None
        )

    def _selected_id(self) -> str | None:
        project = self._project
        row = self.list.currentRow()
        if project is None or not 0 <= row < len(project.segments):
            return None
        return project.segments[row].id

    def _selected(self) -> Segment | None:
        segment_id = self._selected_id()
        # The list may still show the project before an undo: look in the document's.
        return next((s for s in self._document.project.segments if s.id == segment_id), None)

    def _show_selected(self) -> None:
        segment = self._selected()
        if (segment.id if segment else None) != self._shown_id:
            self.name_field.end_session()
        self._shown_id = segment.id if segment else None
        self.name_field.set_text(segment.name if segment else "")
        blocked = self.size_spin.blockSignals(True)
        size = segment.size if segment else None
        self.size_spin.setValue(-1 if size is None else size)
        self.size_spin.blockSignals(blocked)
        for widget in (self.name, self.size_spin, self.delete_button):
            widget.setEnabled(segment is not None and not self.read_only)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for widget in (self.add_button, self.count_button):
            widget.setVisible(not read_only)
        self._show_selected()

    # ------------------------------------------------------------------ editing

    def add(self) -> None:
        segment = Segment(name=translate("Segments", "New segment"))
        self._document.undo_stack.push(
            AddItem(
                self._document,
                "segments",
                segment,
                text=QT_TRANSLATE_NOOP("Commands", "Add segment"),
            )
        )
        self.refresh(self._document.project)
        self.list.setCurrentRow(len(self._document.project.segments) - 1)
        self.name.setFocus()
        self.name.selectAll()

    def delete_selected(self) -> None:
        segment = self._selected()
        if segment is None:
            return
        title = translate("Segments", "Delete segment")
        if not self._prompts.confirm(
            title,
            translate(
                "Segments",
                "Delete the segment “%1”? Its contacts, answers and personas are kept, "
                "without a segment.",
            ).replace("%1", segment.name),
            title,
        ):
            return
        try:
            after = without_item(self._document.project, "segments", segment.id)
        except ValueError as error:
            self._prompts.show_error(
                title, translate("Segments", "Nothing was deleted."), str(error)
            )
            return
        self._document.undo_stack.push(
            ReplaceProjectState(
                self._document, after, QT_TRANSLATE_NOOP("Commands", "Delete segment")
            )
        )

    def _typed_name(self, text: str, session: int) -> None:
        segment = self._selected()
        if segment is not None and segment.name != text:
            self._document.undo_stack.push(
                TypedItemEdit(
                    self._document,
                    "segments",
                    segment.id,
                    {"name": text},
                    session,
                    QT_TRANSLATE_NOOP("Commands", "Rename segment"),
                )
            )

    def _size_edited(self) -> None:
        segment = self._selected()
        size = None if self.size_spin.value() < 0 else self.size_spin.value()
        if segment is not None and segment.size != size:
            self._document.undo_stack.push(
                EditItem(
                    self._document,
                    "segments",
                    segment.id,
                    {"size": size},
                    text=QT_TRANSLATE_NOOP("Commands", "Edit segment size"),
                )
            )
