"""The sector barometer pages: per journey, the players' radar, the client's strengths and
points to watch, every criterion's figures, and each player from one wave to the next.

The figures are :mod:`cxdesigner.analysis.benchmark`'s (their definitions are there); the
sentences :mod:`cxdesigner.export.benchmark_words`'; the radar
:mod:`cxdesigner.drawing.benchmark_chart`'s, as the editor's panel shows it.
"""

from __future__ import annotations

from collections.abc import Sequence

from cxdesigner.analysis.benchmark import (
    Benchmark,
    FigureChange,
    WaveComparison,
    benchmark,
    client_readings,
    compare_waves,
    default_waves,
)
from cxdesigner.drawing.benchmark_chart import MIN_CRITERIA, draw_radar, radar_rows
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.export.benchmark_words import BenchmarkWords
from cxdesigner.export.flow import SectionFlow
from cxdesigner.export.labels import Labels
from cxdesigner.export.tables import Column, draw_table
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Rect
from cxdesigner.model import Journey, Project
from cxdesigner.model.project import Language
from cxdesigner.model.wording import quoted

RADAR_HEIGHT = 280.0

# key -> (French, English); French typography as in export.labels.
_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Baromètre du secteur", "Sector barometer"),
    "wave": ("{journey} · {wave} ({date})", "{journey} · {wave} ({date})"),
    "all_waves": ("{journey} · toutes les notes", "{journey} · every score"),
    "intro": ("Moyennes sur 10 des notes de chaque acteur{where}\u00a0; n\u00a0= nombre de "
              "notes\u00a0; dispersion\u00a0= note la plus basse – la plus haute\u00a0; rang "
              "1\u00a0= meilleure moyenne (ex æquo au même rang)\u00a0; écart au meilleur\u00a0= "
              "moyenne \u2212 meilleure moyenne. {cards}.",
              "Each player's mean score out of 10{where}; n = number of scores; spread = "
              "lowest – highest score; rank 1 = best mean (equal means share a rank); gap to "
              "the best = mean \u2212 best mean. {cards}."),
    "cards": ("{n} grilles d’évaluation", "{n} scorecards"),
    "one_card": ("1 grille d’évaluation", "1 scorecard"),
    "where_journey": (" sur le parcours et ses étapes", " on the journey and its stages"),
    "no_radar": ("Le radar demande au moins {n} critères notés\u00a0: le tableau dit tout.",
                 "A radar needs at least {n} criteria scored: the table says it all."),
    "strengths": ("Points forts de {client}", "{client}'s strengths"),
    "watch": ("Points de vigilance", "Points to watch"),
    "figures": ("Chaque critère, acteur par acteur", "Each criterion, player by player"),
    "criterion": ("Critère", "Criterion"), "player": ("Acteur", "Player"),
    "mean": ("Moyenne /10", "Mean /10"), "n": ("n", "n"),
    "spread": ("Dispersion", "Spread"), "rank": ("Rang", "Rank"),
    "gap": ("Écart au meilleur", "Gap to the best"),
    "overall": ("Moyenne générale", "Overall"),
    "overall_compared": ("Moyenne générale (critères notés aux deux vagues)",
                         "Overall (criteria scored in both waves)"),
    "overall_note": ("Moyenne générale\u00a0: la moyenne des moyennes de chaque critère, "
                     "chacun compté une fois\u00a0; n\u00a0= critères notés\u00a0; "
                     "dispersion\u00a0= moyenne de critère la plus basse – la plus haute.",
                     "Overall: the mean of the criterion means, each criterion counted once; "
                     "n = criteria scored; spread = lowest – highest criterion mean."),
    "evolution": ("Évolution de {first} à {second}", "From {first} to {second}"),
    "evolution_table": ("Variation de chaque moyenne (points)", "Change of each mean (points)"),
    "one_wave": ("Une seule vague notée\u00a0: l’évolution viendra avec la suivante.",
                 "Only one wave is scored: the evolution comes with the next one."),
    "none": ("Aucun acteur n’est noté sur ces parcours\u00a0: nommez les acteurs du secteur et "
             "notez-les dans le baromètre.",
             "No player is scored on these journeys: name the players of the sector and score "
             "them in the barometer."),
}


class _Words:
    def __init__(self, labels: Labels) -> None:
        self.labels = labels
        self.column = 0 if labels.language == "fr" else 1
        self.sentences = BenchmarkWords(labels.language)

    def __getitem__(self, key: str) -> str:
        return _WORDS[key][self.column]

    def format(self, key: str, **values: object) -> str:
        return self[key].format(**values)


def benchmark_title(labels: Labels) -> str:
    """The section's title in the language of ``labels``."""
    return _Words(labels)["title"]


def figure_rows(bench: Benchmark, language: Language) -> list[list[str]]:
    """Each criterion's players, best rank first, as the table's cells in ``language``:
    criterion (on its first row), player, mean, n, spread, rank, gap to the best; the
    players scored on none are left out."""
    words = _Words(Labels(language))
    say = words.sentences
    scored = {figure.player_id for figure in bench.overall.figures if figure.n}
    rows = []
    for row in (*bench.criteria, bench.overall):
        name = row.criterion or words["overall"]
        ordered = sorted((f for f in row.figures if f.player_id in scored),
                         key=lambda f: (f.rank is None, f.rank or 0))
        for number, figure in enumerate(ordered):
            spread = "—" if figure.low is None or figure.high is None else \
                f"{say.number(figure.low)} – {say.number(figure.high)}"
            rows.append([name if number == 0 else "", bench.player(figure.player_id).name,
                         "—" if figure.mean is None else say.number(figure.mean),
                         str(figure.n), spread,
                         "—" if figure.rank is None else str(figure.rank),
                         "—" if figure.gap is None else say.number(figure.gap, signed=True)])
    return rows


