"""The benchmark and the value of actions in words: sentences a consultant pastes into a
report, in French or English, with the figures they rest on.

The same sentences are printed in the PDF, shown in the editor's panels and written by
``cxdesigner stats``; the figures are the analysis modules' (:mod:`~cxdesigner.analysis.
benchmark`, :mod:`~cxdesigner.analysis.action_value`), only worded here.
"""

from __future__ import annotations

from collections.abc import Sequence

from cxdesigner.analysis.action_value import ActionValue, ValueTotal
from cxdesigner.analysis.benchmark import Benchmark, FigureChange, Reading
from cxdesigner.model import PointValue, Wave
from cxdesigner.model.wording import quoted

NBSP = "\u00a0"
NNBSP = "\u202f"
"""The narrow no-break space French puts between thousands."""

# key -> (French, English); French typography as in export.labels.
_WORDS: dict[str, tuple[str, str]] = {
    "strength": ("{criterion}{colon} {client} est en tête{tied} ({score}, n{eq}{n}), "
                 "{margin} devant {runner} ({runner_score}).",
                 "{criterion}{colon} {client} {leads}{tied} ({score}, n{eq}{n}), {margin} "
                 "ahead of {runner} ({runner_score})."),
    "strength_tied": ("{criterion}{colon} {client} est en tête{tied} ({score}, n{eq}{n}).",
                      "{criterion}{colon} {client} {leads}{tied} ({score}, n{eq}{n})."),
    "leads": ("est en tête", "leads"),
    "shares_lead": ("partage la tête", "shares the lead"),
    "tied_with": (" à égalité avec {names}", " with {names}"),
    "watch": ("{criterion}{colon} {client} est {rank} sur {ranked} ({score}, n{eq}{n}), "
              "{margin} derrière {leaders} ({best}).",
              "{criterion}{colon} {client} ranks {rank} of {ranked} ({score}, n{eq}{n}), "
              "{margin} behind {leaders} ({best})."),
    "no_client": ("Aucun acteur n’est marqué comme la marque du client\u00a0: marquez-en un "
                  "pour lire ses points forts et ses points de vigilance.",
                  "No player is marked as the client's brand: mark one to read its strengths "
                  "and points to watch."),
    "leads_everywhere": ("{client} est en tête sur chaque critère noté.",
                         "{client} leads on every criterion scored."),
    "leads_nowhere": ("{client} n’est en tête sur aucun critère.",
                      "{client} leads on no criterion."),
    "evolution": ("{player}{colon} {before} → {after} de {first} à {second}{compared} "
                  "({change}), rang {rank_before} → {rank_after}.",
                  "{player}: {before} → {after} from {first} to {second}{compared} "
                  "({change}), rank {rank_before} → {rank_after}."),
    "compared": (" sur les {n} critères notés aux deux vagues, hors {left_out}",
                 " on the {n} criteria scored in both waves, {left_out} left out"),
    "compared_one": (" sur le seul critère noté aux deux vagues, hors {left_out}",
                     " on the one criterion scored in both waves, {left_out} left out"),
    "not_scored_in": ("{player}{colon} non noté lors de {wave}.",
                      "{player}: not scored in {wave}."),
    "nothing_in_common": ("{player}{colon} aucun critère noté à la fois lors de {first} et "
                          "de {second}{colon} pas d’évolution à lire.",
                          "{player}: no criterion scored in both {first} and {second}: no "
                          "evolution to read."),
    "point": ("point", "point"), "points": ("points", "points"),
    "and": ("et", "and"),
    # the value of actions
    "missing_kpi": ("le KPI", "the KPI"),
    "missing_point_value": ("la valeur d’un point de ce KPI", "the value of a point of its KPI"),
    "missing_baseline": ("le KPI avant l’action", "the KPI before the action"),
    "missing_target": ("la cible", "the target"),
    "missing_effort": ("l’effort", "the effort"),
    "missing_measured": ("la valeur mesurée", "the measured value"),
    "lacks": ("manque{colon} {what}", "missing: {what}"),
    "lower_is_better": (" \u00d7 \u22121 (plus bas = mieux)", " \u00d7 \u22121 (lower is better)"),
    "per_day_formula": ("{value} ÷ {days} j = {per_day} par jour-homme",
                        "{value} ÷ {days} d = {per_day} per person-day"),
    "point_value": ("1 point de {indicator} = {amount}", "1 {indicator} point = {amount}"),
    "point_effect": ("{effect}", "{effect}"),
    "source": ("source{colon} {source}", "source: {source}"),
    "no_source": ("source non précisée", "no source given"),
    "totals": ("{unit}{colon} attendu {expected} ({expected_n} actions), obtenu {obtained} "
               "({obtained_n} mesurées), encore ouvert {open} ({open_n} actions non mesurées).",
               "{unit}: expected {expected} ({expected_n} actions), obtained {obtained} "
               "({obtained_n} measured), still open {open} ({open_n} actions not measured)."),
}

