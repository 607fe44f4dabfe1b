"""The workshop kit: a PDF of pieces to cut out and stick on a wall, each with its code, so
that a photo of the wall can be read back into the project (no Qt).

Its pages, in order: the facilitator guide; the stage banners; the emotion strip; the
touchpoint cards, stage by stage; the blank cards; the dot-voting tally sheets.

Usage::

    from cxdesigner.export.kit import KitOptions, export_kit

    export_kit(project, "kit.pdf", KitOptions(paper="A3", stages=("Achat",)))
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from cxdesigner import __version__
from cxdesigner.analysis.wall.codes import MAX_BLANK_CARDS, KitCode, item_code
from cxdesigner.analysis.wall.pieces import BANNER, CARD, LEVEL, STRIP_PARTS
from cxdesigner.drawing.fonts import FontSet, load_fonts
from cxdesigner.export.colour_space import ScreenColours
from cxdesigner.export.ink import Ink
from cxdesigner.export.kit import faces
from cxdesigner.export.kit.guide import draw_guide
from cxdesigner.export.kit.sheets import (
    MARGIN,
    PAPERS,
    DrawPiece,
    KitPiece,
    cutting_guides,
    grid,
    header,
    place,
)
from cxdesigner.export.kit.tally import draw_tallies, tally_pages, tally_rows
from cxdesigner.export.kit.words import KitWords
from cxdesigner.export.options import ExportError
from cxdesigner.export.pdf_canvas import PdfCanvas
from cxdesigner.io import PROJECT_SUFFIX
from cxdesigner.io.atomic import atomic_write_bytes
from cxdesigner.layout import palette
from cxdesigner.model import Journey, Project, Stage
from cxdesigner.vocabulary import language_of

GLUE_TAB = 15.0
"""Millimetres of the strip's bottom part that slide under its top part."""


@dataclass(frozen=True)
class KitOptions:
    """What goes in the kit.

    Attributes:
        journey: the journey, by name or id (default: the first one).
        stages: the stages, by name or id (default: all of them).
        paper: ``A4`` or ``A3``.
        language: ``fr`` or ``en`` (default: the project's).
        blank_cards: how many blank cards for new steps.
        emotion_strips: how many emotion strips (two for a long wall, one at each end).
    """

    journey: str | None = None
    stages: tuple[str, ...] = ()
    paper: str = "A4"
    language: str | None = None
    blank_cards: int = 8
    emotion_strips: int = 1


@dataclass
class KitResult:
    """What the kit holds: the kind of each page, and each piece with its place."""

    journey_id: str
    page_kinds: list[str] = field(default_factory=list)
    pieces: list[KitPiece] = field(default_factory=list)

    @property
    def page_count(self) -> int:
        return len(self.page_kinds)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def choose_journey(project: Project, wanted: str | None) -> Journey:
    """The journey named (by name or id) ``wanted``, or the first one."""
    if not project.journeys:
        raise ExportError("this project has no journey: add one before printing a kit.")
    if wanted is None:
        return project.journeys[0]
    for journey in project.journeys:
        if journey.id == wanted or _fold(journey.name) == _fold(wanted):
            return journey
    names = ", ".join(f"'{j.name}'" for j in project.journeys)
    raise ExportError(f"there is no journey '{wanted}' in this project (journeys: {names}).")


def choose_stages(journey: Journey, wanted: Sequence[str]) -> list[Stage]:
    """The stages named in ``wanted`` (by name or id), in the journey's order; all when
    none is named."""
    if not journey.stages:
        raise ExportError(f"the journey '{journey.name}' has no stage to print.")
    if not wanted:
        return list(journey.stages)
    chosen = set()
    for key in wanted:
        match = next((s for s in journey.stages
                      if s.id == key or _fold(s.name) == _fold(key)), None)
        if match is None:
            names = ", ".join(f"'{s.name}'" for s in journey.stages)
            raise ExportError(f"there is no stage '{key}' in the journey '{journey.name}' "
                              f"(stages: {names}).")
        chosen.add(match.id)
    return [stage for stage in journey.stages if stage.id in chosen]


