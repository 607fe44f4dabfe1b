"""The persona card as it prints: the PDF card's layout (``export.persona_cards``) on screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

from cxdesigner.canvas.fonts import map_font, text_width
from cxdesigner.canvas.painting import colour, pen
from cxdesigner.export.labels import Labels
from cxdesigner.export.persona_cards import GAP, HEADER, LIST_SIZE, PHOTO, initials, text_on
from cxdesigner.layout import palette
from cxdesigner.layout.text import LINE_SPACING, FittedText, Measure, elide, fit_text, wrap
from cxdesigner.model import Persona, Project
from cxdesigner.ui.personas.photo import photo_pixmap

CARD_WIDTH = (842 - 2 * 14 * 72 / 25.4 - GAP) / 2
"""A card's width in points on the persona pages (two cards on a landscape A4/A3 page)."""
CARD_HEIGHT = 595 - 2 * 14 * 72 / 25.4 - 18 - 8 - 12 - 6
LISTS = ("needs", "usages", "behaviours", "interactions", "goals", "frustrations")
_FINE = 2.0
"""Text is laid out at twice the size and drawn at half, so that 7.5-point type is exact."""


def _measure(bold: bool, italic: bool) -> Measure:
    def measure(text: str, size: float) -> float:
        return text_width(text, size * _FINE, bold, italic) / _FINE
    return measure


_MEASURES = {(b, i): _measure(b, i) for b in (False, True) for i in (False, True)}


def _fit(text: str, rect: QRectF, sizes: Sequence[float], bold: bool = False,
         italic: bool = False) -> FittedText:
    measure = _MEASURES[(bold, italic)]
    return fit_text(text, rect.width(), rect.height(), measure, tuple(sizes))


