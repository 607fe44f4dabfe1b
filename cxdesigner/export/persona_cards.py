"""Persona cards: who the customer is, two cards to a page."""

from __future__ import annotations

from collections.abc import Sequence

from cxdesigner.drawing.elisions import ElisionLog
from cxdesigner.drawing.text_runs import printable
from cxdesigner.export.flow import SectionFlow
from cxdesigner.export.ink import Ink
from cxdesigner.export.labels import Labels
from cxdesigner.export.photos import UnusablePhoto, printable_photo
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.layout.text import LINE_SPACING, elide, wrap
from cxdesigner.model import Persona, Project

GAP = 14.0
HEADER = 40.0
PHOTO = 62.0
LIST_SIZE = 7.5
_LISTS = ("needs", "usages", "behaviours", "interactions", "goals", "frustrations")


def text_on(fill: str) -> str:
    """White or ink, whichever reads better on ``fill``."""
    red, green, blue = (int(fill[i:i + 2], 16) for i in (1, 3, 5))
    luminance = 0.299 * red + 0.587 * green + 0.114 * blue
    return palette.INK if luminance > 160 else palette.PAPER


def _photo(ink: Ink, persona: Persona, box: Rect) -> bool:
    photo = printable_photo(persona)
    if photo is None or isinstance(photo, UnusablePhoto):
        return False  # the initials stand in for it
    ink.canvas.drawImage(ink.canvas.colours.image(photo), box.x, ink.height - box.bottom, box.width,
                         box.height, preserveAspectRatio=True, anchor="c", mask="auto")
    return True


def initials(name: str) -> str:
    """The first letters of the first two words of ``name`` that start with one ("Amal —
    voyageuse" gives "AV"), upper case; ``?`` when there is none."""
    words = [word for word in name.split() if word[0].isalnum()]
    return "".join(word[0] for word in words[:2]).upper() or "?"


def _initials(ink: Ink, persona: Persona, box: Rect) -> None:
    ink.circle(box.center, box.width / 2, fill=persona.colour)
    ink.text(box.center.x, box.center.y + 8, initials(persona.name), ink.fonts.bold, 22,
             text_on(persona.colour), align="centre")


def _list_box(ink: Ink, box: Rect, title: str, items: Sequence[str], elisions: ElisionLog,
              where: str) -> None:
    fonts = ink.fonts
    ink.text(box.x, box.y + 8, title.upper(), fonts.bold, 7, palette.INK_MUTED)
    y = box.y + 13
    line_height = LIST_SIZE * LINE_SPACING
    measure = ink.measure(fonts.regular)
    indent = 8.0
    for index, item in enumerate(items):
        lines = wrap(printable(item), box.width - indent, LIST_SIZE, measure)
        room = int((box.bottom - y) // line_height)
        if room <= 0:
            for rest in items[index:]:
                elisions.add(where, rest)
            if index:
                ink.text(box.right, box.bottom - 1, f"+{len(items) - index}", fonts.italic, 7,
                         palette.INK_MUTED, align="right")
            return
        if len(lines) > room:
            lines = lines[:room]
            lines[-1] = elide(lines[-1], box.width - indent, LIST_SIZE, measure)
            elisions.add(where, item)
        ink.circle(Point(box.x + 2.5, y + line_height / 2), 1.4, fill=palette.INK_MUTED)
        ink.lines(Rect(box.x + indent, y, box.width - indent, len(lines) * line_height), lines,
                  fonts.regular, LIST_SIZE, palette.INK)
        y += len(lines) * line_height + 2


def draw_card(ink: Ink, card: Rect, persona: Persona, project: Project, labels: Labels,
              elisions: ElisionLog) -> None:
    """One persona on ``card``."""
    fonts = ink.fonts
    where = f"{labels['persona']} {persona.name}"
    ink.rect(card, fill=palette.PAPER, stroke=palette.CARD_BORDER, width=0.8, radius=6)
    header = Rect(card.x, card.y, card.width, HEADER)
    ink.rect(header, fill=persona.colour, radius=6)
    ink.rect(Rect(header.x, header.bottom - 6, header.width, 6), fill=persona.colour)
    on = text_on(persona.colour)
    segments = {segment.id: segment.name for segment in project.segments}
    name_box = Rect(card.x + 14, card.y + 4, card.width - 28, HEADER - 8)
    segment = segments.get(persona.segment_id or "", "")
    if segment:
        ink.box(Rect(name_box.x, name_box.y, name_box.width, 21), persona.name, fonts.bold,
                (15.0, 13.0, 11.0), on, valign="bottom")
        ink.box(Rect(name_box.x, name_box.y + 21, name_box.width, 11),
                f"{labels['segment']} · {segment}", fonts.regular, (8.0, 7.0), on)
    else:
        ink.box(name_box, persona.name, fonts.bold, (15.0, 13.0, 11.0), on, valign="middle")

    body = Rect(card.x + 14, header.bottom + 12, card.width - 28, card.bottom - header.bottom - 24)
    photo = Rect(body.x, body.y, PHOTO, PHOTO)
    if not _photo(ink, persona, photo):
        _initials(ink, persona, photo)
    text_x = photo.right + 12
    quote_box = Rect(text_x, body.y, body.right - text_x, PHOTO * 0.5)
    if persona.quote.strip():
        fitted = ink.box(quote_box, labels.quote(persona.quote), fonts.italic,
                         (10.0, 9.0, 8.5, 8.0), palette.INK, valign="top")
        if fitted.elided:
            elisions.add(where, persona.quote)
        used = len(fitted.lines) * fitted.line_height
    else:
        used = 0.0
    description_top = body.y + used + (6 if used else 0)
    description_box = Rect(text_x, description_top, body.right - text_x,
                           max(0.0, photo.bottom + 30 - description_top))
    fitted = ink.box(description_box, persona.description, fonts.regular, (8.0, 7.5, 7.0),
                     palette.CARD_TEXT)
    if fitted.elided:
        elisions.add(where, persona.description)

    lists_top = max(photo.bottom, description_box.bottom) + 12
    ink.line(Point(body.x, lists_top - 6), Point(body.right, lists_top - 6), palette.RULE, 0.5)
    columns = 2
    rows = 3
    cell_w = (body.width - 12) / columns
    cell_h = (body.bottom - lists_top) / rows
    for index, key in enumerate(_LISTS):
        row, column = divmod(index, columns)
        box = Rect(body.x + column * (cell_w + 12), lists_top + row * cell_h, cell_w, cell_h - 6)
        _list_box(ink, box, labels[key], getattr(persona, key), elisions,
                  f"{where} \u203a {labels[key]}")


def draw_persona_cards(flow: SectionFlow, personas: Sequence[Persona], project: Project,
                       labels: Labels, elisions: ElisionLog) -> None:
    """Two cards a page: side by side on a landscape page, stacked on a portrait one."""
    if not personas:
        flow.paragraph(labels["no_personas"], flow.pages.fonts.italic, 9, palette.INK_MUTED)
        return
    content = flow.content
    landscape = content.width > content.height
    columns, rows = (2, 1) if landscape else (1, 2)
    width = (content.width - GAP * (columns - 1)) / columns
    height = (content.height - GAP * (rows - 1)) / rows
    for index, persona in enumerate(personas):
        slot = index % (columns * rows)
        ink = flow.ink if index == 0 else flow.new_page() if slot == 0 else flow.ink
        row, column = divmod(slot, columns)
        card = Rect(content.x + column * (width + GAP), content.y + row * (height + GAP), width,
                    height)
        draw_card(ink, card, persona, project, labels, elisions)
    flow.y = content.bottom
