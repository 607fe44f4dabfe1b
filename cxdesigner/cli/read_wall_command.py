"""``cxdesigner read-wall PROJECT.cxd PHOTO.jpg …``: what photos of the workshop wall change.

The changes are printed as a numbered list; the project is written only with ``--apply``,
with every item but those left out (``--skip N``) and the doubtful ones (named with
``--accept N`` to take them).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cxdesigner.analysis.wall.changes import ChangeKind, WallChange, apply_changes
from cxdesigner.analysis.wall.placement import Note, NoteKind
from cxdesigner.cli.project_update import previous_version_line
from cxdesigner.io import ProjectFileError, load_project, save_project
from cxdesigner.io.wall.new_cards import handwriting_folder, keep_handwriting
from cxdesigner.io.wall.photo import PhotoError
from cxdesigner.io.wall.reading import WallError, WallReading, read_wall
from cxdesigner.model import Journey
from cxdesigner.vocabulary import signed_emotion

NAME = "read-wall"

_DOUBTS = {"banner_missing_after": "the banner of the next stage was not read: this card "
                                  "may belong to it"}
_NOTES = {
    NoteKind.UNREADABLE: "a code could not be read",
    NoteKind.OTHER_JOURNEY: "a code of another journey or project",
    NoteKind.UNKNOWN_CARD: "a card that is no longer in the journey",
    NoteKind.AMBIGUOUS: "a code that two touchpoints share",
    NoteKind.TWICE: "a code found at two places on the wall (left as it was)",
    NoteKind.OUTSIDE: "a card left of every stage banner (left as it was)",
    NoteKind.NO_BANNER: "no stage banner was read: cards cannot be placed",
    NoteKind.LONE_PHOTO: "this photo shares no code with the others: not used",
    NoteKind.NO_CODES: "no code of the kit was read on this photo",
    NoteKind.BAD_STRIP: "an emotion strip whose levels do not line up (not used)",
}


def register(subparsers: Any) -> None:
    """Add the ``read-wall`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME, help="read photos of a workshop wall (made with export-kit) back into the "
                   "project: cards moved, reordered, new, emotions",
        description="Read the codes of the workshop kit on photos of the wall (several "
                    "overlapping photos of a long wall are joined by the codes they share) "
                    "and list what changed: cards moved to another stage, the order of a "
                    "stage, new cards written on blank ones, emotions given on the emotion "
                    "strip, and the cards not found. Nothing is written without --apply.")
    parser.add_argument("project", type=Path, metavar="PROJECT.cxd")
    parser.add_argument("photos", type=Path, nargs="+", metavar="PHOTO")
    parser.add_argument("-o", "--output", type=Path, metavar="OUT.cxd",
                        help="with --apply, write the result here instead of updating "
                             "PROJECT.cxd")
    parser.add_argument("--apply", action="store_true",
                        help="apply the changes listed (but those skipped, and the doubtful "
                             "ones not accepted) and write the project")
    parser.add_argument("--skip", type=int, action="append", default=[], metavar="N",
                        help="leave item N of the list out; repeat for several")
    parser.add_argument("--accept", type=int, action="append", default=[], metavar="N",
                        help="apply doubtful item N too")
    parser.add_argument("--force", action="store_true", help="replace OUT.cxd if it exists")
    parser.set_defaults(run=run)


def _stage(journey: Journey, stage_id: str | None) -> str:
    return next((f"'{s.name}'" for s in journey.stages if s.id == stage_id), "?")


def describe(change: WallChange, journey: Journey) -> str:
    """One item of the list, in words."""
    titles = {tp.id: tp.title for _, tp in journey.touchpoints()}
    card = f"'{titles.get(change.touchpoint_id or '', '?')}'"
    if change.kind is ChangeKind.MOVED:
        return (f"moved    {card} ({change.label}) from {_stage(journey, change.from_stage_id)}"
                f" to {_stage(journey, change.stage_id)}")
    if change.kind is ChangeKind.REORDERED:
        names = ", ".join(titles[i] for i in change.after)
        return f"order    {_stage(journey, change.stage_id)}: {names}"
    if change.kind is ChangeKind.EMOTION:
        old = "none" if change.old_emotion is None else signed_emotion(change.old_emotion)
        new = signed_emotion(change.emotion or 0)
        return f"emotion  {card}: {old} to {new}".replace("\u2212", "-")
    if change.kind is ChangeKind.NEW:
        feeling = "" if change.emotion is None else \
            f", emotion {signed_emotion(change.emotion)}".replace("\u2212", "-")
        return f"new      blank card {change.label} under {_stage(journey, change.stage_id)}" \
               f"{feeling}"
    return f"{card} in {_stage(journey, change.stage_id)}"


def _note(note: Note, reading: WallReading) -> str:
    where = ""
    if note.photo is not None:
        where = f" (photo '{reading.photos[note.photo].path.name}'"
        if note.where is not None:
            where += f" at {note.where[0]:.0f}, {note.where[1]:.0f} px"
        where += ")"
    label = f" {note.label}" if note.label else ""
    return f"{_NOTES[note.kind]}{label}{where}"


def print_list(reading: WallReading) -> dict[int, WallChange]:
    """Print the list; the items that can be applied, by number."""
    journey = reading.journey
    codes = sum(photo.codes for photo in reading.photos)
    print(f"Journey '{journey.name}': {codes} codes read on {len(reading.photos)} photo(s) in "
          f"{reading.seconds:.1f} s.")
    numbered: dict[int, WallChange] = {}
    actionable = [c for c in reading.changes if c.actionable]
    if not actionable:
        print("Nothing to change: the wall shows the journey as it is.")
    for number, change in enumerate(actionable, start=1):
        numbered[number] = change
        doubt = f"\n       doubtful: {_DOUBTS.get(change.doubt, change.doubt)}" \
            if change.doubt else ""
        print(f"[{number}] {describe(change, journey)}{doubt}")
    missing = [c for c in reading.changes if not c.actionable]
    if missing:
        print("Not found on the wall (left as they are):")
        for change in missing:
            print(f"  - {describe(change, journey)}")
    if reading.notes:
        print("Not used:")
        for note in reading.notes:
            print(f"  - {_note(note, reading)}")
    return numbered


def run(options: argparse.Namespace) -> int:
    """Read the photos, print the list, and write the project with ``--apply``."""
    source: Path = options.project
    target: Path = options.output or source
    if options.apply and target != source and target.exists() and not options.force:
        print(f"'{target}' already exists; choose another name with -o, or add --force to "
              "replace it.", file=sys.stderr)
        return 1
    try:
        project = load_project(source)
        reading = read_wall(project, options.photos)
    except ProjectFileError as error:
        print(error.message(limit=20), file=sys.stderr)
        return 1
    except (PhotoError, WallError) as error:
        print(f"Cannot read the wall: {error}", file=sys.stderr)
        return 1
    numbered = print_list(reading)
    unknown = [n for n in [*options.skip, *options.accept] if n not in numbered]
    if unknown:
        print(f"There is no item {', '.join(map(str, unknown))} in the list.", file=sys.stderr)
        return 1
    if not options.apply:
        if numbered:
            print("Nothing written: add --apply to apply these changes.")
        return 0
    accepted = {change.key for number, change in numbered.items()
                if number not in options.skip
                and (not change.doubt or number in options.accept)}
    taken = [c for c in reading.changes if c.key in accepted]
    try:
        cards = keep_handwriting(taken, handwriting_folder(target), project.language)
        result = apply_changes(project, reading.arrangement, reading.changes, accepted, cards)
        save_project(result, target)
    except ProjectFileError as error:
        print(error.message(), file=sys.stderr)
        return 1
    except OSError as error:
        print(f"Cannot write beside '{target}': {error.strerror or error}", file=sys.stderr)
        return 1
    kept = f" {previous_version_line(target)}" if target == source else ""
    images = f" Handwriting of new cards: '{handwriting_folder(target).name}/'." \
        if any(c.kind is ChangeKind.NEW and c.image for c in taken) else ""
    print(f"Applied {len(accepted)} of {len(numbered)} changes to '{target}'.{kept}{images}")
    return 0