_ORDINALS_EN = {1: "st", 2: "nd", 3: "rd"}
_FORMULA = "({after} \u2212 {before}){sign} = {points} \u00d7 {amount} = {value}"
"""How a value is worked out: the points gained times the value of a point."""


class BenchmarkWords:
    """Words and numbers of the benchmark and of the value of actions in one language."""

    def __init__(self, language: str) -> None:
        self.language = "fr" if language == "fr" else "en"
        self._column = 0 if self.language == "fr" else 1

    def __getitem__(self, key: str) -> str:
        return _WORDS[key][self._column]

    def format(self, key: str, **values: object) -> str:
        colon = f"{NBSP}:" if self.language == "fr" else ":"
        return self[key].format(colon=colon, eq=f"{NBSP}={NBSP}", **values)

    # ------------------------------------------------------------------ numbers

    def number(self, value: float, decimals: int = 1, signed: bool = False) -> str:
        """``value`` with its decimals, thousands grouped, the language's separators."""
        text = f"{value:+,.{decimals}f}" if signed else f"{value:,.{decimals}f}"
        if signed and round(value, decimals) == 0:
            text = text.replace("+", "").replace("-", "")
        if self.language == "fr":
            text = text.replace(",", NNBSP).replace(".", ",")
        return text

    def amount(self, value: float) -> str:
        """A sum of value: no decimals from 100 up or when whole, else two."""
        whole = abs(value) >= 100 or float(value).is_integer()
        return self.number(value, 0 if whole else 2)

    def money(self, value: float, unit: str) -> str:
        """An amount followed by its unit (``960 000 € / an``)."""
        return f"{self.amount(value)}{NBSP}{unit}".strip() if unit else self.amount(value)

    def score(self, value: float | None) -> str:
        return "—" if value is None else f"{self.number(value)}/10"

    def points(self, value: float, signed: bool = False) -> str:
        """``1,5 point`` / ``2,5 points`` (French: plural from 2), ``1 point`` / ``1.5
        points`` (English: plural but for 1); ``+1,5 point`` when ``signed``."""
        size = abs(round(value, 1))
        plural = size >= 2 if self.language == "fr" else size != 1
        return f"{self.number(value, signed=signed)}{NBSP}{self['points' if plural else 'point']}"

    def ordinal(self, rank: int) -> str:
        if self.language == "fr":
            return "1er" if rank == 1 else f"{rank}e"
        suffix = "th" if 10 <= rank % 100 <= 20 else _ORDINALS_EN.get(rank % 10, "th")
        return f"{rank}{suffix}"

    def names(self, names: Sequence[str]) -> str:
        """``A``, ``A et B``, ``A, B et C``."""
        if len(names) <= 1:
            return "".join(names)
        return f"{', '.join(names[:-1])} {self['and']} {names[-1]}"

    # ------------------------------------------------------------------ the benchmark

    def reading(self, bench: Benchmark, reading: Reading) -> str:
        """A strength or a point to watch of the client, as a sentence."""
        client = bench.player(reading.client.player_id).name
        common = {"criterion": reading.criterion, "client": client,
                  "score": self.score(reading.client.mean), "n": reading.client.n}
        if reading.kind == "watch":
            leaders = self.names([bench.player(pid).name for pid in reading.leaders])
            return self.format("watch", rank=self.ordinal(reading.client.rank or 0),
                               ranked=reading.ranked, margin=self.points(reading.margin),
                               leaders=leaders, best=self.score(reading.other_mean), **common)
        tied = self.format("tied_with", names=self.names(
            [bench.player(pid).name for pid in reading.tied])) if reading.tied else ""
        leads = self["shares_lead" if reading.tied else "leads"]
        if reading.runner_up is None:
            return self.format("strength_tied", tied=tied, leads=leads, **common)
        return self.format("strength", tied=tied, leads=leads,
                           margin=self.points(reading.margin),
                           runner=bench.player(reading.runner_up).name,
                           runner_score=self.score(reading.other_mean), **common)

    def readings(self, bench: Benchmark, strengths: Sequence[Reading],
                 watch: Sequence[Reading]) -> tuple[list[str], list[str]]:
        """The strengths and the points to watch as sentences; when there is no client, or
        no strength, one sentence says so."""
        if bench.client_id is None:
            return [self["no_client"]], []
        client = bench.player(bench.client_id).name
        said = [self.reading(bench, reading) for reading in strengths]
        if not said and watch:
            said = [self.format("leads_nowhere", client=client)]
        watched = [self.reading(bench, reading) for reading in watch]
        if strengths and not watch:
            watched = [self.format("leads_everywhere", client=client)]
        return said, watched

    def evolution(self, bench: Benchmark, change: FigureChange, first: Wave,
                  second: Wave) -> str:
        """One player's overall figure from one wave to the next, as a sentence."""
        player = bench.player(change.before.player_id).name
        waves = {"first": quoted(first.name, self.language),
                 "second": quoted(second.name, self.language)}
        for figure, wave in ((change.before, first), (change.after, second)):
            if not figure.n:
                return self.format("not_scored_in", player=player,
                                   wave=quoted(wave.name, self.language))
        if change.change is None:
            return self.format("nothing_in_common", player=player, **waves)
        compared = "" if not change.left_out else self.format(
            "compared" if change.before.n > 1 else "compared_one", n=change.before.n,
            left_out=self.names(change.left_out))
        return self.format("evolution", player=player, before=self.score(change.before.mean),
                           after=self.score(change.after.mean), compared=compared,
                           change=self.points(change.change, signed=True),
                           rank_before=change.before.rank, rank_after=change.after.rank,
                           **waves)

    # ------------------------------------------------------------------ the value of actions

    def missing(self, value: ActionValue, keys: Sequence[str] | None = None) -> str:
        """What an action lacks (``keys``: among those), or an empty string."""
        wanted = [key for key in value.missing if keys is None or key in keys]
        if not wanted:
            return ""
        return self.format("lacks", what=", ".join(self[f"missing_{key}"] for key in wanted))

    def _sign(self, value: ActionValue) -> str:
        point = value.point
        return self["lower_is_better"] if point is not None and not point.higher_is_better \
            else ""

    def expected(self, value: ActionValue) -> str:
        """How the expected value is worked out, or what it lacks."""
        action, point = value.action, value.point
        if value.expected_value is None or point is None or value.expected_points is None:
            return self.missing(value, ("kpi", "point_value", "baseline", "target"))
        assert action.kpi_target is not None and action.kpi_baseline is not None
        return _FORMULA.format(
            after=self._plain(action.kpi_target),
            before=self._plain(action.kpi_baseline), sign=self._sign(value),
            points=self._plain(value.expected_points),
            amount=self.money(point.amount, point.unit),
            value=self.money(value.expected_value, point.unit))

    def obtained(self, value: ActionValue) -> str:
        """How the obtained value is worked out, or what it lacks."""
        action, point = value.action, value.point
        if value.obtained_value is None or point is None or value.obtained_points is None:
            return self.missing(value, ("kpi", "point_value", "baseline", "measured"))
        assert action.measured_value is not None and action.kpi_baseline is not None
        return _FORMULA.format(after=self._plain(action.measured_value),
                               before=self._plain(action.kpi_baseline), sign=self._sign(value),
                               points=self._plain(value.obtained_points),
                               amount=self.money(point.amount, point.unit),
                               value=self.money(value.obtained_value, point.unit))

    def per_day(self, value: ActionValue) -> str:
        """How the value for effort is worked out, or what it lacks."""
        if value.per_day is None or value.point is None or value.expected_value is None:
            return self.missing(value, ("kpi", "point_value", "baseline", "target", "effort"))
        assert value.action.effort_days is not None
        unit = value.point.unit
        return self.format("per_day_formula", value=self.money(value.expected_value, unit),
                           days=self._plain(value.action.effort_days),
                           per_day=self.money(value.per_day, unit))

    def assumption(self, point: PointValue) -> str:
        """What one point of an indicator is worth, its effect and its source, as stated."""
        said = self.format("point_value", indicator=point.indicator,
                           amount=self.money(point.amount, point.unit))
        if not point.higher_is_better:
            said += self["lower_is_better"]
        if point.effect.strip():
            said += f" ({point.effect.strip()})"
        source = self.format("source", source=point.source.strip()) if point.source.strip() \
            else self["no_source"]
        return f"{said} ; {source}." if self.language == "fr" else f"{said}; {source}."

    def total(self, total: ValueTotal) -> str:
        """The value expected, obtained and still open in one unit, with how many actions."""
        return self.format("totals", unit=total.unit or "—",
                           expected=self.money(total.expected, total.unit),
                           expected_n=total.expected_n,
                           obtained=self.money(total.obtained, total.unit),
                           obtained_n=total.obtained_n,
                           open=self.money(total.still_open, total.unit), open_n=total.open_n)

    def _plain(self, value: float) -> str:
        """A figure as typed: its decimals, none when whole (``32``, ``4,5``)."""
        text = self.number(value, 2)
        decimal = "," if self.language == "fr" else "."
        return text.rstrip("0").rstrip(decimal) if decimal in text else text
