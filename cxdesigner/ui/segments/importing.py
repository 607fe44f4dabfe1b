"""File ▸ Import ▸ Contact log (CSV)…: through the same code as ``cxdesigner import-contacts``.

Every problem of the file is shown at once and nothing changes; a file without problems is
added in one undo step.
"""

from __future__ import annotations

from pathlib import Path

from cxdesigner.analysis.contacts import total
from cxdesigner.analysis.profiles import ProfileIndex
from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import ReplaceProjectState
from cxdesigner.io.csv_contacts import ContactsImport, import_contacts
from cxdesigner.io.csv_reading import CsvImportError
from cxdesigner.io.csv_wording import worded
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.segments.prompts import SegmentPrompts
from cxdesigner.ui.segments.texts import count


def describe_import(result: ContactsImport) -> str:
    """What an import added, in the interface language."""
    parts = [
        translate("Segments", "%1 contacts added (%2 rows).")
        .replace("%1", count(total(result.added)))
        .replace("%2", count(len(result.added)))
    ]
    for label, created in (
        (translate("Segments", "New segments: %1."), result.new_segments),
        (translate("Segments", "New channels: %1."), result.new_channels),
        (translate("Segments", "New contact profiles: %1."), result.new_profiles),
    ):
        if created:
            parts.append(label.replace("%1", ", ".join(entity.name for entity in created)))
    index = ProfileIndex(result.project.contact_profiles)
    loose = total(contact for contact in result.added if index.profile_id(contact) is None)
    if loose:
        parts.append(
            translate("Segments", "%1 of them belong to no contact profile yet.").replace(
                "%1", count(loose)
            )
        )
    return " ".join(parts)


class ContactLogImport:
    """Imports contact logs into one document."""

    def __init__(self, document: JourneyDocument, prompts: SegmentPrompts,
                 language: str = "en") -> None:
        self._document, self._prompts = document, prompts
        self._language = language
        self.folder: Path = Path.home()
        self.last_summary = ""

    def ask_and_import(self) -> bool:
        """Ask for a file and import it; True when contacts were added."""
        if self._document.path is not None:
            self.folder = self._document.path.parent
        path = self._prompts.contact_log_path(self.folder)
        return self.import_file(path) if path is not None else False

    def import_file(self, path: Path) -> bool:
        """Add the contact log at ``path``: one undo step, or every problem and no change."""
        self.folder = path.parent
        try:
            result = import_contacts(path, self._document.project)
        except CsvImportError as error:
            self._prompts.show_import_problems(path, error.problems_in(self._language),
                                               error.warnings_in(self._language))
            return False
        self._document.undo_stack.push(
            ReplaceProjectState(
                self._document, result.project, QT_TRANSLATE_NOOP("Commands", "Import contact log")
            )
        )
        self.last_summary = describe_import(result)
        if result.warnings:
            self._prompts.show_import_warnings(path, self.last_summary,
                                               worded(result.warnings, self._language))
        return True
