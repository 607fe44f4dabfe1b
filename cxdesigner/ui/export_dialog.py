"""File ▸ Export ▸ PDF: the choices of a print, remembered between exports, with a preview."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from cxdesigner.export import (
    ALL_PERSONAS,
    WALL_MIN_TEXT,
    ExportError,
    Orientation,
    ReportPlace,
    Section,
    is_wall_paper,
)
from cxdesigner.export.options import MIN_TEXT_RANGE
from cxdesigner.model import Project
from cxdesigner.ui.export_choices import CUSTOM, PAPERS, ExportChoices
from cxdesigner.ui.export_destination import DestinationCheck
from cxdesigner.ui.export_preview import (
    BackgroundJob,
    ExportPreview,
    PreviewPlan,
    Progress,
    plan_preview,
)
from cxdesigner.ui.export_summary import describe, fill
from cxdesigner.ui.export_thumbnails import Thumbnail
from cxdesigner.ui.i18n import translate

PREVIEW_DELAY_MS = 250  # quiet time after the last change before the preview is made again


def section_labels() -> dict[Section, str]:
    """Every part of a PDF, with its name in the dialog."""
    known = {
        Section.MAP: translate("ExportDialog", "Map"),
        Section.LEGEND: translate("ExportDialog", "Legend"),
        Section.PERSONAS: translate("ExportDialog", "Persona cards"),
        Section.COMPARISON: translate("ExportDialog", "Current and target"),
        Section.ACTIONS: translate("ExportDialog", "Action plan"),
        Section.INDICATORS: translate("ExportDialog", "Indicators"),
        Section.VERBATIMS: translate("ExportDialog", "Verbatim appendix"),
        Section.SEGMENTS: translate("ExportDialog", "Segments and profiles"),
        Section.BACKSTAGE: translate("ExportDialog", "Behind the scenes and evidence"),
        Section.BENCHMARK: translate("ExportDialog", "Sector barometer"),
    }
    return {section: known.get(section, section.value.capitalize()) for section in Section}


class ExportDialog(QDialog):
    """The print's options on the left, a live preview of the pages on the right."""

    def __init__(self, project: Project, choices: ExportChoices, path: Path,
                 thumbnails: dict[str, Thumbnail], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ExportDialog", "Export as PDF"))
        self._project = project
        self._job: BackgroundJob | None = None
        self._stale = False
        self.plan: PreviewPlan | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._start_preview)
        self.sources: list[Path] = []  # the project's file: never written over
        self.destination = DestinationCheck(self)
        self._build()
        self.preview.maps.thumbnails = thumbnails
        self.set_choices(choices)
        self.path_edit.setText(str(path))
        self._connect()
        self.refresh()

    def _build(self) -> None:
        content = QGroupBox(translate("ExportDialog", "Content"), self)
        self.journeys = QListWidget(content)
        self.journeys.setMaximumHeight(92)
        for journey in self._project.journeys:
            item = QListWidgetItem(journey.name, self.journeys)
            item.setData(Qt.ItemDataRole.UserRole, journey.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        every = translate("ExportDialog", "All personas (as the map shows them)")
        first = translate("ExportDialog", "Each journey's first persona")
        self.persona = _combo(content, [(every, ALL_PERSONAS), (first, ""),
                                        *((p.name, p.id) for p in self._project.personas)])
        self.sections: dict[Section, QCheckBox] = {}
        grid = QGridLayout()
        for index, (section, label) in enumerate(section_labels().items()):
            self.sections[section] = box = QCheckBox(label, content)
            grid.addWidget(box, index // 2, index % 2)
        self.language = _combo(content, [("Français", "fr"), ("English", "en")])
        form = QFormLayout(content)
        form.addRow(translate("ExportDialog", "Journeys:"), self.journeys)
        form.addRow(translate("ExportDialog", "Persona:"), self.persona)
        form.addRow(translate("ExportDialog", "Sections:"), grid)
        form.addRow(translate("ExportDialog", "Printed labels in:"), self.language)

        sheet = QGroupBox(translate("ExportDialog", "Paper"), self)
        self.paper = _combo(sheet, [*((name, name) for name in PAPERS),
                                    (translate("ExportDialog", "Custom size"), CUSTOM)])
        self.custom_width = _spin(QDoubleSpinBox(sheet), 50, 5080, " mm")
        self.custom_height = _spin(QDoubleSpinBox(sheet), 50, 5080, " mm")
        self.orientation = _combo(sheet, [
            (translate("ExportDialog", "Landscape"), Orientation.LANDSCAPE.value),
            (translate("ExportDialog", "Portrait"), Orientation.PORTRAIT.value)])
        self.fit = QRadioButton(translate("ExportDialog", "Fit to the sheet"), sheet)
        self.fit.setToolTip(translate("ExportDialog", "As large as the sheet allows; a map "
                                                      "whose text would print too small is cut "
                                                      "into pages at stage boundaries."))
        self.one_sheet = QRadioButton(translate("ExportDialog", "All on one sheet"), sheet)
        self.at_scale = QRadioButton(translate("ExportDialog", "Scale:"), sheet)
        self._size_group = QButtonGroup(self)
        for button in (self.fit, self.one_sheet, self.at_scale):
            self._size_group.addButton(button)
        self.scale = _spin(QSpinBox(sheet), 1, 1000, " %")
        self.min_text = QDoubleSpinBox(sheet)
        self.min_text.setRange(*MIN_TEXT_RANGE)
        self.min_text.setDecimals(1)
        self.min_text.setSingleStep(0.5)
        self.min_text.setSuffix(" pt")
        self.min_text.setToolTip(translate(
            "ExportDialog", "6 pt is the smallest text read on a table (A4 to A2), 10 pt on a "
                            "wall (A1 and larger): a map that does not fit at that size is cut "
                            "into pages at stage boundaries."))
        self._own_min_text = False  # a floor chosen, not the paper's
        self.wall_warning = QLabel(sheet)
        self.wall_warning.setWordWrap(True)
        self.wall_warning.setVisible(False)
        self.allow_small = QCheckBox(translate("ExportDialog", "Allow smaller text"), sheet)
        self.allow_small.setToolTip(translate("ExportDialog", "Print on one sheet or at the "
                                                              "scale asked even if the text "
                                                              "comes out smaller."))
        self.page_per_stage = QCheckBox(translate("ExportDialog", "One page per stage"), sheet)
        self.report = _combo(sheet, [
            (translate("ExportDialog", "With the map (apart from a poster)"),
             ReportPlace.AUTO.value),
            (translate("ExportDialog", "Always in the same file"), ReportPlace.WITH_MAP.value),
            (translate("ExportDialog", "In a separate A4 file"), ReportPlace.APART.value)])
        self.strips = _spin(QSpinBox(sheet), 0, 8, "")
        self.strips.setSpecialValueText(translate("ExportDialog", "Automatic"))
        self.tile = _combo(sheet, [(translate("ExportDialog", "No: one sheet"), ""),
                                   (translate("ExportDialog", "On A4 sheets"), "A4"),
                                   (translate("ExportDialog", "On A3 sheets"), "A3")])
        self.overlap = _spin(QDoubleSpinBox(sheet), 0, 50, " mm")
        self.overlap.setPrefix(translate("ExportDialog", "overlap "))
        self.press = QCheckBox(translate(
            "ExportDialog", "Press-ready: CMYK, 3 mm bleed, crop marks (PDF/X-4)"), sheet)
        form = QFormLayout(sheet)
        form.addRow(translate("ExportDialog", "Paper:"), _row(self.paper, self.custom_width,
                                                     self.custom_height))
        form.addRow(translate("ExportDialog", "Orientation:"), self.orientation)
        form.addRow(translate("ExportDialog", "Size:"), _row(self.fit, self.one_sheet,
                                                            self.at_scale, self.scale))
        form.addRow(translate("ExportDialog", "Smallest text:"),
                    _row(self.min_text, self.allow_small, stretch=False))
        form.addRow("", self.wall_warning)
        form.addRow(translate("ExportDialog", "Pages:"), self.page_per_stage)
        form.addRow(translate("ExportDialog", "Strips:"), self.strips)
        form.addRow(translate("ExportDialog", "Tile:"), _row(self.tile, self.overlap))
        form.addRow(translate("ExportDialog", "Print shop:"), self.press)
        form.addRow(translate("ExportDialog", "Report:"), self.report)

        self.preview = ExportPreview(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(56)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.path_edit = QLineEdit(self)
        self.browse = QPushButton(translate("ExportDialog", "Choose…"), self)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(translate("ExportDialog", "Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(translate("ExportDialog", "Cancel"),
                                        QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        left = QVBoxLayout()
        left.addWidget(content)
        left.addWidget(sheet)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.summary)
        columns = QHBoxLayout()
        columns.addLayout(left, 0)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(_row(self.path_edit, self.browse,
                              label=translate("ExportDialog", "File:")))
        layout.addWidget(self.buttons)
        self.resize(1080, 640)

    def _connect(self) -> None:
        for combo in (self.persona, self.language, self.paper, self.orientation, self.tile,
                      self.report):
            combo.currentIndexChanged.connect(self.refresh)
        self.min_text.valueChanged.connect(self._on_min_text_changed)
        for spin in (self.custom_width, self.custom_height, self.overlap, self.scale, self.strips,
                     self.min_text):
            spin.valueChanged.connect(self.refresh)
        for button in (self.fit, self.one_sheet, self.allow_small, self.page_per_stage):
            button.toggled.connect(self.refresh)
        for box in self.sections.values():
            box.toggled.connect(self.refresh)
        self.journeys.itemChanged.connect(lambda _item: self.refresh())
        self.browse.clicked.connect(self.choose_path)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # ------------------------------------------------------------------ values

    def set_choices(self, choices: ExportChoices) -> None:
        wanted = set(choices.journeys)
        for row in range(self.journeys.count()):
            item = self.journeys.item(row)
            on = not wanted or item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.persona.setCurrentIndex(max(0, self.persona.findData(choices.persona or "")))
        for section, box in self.sections.items():
            box.setChecked(section in choices.sections)
        self.language.setCurrentIndex(max(0, self.language.findData(choices.language)))
        self.paper.setCurrentIndex(max(0, self.paper.findData(choices.paper)))
        self.custom_width.setValue(choices.custom_mm[0])
        self.custom_height.setValue(choices.custom_mm[1])
        self.orientation.setCurrentIndex(max(0, self.orientation.findData(choices.orientation)))
        size = self.at_scale if not choices.fit else \
            self.one_sheet if choices.one_sheet else self.fit
        size.setChecked(True)
        self.scale.setValue(choices.scale_percent)
        self._own_min_text = choices.min_text is not None
        self.min_text.setValue(choices.floor() if choices.min_text is None else choices.min_text)
        self.allow_small.setChecked(choices.allow_small_text)
        self.page_per_stage.setChecked(choices.page_per_stage)
        self.report.setCurrentIndex(max(0, self.report.findData(choices.report)))
        self.strips.setValue(choices.strips)
        self.tile.setCurrentIndex(max(0, self.tile.findData(choices.tile)))
        self.overlap.setValue(choices.overlap_mm)
        self.press.setChecked(choices.press)

    def choices(self) -> ExportChoices:
        checked = [str(item.data(Qt.ItemDataRole.UserRole))
                   for item in (self.journeys.item(r) for r in range(self.journeys.count()))
                   if item.checkState() == Qt.CheckState.Checked]
        every = len(checked) == self.journeys.count()
        return ExportChoices(  # ("",) when none is ticked: the export would take them all
            journeys=() if every else tuple(checked) or ("",),
            persona=str(self.persona.currentData()) or None,
            paper=str(self.paper.currentData()),
            custom_mm=(self.custom_width.value(), self.custom_height.value()),
            orientation=str(self.orientation.currentData()),
            fit=not self.at_scale.isChecked(), one_sheet=self.one_sheet.isChecked(),
            scale_percent=self.scale.value(),
            min_text=self.min_text.value() if self._own_min_text else None,
            allow_small_text=self.allow_small.isChecked(),
            page_per_stage=self.page_per_stage.isChecked(), strips=self.strips.value(),
            tile=str(self.tile.currentData()), overlap_mm=self.overlap.value(),
            sections=frozenset(s for s, box in self.sections.items() if box.isChecked()),
            report=str(self.report.currentData()), language=str(self.language.currentData()),
            press=self.press.isChecked())

    def _on_min_text_changed(self, value: float) -> None:
        """A floor typed in is kept across papers, unless it is the paper's own."""
        self._own_min_text = abs(value - self.choices().floor()) > 0.05

    def _follow_floor(self, choices: ExportChoices) -> None:
        """Show the paper's floor unless one was chosen, and warn of text below wall size."""
        if not self._own_min_text:
            self.min_text.blockSignals(True)
            self.min_text.setValue(choices.floor())
            self.min_text.blockSignals(False)
        try:
            wall = is_wall_paper(choices.paper_size())
        except ExportError:
            wall = False
        low = wall and self.min_text.value() < WALL_MIN_TEXT - 0.05
        self.wall_warning.setVisible(low)
        if low:
            self.wall_warning.setText("\u26a0 " + fill(translate(
                "ExportDialog", "Below the %1 pt a wall poster is read at: from a metre or two "
                                "away, the text will be hard to read."), f"{WALL_MIN_TEXT:g}"))

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    @override
    def accept(self) -> None:
        if self.destination.confirm(self.path(), self.sources):
            super().accept()

    def ask_pdf_path(self, suggested: Path) -> Path | None:
        """Where to write the PDF, or None (tests replace this method)."""
        name, _ = QFileDialog.getSaveFileName(
            self, translate("ExportDialog", "Export as PDF"), str(suggested),
            translate("ExportDialog", "PDF documents (*.pdf)"))
        return Path(name) if name else None

    def choose_path(self) -> None:
        chosen = self.ask_pdf_path(self.path())
        if chosen is not None:
            if chosen.suffix.lower() != ".pdf":
                chosen = chosen.with_name(chosen.name + ".pdf")
            self.path_edit.setText(str(chosen))

    # ------------------------------------------------------------------ preview

    def refresh(self) -> None:
        """Follow a change: enable what applies, then compute the preview again shortly."""
        choices = self.choices()
        self._follow_floor(choices)
        choices = self.choices()
        poster_at_scale = bool(choices.tile) and not choices.fit
        self.paper.setEnabled(not poster_at_scale)
        for spin in (self.custom_width, self.custom_height):
            spin.setVisible(choices.paper == CUSTOM)
            spin.setEnabled(not poster_at_scale)
        self.orientation.setEnabled(choices.paper != CUSTOM and not poster_at_scale)
        self.scale.setEnabled(not choices.fit)
        self.overlap.setEnabled(bool(choices.tile))
        self.one_sheet.setEnabled(not choices.tile)
        self.page_per_stage.setEnabled(not choices.tile and not
                                       (choices.fit and choices.one_sheet))
        tip = translate("ExportDialog", "A poster at a scale is as large as the map needs.")
        self.paper.setToolTip(tip if poster_at_scale else "")
        self.plan = None  # the preview keeps showing the last one until the new one is ready
        if self.preview.plan is None:
            self.preview.show_plan(None, translate("ExportDialog", "Preparing the preview…"))
        self._timer.start()

    def _start_preview(self) -> None:
        if self._job is not None:
            self._stale = True
            return
        choices = self.choices()
        try:
            if choices.journeys == ("",):
                raise ExportError(translate("ExportDialog", "tick at least one journey."))
            options = choices.options()
        except ExportError as error:
            self._show_problem(str(error))
            return
        project = self._project

        def work(progress: Progress) -> object:
            return plan_preview(project, options, progress)

        self._job = job = BackgroundJob(work, self)
        job.succeeded.connect(self._on_preview)
        job.failed.connect(lambda error: self._show_problem(str(error) or repr(error)))
        job.finished.connect(self._on_job_finished)
        job.start()

    def _on_preview(self, plan: object) -> None:
        if self._stale or not isinstance(plan, PreviewPlan):
            return
        self.plan = plan
        self.preview.show_plan(plan)
        self.summary.setText(describe(plan))
        self.export_button.setEnabled(True)

    def _show_problem(self, message: str) -> None:
        if self._stale:
            return
        self.plan = None
        self.preview.show_plan(None, translate("ExportDialog", "This export cannot be made."))
        lead = translate("ExportDialog", "To change:")
        self.summary.setText(f"<b>{lead}</b> {html.escape(ui_words(message))}")
        self.export_button.setEnabled(False)

    def _on_job_finished(self) -> None:
        job, self._job = self._job, None
        if job is not None:
            job.wait()
            job.deleteLater()
        if self._stale:
            self._stale = False
            self._start_preview()

    def wait_for_preview(self) -> None:
        """Stop a running preview, unheard (before the dialog goes away)."""
        self._timer.stop()
        if self._job is not None:
            for signal in (self._job.succeeded, self._job.failed, self._job.finished):
                signal.disconnect()
            self._job.cancel()
            self._job.wait()


def _combo(parent: QWidget, items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox(parent)
    for text, data in items:
        combo.addItem(text, data)
    return combo


_Spin = TypeVar("_Spin", QSpinBox, QDoubleSpinBox)


def _spin(spin: _Spin, low: int, high: int, suffix: str) -> _Spin:
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    if isinstance(spin, QDoubleSpinBox):
        spin.setDecimals(0)
    return spin


def _row(*widgets: QWidget, label: str = "", stretch: bool = True) -> QHBoxLayout:
    """Widgets side by side (after ``label``), the first one taking the room left (or, without
    ``stretch``, the room left empty at the end)."""
    row = QHBoxLayout()
    if label:
        row.addWidget(QLabel(label))
    for index, widget in enumerate(widgets):
        row.addWidget(widget, 1 if index == 0 and stretch else 0)
    if not stretch:
        row.addStretch(1)
    return row


def ui_words(message: str) -> str:
    """The export's messages name command-line options: name the dialog's fields instead."""
    for flag, label in (("--allow-small-text", translate("ExportDialog", "Allow smaller text")),
                        ("--min-text", translate("ExportDialog", "Smallest text")),
                        ("--page-per-stage", translate("ExportDialog", "One page per stage")),
                        ("--fit", translate("ExportDialog", "All on one sheet")),
                        ("--paper", translate("ExportDialog", "Paper")),
                        ("--scale", translate("ExportDialog", "Scale")),
                        ("--tile", translate("ExportDialog", "Tile")),
                        ("--overlap", translate("ExportDialog", "overlap")),
                        ("--sections", translate("ExportDialog", "Sections"))):
        message = message.replace(flag, f"“{label}”")
    return message
