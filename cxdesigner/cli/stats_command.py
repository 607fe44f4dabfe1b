"""``cxdesigner stats FILE``: what a project's journeys say, as a readable report or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cxdesigner.analysis import (
    JourneySummary,
    fold,
    project_json,
    summarise_journey,
)
from cxdesigner.analysis.summary import summary_json
from cxdesigner.io import ProjectFileError, load_project
from cxdesigner.model import Journey, Project, SurveyIndicator

NAME = "stats"

_SHOWN = 10  # items listed per heading before "… and N more"
_WIDTH = 100
_ARROW = " → "


def register(subparsers: Any) -> None:
    """Add the ``stats`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME, help="report channel switches, loops, dead ends, emotions and indicators",
        description="Analyse the journeys of a project: flows (channel switches, hand-offs, "
                    "loops, repeated steps, dead ends, unreachable steps, longest path), "
                    "moments of truth, emotions and criticality per stage, and indicators "
                    "with their number of answers.")
    parser.add_argument("file", type=Path, metavar="FILE", help="a .cxd project")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--journey", metavar="NAME", action="append",
                        help="only this journey (its name, any case, or its id); repeatable")
    parser.set_defaults(run=run)


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
    journeys = _chosen(project, options.journey)
    if journeys is None:
        return 1
    if options.json:
        print(json.dumps(project_json(project, journeys), ensure_ascii=False, indent=2))
        return 0
    count = len(journeys)
    print(f"{project.title} — {count} journe{'ys' if count != 1 else 'y'}")
    for journey in journeys:
        print()
        print("\n".join(journey_text(project, summarise_journey(project, journey))))
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
    if data["flows"] == 0 and data["touchpoints"] > 1:
        lines.append("  No flows drawn yet: loops, dead ends, reachability and the longest "
                     "path need them.")
    for key, heading, attribute in (("channel_switch_details", "Channel switches", "channel"),
                                    ("handoff_details", "Hand-offs", "interlocutor")):
        details = data[key]
        lines.append(f"  {heading}: {len(details)}")
        lines += _listed([f"{d['from']} → {d['to']} ({d[f'from_{attribute}']} → "
                          f"{d[f'to_{attribute}']})" for d in details])
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
    moments = data["moments"]
    lines = [f"  Moments of truth: essential {moments['essential']} · critical "
             f"{moments['critical']} · wow {moments['wow']}"]
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
            cells.append(highest.value.replace("_", " ") if highest else "n/a")
        rows.append(cells)
    lines.append("  Criticality by stage (its most sensitive touchpoint):")
    lines += _table(["", *labels], rows, "    ")
    return lines


def _value_text(row: dict[str, Any]) -> str:
    value = row["value"]
    if value is None:
        return f"no value: {row.get('reason', '')}"
    if row["indicator"] == SurveyIndicator.NPS.value:
        text = f"{value:+.1f}"
    elif row["indicator"] == SurveyIndicator.CSAT.value:
        text = f"{value:.1f} % satisfied ({row['scale']})"
    elif row["indicator"] == SurveyIndicator.CES.value:
        text = f"{value:.1f} on {row['scale']}"
    else:
        unit = row.get("unit", "")
        text = f"{value:g}{' ' if unit else ''}{unit}"
    n = row["n"]
    return text if n is None else f"{text}, n={n:g}"


def _indicator_lines(data: dict[str, Any]) -> list[str]:
    rows = data["indicators"]
    if not rows:
        return ["  Indicators: none (no survey answers or indicator records about this journey)"]
    lines = ["  Indicators (n = answers; a stage or journey also counts its touchpoints'):"]
    table = [[row["scope_kind"], row["scope"],
              row["indicator"].upper() + (f" {row['period']}" if row.get("period") else ""),
              _value_text(row)] for row in rows]
    return lines + _table(["", "", "", ""], table, "    ")[1:]


def journey_text(project: Project, summary: JourneySummary) -> list[str]:
    """The report of one journey, as lines of text."""
    data = summary_json(project, summary)
    kind = "target" if data["kind"] == "target" else "current"
    personas = f" · personas: {', '.join(data['personas'])}" if data["personas"] else ""
    lines = [f"{data['name']} ({kind} journey)",
             f"  {data['stages']} stages · {data['touchpoints']} touchpoints · "
             f"{data['flows']} flows{personas}"]
    lines += _flow_lines(data, summary)
    lines += _stage_lines(data, summary)
    lines += _indicator_lines(data)
    return lines