def _check_codes(journey: Journey) -> None:
    """Two touchpoints or stages with one code could not be told apart on the wall."""
    seen: dict[str, str] = {}
    for item_id, name in [(s.id, s.name) for s in journey.stages] + \
            [(tp.id, tp.title) for _, tp in journey.touchpoints()]:
        code = item_code(item_id)
        if code in seen:
            raise ExportError(f"'{seen[code]}' and '{name}' would carry the same code "
                              f"({code}); copy one of them (a copy has a new code) and delete "
                              "the original.")
        seen[code] = name


class _Kit:
    """Draws the pages of one kit."""

    def __init__(self, canvas: PdfCanvas, fonts: FontSet, paper: tuple[float, float],
                 words: KitWords, journey: Journey, heading: str) -> None:
        self.canvas, self.fonts, self.paper, self.words = canvas, fonts, paper, words
        self.journey, self.heading = journey, heading
        self.result = KitResult(journey.id)

    def page(self, kind: str) -> Ink:
        if self.result.page_kinds:
            self.canvas.showPage()
        self.canvas.setPageSize((self.paper[0] * faces.MM, self.paper[1] * faces.MM))
        self.result.page_kinds.append(kind)
        ink = Ink(self.canvas, self.paper[1] * faces.MM, self.fonts)
        header(ink, self.paper, f"{self.heading} · {self.words['page']} "
                                f"{len(self.result.page_kinds)}")
        return ink

    def pieces(self, kind: str, size: tuple[float, float],
               drawings: Sequence[tuple[KitCode, DrawPiece]]) -> None:
        """Pieces of one ``size`` on as many sheets as they need."""
        columns, rows, left, top = grid(self.paper, size)
        per_page = columns * rows
        for start in range(0, len(drawings), per_page):
            ink = self.page(kind)
            batch = drawings[start:start + per_page]
            used_rows = (len(batch) + columns - 1) // columns
            for offset, (code, draw) in enumerate(batch):
                x = left + (offset % columns) * size[0]
                y = top + (offset // columns) * size[1]
                place(ink, x, y, size[1], draw)
                self.result.pieces.append(KitPiece(len(self.result.page_kinds) - 1, x, y,
                                                   size[0], size[1], code))
            used_columns = min(columns, len(batch))
            cutting_guides(ink, self.paper,
                           [left + i * size[0] for i in range(used_columns + 1)],
                           [top + i * size[1] for i in range(used_rows + 1)])

    def strip(self) -> None:
        """The two parts of the emotion strip, side by side on one sheet."""
        ink = self.page("strip")
        gap = 12.0
        total = 2 * LEVEL.width + gap
        left = (self.paper[0] - total) / 2
        for part, levels in enumerate(STRIP_PARTS):
            x = left + part * (LEVEL.width + gap)
            y = MARGIN + 2
            title = self.words["strip_top" if part == 0 else "strip_bottom"]
            ink.box(faces.mm_rect(x, y, LEVEL.width, 5), title, self.fonts.bold, (8.0,),
                    palette.INK_MUTED, align="centre")
            y += 6
            top = y
            if part == 1:
                ink.rect(faces.mm_rect(x, y, LEVEL.width, GLUE_TAB), fill="#eef0f3")
                ink.box(faces.mm_rect(x, y, LEVEL.width, GLUE_TAB), self.words["glue"],
                        self.fonts.italic, (8.0, 7.0), palette.INK_MUTED, align="centre",
                        valign="middle")
                y += GLUE_TAB
            for level in levels:
                code = KitCode.level(self.journey.id, level)
                place(ink, x, y, LEVEL.height,
                      partial(faces.emotion_level, code=code, level=level, words=self.words))
                self.result.pieces.append(KitPiece(len(self.result.page_kinds) - 1, x, y,
                                                   LEVEL.width, LEVEL.height, code))
                y += LEVEL.height
            cutting_guides(ink, self.paper, [x, x + LEVEL.width], [top, y])


def render_kit(project: Project, options: KitOptions | None = None) -> tuple[bytes, KitResult]:
    """The kit of ``project`` as PDF bytes (the same project and options give the same
    bytes), and what it holds.

    Raises:
        ExportError: the options cannot be met (unknown journey or stage, wrong paper…).
    """
    options = options or KitOptions()
    if options.paper not in PAPERS:
        raise ExportError(f"the kit prints on A4 or A3, not '{options.paper}'.")
    if not 0 <= options.blank_cards <= MAX_BLANK_CARDS:
        raise ExportError(f"blank cards: from 0 to {MAX_BLANK_CARDS}.")
    if not 0 <= options.emotion_strips <= 4:
        raise ExportError("emotion strips: from 0 to 4.")
    journey = choose_journey(project, options.journey)
    stages = choose_stages(journey, options.stages)
    _check_codes(journey)
    words = KitWords(language_of(options.language or project.language))
    fonts = load_fonts()
    paper = PAPERS[options.paper]
    buffer = io.BytesIO()
    canvas = PdfCanvas(buffer, pagesize=(paper[0] * faces.MM, paper[1] * faces.MM),
                       invariant=1, pageCompression=1, initialFontName=fonts.regular,
                       initialFontSize=10, lang="fr-FR" if words.language == "fr" else "en-GB",
                       colours=ScreenColours())
    canvas.setTitle(f"{project.title} — {journey.name} — {words['kit']}")
    canvas.setSubject(words["subject"])
    canvas.setCreator(f"CX Designer {__version__}")
    canvas.setProducer(f"CX Designer {__version__}")
    canvas.setAuthor("CX Designer")
    heading = f"{words['kit']} · {journey.name}"
    kit = _Kit(canvas, fonts, paper, words, journey, heading)
    index_of = {stage.id: index for index, stage in enumerate(journey.stages)}
    channels, people = project.channel_names(), project.interlocutor_names()
    cards = sum(len(stage.touchpoints) for stage in stages)
    tallies = tally_rows(stages, words)

    ink = kit.page("guide")
    contents = words.format("contents", banners=len(stages), cards=cards,
                            blanks=options.blank_cards,
                            tallies=tally_pages(tallies, paper))
    same = _fold(journey.name) == _fold(project.title)
    title = journey.name if same else words.format("guide_for", journey=journey.name,
                                                   project=project.title)
    draw_guide(ink, paper, words, title, contents)
    kit.pieces("banners", (BANNER.width, BANNER.height), [
        (code, partial(faces.stage_banner, code=code, name=stage.name,
                       index=index_of[stage.id], total=len(journey.stages), words=words))
        for stage in stages for code in [KitCode.stage(journey.id, stage.id)]])
    for _ in range(options.emotion_strips):
        kit.strip()
    kit.pieces("cards", (CARD.width, CARD.height), [
        (code, partial(faces.touchpoint_card, touchpoint=tp, code=code, stage_name=stage.name,
                       stage_index=index_of[stage.id],
                       channel=channels.get(tp.channel_id or "", ""),
                       interlocutor=people.get(tp.interlocutor_id or "", ""), words=words))
        for stage in stages for tp in stage.touchpoints
        for code in [KitCode.touchpoint(journey.id, tp.id)]])
    kit.pieces("blank", (CARD.width, CARD.height), [
        (code, partial(faces.blank_card, code=code, words=words))
        for number in range(1, options.blank_cards + 1)
        for code in [KitCode.blank(journey.id, number)]])
    draw_tallies(tallies, paper, words, lambda: kit.page("tally"))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), kit.result


def export_kit(project: Project, path: str | os.PathLike[str],
               options: KitOptions | None = None) -> KitResult:
    """Write the kit of ``project`` to ``path``, replacing it only once complete.

    Raises:
        ExportError: the options cannot be met.
        OSError: the file cannot be written; an existing file is then left untouched.
    """
    if Path(path).suffix.lower() == PROJECT_SUFFIX:
        raise ExportError(f"'{Path(path).name}' is a project file name: the kit is a PDF, "
                          "write it to a .pdf file.")
    data, result = render_kit(project, options)
    atomic_write_bytes(Path(path), data)
    return result
