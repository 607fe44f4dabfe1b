"""The edits of the segments panel: contact counts and contact profiles, each one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cxdesigner.analysis.contacts import match_key
from cxdesigner.document import JourneyDocument
from cxdesigner.document.cleanup import without_item
from cxdesigner.document.commands import AddItem, EditItem, RemoveItem, ReplaceProjectState
from cxdesigner.model import ContactProfile, ContactRecord
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.segments.contact_dialog import ContactDialog
from cxdesigner.ui.segments.prompts import SegmentPrompts


class SegmentEdits:
    """Changes the project on behalf of the panel, through the document's undo stack."""

    def __init__(self, document: JourneyDocument, prompts: SegmentPrompts, parent: QWidget) -> None:
        self._document, self._prompts, self._parent = document, prompts, parent

    # ------------------------------------------------------------------ contact counts

    def add_count(self, segment_id: str | None = None) -> ContactRecord | None:
        """Ask for a contact count (of ``segment_id`` at first) and add it."""
        dialog = ContactDialog(self._document.project, None, segment_id, self._parent)
        try:
            if not self._prompts.run(dialog):
                return None
            record = dialog.record()
        finally:
            dialog.deleteLater()
        self._document.undo_stack.push(
            AddItem(
                self._document,
                "contacts",
                record,
                text=QT_TRANSLATE_NOOP("Commands", "Add contact count"),
            )
        )
        return record

    def edit_count(self, record: ContactRecord) -> None:
        """Ask for new values of a contact count and apply those that changed."""
        dialog = ContactDialog(self._document.project, record, None, self._parent)
        try:
            if not self._prompts.run(dialog):
                return
            changes = dialog.changes()
        finally:
            dialog.deleteLater()
        if changes:
            self._document.undo_stack.push(
                EditItem(
                    self._document,
                    "contacts",
                    record.id,
                    changes,
                    text=QT_TRANSLATE_NOOP("Commands", "Edit contact count"),
                )
            )

    def delete_count(self, record: ContactRecord) -> None:
        self._document.undo_stack.push(
            RemoveItem(
                self._document,
                "contacts",
                record.id,
                text=QT_TRANSLATE_NOOP("Commands", "Delete contact count"),
            )
        )

    # ------------------------------------------------------------------ profiles

    def add_profile(self, reason: str = "") -> ContactProfile | None:
        """Ask for a name and add a profile (gathering ``reason``, when given)."""
        name = self._prompts.ask_text(
            translate("Segments", "New contact profile"),
            translate("Segments", "Name of the problem behind the contacts:"),
            reason,
        )
        if name is None:
            return None
        profile = ContactProfile(name=name, reasons=[reason] if reason else [])
        self._document.undo_stack.push(
            AddItem(
                self._document,
                "contact_profiles",
                profile,
                text=QT_TRANSLATE_NOOP("Commands", "Add contact profile"),
            )
        )
        return profile

    def rename_profile(self, profile: ContactProfile) -> None:
        name = self._prompts.ask_text(
            translate("Segments", "Rename contact profile"),
            translate("Segments", "Name:"),
            profile.name,
        )
        if name is not None and name != profile.name:
            self._document.undo_stack.push(
                EditItem(
                    self._document,
                    "contact_profiles",
                    profile.id,
                    {"name": name},
                    text=QT_TRANSLATE_NOOP("Commands", "Rename contact profile"),
                )
            )

    def delete_profile(self, profile: ContactProfile) -> None:
        title = translate("Segments", "Delete contact profile")
        if not self._prompts.confirm(
            title,
            translate(
                "Segments",
                "Delete the contact profile “%1”? Its contacts are kept, and the actions "
                "aimed at it no longer are.",
            ).replace("%1", profile.name),
            title,
        ):
            return
        try:
            after = without_item(self._document.project, "contact_profiles", profile.id)
        except ValueError as error:
            self._prompts.show_error(
                title, translate("Segments", "Nothing was deleted."), str(error)
            )
            return
        self._document.undo_stack.push(
            ReplaceProjectState(
                self._document, after, QT_TRANSLATE_NOOP("Commands", "Delete contact profile")
            )
        )

    def add_reason(self, profile_id: str, reason: str) -> None:
        """Let ``profile_id`` gather the contacts of ``reason`` too."""
        profile: ContactProfile = self._document.item("contact_profiles", profile_id)
        if any(match_key(known) == match_key(reason) for known in profile.reasons):
            return
        self._document.undo_stack.push(
            EditItem(
                self._document,
                "contact_profiles",
                profile_id,
                {"reasons": [*profile.reasons, reason]},
                text=QT_TRANSLATE_NOOP("Commands", "Add reason to contact profile"),
            )
        )
