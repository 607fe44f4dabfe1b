"""The sector benchmark: the players of a sector side by side on the barometer's criteria.

Definitions, as the numbers are meant to be checked by hand:

- **whose scores**: a scorecard counts for the player it names; one that names no player
  scores the client's own experience and counts for the player marked as the client's
  brand (none marked: it is left out of the benchmark).
- **which scores**: those of one wave (the scorecards that name it), or, when no wave is
  chosen, every scorecard. A **journey**'s figures pool the scores given on the journey
  itself and on each of its stages (each score counts once); a **stage**'s, the scores
  given on that stage. Criteria are matched as in the barometer
  (:func:`cxdesigner.analysis.barometer.criterion_key`), listed in order of first
  appearance.
- a player's **mean** on a criterion: the mean of its scores on that criterion; **n**: how
  many scores; the **spread**: the highest score minus the lowest (``low``–``high`` says
  how far the assessors disagree). Unset scores are left out.
- the **overall** figure of a player: the mean of its criterion means, each criterion
  counting once; its n is the number of criteria scored, its spread the highest
  criterion mean minus the lowest.
- **rank**: 1 for the highest mean, among the players scored on that criterion; equal
  means share a rank and the next rank is skipped (7.5, 7.5, 6 rank 1, 1, 3). A player
  without a score has no rank.
- **gap to the best**: the player's mean minus the best mean on that criterion (0 for the
  leader, negative for the others).
- the client's **strengths**: the criteria where it ranks first, with at least one other
  player scored, the widest lead (its mean minus the best of the others) first; its
  **points to watch**: the criteria where it does not rank first, the widest gap to the
  best first, at most :data:`POINTS_TO_WATCH`.
- **evolution between two waves**: each player's figures in the earlier wave and in the
  later one (ordered by date), and the change: later mean minus earlier mean, None when
  either is missing. A player's overall change compares like with like: the mean of its
  criterion means over the criteria it was scored on in both waves only (n: how many),
  earlier and later; the criteria scored in one wave only are named as left out. Its rank
  beside them is its overall rank in each wave, as each wave's table gives it. A player
  scored in one wave only has no change; one scored in both but on no common criterion
  has its two overall figures without a mean.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from cxdesigner.analysis.barometer import ScopeKind, client_id, criterion_key, criterion_name
from cxdesigner.model import Journey, Player, Project, Scorecard, Wave

POINTS_TO_WATCH = 3
"""How many of the client's weakest criteria are worded as points to watch."""

_TIE_DIGITS = 9
"""Means equal to this many decimals are equal (sums of floats differ in the last bits)."""


@dataclass(frozen=True)
class PlayerFigure:
    """One player's figure on one criterion (or overall), as defined in the module."""

    player_id: str
    mean: float | None
    n: int
    low: float | None
    high: float | None
    rank: int | None = None
    gap: float | None = None

    @property
    def spread(self) -> float | None:
        """The highest value minus the lowest; None without any."""
        return None if self.low is None or self.high is None else self.high - self.low


@dataclass(frozen=True)
class CriterionRow:
    """Every player's figure on one criterion, in the benchmark's player order."""

    criterion: str
    figures: tuple[PlayerFigure, ...]
    best: float | None

    def figure(self, player_id: str) -> PlayerFigure:
        return next(figure for figure in self.figures if figure.player_id == player_id)

    @property
    def ranked(self) -> int:
        """How many players have a score (and so a rank) here."""
        return sum(1 for figure in self.figures if figure.rank is not None)

    def leaders(self) -> list[str]:
        """The players ranked first."""
        return [figure.player_id for figure in self.figures if figure.rank == 1]


@dataclass(frozen=True)
class Benchmark:
    """The players side by side on one journey or stage, in one wave or over every wave.

    Attributes:
        scope_id: the journey or stage.
        scope_kind: ``"journey"`` or ``"stage"``.
        scope_name: its name.
        wave: the wave read; None for every scorecard.
        players: the project's players, in project order.
        client_id: the player marked as the client's brand, if any.
        criteria: one row per criterion.
        overall: the overall figures (``criterion`` is empty).
        scorecards: how many scorecards were read.
    """

    scope_id: str
    scope_kind: ScopeKind
    scope_name: str
    wave: Wave | None
    players: tuple[Player, ...]
    client_id: str | None
    criteria: tuple[CriterionRow, ...]
    overall: CriterionRow
    scorecards: int

    def player(self, player_id: str) -> Player:
        return next(player for player in self.players if player.id == player_id)

    @property
    def scored(self) -> bool:
        """Whether any player has any score here."""
        return any(figure.n for figure in self.overall.figures)


def _ranked(player_ids: Sequence[str], values: dict[str, list[float]]) -> tuple[
        tuple[PlayerFigure, ...], float | None]:
    """Each player's figure from its values, ranked; and the best mean."""
    means = {pid: sum(found) / len(found) for pid, found in values.items() if found}
    keys = {pid: round(mean, _TIE_DIGITS) for pid, mean in means.items()}
    best = max(means.values(), default=None)
    figures = []
    for pid in player_ids:
        found = values.get(pid, [])
        mean = means.get(pid)
        rank = None if mean is None else 1 + sum(1 for key in keys.values() if key > keys[pid])
        gap = None if mean is None or best is None else mean - best
        figures.append(PlayerFigure(pid, mean, len(found), min(found, default=None),
                                    max(found, default=None), rank, gap))
    return tuple(figures), best


