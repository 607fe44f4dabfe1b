"""``cxdesigner import-contacts LOG.csv PROJECT.cxd``: add a contact log to a project."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cxdesigner.analysis.contacts import log_span, total
from cxdesigner.analysis.profiles import ProfileIndex, reason_counts
from cxdesigner.cli.project_update import add_target_arguments, update_project
from cxdesigner.io.csv_contacts import ContactsImport, import_contacts

NAME = "import-contacts"

_REASONS_SHOWN = 5


def register(subparsers: Any) -> None:
    """Add the ``import-contacts`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME, help="add a contact log (date, segment, channel, reason…) from a CSV file or an "
                   "Excel workbook to a project",
        description="Add a contact log to a project, one row per contact or per group of "
                    "contacts. Columns, in English or French: date (required; 2025-03-12 or "
                    "12/03/2025), segment, channel/canal, reason/motif, resolved/résolu "
                    "(oui/non, yes/no, 1/0, vrai/faux), duration/durée in minutes (4,5 or "
                    "4 min 30 or 00:04:30), stage/étape (name or id), touchpoint/point de "
                    "contact (title or id), profile/profil (name or id), count/nombre "
                    "(default 1).",
        epilog="Segments, channels and contact profiles are found by name (any case, with "
               "or without accents) or id; unknown ones are created and listed. When a "
               "stage or touchpoint name is shared by a current and a target journey, the "
               "current journey's is meant. Every problem is listed with its row and "
               "column, and nothing is written until there are none.")
    add_target_arguments(parser, "LOG.csv|.xlsx")
    parser.set_defaults(run=run)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def describe_contacts_import(result: ContactsImport, target: Path) -> list[str]:
    """What the import added and created, and what belongs to no contact profile."""
    added = result.added
    project = result.project
    span = log_span(added)
    when = f", from {span[0].isoformat()} to {span[1].isoformat()}" if span else ""
    holds = (f"{_plural(len(project.contacts), 'row')} "
             f"({_plural(total(project.contacts), 'contact')})")
    lines = [f"Added {_plural(len(added), 'row')} ({_plural(total(added), 'contact')}"
             f"{when}) to '{target}'; its contact log now holds {holds}."]
    for what, created in (("New segments", result.new_segments),
                          ("New channels", result.new_channels),
                          ("New contact profiles", result.new_profiles)):
        if created:
            lines.append(f"{what}: " + ", ".join(entity.name for entity in created) + ".")
    index = ProfileIndex(project.contact_profiles)
    loose = [contact for contact in added if index.profile_id(contact) is None]
    if loose:
        reasons = reason_counts(loose)
        shown = ", ".join(f"{reason} ({count})" for reason, count in
                          list(reasons.items())[:_REASONS_SHOWN])
        more = len(reasons) - _REASONS_SHOWN
        count = total(loose)
        verb = "belongs" if count == 1 else "belong"
        line = f"{_plural(count, 'contact')} {verb} to no contact profile"
        if shown:
            line += f"; {'its reason' if count == 1 else 'their reasons'}: {shown}"
        lines.append(line + (f" and {more} more" if more > 0 else "") + ".")
    return lines


def run(options: argparse.Namespace) -> int:
    """Add the contacts and save; 1 with every problem listed when nothing could be added."""
    return update_project(options, import_contacts, describe_contacts_import)
