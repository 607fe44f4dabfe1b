"""Pictures of the map in print: decoded once per printed size, no finer than the paper needs,
and the ones that would print too coarse noted for a warning.

A picture is stored up to 1,600 pixels a side; a card shows it a few centimetres wide. It
is resampled to :data:`~cxdesigner.io.pictures.PRINT_PPI_TARGET` at its printed size (the
same picture at the same size is embedded once: reportlab names images by their content),
which keeps a map of many pictures a small file. One printed below
:data:`~cxdesigner.io.pictures.PRINT_PPI_FLOOR` is remembered with its resolution.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PIL import Image
from reportlab.lib.utils import ImageReader

from cxdesigner.drawing.primitives import Picture
from cxdesigner.io.pictures import (
    PRINT_PPI_FLOOR,
    PRINT_PPI_TARGET,
    STORED_SIDE,
    PictureError,
    decoded_picture,
    printed_ppi,
)
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point
from cxdesigner.model import Journey, MapImage

if TYPE_CHECKING:
    from cxdesigner.export.ink import Ink


@dataclass
class PrintedPicture:
    """A picture as printed: the finest resolution it got and whether it could be used."""

    image: MapImage
    ppi: float
    usable: bool = True


class PictureLog:
    """The pictures a PDF printed, by picture, and their decoded copies by printed size."""

    def __init__(self) -> None:
        self.printed: dict[int, PrintedPicture] = {}
        self._readers: dict[tuple[str, int], ImageReader | None] = {}

    def note(self, image: MapImage, ppi: float, usable: bool) -> None:
        known = self.printed.get(id(image))
        if known is None:
            self.printed[id(image)] = PrintedPicture(image, ppi, usable)
        else:
            known.ppi = min(known.ppi, ppi)

    def reader(self, ink: Ink, image: MapImage, side: int) -> ImageReader | None:
        key = (image.data, side)
        if key not in self._readers:
            try:
                decoded: Image.Image | None = decoded_picture(image, side)
            except PictureError:
                decoded = None
            self._readers[key] = None if decoded is None else ink.canvas.colours.image(decoded)
        return self._readers[key]

    def too_coarse(self) -> list[PrintedPicture]:
        """The pictures printed below the floor, or not printed at all, in printing order."""
        return [printed for printed in self.printed.values()
                if not printed.usable or printed.ppi < PRINT_PPI_FLOOR]


@dataclass(frozen=True)
class CoarsePicture:
    """A picture printed below :data:`PRINT_PPI_FLOOR` (``ppi`` None: not printed at all,
    it cannot be decoded), and where it is."""

    where: str
    name: str
    width: int
    ppi: float | None

    @property
    def pixels_needed(self) -> int:
        """How wide the picture should be to print at the floor at the same size."""
        if self.ppi is None:
            return 0
        return math.ceil(self.width * PRINT_PPI_FLOOR / self.ppi)

    def describe(self) -> str:
        """One line for a person, in English."""
        what = f"the picture “{self.name}”" if self.name else "the picture"
        if self.ppi is None:
            return (f"{self.where}: {what} cannot be read (damaged, or too large); a crossed "
                    "box is printed in its place. Choose the picture again in the editor.")
        return (f"{self.where}: {what} prints at {self.ppi:.0f} ppi, below the "
                f"{PRINT_PPI_FLOOR:.0f} ppi a sharp print needs. Choose a picture at least "
                f"{self.pixels_needed} pixels wide, or print on smaller paper.")


def picture_places(journeys: list[Journey]) -> dict[int, str]:
    """Where each picture of ``journeys`` is (journey, stage and card, or the note), by
    picture object."""
    places: dict[int, str] = {}
    for journey in journeys:
        names = {stage.id: stage.name for stage in journey.stages}
        for stage in journey.stages:
            if stage.image is not None:
                places[id(stage.image)] = f"{journey.name} \u203a {stage.name}"
            for touchpoint in stage.touchpoints:
                if touchpoint.image is not None:
                    places[id(touchpoint.image)] = \
                        f"{journey.name} \u203a {stage.name} \u203a {touchpoint.title}"
        for note in journey.notes:
            if note.image is not None:
                where = [journey.name, *([names[note.stage_id]] if note.stage_id in names
                                          else []), note.text.split("\n")[0][:40]]
                places[id(note.image)] = " \u203a ".join(where)
    return places


def coarse_pictures(log: PictureLog, journeys: list[Journey]) -> tuple[CoarsePicture, ...]:
    """The pictures a PDF printed too coarse, or could not print, with where they are."""
    places = picture_places(journeys)
    return tuple(CoarsePicture(places.get(id(printed.image), ""), printed.image.name,
                               printed.image.width, printed.ppi if printed.usable else None)
                 for printed in log.too_coarse())


def draw_picture(ink: Ink, picture: Picture) -> None:
    """``picture`` on ``ink``'s canvas, at what its printed size needs."""
    rect, image = picture.rect, picture.image
    printed_width = rect.width * ink.scale
    longest = max(rect.width, rect.height) * ink.scale
    side = min(STORED_SIDE, max(1, math.ceil(longest / 72.0 * PRINT_PPI_TARGET)))
    log = ink.canvas.pictures
    reader = log.reader(ink, image, side)
    log.note(image, printed_ppi(image.width, printed_width), reader is not None)
    c = ink.canvas
    y = ink.height - rect.bottom
    if reader is None:  # crossed out, as on screen
        ink.rect(rect, fill=palette.LANE_LABEL_FILL, stroke=palette.CARD_BORDER, width=0.5)
        ink.line(Point(rect.x, rect.y), Point(rect.right, rect.bottom), palette.CARD_BORDER)
        ink.line(Point(rect.right, rect.y), Point(rect.x, rect.bottom), palette.CARD_BORDER)
        return
    c.drawImage(reader, rect.x, y, rect.width, rect.height, mask="auto")
