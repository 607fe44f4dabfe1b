"""The sector barometer in the workbook: the players' scores, one row per player, criterion
and assessor (the columns the scores import reads, so the sheet can be edited and imported
into another project; a scorecard without a date of its own shows its wave's, which the
import needs to make the wave), and each journey's figures in its latest wave."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cxdesigner.analysis.barometer import client_id
from cxdesigner.analysis.benchmark import benchmark, default_waves
from cxdesigner.model import Project
from cxdesigner.vocabulary import label

if TYPE_CHECKING:
    from cxdesigner.export.workbook import _Sheets

# key -> (French, English); the score sheet's headers are names the scores import knows.
_WORDS: dict[str, tuple[str, str]] = {
    "scores": ("Notes des acteurs", "Players' scores"),
    "benchmark": ("Baromètre du secteur", "Sector barometer"),
    "player": ("Acteur", "Player"), "criterion": ("Critère", "Criterion"),
    "score": ("Note", "Score"), "scope": ("Périmètre", "Scope"),
    "assessor": ("Évaluateur", "Assessor"), "wave": ("Vague", "Wave"),
    "date": ("Date", "Date"), "method": ("Méthode", "Method"), "source": ("Source", "Source"),
    "journey": ("Parcours", "Journey"), "mean": ("Moyenne /10", "Mean /10"),
    "n": ("n", "n"), "low": ("Plus basse", "Lowest"), "high": ("Plus haute", "Highest"),
    "rank": ("Rang", "Rank"), "gap": ("Écart au meilleur", "Gap to the best"),
    "overall": ("Moyenne générale", "Overall"), "every": ("toutes", "every"),
}
_SCORE_KEYS = ("player", "criterion", "score", "scope", "assessor", "wave", "date", "method",
               "source")


def write_benchmark(sheets: _Sheets, project: Project) -> None:
    """The two sheets, when the project names players."""
    if not project.players:
        return
    column = sheets.column

    def word(key: str) -> str:
        return _WORDS[key][column]

    players = {player.id: player.name for player in project.players}
    client = client_id(project)
    waves = {wave.id: wave for wave in project.waves}
    scopes = {journey.id: journey.name for journey in project.journeys}
    scopes.update({stage.id: stage.name for journey in project.journeys
                   for stage in journey.stages})
    rows: list[list[object]] = []
    for card in project.scorecards:
        owner = card.player_id or client
        if owner is None:
            continue
        for entry in card.scores:
            if entry.score is None:
                continue
            rows.append([players[owner], entry.criterion, entry.score,
                         scopes.get(card.scope_id, card.scope_id), card.assessor,
                         wave.name if (wave := waves.get(card.wave_id or "")) else "",
                         card.date or (wave.date if wave else None),
                         label(card.method, sheets.language) if card.method else "",
                         card.source])
    sheet = sheets.sheet(word("scores"))
    sheets.table(sheet, [word(key) for key in _SCORE_KEYS], rows,
                 [18, 18, 8, 22, 16, 14, 12, 20, 30])
    for number in range(2, len(rows) + 2):
        sheet.cell(row=number, column=7).number_format = "DD/MM/YYYY" if column == 0 \
            else "YYYY-MM-DD"
    figures: list[list[object]] = []
    for journey in project.journeys:
        latest, _ = default_waves(project, journey)
        bench = benchmark(project, journey, wave_id=latest.id if latest else None)
        for row in (*bench.criteria, bench.overall):
            for figure in row.figures:
                if figure.n:
                    figures.append([journey.name, latest.name if latest else word("every"),
                                    row.criterion or word("overall"),
                                    players[figure.player_id], figure.mean, figure.n,
                                    figure.low, figure.high, figure.rank, figure.gap])
    sheets.table(sheets.sheet(word("benchmark")),
                 [word(key) for key in ("journey", "wave", "criterion", "player", "mean", "n",
                                        "low", "high", "rank", "gap")],
                 figures, [20, 14, 18, 18, 10, 6, 10, 10, 6, 12])