def scope_cards(project: Project, scope_ids: set[str], wave_id: str | None) -> list[Scorecard]:
    """The scorecards on these scopes, of one wave (every wave: None), in project order."""
    return [card for card in project.scorecards if card.scope_id in scope_ids
            and (wave_id is None or card.wave_id == wave_id)]


def _scopes(journey: Journey, scope_id: str) -> tuple[ScopeKind, str, set[str]]:
    if scope_id == journey.id:
        return "journey", journey.name, {journey.id, *(stage.id for stage in journey.stages)}
    stage = next(stage for stage in journey.stages if stage.id == scope_id)
    return "stage", stage.name, {stage.id}


def benchmark(project: Project, journey: Journey, scope_id: str | None = None,
              wave_id: str | None = None, language: str | None = None) -> Benchmark:
    """The players side by side on ``journey`` (or one of its stages, ``scope_id``), in the
    wave ``wave_id`` (every scorecard when None); see the module's definitions. With
    ``language``, the default criteria are named in it (a document in that language).

    Raises:
        StopIteration: ``scope_id`` is neither the journey nor one of its stages.
        KeyError: no wave has the id ``wave_id``.
    """
    kind, name, scope_ids = _scopes(journey, scope_id or journey.id)
    waves = {wave.id: wave for wave in project.waves}
    wave = waves[wave_id] if wave_id is not None else None
    client = client_id(project)
    player_ids = [player.id for player in project.players]
    names: dict[str, str] = {}
    values: dict[str, dict[str, list[float]]] = {}
    cards = scope_cards(project, scope_ids, wave_id)
    for card in cards:
        owner = card.player_id or client
        if owner is None:
            continue
        for entry in card.scores:
            key = criterion_key(entry.criterion)
            names.setdefault(key, criterion_name(entry.criterion, language))
            per_player = values.setdefault(key, {})
            if entry.score is not None:
                per_player.setdefault(owner, []).append(entry.score)
    rows = []
    for key, per_player in values.items():
        figures, best = _ranked(player_ids, per_player)
        rows.append(CriterionRow(names[key], figures, best))
    means: dict[str, list[float]] = {}
    for row in rows:
        for figure in row.figures:
            if figure.mean is not None:
                means.setdefault(figure.player_id, []).append(figure.mean)
    overall, best = _ranked(player_ids, means)
    return Benchmark(scope_id or journey.id, kind, name, wave, tuple(project.players), client,
                     tuple(rows), CriterionRow("", overall, best), len(cards))


def scored_waves(project: Project, journey: Journey, scope_id: str | None = None) -> list[Wave]:
    """The waves with at least one scorecard on the journey (or stage), earliest first (by
    date, then in project order)."""
    _, _, scope_ids = _scopes(journey, scope_id or journey.id)
    used = {card.wave_id for card in project.scorecards if card.scope_id in scope_ids}
    found = [wave for wave in project.waves if wave.id in used]
    return sorted(found, key=lambda wave: wave.date)


# --------------------------------------------------------------------------- the client


@dataclass(frozen=True)
class Reading:
    """A strength or a point to watch of the client, with what it is measured against.

    Attributes:
        kind: ``"strength"`` (the client ranks first) or ``"watch"``.
        criterion: the criterion's name.
        client: the client's figure on it.
        ranked: how many players are ranked on it.
        runner_up: for a strength, the best of the players not tied with the client (None
            when all are tied).
        tied: for a strength, the players ranked first with the client.
        leaders: for a point to watch, the players ranked first.
        other_mean: the runner-up's mean (strength) or the best mean (point to watch).
        margin: the client's lead over the runner-up (strength, 0 when all are tied) or its
            gap to the best (point to watch, positive).
    """

    kind: Literal["strength", "watch"]
    criterion: str
    client: PlayerFigure
    ranked: int
    runner_up: str | None
    tied: tuple[str, ...]
    leaders: tuple[str, ...]
    other_mean: float | None
    margin: float


def client_readings(bench: Benchmark) -> tuple[list[Reading], list[Reading]]:
    """The client's strengths and points to watch (see the module's definitions); both
    empty when no player is the client's brand."""
    strengths: list[Reading] = []
    watch: list[Reading] = []
    if bench.client_id is None:
        return strengths, watch
    for row in bench.criteria:
        mine = row.figure(bench.client_id)
        if mine.mean is None or mine.rank is None or row.ranked < 2 or row.best is None:
            continue
        others = [f for f in row.figures if f.player_id != bench.client_id and f.mean is not None]
        if mine.rank == 1:
            tied = tuple(f.player_id for f in others if f.rank == 1)
            behind = [f for f in others if f.rank != 1]
            runner = max(behind, key=lambda f: f.mean or 0.0, default=None)
            margin = mine.mean - runner.mean if runner is not None and runner.mean is not None \
                else 0.0
            strengths.append(Reading("strength", row.criterion, mine, row.ranked,
                                     runner.player_id if runner else None, tied, (),
                                     runner.mean if runner else None, margin))
        else:
            watch.append(Reading("watch", row.criterion, mine, row.ranked, None, (),
                                 tuple(row.leaders()), row.best, row.best - mine.mean))
    strengths.sort(key=lambda reading: -reading.margin)
    watch.sort(key=lambda reading: -reading.margin)
    return strengths, watch[:POINTS_TO_WATCH]


