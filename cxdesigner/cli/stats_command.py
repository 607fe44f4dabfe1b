"""``cxdesigner stats FILE``: what a project's journeys, segments and profiles say (text, JSON)."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cxdesigner.analysis import (
    JourneySummary,
    fold,
    project_json,
    summarise_journey,
)
from cxdesigner.analysis.contacts import PERIODS, Period
from cxdesigner.analysis.impact import IMPACT_MONTHS, impact_json
from cxdesigner.analysis.profiles import UNASSIGNED, profiles_json
from cxdesigner.analysis.segments import segments_json
from cxdesigner.analysis.summary import summary_json
from cxdesigner.analysis.survey import score_digits
from cxdesigner.cli.console import writes_all_text
from cxdesigner.cli.link_warning import warn_of_link_cycle
from cxdesigner.cli.stats_backstage import blueprint_lines, evidence_lines
from cxdesigner.io import ProjectFileError, load_project
from cxdesigner.model import (
    CountIndicator,
    Journey,
    JourneyKind,
    Lane,
    MomentOfTruth,
    Project,
    SurveyIndicator,
)
from cxdesigner.vocabulary import label

NAME = "stats"

LANGUAGE = "en"
"""The report is in English, the language of the command line; its words are the vocabulary's."""

_SHOWN = 10  # items listed per heading before "… and N more"
_WIDTH = 100
_ARROW = " → "


