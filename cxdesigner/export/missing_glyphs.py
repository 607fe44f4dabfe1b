"""The texts of a project holding characters that no bundled font can print, and where."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from pydantic import BaseModel

from cxdesigner.drawing.text_runs import missing_characters
from cxdesigner.model import Journey, Project

_QUOTED = 60
"""How much of a long text a message quotes."""
_SKIPPED = frozenset({"format", "format_version", "language", "data"})
"""Words of the file format, and a picture's bytes (base64 text), never printed."""


@dataclass(frozen=True)
class MissingGlyphs:
    """A text printed with "missing glyph" boxes in place of ``characters``."""

    where: str
    text: str
    characters: str

    def describe(self) -> str:
        """One line for a person: where, the text, and the characters with their codes."""
        text = self.text if len(self.text) <= _QUOTED else f"{self.text[:_QUOTED - 1]}…"
        codes = ", ".join(f"{char} U+{ord(char):04X}" for char in self.characters)
        return f"{self.where}: “{text}” ({codes})"


def _singular(field: str) -> str:
    word = field.replace("_", " ")
    if word.endswith("ies"):
        return f"{word[:-3]}y"
    return word.removesuffix("s")


def _label(model: BaseModel) -> str:
    for attribute in ("name", "title"):
        value = getattr(model, attribute, None)
        if isinstance(value, str) and value.strip():
            return value
    return ""


def _place(path: tuple[str, ...], field: str) -> str:
    where = " \u203a ".join(path)
    return f"{where} · {field}" if where and field else where or field


def _texts(value: object, path: tuple[str, ...], field: str) -> Iterator[tuple[str, str]]:
    """Every text inside ``value``, the ``field`` of what ``path`` names, with its place."""
    if isinstance(value, str):
        yield _place(path, field), value
    elif isinstance(value, BaseModel):
        inside = (*path, field.replace("_", " ")) if field else path
        for name, inner in value:
            if name not in _SKIPPED and name != "id" and not name.endswith(("_id", "_ids")):
                yield from _texts(inner, inside, name.replace("_", " "))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            label = _label(item) if isinstance(item, BaseModel) else ""
            step = f"{_singular(field)} “{label}”" if label else f"{_singular(field)} {index + 1}"
            if isinstance(item, BaseModel):
                yield from _texts(item, (*path, step), "")
            else:
                yield from _texts(item, path, step)


def find_missing_glyphs(project: Project, journeys: Sequence[Journey],
                        font: str) -> tuple[MissingGlyphs, ...]:
    """The texts of ``project`` (of its ``journeys`` only, among its journeys) that hold a
    character no bundled face has, for text set in ``font``."""
    found: list[MissingGlyphs] = []
    values = [(getattr(project, name), name) for name in type(project).model_fields
              if name not in _SKIPPED and name not in ("journeys", "id")]
    for value, name in [*values, (list(journeys), "journeys")]:
        for place, text in _texts(value, (), name):
            characters = missing_characters(text, font)
            if characters:
                found.append(MissingGlyphs(place, text, characters))
    return tuple(found)
