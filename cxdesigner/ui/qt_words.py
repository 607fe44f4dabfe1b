"""Words of Qt's own dialogs that Qt's French catalogue lacks, translated in ours."""

from __future__ import annotations

from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP

# Qt 6 gave two labels of its file dialog a keyboard accelerator, and qtbase_fr.qm still
# knows only their old texts ("Look in:"), so a French file dialog showed them in English.
# Listed here, they go into our .ts under Qt's own context; our translator, installed beside
# Qt's (LanguageInstaller), answers what Qt's does not.
QT_WORDS: tuple[tuple[str, str], ...] = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
)