def _evolution(flow: SectionFlow, comparison: WaveComparison, words: _Words) -> None:
    fonts = flow.pages.fonts
    say = words.sentences
    first, second = comparison.first.wave, comparison.second.wave
    assert first is not None and second is not None
    language = words.labels.language
    flow.heading(words.format("evolution", first=quoted(first.name, language),
                              second=quoted(second.name, language)), 10, 10)
    for change in comparison.overall:
        if not (change.before.n or change.after.n):
            continue
        flow.paragraph(f"• {say.evolution(comparison.second, change, first, second)}",
                       fonts.regular, 8.5)
    shown = [index for index, change in enumerate(comparison.overall)
             if change.before.n or change.after.n]
    players = comparison.second.players
    columns = [Column(words["criterion"], 1.8, bold=True),
               *(Column(players[index].name, 1.0, align="right") for index in shown)]

    def cells(changes: Sequence[FigureChange]) -> list[str]:
        return ["—" if changes[index].change is None
                else say.number(changes[index].change or 0.0, signed=True) for index in shown]

    rows = [[name, *cells(changes)]
            for name, changes in zip(comparison.criteria, comparison.changes, strict=True)]
    compared = any(comparison.overall[index].left_out for index in shown)
    rows.append([words["overall_compared" if compared else "overall"],
                 *cells(comparison.overall)])
    flow.need(min(40 + 17 * (len(rows) + 1), flow.content.height))
    flow.heading(words["evolution_table"], 9, 4)
    draw_table(flow, columns, rows)


def draw_journey_benchmark(flow: SectionFlow, project: Project, journey: Journey,
                           labels: Labels) -> bool:
    """One journey's benchmark; False (nothing drawn) when no player is scored on it."""
    words = _Words(labels)
    say = words.sentences
    fonts = flow.pages.fonts
    latest, earlier = default_waves(project, journey)
    bench = benchmark(project, journey, wave_id=latest.id if latest is not None else None,
                      language=labels.language)
    if not project.players or not bench.scored:
        return False
    flow.need(RADAR_HEIGHT * 0.6)
    heading = words.format("wave", journey=journey.name, wave=latest.name,
                           date=labels.date(latest.date)) if latest is not None else \
        words.format("all_waves", journey=journey.name)
    flow.heading(heading, 12, 14)
    cards = words["one_card"] if bench.scorecards == 1 else \
        words.format("cards", n=bench.scorecards)
    flow.paragraph(words.format("intro", where=words["where_journey"], cards=cards),
                   fonts.regular, 8, palette.INK_MUTED)
    if len(radar_rows(bench)) >= MIN_CRITERIA:
        ink = flow.need(RADAR_HEIGHT)
        pad = Sketch(ink.fonts)
        used = draw_radar(pad, bench, Rect(flow.content.x, flow.y, flow.content.width,
                                           RADAR_HEIGHT))
        ink.paint(pad.take())
        flow.y += used + 6
    else:
        flow.paragraph(words.format("no_radar", n=MIN_CRITERIA), fonts.italic, 8.5,
                       palette.INK_MUTED)
    strengths, watch = say.readings(bench, *client_readings(bench))
    client = bench.player(bench.client_id).name if bench.client_id is not None else ""
    for title, sentences in ((words.format("strengths", client=client), strengths),
                             (words["watch"], watch)):
        if sentences and (client or title == words["watch"]):
            flow.heading(title, 10, 8)
        for sentence in sentences:
            flow.paragraph(f"• {sentence}", fonts.regular, 9)
    rows = figure_rows(bench, labels.language)
    flow.need(min(60 + 17 * min(len(rows), 8), flow.content.height))
    flow.heading(words["figures"], 10, 10)
    columns = [Column(words["criterion"], 1.5, bold=True), Column(words["player"], 1.6),
               Column(words["mean"], 0.8, align="right"), Column(words["n"], 0.4, align="right"),
               Column(words["spread"], 0.9, align="right"),
               Column(words["rank"], 0.5, align="right"),
               Column(words["gap"], 0.9, align="right")]
    draw_table(flow, columns, rows, grouped=True)
    flow.paragraph(words["overall_note"], fonts.italic, 7.5, palette.INK_MUTED)
    if earlier is not None and latest is not None:
        _evolution(flow, compare_waves(project, journey, earlier.id, latest.id,
                                       language=labels.language), words)
    elif latest is not None:
        flow.paragraph(words["one_wave"], fonts.italic, 8.5, palette.INK_MUTED)
    return True


def draw_benchmarks(flow: SectionFlow, project: Project, journeys: Sequence[Journey],
                    labels: Labels) -> None:
    """The benchmark of each journey whose players are scored, in turn."""
    drawn = [draw_journey_benchmark(flow, project, journey, labels) for journey in journeys]
    if not any(drawn):
        flow.paragraph(_Words(labels)["none"], flow.pages.fonts.italic, 9, palette.INK_MUTED)
