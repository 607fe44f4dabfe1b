"""New cards from the wall: their title until someone types it, and their handwriting kept
as an image beside the project.

Touchpoints cannot hold an image yet: the straightened photo of each blank card is written
as a PNG in a folder beside the project (``atelier-wall/N-002.png`` beside
``atelier.cxd``), and the new touchpoint's notes say where it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from cxdesigner.analysis.wall.changes import ChangeKind, NewCard, WallChange
from cxdesigner.io.atomic import atomic_write_bytes

_TITLE = {"fr": "Carte du mur {label}", "en": "Wall card {label}"}
_NOTE = {"fr": "Écrit à la main sur le mur\u00a0: voir l’image «\u00a0{path}\u00a0».",
         "en": "Handwritten on the wall: see the image '{path}'."}


def handwriting_folder(project_path: Path) -> Path:
    """The folder beside ``project_path`` where the handwriting of new cards is kept."""
    return project_path.with_name(f"{project_path.stem}-wall")


def default_title(change: WallChange, language: str) -> str:
    """A new card's title until someone types what it says."""
    return _TITLE["fr" if language == "fr" else "en"].format(label=change.label)


def keep_handwriting(changes: Iterable[WallChange], folder: Path, language: str,
                     titles: dict[str, str] | None = None) -> dict[str, NewCard]:
    """Write each new card's image into ``folder``; each new card's title and notes, by key.

    Raises:
        OSError: an image cannot be written.
    """
    cards: dict[str, NewCard] = {}
    note = _NOTE["fr" if language == "fr" else "en"]
    for change in changes:
        if change.kind is not ChangeKind.NEW:
            continue
        title = (titles or {}).get(change.key) or default_title(change, language)
        notes = ""
        if change.image is not None:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{change.label}.png"
            atomic_write_bytes(path, change.image)
            notes = note.format(path=f"{folder.name}/{path.name}")
        cards[change.key] = NewCard(title.strip() or default_title(change, language), notes)
    return cards