def _draw_lines(painter: QPainter, rect: QRectF, fitted: FittedText, fill: str,
                bold: bool = False, italic: bool = False, valign: str = "top",
                align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
    if not fitted.lines:
        return
    height = fitted.line_height * len(fitted.lines)
    top = rect.y()
    if valign == "middle":
        top += (rect.height() - height) / 2
    elif valign == "bottom":
        top += rect.height() - height
    painter.save()
    painter.scale(1 / _FINE, 1 / _FINE)
    painter.setFont(map_font(round(fitted.size * _FINE), bold, italic))
    painter.setPen(colour(fill))
    for index, line in enumerate(fitted.lines):
        box = QRectF(rect.x() * _FINE, (top + index * fitted.line_height) * _FINE,
                     rect.width() * _FINE, fitted.line_height * _FINE)
        painter.drawText(box, int(align | Qt.AlignmentFlag.AlignVCenter), line)
    painter.restore()


class PersonaCardPreview(QWidget):
    """One persona card, scaled to the widget, in the project's language like the PDF."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.persona: Persona | None = None
        self._segment = ""
        self._labels = Labels("fr")
        self._photo: QPixmap | None = None
        self._photo_key: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 340)

    def show_persona(self, persona: Persona | None, project: Project) -> None:
        """Show ``persona`` (None: an empty frame)."""
        self.persona = persona
        self._labels = Labels(project.language)
        segments = {segment.id: segment.name for segment in project.segments}
        self._segment = segments.get(persona.segment_id or "", "") if persona else ""
        key = persona.photo_png_base64 if persona is not None else None
        if key != self._photo_key:
            self._photo_key = key
            self._photo = photo_pixmap(key)
        self.update()

    @property
    def has_photo(self) -> bool:
        """The card shows a photo (not the initials)."""
        return self._photo is not None and self.persona is not None

    @override
    def sizeHint(self) -> QSize:
        return QSize(round(CARD_WIDTH * 1.25), round(CARD_HEIGHT * 1.25))

    def card_rect(self) -> QRectF:
        """Where the card is drawn in the widget."""
        scale = min((self.width() - 16) / CARD_WIDTH, (self.height() - 16) / CARD_HEIGHT)
        width, height = CARD_WIDTH * scale, CARD_HEIGHT * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing
                               | QPainter.RenderHint.TextAntialiasing
                               | QPainter.RenderHint.SmoothPixmapTransform)
        target = self.card_rect()
        painter.translate(target.topLeft())
        painter.scale(target.width() / CARD_WIDTH, target.height() / CARD_HEIGHT)
        card = QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT)
        painter.setPen(pen(palette.CARD_BORDER, 0.8))
        painter.setBrush(colour(palette.PAPER))
        painter.drawRoundedRect(card, 6, 6)
        if self.persona is not None:
            self._paint_card(painter, card, self.persona)
        painter.end()

    def _paint_card(self, painter: QPainter, card: QRectF, persona: Persona) -> None:
        labels = self._labels
        header = QRectF(card.x(), card.y(), card.width(), HEADER)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour(persona.colour))
        painter.drawRoundedRect(header, 6, 6)
        painter.drawRect(QRectF(header.x(), header.bottom() - 6, header.width(), 6))
        on = text_on(persona.colour)
        name_box = QRectF(card.x() + 14, card.y() + 4, card.width() - 28, HEADER - 8)
        if self._segment:
            upper = QRectF(name_box.x(), name_box.y(), name_box.width(), 21)
            _draw_lines(painter, upper,
                        _fit(persona.name, upper, (15.0, 13.0, 11.0), bold=True),
                        on, bold=True, valign="bottom")
            line = QRectF(name_box.x(), name_box.y() + 21, name_box.width(), 11)
            text = f"{labels['segment']} · {self._segment}"
            _draw_lines(painter, line, _fit(text, line, (8.0, 7.0)), on)
        else:
            _draw_lines(painter, name_box,
                        _fit(persona.name, name_box, (15.0, 13.0, 11.0), bold=True), on,
                        bold=True, valign="middle")
        body = QRectF(card.x() + 14, header.bottom() + 12, card.width() - 28,
                      card.bottom() - header.bottom() - 24)
        photo = QRectF(body.x(), body.y(), PHOTO, PHOTO)
        self._paint_photo(painter, photo, persona)
        text_x = photo.right() + 12
        used = 0.0
        if persona.quote.strip():
            quote_box = QRectF(text_x, body.y(), body.right() - text_x, PHOTO * 0.5)
            fitted = _fit(labels.quote(persona.quote), quote_box, (10.0, 9.0, 8.5, 8.0),
                          italic=True)
            _draw_lines(painter, quote_box, fitted, palette.INK, italic=True)
            used = len(fitted.lines) * fitted.line_height
        top = body.y() + used + (6 if used else 0)
        description = QRectF(text_x, top, body.right() - text_x,
                             max(0.0, photo.bottom() + 30 - top))
        _draw_lines(painter, description,
                    _fit(persona.description, description, (8.0, 7.5, 7.0)), palette.CARD_TEXT)
        lists_top = max(photo.bottom(), description.bottom()) + 12
        painter.setPen(pen(palette.RULE, 0.5))
        painter.drawLine(QPointF(body.x(), lists_top - 6), QPointF(body.right(), lists_top - 6))
        cell_w = (body.width() - 12) / 2
        cell_h = (body.bottom() - lists_top) / 3
        for index, key in enumerate(LISTS):
            row, column = divmod(index, 2)
            box = QRectF(body.x() + column * (cell_w + 12), lists_top + row * cell_h, cell_w,
                         cell_h - 6)
            self._paint_list(painter, box, labels[key].upper(), getattr(persona, key))

    def _paint_photo(self, painter: QPainter, box: QRectF, persona: Persona) -> None:
        if self._photo is not None:
            size = self._photo.size().scaled(round(box.width() * 8), round(box.height() * 8),
                                             Qt.AspectRatioMode.KeepAspectRatio)
            width, height = size.width() / 8, size.height() / 8
            target = QRectF(box.center().x() - width / 2, box.center().y() - height / 2,
                            width, height)
            painter.drawPixmap(target, self._photo, QRectF(self._photo.rect()))
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour(persona.colour))
        painter.drawEllipse(box)
        _draw_lines(painter, box, FittedText(22.0, (initials(persona.name),), False),
                    text_on(persona.colour), bold=True, valign="middle",
                    align=Qt.AlignmentFlag.AlignHCenter)

    def _paint_list(self, painter: QPainter, box: QRectF, title: str,
                    items: Sequence[str]) -> None:
        _draw_lines(painter, QRectF(box.x(), box.y(), box.width(), 10),
                    FittedText(7.0, (title,), False), palette.INK_MUTED, bold=True)
        y = box.y() + 13
        line_height = LIST_SIZE * LINE_SPACING
        measure = _MEASURES[(False, False)]
        indent = 8.0
        for index, item in enumerate(items):
            lines = wrap(item, box.width() - indent, LIST_SIZE, measure)
            room = int((box.bottom() - y) // line_height)
            if room <= 0:
                if index:
                    _draw_lines(painter, QRectF(box.x(), box.bottom() - 9, box.width(), 9),
                                FittedText(7.0, (f"+{len(items) - index}",), False),
                                palette.INK_MUTED, italic=True,
                                align=Qt.AlignmentFlag.AlignRight)
                return
            if len(lines) > room:
                lines = lines[:room]
                lines[-1] = elide(lines[-1], box.width() - indent, LIST_SIZE, measure)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour(palette.INK_MUTED))
            painter.drawEllipse(QPointF(box.x() + 2.5, y + line_height / 2), 1.4, 1.4)
            _draw_lines(painter, QRectF(box.x() + indent, y, box.width() - indent,
                                        len(lines) * line_height),
                        FittedText(LIST_SIZE, tuple(lines), False), palette.INK)
            y += len(lines) * line_height + 2