def register(subparsers: Any) -> None:
    """Add the ``stats`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME, help="report channel switches, loops, dead ends, emotions and indicators",
        description="Analyse the journeys of a project: the path, made of the flows drawn "
                    "and of the links implied from each card to the next one on the map "
                    "(channel switches, hand-offs, loops, repeated steps, dead ends, "
                    "unreachable steps, longest path), "
                    "moments of truth, emotions and criticality per stage, indicators "
                    "with their number of answers, the service blueprint per stage (items, "
                    "teams, hand-offs, failure points, touchpoints without back-stage "
                    "support) and the evidence levels with the critical moments still "
                    "resting on hypotheses. Then, for the whole project: segments "
                    "(contacts per channel, stage, month and weekday; CES and NPS per "
                    "segment, the one that struggles most marked) and contact profiles "
                    "(contacts per period, value and verdict, impact of the actions aimed "
                    "at them).",
        epilog="JSON: {project, language, journeys: [...], segments: {contacts, from, to, "
               "min_answers, ces_scale, ces_comparison, rows: [{segment, id, size, contacts, "
               "share, by_channel, by_stage, by_month, by_weekday, mean_duration, "
               "resolution_rate, ces, nps, ces_rank, struggling}]}, profiles: {period, "
               "periods, contacts, rows: [{profile, id, reasons, touchpoints, customer_value, "
               "business_value, verdict, actions, contacts, share, by_period, by_channel, "
               "contact_reasons, mean_duration, resolution_rate}], unassigned, "
               "impact_months, impact: [{action, action_id, profile, profile_id, date, "
               "date_used, before, after, contacts_per_month, mean_duration, "
               "resolution_rate, ces}]}}. Scores are {value, n, scale, few_answers}; "
               "means {value, n}; impact figures {before, after, n_before, n_after, "
               "change_percent, improved}.")
    parser.add_argument("file", type=Path, metavar="FILE", help="a .cxd project")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--journey", metavar="NAME", action="append",
                        help="only this journey (its name, any case, or its id); repeatable; "
                             "segments and profiles always cover the whole project")
    parser.add_argument("--period", choices=PERIODS, default="month",
                        help="follow contact profiles per month (YYYY-MM, the default) or "
                             "per ISO week (YYYY-Www)")
    parser.add_argument("--months", type=_months, default=IMPACT_MONTHS, metavar="N",
                        help="compare N whole months before and after an action "
                             f"(default {IMPACT_MONTHS})")
    parser.set_defaults(run=run)


def _months(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 36:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of months from 1 to 36")
    return value


def _chosen(project: Project, wanted: Sequence[str] | None) -> list[Journey] | None:
    if not wanted:
        return list(project.journeys)
    keys = {fold(name) for name in wanted} | set(wanted)
    chosen = [j for j in project.journeys if fold(j.name) in keys or j.id in keys]
    if not chosen:
        names = ", ".join(f"'{journey.name}'" for journey in project.journeys) or "none"
        print(f"No journey named {', '.join(repr(n) for n in wanted)} in '{project.title}' "
              f"(its journeys: {names}).", file=sys.stderr)
        return None
    return chosen


def run(options: argparse.Namespace) -> int:
    """Print the report; 1 when the file cannot be read or the journey does not exist."""
    try:
        project = load_project(options.file)
    except ProjectFileError as error:
        print(error.message(limit=50), file=sys.stderr)
        return 1
    warn_of_link_cycle(project)
    journeys = _chosen(project, options.journey)
    if journeys is None:
        return 1
    period: Period = options.period
    if options.json:
        print(json.dumps(project_json(project, journeys, period=period,
                                      impact_months=options.months),
                         ensure_ascii=not writes_all_text(sys.stdout), indent=2))
        return 0
    count = len(journeys)
    print(f"{project.title} — {count} journe{'ys' if count != 1 else 'y'}")
    for journey in journeys:
        print()
        print("\n".join(journey_text(project, summarise_journey(project, journey))))
    if project.segments or project.contacts or project.contact_profiles:
        print()
        print("\n".join(segments_text(segments_json(project))))
        print()
        profiles = profiles_json(project, period)
        print("\n".join(profiles_text(profiles, impact_json(project, options.months),
                                      options.months)))
    return 0


def _wrapped(text: str, indent: str = "    ") -> list[str]:
    # Long paths wrap between steps, under themselves, rather than run off the terminal.
    lines = [indent]
    for number, step in enumerate(text.split(_ARROW)):
        piece = step if number == 0 else _ARROW + step
        if number and len(lines[-1]) + len(piece) > _WIDTH:
            lines.append(indent + "  " + piece.lstrip())
        else:
            lines[-1] += piece
    return lines


def _listed(items: Sequence[str], indent: str = "    ") -> list[str]:
    lines = [line for item in items[:_SHOWN] for line in _wrapped(item, indent)]
    if len(items) > _SHOWN:
        lines.append(f"{indent}… and {len(items) - _SHOWN} more")
    return lines


def _path(titles: Sequence[str]) -> str:
    return _ARROW.join(titles)


def _emotion(mean: float | None, rated: int) -> str:
    return "n/a" if mean is None else f"{mean:+.1f} ({rated})"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], indent: str) -> list[str]:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    return [indent + "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
            .rstrip() for row in [header, *rows]]


def _flow_lines(data: dict[str, Any], summary: JourneySummary) -> list[str]:
    lines: list[str] = []
    for key, heading, attribute in (("channel_switch_details", "Channel switches", "channel"),
                                    ("handoff_details", "Hand-offs", "interlocutor")):
        details = data[key]
        lines.append(f"  {heading}: {len(details)}")
        lines += _listed([f"{d['from']} → {d['to']} ({d[f'from_{attribute}']} → "
                          f"{d[f'to_{attribute}']}{'; implied link' if d['implied'] else ''})"
                          for d in details])
    loops = summary.flows.loops
    heading = f"  Loops: {len(data['loops'])}"
    if loops.truncated:
        heading += f" (the search stopped at {loops.max_count}; there are more)"
    elif loops.longer_unsearched:
        heading += f" (loops longer than {loops.max_length} steps were not searched)"
    lines.append(heading)
    lines += _listed([_path([*loop, loop[0]]) for loop in data["loops"]])
    repeated = [f"{title} ({count} times)"
                for title, count in zip(data["repeated_steps"], data["repeated_step_counts"],
                                        strict=True)]
    for heading, items in (("Repeated steps", repeated), ("Dead ends", data["dead_ends"]),
                           ("Unreachable from the first stage", data["unreachable"])):
        lines.append(f"  {heading}: {len(items) or 'none'}")
        lines += _listed(items)
    path = data["longest_path"]
    lines.append(f"  Longest path without repetition: {len(path)} steps")
    if path:
        lines += _wrapped(_path(path))
    return lines


def _stage_lines(data: dict[str, Any], summary: JourneySummary) -> list[str]:
    counts = " · ".join(f"{label(moment, LANGUAGE)} {data['moments'][moment.value]}"
                        for moment in MomentOfTruth if moment is not MomentOfTruth.NONE)
    lines = [f"  {label(Lane.MOMENTS, LANGUAGE)}: {counts}"]
    personas = list(summary.persona_emotion)
    labels = ["general", *data["personas"]]
    rows = []
    for index, stage in enumerate(summary.emotion):
        cells = [stage.stage_name, _emotion(stage.mean, stage.rated)]
        for persona in personas:
            own = summary.persona_emotion[persona][index]
            cells.append(_emotion(own.mean, own.rated))
        rows.append(cells)
    if personas:
        lines.append("  Emotion by stage (mean from -3 to +3, with the number of touchpoints "
                     "rated;")
        lines.append("  a persona's own emotion where set, else the touchpoint's general one):")
    else:
        lines.append("  Emotion by stage (mean from -3 to +3, with the number of touchpoints "
                     "rated):")
    lines += _table(["", *labels], rows, "    ")
    rows = []
    for index, level in enumerate(summary.criticality[None]):
        cells = [level.stage_name]
        for who in [None, *personas]:
            highest = summary.criticality[who][index].highest
            cells.append(label(highest, LANGUAGE) if highest else "n/a")
        rows.append(cells)
    lines.append("  Criticality by stage (its most sensitive touchpoint):")
    lines += _table(["", *labels], rows, "    ")
    return lines


def _value_text(row: dict[str, Any]) -> str:
    value = row["value"]
    if value is None:
        return f"no value: {row.get('reason', '')}"
    if row["indicator"] == SurveyIndicator.NPS.value:
        text = score_digits(value, signed=True)
    elif row["indicator"] == SurveyIndicator.CSAT.value:
        text = f"{score_digits(value)} % satisfied ({row['scale']})"
    elif row["indicator"] == SurveyIndicator.CES.value:
        text = f"{score_digits(value)} on {row['scale']}"
    else:
        unit = row.get("unit", "")
        text = f"{value:g}{' ' if unit else ''}{unit}"
    n = row["n"]
    return text if n is None else f"{text}, n={n:g}"


def _indicator_name(value: str) -> str:
    if value in {indicator.value for indicator in SurveyIndicator}:
        return label(SurveyIndicator(value), LANGUAGE)
    return label(CountIndicator(value), LANGUAGE)


def _indicator_lines(data: dict[str, Any]) -> list[str]:
    rows = data["indicators"]
    if not rows:
        return ["  Indicators: none (no survey answers or indicator records about this journey)"]
    lines = ["  Indicators (n = answers; a stage or journey also counts its touchpoints'):"]
    table = [[row["scope_kind"], row["scope"],
              _indicator_name(row["indicator"]) + (f" {row['period']}" if row.get("period")
                                                   else ""),
              _value_text(row)] for row in rows]
    return lines + _table(["", "", "", ""], table, "    ")[1:]


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def journey_text(project: Project, summary: JourneySummary) -> list[str]:
    """The report of one journey, as lines of text."""
    data = summary_json(project, summary)
    kind = label(JourneyKind(data["kind"]), LANGUAGE)
    personas = f" · personas: {', '.join(data['personas'])}" if data["personas"] else ""
    lines = [f"{data['name']} ({kind})",
             f"  {data['stages']} stages · {data['touchpoints']} touchpoints · "
             f"{_counted(data['flows'], 'flow')} drawn · "
             f"{_counted(data['implied_links'], 'implied link')}{personas}"]
    lines += _flow_lines(data, summary)
    lines += _stage_lines(data, summary)
    lines += _indicator_lines(data)
    lines += blueprint_lines(data)
    lines += evidence_lines(data)
    return lines


def _grid(header: Sequence[str], rows: Sequence[Sequence[str]], indent: str = "    ") -> list[str]:
    """A table whose first column is left-aligned and the others right-aligned."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    return [indent + "  ".join(cell.ljust(width) if i == 0 else cell.rjust(width)
                               for i, (cell, width) in enumerate(zip(row, widths, strict=True)))
            .rstrip() for row in [header, *rows]]


