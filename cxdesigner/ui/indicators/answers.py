"""Survey answers into the project: typed one by one, or imported from a CSV file at once.

The import goes through ``io.csv_answers``: the whole file is checked first; if anything
is wrong, every problem is listed and nothing is added; otherwise all its answers (and
the segments it names) are added as one undo step.
"""

from __future__ import annotations

import datetime as dt
from contextlib import suppress
from pathlib import Path

from pydantic import ValidationError
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.analysis.rollup import ScopeKind, journey_scopes
from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import AddItem, ReplaceProjectState
from cxdesigner.io.csv_answers import import_answers
from cxdesigner.io.csv_reading import CsvImportError
from cxdesigner.io.csv_values import CellError, read_scale
from cxdesigner.model import DEFAULT_SCALES, ScoreScale, SurveyAnswer, SurveyIndicator
from cxdesigner.ui.charts import WARNING_COLOUR
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.indicators.counts_form import parse_number
from cxdesigner.ui.labels import interface_label
from cxdesigner.ui.panel_context import PanelContext


def choose_answers_file(parent: QWidget, folder: Path) -> Path | None:
    """The CSV file of answers to import, or None (a function so that tests replace it)."""
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("Indicators", "Import survey answers"), str(folder),
        translate("Indicators", "Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"))
    return Path(name) if name else None


class ProblemsDialog(QDialog):
    """Every problem of a file that was not imported, in a list one can scroll and copy."""

    def __init__(self, error: CsvImportError, language: str, parent: QWidget | None = None,
                 title: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or translate("Indicators", "Answers not imported"))
        self.problems = error.problems_in(language)
        count = len(self.problems)
        head = QLabel(translate(
            "Indicators", "“%1” was not imported: %2 problem(s) to fix in the file. Nothing "
                          "was added to the project.").replace("%1", error.path.name)
                      .replace("%2", str(count)), self)
        head.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText("\n".join(f"• {problem}" for problem in self.problems))
        self.text.setMinimumSize(560, 240)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


def import_answers_file(context: PanelContext) -> bool:
    """File ▸ Import ▸ Survey answers (CSV)…: True when answers were added."""
    document = context.document
    folder = document.path.parent if document.path is not None else Path.home()
    path = choose_answers_file(context.dialog_parent, folder)
    if path is None:
        return False
    try:
        result = import_answers(path, document.project)
    except CsvImportError as error:
        dialog = ProblemsDialog(error, context.language, context.dialog_parent)
        context.prompts.run(dialog)
        dialog.deleteLater()
        return False
    except OSError as error:
        context.prompts.show_error(translate("Indicators", "Answers not imported"),
                                   translate("Indicators", "“%1” could not be read.").replace(
                                       "%1", str(path)), error.strerror or str(error))
        return False
    document.undo_stack.push(ReplaceProjectState(
        document, result.project, QT_TRANSLATE_NOOP("Commands", "Import survey answers")))
    context.report(translate(
        "Indicators", "%1 answers imported from “%2”.").replace(
            "%1", str(len(result.added))).replace("%2", path.name))
    return True


