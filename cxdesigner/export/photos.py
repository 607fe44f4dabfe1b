"""Persona photos for print: decoded by Pillow within the limits the editor applies.

A project may come from anywhere, and its photos with it: each one is opened (Pillow
reads only the header then), its declared size checked by :mod:`cxdesigner.io.pictures`,
and only then decoded, at a reduced size where the format allows. A photo that cannot be
used is not printed (the persona's initials stand in for it) and is named by
:func:`photo_problems`, so that the user learns why.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from PIL import Image

from cxdesigner.io.images import DECODE_SIDE, SCALED_DECODE_FORMATS, PixelProblem
from cxdesigner.io.pictures import PictureError, open_checked
from cxdesigner.model import Persona, Project


@dataclass(frozen=True)
class UnusablePhoto:
    """Why a photo is not printed: too many pixels, or not an image at all."""

    pixels: PixelProblem | None = None


def _open(data: bytes) -> Image.Image | UnusablePhoto:
    """The photo, opened but not decoded yet, or why it cannot be used (the checks of
    every picture: :func:`~cxdesigner.io.pictures.open_checked`)."""
    try:
        return open_checked(data, embedded=True)
    except PictureError as refused:
        return UnusablePhoto(refused.pixels)


def _opened_photo(persona: Persona) -> Image.Image | UnusablePhoto | None:
    """The persona's photo opened (its header read, nothing decoded), why it cannot be
    used, or None when the persona has no photo."""
    if not persona.photo_png_base64:
        return None
    try:
        data = base64.b64decode(persona.photo_png_base64, validate=False)
    except (binascii.Error, ValueError):
        return UnusablePhoto()
    return _open(data)


def printable_photo(persona: Persona) -> Image.Image | UnusablePhoto | None:
    """The persona's photo decoded for print (at most :data:`DECODE_SIDE` pixels a side),
    why it cannot be used, or None when the persona has no photo."""
    opened = _opened_photo(persona)
    if opened is None or isinstance(opened, UnusablePhoto):
        return opened
    try:
        if (opened.format or "").lower() in SCALED_DECODE_FORMATS:
            opened.draft("RGB", (DECODE_SIDE, DECODE_SIDE))  # JPEG: decode at 1/2, 1/4, 1/8
        opened.thumbnail((DECODE_SIDE, DECODE_SIDE))
        transparent = opened.mode in ("RGBA", "LA", "PA") or "transparency" in opened.info
        return opened.convert("RGBA" if transparent else "RGB")
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return UnusablePhoto()  # damaged further than its header


def photo_problems(project: Project) -> list[str]:
    """One sentence per persona whose photo cannot be printed, in English."""
    sentences = []
    for persona in project.personas:
        photo = _opened_photo(persona)
        if not isinstance(photo, UnusablePhoto):
            continue
        whose = f"the photo of persona '{persona.name}'"
        reason = photo.pixels.sentence(whose) if photo.pixels is not None \
            else f"{whose} is not an image CX Designer can read"
        sentences.append(f"{reason[0].upper()}{reason[1:]}; its initials are printed instead. "
                         "Choose a smaller photo in the editor (Edit ▸ Personas).")
    return sentences