def _series(labels: Sequence[str], series: Sequence[dict[str, int]]) -> list[str]:
    """Counts per period, in blocks of columns that fit the terminal."""
    periods = list(series[0]) if series else []
    per_block = max(1, (_WIDTH - 4 - max(map(len, labels), default=0)) // 10)
    lines: list[str] = []
    for start in range(0, len(periods), per_block):
        chosen = periods[start:start + per_block]
        lines += _grid(["", *chosen], [[label, *(str(values[p]) for p in chosen)]
                                       for label, values in zip(labels, series, strict=True)])
    return lines


def _mean(data: dict[str, Any] | None, unit: str) -> str:
    if not data or data["value"] is None:
        return "n/a"
    return f"{data['value']:.1f}{unit} (n={data['n']})"


def _score(data: dict[str, Any], signed: bool) -> str:
    if data["value"] is None:
        return "no answers" if data["n"] == 0 else f"no value (n={data['n']})"
    text = score_digits(data["value"], signed)
    return f"{text}, n={data['n']}" + (" (few)" if data["few_answers"] else "")


def _counts(counts: dict[str, int]) -> str:
    return " · ".join(f"{name} {count}" for name, count in counts.items()) or "none"


def segments_text(data: dict[str, Any]) -> list[str]:
    """The segments section of the report (``segments`` of the JSON), as lines of text."""
    span = f" from {data['from']} to {data['to']}" if data["from"] else " (no contact log)"
    lines = [f"Segments: who gets in touch — {data['contacts']} contacts{span}"]
    for row in data["rows"]:
        if not row["contacts"]:
            lines.append(f"  {row['segment']}: no contacts")
            continue
        lines.append(f"  {row['segment']}: {row['contacts']} contacts ({row['share']:.1f} %)")
        lines.append(f"    {_mean(row['mean_duration'], ' min')} per contact, "
                     f"{_mean(row['resolution_rate'], ' %')} resolved")
        channels = sorted(row["by_channel"].items(), key=lambda item: -item[1])
        lines += _wrapped(f"channels: {_counts(dict(channels))}", "    ")
        lines += _wrapped(f"stages: {_counts(row['by_stage'])}", "    ")
        busiest = max(row["by_weekday"], key=row["by_weekday"].__getitem__)
        lines.append(f"    busiest day: {busiest} "
                     f"({row['by_weekday'][busiest] * 100 / row['contacts']:.0f} %)")
    if data["contacts"]:
        lines.append("  Contacts per month:")
        shown = [row for row in data["rows"] if row["contacts"]]
        lines += _series([row["segment"] for row in shown], [row["by_month"] for row in shown])
    scale = f" on {data['ces_scale']}" if data["ces_scale"] else ""
    lines.append(f"  Effort per segment (CES{scale}; NPS as a yardstick; few = fewer than "
                 f"{data['min_answers']} answers):")
    rows = [[row["segment"], _score(row["ces"], False), _score(row["nps"], True),
             str(row["ces_rank"] or ""), "← struggles most" if row["struggling"] else ""]
            for row in data["rows"]]
    lines += _grid(["", "CES", "NPS", "rank", ""], rows)
    if data["ces_comparison"]:
        lines.append(f"  Not compared: {data['ces_comparison']}.")
    return lines


def _impact_lines(item: dict[str, Any]) -> list[str]:
    lines = _wrapped(f"{item['action']}{_ARROW}{item['profile']}", "    ")
    if item.get("reason"):
        return [*lines, f"      {item['reason']}"]
    before, after = item["before"], item["after"]
    when = "completed on" if item["date_used"] == "completed_on" else "not completed: due on"
    lines.append(f"      {when} {item['date']}")
    lines.append(f"      before: {before['from']} to {before['to']} ({before['months_in_log']} "
                 f"in the log); after: {after['from']} to {after['to']} "
                 f"({after['months_in_log']} in the log)")
    rows, reasons = [], []
    # Without a month of log on one side, duration and resolution say nothing more.
    blank = bool(item["contacts_per_month"].get("reason"))
    for key, name, unit in (("contacts_per_month", "contacts per month", ""),
                            ("mean_duration", "minutes per contact", ""),
                            ("resolution_rate", "resolved", " %"),
                            ("ces", "CES" + (f" ({item['ces']['scale']})"
                                             if item["ces"]["scale"] else ""), "")):
        figure = item[key]
        sides = [f"{figure[side]:.1f}{unit} (n={figure[f'n_{side}']})"
                 if figure[side] is not None else "n/a" for side in ("before", "after")]
        change = figure["change_percent"]
        verdict = {True: "better", False: "not better", None: ""}[figure["improved"]]
        rows.append([name, *sides, "" if change is None else f"{change:+.1f} %", verdict])
        if figure.get("reason") and not (blank and key in ("mean_duration", "resolution_rate")):
            reasons.append(f"{name}: {figure['reason']}")
    lines += _grid(["", "before", "after", "change", ""], rows, "      ")
    return lines + [line for reason in reasons for line in textwrap.wrap(
        f"({reason})", _WIDTH, initial_indent="      ", subsequent_indent="       ")]


def profiles_text(data: dict[str, Any], impact: Sequence[dict[str, Any]],
                  months: int) -> list[str]:
    """The contact-profiles section (``profiles`` of the JSON), as lines of text."""
    lines = [f"Contact profiles: {data['contacts']} contacts, followed per {data['period']}",
             "  value: for the customer / for the business, 1-3",
             "  remove: no value for either; fix the cause so that the contact disappears"]
    rows = [[row["profile"], f"{row['contacts']} ({row['share'] or 0:.1f} %)",
             f"{row['customer_value'] or '?'}/{row['business_value'] or '?'}",
             row["verdict"], _mean(row["mean_duration"], ""),
             _mean(row["resolution_rate"], " %")] for row in data["rows"]]
    loose = data["unassigned"]
    if loose["contacts"]:
        rows.append([UNASSIGNED, f"{loose['contacts']} ({loose['share']:.1f} %)", "", "",
                     _mean(loose["mean_duration"], ""), _mean(loose["resolution_rate"], " %")])
    if rows:
        lines += _grid(["", "contacts", "value", "verdict", "minutes", "resolved"], rows)
    if loose["contacts"]:
        lines += _wrapped(f"unassigned reasons: {_counts(loose['contact_reasons'])}", "  ")
    shown = [(row["profile"], row["by_period"]) for row in data["rows"]]
    if loose["contacts"]:
        shown.append((UNASSIGNED, loose["by_period"]))
    if data["periods"] and shown:
        lines.append(f"  Contacts per {data['period']}:")
        lines += _series([label for label, _ in shown], [series for _, series in shown])
    if impact:
        lines.append(f"  Impact of actions ({months} whole months before and after; the month "
                     "of the change is left out):")
        for item in impact:
            lines += _impact_lines(item)
    return lines