# --------------------------------------------------------------------------- two waves


@dataclass(frozen=True)
class FigureChange:
    """One figure of one player in two waves; ``change`` = after - before.

    ``left_out``: for an overall figure, the criteria the player was scored on in one wave
    only, left out of both means (see the module's definitions).
    """

    before: PlayerFigure
    after: PlayerFigure
    left_out: tuple[str, ...] = ()

    @property
    def change(self) -> float | None:
        if self.before.mean is None or self.after.mean is None:
            return None
        return self.after.mean - self.before.mean


@dataclass(frozen=True)
class WaveComparison:
    """Each player's figures between two waves, on one journey or stage.

    Attributes:
        first: the earlier benchmark; second: the later.
        criteria: the criteria of either wave, the earlier's order first.
        overall: per player (in player order), its overall figure in both waves.
        changes: per criterion (in ``criteria`` order), per player, its figure in both.
    """

    first: Benchmark
    second: Benchmark
    criteria: tuple[str, ...]
    overall: tuple[FigureChange, ...]
    changes: tuple[tuple[FigureChange, ...], ...]


def _empty(player_id: str) -> PlayerFigure:
    return PlayerFigure(player_id, None, 0, None, None)


def compare_waves(project: Project, journey: Journey, first_id: str, second_id: str,
                  scope_id: str | None = None, language: str | None = None) -> WaveComparison:
    """The players between two waves (given in any order: the earlier comes first);
    ``language`` as for :func:`benchmark`."""
    waves = {wave.id: wave for wave in project.waves}
    one, two = sorted((waves[first_id], waves[second_id]), key=lambda wave: wave.date)
    first = benchmark(project, journey, scope_id, one.id, language)
    second = benchmark(project, journey, scope_id, two.id, language)
    rows: dict[str, tuple[CriterionRow | None, CriterionRow | None]] = {}
    for row in first.criteria:
        rows[criterion_key(row.criterion)] = (row, None)
    for row in second.criteria:
        earlier = rows.get(criterion_key(row.criterion), (None, None))[0]
        rows[criterion_key(row.criterion)] = (earlier, row)
    player_ids = [player.id for player in project.players]

    def both(before: CriterionRow | None, after: CriterionRow | None) -> tuple[
            FigureChange, ...]:
        return tuple(FigureChange(before.figure(pid) if before else _empty(pid),
                                  after.figure(pid) if after else _empty(pid))
                     for pid in player_ids)

    names = tuple(next(row.criterion for row in pair if row is not None)
                  for pair in rows.values())
    changes = tuple(both(before, after) for before, after in rows.values())
    overall = tuple(_overall_change(first, second, names, [row[index] for row in changes])
                    for index in range(len(player_ids)))
    return WaveComparison(first, second, names, overall, changes)


def _overall_change(first: Benchmark, second: Benchmark, names: Sequence[str],
                    changes: Sequence[FigureChange]) -> FigureChange:
    """One player's overall figures on the criteria scored in both waves (see the module's
    definitions), from its change on each criterion."""
    player_id = changes[0].before.player_id
    before, after = first.overall.figure(player_id), second.overall.figure(player_id)
    if not (before.n and after.n):
        return FigureChange(before, after)
    shared = [change for change in changes if change.change is not None]
    left_out = tuple(name for name, change in zip(names, changes, strict=True)
                     if change.change is None and (change.before.n or change.after.n))
    if not shared:
        return FigureChange(PlayerFigure(player_id, None, before.n, None, None, before.rank),
                            PlayerFigure(player_id, None, after.n, None, None, after.rank),
                            left_out)

    def compared(means: list[float], rank: int | None) -> PlayerFigure:
        return PlayerFigure(player_id, sum(means) / len(means), len(means), min(means),
                            max(means), rank)

    return FigureChange(compared([c.before.mean or 0.0 for c in shared], before.rank),
                        compared([c.after.mean or 0.0 for c in shared], after.rank), left_out)


def default_waves(project: Project, journey: Journey,
                  scope_id: str | None = None) -> tuple[Wave | None, Wave | None]:
    """The wave a benchmark shows first (the latest scored; None: every scorecard) and the
    one its evolution starts from (the one before it; None when fewer than two)."""
    waves = scored_waves(project, journey, scope_id)
    latest = waves[-1] if waves else None
    earlier = waves[-2] if len(waves) >= 2 else None
    return latest, earlier
