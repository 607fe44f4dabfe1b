"""What all undo commands share: translated texts and merging of repeated edits."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from cxdesigner.document.edit_checks import Changed
    from cxdesigner.document.journey_document import JourneyDocument


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; :func:`command_text` translates it later.

    Qt's own QT_TRANSLATE_NOOP is typed as returning ``object``; this one keeps ``str``.
    """
    return text


def command_text(text: str) -> str:
    """A command's name in the interface language (a fixed context, see Qt's tr() trap)."""
    return QCoreApplication.translate("Commands", text)


NAME_NEW_ID = 1001
"""The merge id shared by a command that adds a touchpoint or a stage and the naming typed
right after it: the two are one step of the history (see :class:`NamesNew`)."""


class MergingEdit(QUndoCommand):
    """An edit of some fields of one thing that merges with the next edit of the same fields.

    Typing into a field and nudging a value with the keyboard then make one undo step; an
    edit merged back to where it started leaves the history. Subclasses give
    ``_check(changes)``, the entity as the document would change it (raising
    DocumentRuleError when it refuses the changes: the command is then never made, so never
    pushed), and ``_apply(changes)``, which applies changes and returns the old values.

    Attributes:
        changes_anything: False when the changes, once cleaned, leave everything as it is;
            editors then push nothing.
    """

    MERGE_ID = 1000

    def __init__(self, doc: JourneyDocument, text: str, target: tuple[str, ...],
                 changes: Mapping[str, Any], merge: bool) -> None:
        super().__init__(command_text(text))
        self._doc = doc
        self._target = target
        checked = self._check(changes)
        self._changes = checked.changes
        self.changes_anything = checked.anything
        self._old: dict[str, Any] = {}
        self._merge = merge

    @property
    def target(self) -> tuple[str, ...]:
        """What the edit changes: the ids that name it (journey, touchpoint…)."""
        return self._target

    def _check(self, changes: Mapping[str, Any]) -> Changed[Any]:
        raise NotImplementedError

    def _apply(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def redo(self) -> None:
        self._old = self._apply(self._changes)

    def undo(self) -> None:
        self._apply(self._old)

    def id(self) -> int:
        return self.MERGE_ID if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, type(self))
            and other._merge
            and self._merge
            and other._target == self._target
            and other._changes.keys() == self._changes.keys()
        ):
            return False
        self._changes = other._changes  # self keeps the oldest values for undo
        self.setObsolete(self._changes == self._old)  # back where it started: no step
        return True


class NamesNew:
    """A mixin for an edit of the name typed into a touchpoint or stage just added.

    It carries :data:`NAME_NEW_ID`, so that when it comes right after its adding, the adding
    command takes it in (``mergeWith``) and adding and naming undo as one step; anywhere
    else it stays an edit of its own.
    """

    def id(self) -> int:
        return NAME_NEW_ID