class AnswerForm(QGroupBox):
    """A small form to type one answer: scope, indicator, value, scale, respondent, date."""

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(translate("Indicators", "Type an answer"), parent)
        self._document = document
        self.journey_id: str | None = None
        self.scope = QComboBox(self)
        self.indicator = QComboBox(self)
        for indicator in SurveyIndicator:
            self.indicator.addItem(interface_label(indicator), indicator.value)
        # A line, not a spin box: a spin box drops a keystroke that leaves its range, and
        # "11" typed for an NPS would quietly become 1. What is typed stays, and Add says
        # what is wrong with it.
        self.value = QLineEdit(self)
        self.scale = QLineEdit(self)
        self.respondent = QLineEdit(self)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.add_button = QPushButton(translate("Indicators", "Add Answer"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {WARNING_COLOUR};")
        form = QFormLayout(self)
        form.addRow(translate("Indicators", "About:"), self.scope)
        form.addRow(translate("Indicators", "Indicator:"), self.indicator)
        form.addRow(translate("Indicators", "Value:"), self.value)
        form.addRow(translate("Indicators", "Scale:"), self.scale)
        form.addRow(translate("Indicators", "Respondent:"), self.respondent)
        form.addRow(translate("Indicators", "Date:"), self.date)
        form.addRow(self.add_button)
        form.addRow(self.message)
        self.indicator.currentIndexChanged.connect(lambda _i: self._follow_indicator())
        self.scale.textChanged.connect(lambda _t: self._follow_scale())
        self.add_button.clicked.connect(self.add)
        self._follow_indicator()

    def set_journey(self, journey_id: str | None) -> None:
        """Offer the journey, its stages and its steps as what the answer is about."""
        chosen = self.scope.currentData()
        self.journey_id = journey_id
        self.scope.clear()
        if journey_id is not None:
            for scope in journey_scopes(self._document.journey(journey_id)):
                indent = {ScopeKind.JOURNEY: "", ScopeKind.STAGE: "  ",
                          ScopeKind.TOUCHPOINT: "      "}[scope.kind]
                self.scope.addItem(indent + scope.name, scope.id)
        self.scope.setCurrentIndex(max(0, self.scope.findData(chosen)))

    def chosen_indicator(self) -> SurveyIndicator:
        return SurveyIndicator(self.indicator.currentData())

    def _follow_indicator(self) -> None:
        usual = DEFAULT_SCALES[self.chosen_indicator()]
        self.scale.setPlaceholderText(translate("Indicators", "%1-%2 (usual)").replace(
            "%1", str(usual.low)).replace("%2", str(usual.high)))
        self.scale.setEnabled(self.chosen_indicator() is not SurveyIndicator.NPS)
        if not self.scale.isEnabled():
            self.scale.clear()
        self._follow_scale()

    def _follow_scale(self) -> None:
        scale = DEFAULT_SCALES[self.chosen_indicator()]
        with suppress(CellError):  # said when adding
            scale = read_scale(self.scale.text(), self.chosen_indicator()) or scale
        self.value.setPlaceholderText(translate("Indicators", "%1 to %2").replace(
            "%1", str(scale.low)).replace("%2", str(scale.high)))

    def add(self) -> SurveyAnswer | None:
        """Add the typed answer as one undo step; a wrong value is explained below."""
        indicator = self.chosen_indicator()
        scope_id = self.scope.currentData()
        if scope_id is None:
            return None
        try:
            scale = read_scale(self.scale.text(), indicator) if self.scale.text().strip() \
                else None
            day = self.date.date()
            value = self._typed_value(scale or DEFAULT_SCALES[indicator])
            answer = SurveyAnswer(scope_id=scope_id, indicator=indicator,
                                  value=value, scale=scale,
                                  respondent=self.respondent.text().strip(),
                                  date=dt.date(day.year(), day.month(), day.day()))
        except (CellError, ValidationError, ValueError) as error:
            self.message.setText(translate("Indicators", "Not added: %1").replace(
                "%1", str(error).splitlines()[0]))
            return None
        self.message.clear()
        self._document.undo_stack.push(AddItem(
            self._document, "answers", answer,
            text=QT_TRANSLATE_NOOP("Commands", "Add survey answer")))
        self.respondent.clear()
        return answer

    def _typed_value(self, scale: ScoreScale) -> float:
        """The value typed, on ``scale``; ValueError saying what to type instead."""
        typed = self.value.text().strip()
        try:
            value = parse_number(typed)
        except ValueError:
            value = None
        if value is not None and scale.low <= value <= scale.high:
            return value
        reason = translate("Indicators", "%1 answers are numbers from %2 to %3 (typed “%4”).") \
            if typed else translate("Indicators", "type the answer: %1 answers are numbers "
                                                  "from %2 to %3.")
        raise ValueError(reason.replace("%1", interface_label(self.chosen_indicator()))
                         .replace("%2", str(scale.low)).replace("%3", str(scale.high))
                         .replace("%4", typed))
