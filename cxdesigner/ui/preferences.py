"""The preferences dialog: interface language, window theme, recovery interval."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.ui.i18n import LANGUAGES, SYSTEM, translate
from cxdesigner.ui.labels import language_label
from cxdesigner.ui.settings import (
    MAX_AUTOSAVE_SECONDS,
    MIN_AUTOSAVE_SECONDS,
    THEMES,
    Preferences,
)


def theme_label(theme: str) -> str:
    return translate("Preferences", "Dark") if theme == "dark" \
        else translate("Preferences", "Light")


class PreferencesDialog(QDialog):
    """Edits a :class:`Preferences`; :meth:`apply` stores the choices."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self.setWindowTitle(translate("Preferences", "Preferences"))
        self.language = QComboBox(self)
        for code in (SYSTEM, *LANGUAGES):
            self.language.addItem(language_label(code), code)
        self.language.setCurrentIndex(self.language.findData(preferences.language))
        restart = QLabel(translate("Preferences",
                                   "A new language is used the next time CX Designer starts."),
                         self)
        restart.setWordWrap(True)
        restart.setEnabled(False)
        self.theme = QComboBox(self)
        for theme in THEMES:
            self.theme.addItem(theme_label(theme), theme)
        self.theme.setCurrentIndex(self.theme.findData(preferences.theme))
        self.autosave = QSpinBox(self)
        self.autosave.setRange(MIN_AUTOSAVE_SECONDS, MAX_AUTOSAVE_SECONDS)
        self.autosave.setSingleStep(10)
        self.autosave.setSuffix(translate("Preferences", " s"))
        self.autosave.setValue(preferences.autosave_seconds)
        self.autosave.setToolTip(translate(
            "Preferences", "While there are unsaved changes, a recovery copy is also written "
                           "a few seconds after each edit."))
        form = QFormLayout()
        form.addRow(translate("Preferences", "Interface language:"), self.language)
        form.addRow("", restart)
        form.addRow(translate("Preferences", "Window theme:"), self.theme)
        form.addRow(translate("Preferences", "Recovery copy every:"), self.autosave)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def apply(self) -> bool:
        """Store the choices; True when the language changed (effective after a restart)."""
        language = str(self.language.currentData())
        changed = language != self._preferences.language
        self._preferences.language = language
        self._preferences.theme = str(self.theme.currentData())
        self._preferences.autosave_seconds = self.autosave.value()
        self._preferences.sync()
        return changed
