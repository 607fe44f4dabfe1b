"""What the map's capture keys do to the document: a channel or an interlocutor named (and
made when it is new), a verbatim, an irritant or an opportunity added; each one undo step."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cxdesigner.canvas.editing import MapEditor
from cxdesigner.document.commands import AddItem, EditTouchpoint
from cxdesigner.document.commands.base import QT_TRANSLATE_NOOP, command_text
from cxdesigner.document.rules import clean_name
from cxdesigner.model import (
    Channel,
    Interlocutor,
    Irritant,
    Lane,
    Opportunity,
    Verbatim,
    VerbatimSource,
)
from cxdesigner.model.catalogue import guess_digital, guess_human


@dataclass(frozen=True)
class Named:
    """What naming a channel or an interlocutor did.

    Attributes:
        item_id: the channel or interlocutor now on the cards (None: none any more).
        created: it did not exist and was added to the project, with its kind guessed.
    """

    item_id: str | None
    created: Channel | Interlocutor | None = None


class CaptureEditor:
    """Turns what was typed on a card into undo commands of the document.

    What is typed is made into entities without validation: the document checks them, and
    refuses what breaks a rule (a name too long…) with a message rather than an error.
    """

    def __init__(self, editor: MapEditor) -> None:
        self.editor = editor

    # ------------------------------------------------------------------ channel, interlocutor

    def name_channel(self, ids: Sequence[str], name: str) -> Named:
        """Put the cards on the channel called ``name``, made first (digital or not, as
        its name suggests) when the project has none of that name; blank: no channel.

        Raises:
            DocumentRuleError: the name breaks a rule (too long…); nothing changed.
        """
        editor = self.editor
        return self._name(ids, name, "channels", editor.channel_named, editor.set_channel,
                          lambda text: Channel.model_construct(name=text,
                                                               digital=guess_digital(text)),
                          QT_TRANSLATE_NOOP("Commands", "Add channel"))

    def name_interlocutor(self, ids: Sequence[str], name: str) -> Named:
        """Give the cards the interlocutor called ``name``, made first (a person or a
        system, as its name suggests) when the project has none; blank: nobody.

        Raises:
            DocumentRuleError: the name breaks a rule; nothing changed.
        """
        editor = self.editor
        return self._name(ids, name, "interlocutors", editor.interlocutor_named,
                          editor.set_interlocutor,
                          lambda text: Interlocutor.model_construct(name=text,
                                                                    human=guess_human(text)),
                          QT_TRANSLATE_NOOP("Commands", "Add interlocutor"))

    def _name(self, ids: Sequence[str], name: str, collection: str,
              named: Callable[[str], str | None],
              assign: Callable[[Sequence[str], str | None], None],
              make: Callable[[str], Channel | Interlocutor], undo_text: str) -> Named:
        text = clean_name(name)
        if not text:
            assign(ids, None)
            return Named(None)
        found = named(text)
        if found is not None:
            assign(ids, found)
            return Named(found)
        item = make(text)
        document = self.editor.document
        adding = AddItem(document, collection, item, text=undo_text)  # refused: nothing begun
        with self.editor.one_step(f"{command_text(undo_text)} “{item.name}”", 2):
            self.editor.push(adding)
            assign(ids, item.id)
        return Named(item.id, item)

    # ------------------------------------------------------------------ lists of a card

    def add_verbatim(self, touchpoint_id: str, text: str, source: VerbatimSource) -> bool:
        """Add the customer's words to a card; False when nothing was typed (or the card is
        gone)."""
        return self._add(touchpoint_id, Lane.VERBATIMS,
                         lambda words: Verbatim.model_construct(text=words, source=source),
                         text, QT_TRANSLATE_NOOP("Commands", "Add verbatim"))

    def add_irritant(self, touchpoint_id: str, text: str, severity: int) -> bool:
        """Add a pain point of ``severity`` (1 minor … 4 blocking) to a card."""
        return self._add(touchpoint_id, Lane.IRRITANTS,
                         lambda words: Irritant.model_construct(text=words, severity=severity),
                         text, QT_TRANSLATE_NOOP("Commands", "Add pain point"))

    def add_opportunity(self, touchpoint_id: str, text: str) -> bool:
        """Add an idea to improve the step to a card."""
        return self._add(touchpoint_id, Lane.OPPORTUNITIES,
                         lambda words: Opportunity.model_construct(text=words),
                         text, QT_TRANSLATE_NOOP("Commands", "Add opportunity"))

    def _add(self, touchpoint_id: str, lane: Lane,
             make: Callable[[str], Verbatim | Irritant | Opportunity], text: str,
             undo_text: str) -> bool:
        words = text.strip()
        editor = self.editor
        try:
            touchpoint = editor.document.touchpoint(editor.journey_id, touchpoint_id)
        except KeyError:
            return False  # the card went while its words were typed (another window's edit)
        if not words:
            return False
        field = lane.value  # "verbatims", "irritants", "opportunities"
        items = [*getattr(touchpoint, field), make(words)]
        return editor.push(EditTouchpoint(editor.document, editor.journey_id, touchpoint_id,
                                          {field: items}, undo_text))
