"""The project as one web page a client opens in any browser: the maps to explore, read-only.

Everything is inside the one HTML file: the maps as SVG (the map's own drawing, painted
by :mod:`cxdesigner.export.svg`), the fonts as data, the styles and the script. A content
security policy forbids the page any request, so that it opens the same from an e-mail
attachment, offline or behind any firewall. The reader picks the journey and the persona
(the map of each persona is drawn beforehand), zooms and pans, and clicks a card to read
all of it; the legend is below the map.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from pathlib import Path

from cxdesigner.drawing.context import MapContext
from cxdesigner.drawing.elisions import ElisionLog
from cxdesigner.drawing.fonts import load_fonts
from cxdesigner.drawing.legend import plan_legend
from cxdesigner.drawing.map import MapDrawing
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.export.labels import Labels
from cxdesigner.export.svg import SvgPainter, font_faces, number
from cxdesigner.export.web_script import SCRIPT, STYLE
from cxdesigner.io.atomic import atomic_write_bytes
from cxdesigner.io.touchpoint_cells import kpi_number
from cxdesigner.layout import layout_journey
from cxdesigner.model import Journey, MomentOfTruth, Project, Touchpoint
from cxdesigner.model.project import Language
from cxdesigner.vocabulary import label, signed_emotion

POLICY = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
          "font-src data:; img-src data:")
"""No request of any kind: what the page needs is inside it."""

# key -> (French, English)
PAGE_WORDS: dict[str, tuple[str, str]] = {
    "journey": ("Parcours", "Journey"),
    "persona": ("Persona", "Persona"),
    "all": ("Tous", "All"),
    "zoom_in": ("Agrandir", "Zoom in"),
    "zoom_out": ("Réduire", "Zoom out"),
    "fit": ("Tout voir", "Fit"),
    "hint": ("Cliquez sur un point de contact pour en lire le détail. Molette ou boutons "
             "pour zoomer, glisser pour se déplacer.",
             "Click a touchpoint to read all of it. Wheel or buttons to zoom, drag to move."),
    "close": ("Fermer", "Close"),
    "stage": ("Étape", "Stage"),
    "description": ("Description", "Description"),
    "channel": ("Canal", "Channel"),
    "interlocutor": ("Interlocuteur", "Interlocutor"),
    "action": ("Action du client", "Customer action"),
    "thinking": ("Ce qu’il pense", "Thinks"),
    "feeling": ("Ce qu’il ressent", "Feels"),
    "emotion": ("Émotion", "Emotion"),
    "moment": ("Moment de vérité", "Moment of truth"),
    "criticality": ("Criticité", "Criticality"),
    "verbatims": ("Verbatims", "Verbatims"),
    "irritants": ("Irritants", "Pain points"),
    "opportunities": ("Opportunités", "Opportunities"),
    "kpis": ("KPI", "KPIs"),
    "tags": ("Étiquettes", "Tags"),
    "notes": ("Notes", "Notes"),
    "made_with": ("Carte en lecture seule, faite avec CX Designer",
                  "Read-only map made with CX Designer"),
}


@dataclass(frozen=True)
class _Variant:
    journey: int
    persona_id: str
    svg: str


def _details(project: Project, journey: Journey, tp: Touchpoint, stage: str,
             language: Language) -> dict[str, object]:
    channels, people = project.channel_names(), project.interlocutor_names()
    personas = ["", *journey.persona_ids]
    emotions = {pid: tp.emotion_for(pid or None) for pid in personas}
    levels = {pid: tp.criticality_for(pid or None) for pid in personas}
    return {
        "title": tp.title, "stage": stage, "description": tp.description,
        "channel": channels.get(tp.channel_id or "", ""),
        "interlocutor": people.get(tp.interlocutor_id or "", ""),
        "action": tp.customer_action, "thinking": tp.thinking, "feeling": tp.feeling,
        "emotion": {pid: signed_emotion(value) if value is not None else ""
                    for pid, value in emotions.items()},
        "moment": label(tp.moment, language) if tp.moment is not MomentOfTruth.NONE else "",
        "criticality": {pid: label(level, language) if level is not None else ""
                        for pid, level in levels.items()},
        "verbatims": [v.text for v in tp.verbatims],
        "irritants": [i.text for i in tp.irritants],
        "opportunities": [o.text for o in tp.opportunities],
        "kpis": [f"{k.name}\u00a0: {kpi_number(k.value, language)} {k.unit}".rstrip()
                 if language == "fr" else f"{k.name}: {kpi_number(k.value, language)} {k.unit}"
                 .rstrip() for k in tp.kpis],
        "tags": list(tp.tags), "notes": tp.notes,
    }


class _Page:
    """Draws every map of the project once per persona, with one painter for the page."""

    def __init__(self, project: Project, language: Language) -> None:
        self.project = project
        self.language: Language = language
        self.labels = Labels(language)
        self.fonts = load_fonts()
        self.painter = SvgPainter(self.fonts)
        self.column = 0 if language == "fr" else 1

    def word(self, key: str) -> str:
        return PAGE_WORDS[key][self.column]

    def variants(self, index: int, journey: Journey) -> list[_Variant]:
        project = self.project
        layout = layout_journey(journey)
        hits = "".join(
            f'<rect class="hit" data-tp="{escape(box.touchpoint_id)}" x="{number(box.card.x)}" '
            f'y="{number(box.card.y)}" width="{number(box.card.width)}" '
            f'height="{number(box.card.height)}"/>' for box in layout.touchpoints.values())
        found: list[_Variant] = []
        for persona_id in [None, *journey.persona_ids]:
            context = MapContext(self.labels, self.fonts, journey.name,
                                 project.channel_names(), project.interlocutor_names(),
                                 persona_id, ElisionLog())
            body = self.painter.paint(MapDrawing(layout, journey, context).draw())
            svg = (f'<svg class="map" data-journey="{index}" data-persona="{persona_id or ""}" '
                   f'viewBox="0 0 {number(layout.width)} {number(layout.height)}" '
                   f'xmlns="http://www.w3.org/2000/svg" font-family="CX Map" '
                   f'role="img" aria-label="{escape(journey.name)}">'
                   f'<rect width="100%" height="100%" fill="#ffffff"/>{body}{hits}</svg>')
            found.append(_Variant(index, persona_id or "", svg))
        return found

    def legend(self, width: float) -> str:
        pad = Sketch(self.fonts)
        plan = plan_legend(pad, self.labels, width, 1.0)
        plan.draw(pad, 8.0, 8.0)
        body = self.painter.paint(pad.take())
        return (f'<svg class="legend" viewBox="0 0 {number(width + 16)} '
                f'{number(plan.height + 16)}" '
                f'xmlns="http://www.w3.org/2000/svg" font-family="CX Map">{body}</svg>')

    def data(self) -> dict[str, object]:
        personas = {persona.id: persona.name for persona in self.project.personas}
        journeys = []
        for journey in self.project.journeys:
            journeys.append({
                "name": journey.name,
                "kind": label(journey.kind, self.language),
                "personas": [[pid, personas.get(pid, pid)] for pid in journey.persona_ids],
                "touchpoints": {tp.id: _details(self.project, journey, tp, stage.name,
                                                self.language)
                                for stage, tp in journey.touchpoints()},
            })
        words = {key: names[self.column] for key, names in PAGE_WORDS.items()}
        return {"journeys": journeys, "words": words}


def web_page(project: Project, language: Language | None = None) -> str:
    """The whole page as HTML text (headings in ``language``, the project's by default)."""
    language = language or project.language
    page = _Page(project, language)
    maps: list[str] = []
    for index, journey in enumerate(project.journeys):
        maps += [variant.svg for variant in page.variants(index, journey)]
    legend = page.legend(900.0)
    data = json.dumps(page.data(), ensure_ascii=False).replace("</", "<\\/")
    title = escape(project.title)
    subtitle = " · ".join(escape(part) for part in (project.client,) if part)
    text_seen = json.dumps(page.data(), ensure_ascii=False) + project.title + project.client
    faces = font_faces(page.painter.characters | set(text_seen),
                       page.painter.fallback_characters)
    options = "".join(f'<option value="{index}">{escape(journey.name)}</option>'
                      for index, journey in enumerate(project.journeys))
    w = page.word
    return f"""<!DOCTYPE html>
<html lang="{language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="CX Designer">
<title>{title}</title>
<style>
{faces}
{STYLE}
</style>
</head>
<body>
<header>
<h1>{title}</h1><p class="client">{subtitle}</p>
<label>{w("journey")} <select id="journey">{options}</select></label>
<label>{w("persona")} <select id="persona"></select></label>
<span class="tools"><button id="zoom-out" title="{w("zoom_out")}">&minus;</button><button
 id="zoom-in" title="{w("zoom_in")}">+</button><button id="fit">{w("fit")}</button></span>
</header>
<main>
<div id="viewport">
{"".join(maps)}
</div>
<aside id="details" hidden><button id="close" title="{w("close")}">&times;</button>
<div id="details-body"></div></aside>
</main>
<p class="hint">{w("hint")}</p>
<section id="legend">{legend}</section>
<svg class="symbols" aria-hidden="true" width="0" height="0">{page.painter.definitions()}</svg>
<footer>{w("made_with")}</footer>
<script type="application/json" id="cx-data">{data}</script>
<script>
{SCRIPT}
</script>
</body>
</html>
"""


def export_web_page(project: Project, path: Path, language: Language | None = None) -> None:
    """Write the project's web page to ``path`` atomically.

    Raises:
        OSError: the file cannot be written (a file already there is left whole).
    """
    atomic_write_bytes(Path(path), web_page(project, language).encode("utf-8"))
