"""The project as an editable PowerPoint storyboard (16:9), every shape native.

A title slide; for each journey, one slide per stage (continued when a stage has more
than ten touchpoints) with its touchpoints as cards, their moments of truth, channels and
interlocutors, and the stage's emotion curve; a slide per persona; the most urgent pain
points and the action plan as native tables; and the comparison of each target journey
with its current journey. Words come from the map's vocabulary, colours from the map's
palette, so that the slides read like the map.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Pt

from cxdesigner.analysis.comparison import compare_journeys
from cxdesigner.analysis.pain_points import SCORE_DECIMALS, rank_pain_points
from cxdesigner.drawing.fonts import load_fonts
from cxdesigner.export.actions_csv import actions_to_csv
from cxdesigner.export.labels import Labels
from cxdesigner.export.slide_shapes import Shapes
from cxdesigner.io.atomic import atomic_write_bytes
from cxdesigner.layout import palette
from cxdesigner.model import (
    Journey,
    JourneyKind,
    MomentOfTruth,
    Persona,
    Project,
    Stage,
    Touchpoint,
)
from cxdesigner.model.project import Language
from cxdesigner.vocabulary import label, severity_label, signed_emotion

WIDTH, HEIGHT = 960.0, 540.0
"""A 16:9 slide, in points (13.33 by 7.5 inches)."""
MARGIN = 36.0
CARDS_PER_SLIDE = 10
INK, MUTED = palette.INK, "#52606d"
_MOMENT_SHAPES = {MomentOfTruth.ESSENTIAL: MSO_SHAPE.RECTANGLE,
                  MomentOfTruth.CRITICAL: MSO_SHAPE.ISOSCELES_TRIANGLE,
                  MomentOfTruth.WOW: MSO_SHAPE.STAR_5_POINT}

# key -> (French, English)
SLIDE_WORDS: dict[str, tuple[str, str]] = {
    "storyboard": ("Storyboard des parcours clients", "Customer journey storyboard"),
    "stage_of": ("Étape {i} sur {n}", "Stage {i} of {n}"),
    "continued": ("(suite)", "(continued)"),
    "emotion_curve": ("Courbe émotionnelle de l’étape", "Emotion curve of the stage"),
    "no_touchpoints": ("Aucun point de contact dans cette étape.",
                       "No touchpoint in this stage."),
    "top_irritants": ("Irritants les plus urgents", "Most urgent pain points"),
    "rank": ("N°", "No."),
    "irritant": ("Irritant", "Pain point"),
    "where": ("Étape \u203a point de contact", "Stage \u203a touchpoint"),
    "severity": ("Gravité", "Severity"),
    "votes": ("Votes", "Votes"),
    "score": ("Score", "Score"),
    "actions": ("Plan d’actions", "Action plan"),
    "action": ("Action", "Action"),
    "owner": ("Responsable", "Owner"),
    "due": ("Échéance", "Due"),
    "status": ("Statut", "Status"),
    "kpi": ("KPI et cible", "KPI and target"),
    "comparison": ("Parcours actuel et parcours cible", "Current and target journeys"),
    "stage": ("Étape", "Stage"),
    "current": ("Actuel", "Current"),
    "target": ("Cible", "Target"),
    "gain": ("Gain", "Gain"),
    "irritants_count": ("Irritants", "Pain points"),
    "switches": ("Changements de canal", "Channel switches"),
    "handoffs": ("Passages de relais", "Hand-offs"),
    "loops": ("Boucles", "Loops"),
    "mean_emotion": ("Émotion moyenne", "Mean emotion"),
    "needs": ("Besoins", "Needs"),
    "goals": ("Objectifs", "Goals"),
    "frustrations": ("Frustrations", "Frustrations"),
    "behaviours": ("Comportements", "Behaviours"),
    "persona": ("Persona", "Persona"),
    "no_pain_points": ("Aucun irritant.", "No pain points."),
    "no_actions": ("Aucune action.", "No actions."),
}


class _Deck:
    """The presentation being made, with the words and fonts of its language."""

    def __init__(self, project: Project, language: Language) -> None:
        self.project = project
        self.language: Language = language
        self.labels = Labels(language)
        self.column = 0 if language == "fr" else 1
        self.fonts = load_fonts()
        self.deck = Presentation()
        self.deck.slide_width = Pt(WIDTH)
        self.deck.slide_height = Pt(HEIGHT)
        self.blank = self.deck.slide_layouts[6]

    def word(self, key: str, **values: object) -> str:
        return SLIDE_WORDS[key][self.column].format(**values)

    def slide(self, title: str, subtitle: str = "", colour: str = palette.INK) -> Shapes:
        shapes = Shapes(self.deck.slides.add_slide(self.blank), self.fonts)
        shapes.shape(MSO_SHAPE.RECTANGLE, 0, 0, WIDTH, 6, colour)
        shapes.text(MARGIN, 18, WIDTH - 2 * MARGIN, 34, title, INK, bold=True,
                    sizes=(26.0, 24.0, 22.0, 20.0, 18.0))
        if subtitle:
            shapes.text(MARGIN, 52, WIDTH - 2 * MARGIN, 18, subtitle, MUTED,
                        sizes=(12.0, 11.0, 10.0))
        return shapes

    # ------------------------------------------------------------------ slides

    def title_slide(self) -> None:
        project = self.project
        shapes = Shapes(self.deck.slides.add_slide(self.blank), self.fonts)
        shapes.shape(MSO_SHAPE.RECTANGLE, 0, 0, WIDTH, HEIGHT * 0.62, "#1f4e79")
        shapes.text(MARGIN * 1.5, 150, WIDTH - 3 * MARGIN, 90, project.title, "#ffffff",
                    bold=True, sizes=(40.0, 36.0, 32.0, 28.0, 24.0), anchor=MSO_ANCHOR.BOTTOM)
        shapes.text(MARGIN * 1.5, 250, WIDTH - 3 * MARGIN, 30,
                    " · ".join(part for part in (project.client, self.word("storyboard"))
                               if part), "#dce6f1", sizes=(18.0, 16.0, 14.0))
        blocks = []
        for journey in project.journeys[:5]:
            size, lines = shapes.fitted(f"{journey.name} ({label(journey.kind, self.language)})",
                                        WIDTH - 3 * MARGIN, 22, False, (16.0, 14.0, 12.0))
            blocks.append((lines, size, False, False, INK))
        box = shapes.shapes.add_textbox(Pt(MARGIN * 1.5), Pt(HEIGHT * 0.62 + 24),
                                        Pt(WIDTH - 3 * MARGIN), Pt(110))
        shapes.labelled(box, blocks, margin=0.0)
        shapes.text(MARGIN * 1.5, HEIGHT - 44, 300, 18, self.labels.date(dt.date.today()),
                    MUTED, sizes=(11.0,))

    def stage_slides(self, journey: Journey) -> None:
        persona = self._persona(journey)
        subtitle_base = journey.name + (f" · {persona.name}" if persona else "")
        for index, stage in enumerate(journey.stages):
            colour = palette.stage_header_colour(index)
            chunks = [stage.touchpoints[start:start + CARDS_PER_SLIDE]
                      for start in range(0, len(stage.touchpoints), CARDS_PER_SLIDE)] or [[]]
            for part, touchpoints in enumerate(chunks):
                title = stage.name + (f" {self.word('continued')}" if part else "")
                subtitle = (f"{subtitle_base} · "
                            f"{self.word('stage_of', i=index + 1, n=len(journey.stages))}")
                shapes = self.slide(title, subtitle, colour)
                self._cards(shapes, stage, touchpoints, part * CARDS_PER_SLIDE, colour,
                            persona.id if persona else None)

    def _persona(self, journey: Journey) -> Persona | None:
        by_id = {persona.id: persona for persona in self.project.personas}
        return next((by_id[pid] for pid in journey.persona_ids if pid in by_id), None)

    def _cards(self, shapes: Shapes, stage: Stage, touchpoints: Sequence[Touchpoint],
               first: int, colour: str, persona_id: str | None) -> None:
        if not touchpoints:
            shapes.text(MARGIN, 110, WIDTH - 2 * MARGIN, 24, self.word("no_touchpoints"), MUTED)
            return
        per_row = min(5, len(touchpoints))
        rows = (len(touchpoints) + per_row - 1) // per_row
        gap = 12.0
        card_w = (WIDTH - 2 * MARGIN - gap * (per_row - 1)) / per_row
        top, bottom = 82.0, 352.0
        card_h = min(170.0, (bottom - top - gap * (rows - 1)) / rows)
        channels = self.project.channel_names()
        people = self.project.interlocutor_names()
        for number, tp in enumerate(touchpoints):
            row, col = divmod(number, per_row)
            x, y = MARGIN + col * (card_w + gap), top + row * (card_h + gap)
            card = shapes.shape(MSO_SHAPE.ROUNDED_RECTANGLE, x, y, card_w, card_h,
                                palette.PAPER, colour, 1.25)
            card.adjustments[0] = 0.06
            inner = card_w - 12
            title_size, title = shapes.fitted(f"{first + number + 1}. {tp.title}", inner,
                                              card_h * 0.36, True, (13.0, 12.0, 11.0, 10.0, 9.0))
            where = " · ".join(name for name in (channels.get(tp.channel_id or "", ""),
                                                 people.get(tp.interlocutor_id or "", ""))
                               if name)
            where_size, where_lines = shapes.fitted(where, inner, 24, False, (9.0, 8.0))
            moment = label(tp.moment, self.language) if tp.moment is not MomentOfTruth.NONE \
                else ""
            moment_size, moment_lines = shapes.fitted(moment, inner, 12, True, (9.0, 8.0))
            left = card_h - 14 - (len(title) * title_size + len(where_lines) * where_size
                                  + len(moment_lines) * moment_size) * 1.25
            action_size, action = shapes.fitted(tp.customer_action, inner, max(0.0, left),
                                                False, (9.0, 8.0, 7.0))
            moment_colour = palette.MOMENT_COLOURS.get(tp.moment, MUTED)
            shapes.labelled(card, [(title, title_size, True, False, INK),
                                   (where_lines, where_size, False, False, MUTED),
                                   (moment_lines, moment_size, True, False, moment_colour),
                                   (action, action_size, False, True, INK)])
            if tp.moment in _MOMENT_SHAPES:
                shapes.shape(_MOMENT_SHAPES[tp.moment], x + card_w - 20, y + card_h - 20, 14,
                             14, palette.MOMENT_COLOURS[tp.moment])
        self._curve(shapes, touchpoints, first, persona_id)

    def _curve(self, shapes: Shapes, touchpoints: Sequence[Touchpoint], first: int,
               persona_id: str | None) -> None:
        top, height = 392.0, 110.0
        left, right = MARGIN + 60, WIDTH - MARGIN - 20
        shapes.text(MARGIN, 366, 400, 18, self.word("emotion_curve"), MUTED, bold=True,
                    sizes=(11.0, 10.0))
        shapes.shape(MSO_SHAPE.RECTANGLE, left, top, right - left, height / 2,
                     palette.mix(palette.emotion_colour(2), palette.PAPER, 0.88))
        shapes.shape(MSO_SHAPE.RECTANGLE, left, top + height / 2, right - left, height / 2,
                     palette.mix(palette.emotion_colour(-2), palette.PAPER, 0.88))
        for value in (3, 0, -3):
            y = top + height / 2 - value * height / 6
            shapes.text(MARGIN + 20, y - 7, 34, 14, signed_emotion(value), MUTED,
                        sizes=(9.0,), align=PP_ALIGN.RIGHT)
        shapes.polyline([(left, top + height / 2), (right, top + height / 2)],
                        palette.EMOTION_NEUTRAL_LINE, 0.75, dash=True)
        step = (right - left) / len(touchpoints)
        points: list[tuple[float, float, int, int]] = []
        for number, tp in enumerate(touchpoints):
            emotion = tp.emotion_for(persona_id)
            if emotion is not None:
                x = left + step * (number + 0.5)
                points.append((x, top + height / 2 - emotion * height / 6, emotion, number))
        shapes.polyline([(x, y) for x, y, _, _ in points], palette.EMOTION_CURVE, 2.25)
        for x, y, value, number in points:
            dot = shapes.shape(MSO_SHAPE.OVAL, x - 9, y - 9, 18, 18,
                               palette.emotion_colour(value), palette.PAPER, 1.0)
            shapes.labelled(dot, [([str(first + number + 1)], 7.0, True, False, "#ffffff")],
                            margin=0.0, anchor=MSO_ANCHOR.MIDDLE, align=PP_ALIGN.CENTER)

    def persona_slide(self, persona: Persona) -> None:
        shapes = self.slide(persona.name, self.word("persona"), persona.colour)
        y = 82.0
        if persona.quote:
            quote = self.labels.quote(persona.quote)
            shapes.text(MARGIN, y, WIDTH - 2 * MARGIN, 40, quote, persona.colour, italic=True,
                        sizes=(18.0, 16.0, 14.0, 12.0))
            y += 46
        if persona.description:
            shapes.text(MARGIN, y, WIDTH - 2 * MARGIN, 60, persona.description, INK,
                        sizes=(13.0, 12.0, 11.0, 10.0))
            y += 66
        groups = [(key, getattr(persona, key)) for key in
                  ("needs", "goals", "frustrations", "behaviours") if getattr(persona, key)]
        if not groups:
            return
        width = (WIDTH - 2 * MARGIN - 12 * (len(groups) - 1)) / len(groups)
        for index, (key, items) in enumerate(groups):
            x = MARGIN + index * (width + 12)
            box = shapes.shape(MSO_SHAPE.RECTANGLE, x, y, width, HEIGHT - y - MARGIN,
                               palette.mix(persona.colour, palette.PAPER, 0.9))
            height = HEIGHT - y - MARGIN - 34
            size, _ = shapes.fitted("\u2003".join(f"\u2022 {item}" for item in items),
                                    width - 14, height - 6 * len(items), False,
                                    (12.0, 11.0, 10.0, 9.0))
            blocks = [([self.word(key)], 13.0, True, False, INK)]
            blocks += [([f"\u2022 {item}"], size, False, False, INK) for item in items]
            shapes.labelled(box, blocks, margin=7.0)

    def irritants_slide(self) -> None:
        ranked = [(journey, point) for journey in self.project.journeys
                  if journey.kind is JourneyKind.CURRENT
                  for point in rank_pain_points(journey)]
        ranked.sort(key=lambda pair: -pair[1].score)
        shapes = self.slide(self.word("top_irritants"))
        if not ranked:
            shapes.text(MARGIN, 90, 600, 24, self.word("no_pain_points"), MUTED)
            return
        rows = [[str(rank), point.text, f"{point.stage_name} \u203a {point.touchpoint_title}",
                 severity_label(point.severity, self.language), str(point.votes),
                 self.labels.number(point.score, SCORE_DECIMALS)]
                for rank, (_, point) in enumerate(ranked[:10], start=1)]
        shapes.table(MARGIN, 82, WIDTH - 2 * MARGIN,
                     [self.word(k) for k in ("rank", "irritant", "where", "severity", "votes",
                                             "score")], rows, [5, 38, 32, 12, 7, 8])

    def action_slides(self) -> None:
        import csv

        records = list(csv.reader(io.StringIO(actions_to_csv(self.project, self.language)),
                                  delimiter=";"))[1:]
        if not records:
            self.slide(self.word("actions")).text(MARGIN, 90, 600, 24, self.word("no_actions"),
                                                  MUTED)
            return
        # Columns of the CSV export: action, status, journey, stage, touchpoint, irritant,
        # gap, root cause, owner, due date, expected result, KPI, KPI target, …
        rows = [[cells[0].removeprefix("'"), " \u203a ".join(p for p in (cells[3], cells[4]) if p),
                 cells[8].removeprefix("'"), cells[9], cells[1],
                 " ".join(p for p in (cells[11].removeprefix("'"), cells[12]) if p)]
                for cells in records]
        for start in range(0, len(rows), 9):
            title = self.word("actions") + (f" {self.word('continued')}" if start else "")
            self.slide(title).table(
                MARGIN, 82, WIDTH - 2 * MARGIN,
                [self.word(k) for k in ("action", "where", "owner", "due", "status", "kpi")],
                rows[start:start + 9], [34, 24, 13, 10, 10, 13])

    def comparison_slides(self) -> None:
        journeys = {journey.id: journey for journey in self.project.journeys}
        for target in self.project.journeys:
            current = journeys.get(target.improves_journey_id or "")
            if target.kind is not JourneyKind.TARGET or current is None:
                continue
            result = compare_journeys(self.project, current, target)
            shapes = self.slide(self.word("comparison"), f"{current.name} \u2192 {target.name}")

            def mean(value: float | None) -> str:
                return self.labels.number(value, 1) if value is not None else "–"

            rows = [[gain.stage_name, mean(gain.current_mean), mean(gain.target_mean),
                     (("+" if gain.gain > 0 else "") + self.labels.number(gain.gain, 1))
                     if gain.gain is not None else "–"]
                    for gain in result.stage_emotions[:10]]
            shapes.table(MARGIN, 82, 520, [self.word(k) for k in ("stage", "current",
                                                                  "target", "gain")],
                         rows, [46, 18, 18, 18])
            counts = [[self.word("irritants_count"), str(result.irritants.before),
                       str(result.irritants.after)],
                      [self.word("switches"), str(result.channel_switches.before),
                       str(result.channel_switches.after)],
                      [self.word("handoffs"), str(result.handoffs.before),
                       str(result.handoffs.after)],
                      [self.word("loops"), str(result.loops.before), str(result.loops.after)],
                      [self.word("mean_emotion"), mean(result.emotion_before),
                       mean(result.emotion_after)]]
            shapes.table(MARGIN + 548, 82, WIDTH - 2 * MARGIN - 548,
                         ["", self.word("current"), self.word("target")], counts, [50, 25, 25])

    def save(self) -> bytes:
        buffer = io.BytesIO()
        self.deck.save(buffer)
        return buffer.getvalue()


def storyboard_bytes(project: Project, language: Language | None = None) -> bytes:
    """The storyboard of ``project`` (words in ``language``, the project's by default)."""
    deck = _Deck(project, language or project.language)
    deck.title_slide()
    for journey in project.journeys:
        deck.stage_slides(journey)
    for persona in project.personas:
        deck.persona_slide(persona)
    deck.irritants_slide()
    deck.action_slides()
    deck.comparison_slides()
    return deck.save()


def export_storyboard(project: Project, path: Path, language: Language | None = None) -> int:
    """Write the storyboard to ``path`` atomically; returns the number of slides.

    Raises:
        OSError: the file cannot be written (a file already there is left whole).
    """
    data = storyboard_bytes(project, language)
    atomic_write_bytes(Path(path), data)
    return len(Presentation(io.BytesIO(data)).slides)
