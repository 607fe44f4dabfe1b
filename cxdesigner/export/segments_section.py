"""The segments section: who gets in touch, effort per segment, contact profiles, impact.

The five-step process in print: contacts per segment and channel (and stage, month,
weekday), the CES and NPS of each segment with their n, every contact profile with its
value and verdict, and the before/after figures of each action aimed at a profile.
"""

from __future__ import annotations

from cxdesigner.analysis.contacts import NOT_GIVEN, WEEKDAYS, Places, labelled, log_span, total
from cxdesigner.analysis.impact import Change, ProfileImpact, Window, action_impacts
from cxdesigner.analysis.profiles import Verdict, follow_profiles
from cxdesigner.analysis.segments import SegmentContacts, segment_contacts, segment_effort
from cxdesigner.analysis.survey import CesResult, NpsResult
from cxdesigner.export.flow import SectionFlow
from cxdesigner.export.labels import Labels
from cxdesigner.export.tables import Column, draw_table
from cxdesigner.layout import palette
from cxdesigner.model import Project, SurveyIndicator
from cxdesigner.vocabulary import label

MAX_KEY_COLUMNS = 8
"""Beyond this many channels or stages, the least used are summed into one column."""
MONTHS_PER_TABLE = 12
KEEP_TOGETHER = 140.0
"""Room (points) a part needs to start at the foot of a page: heading, intro, first rows."""

# key -> (French, English), as in export.labels: the section's own words.
_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Segments et profils de contact", "Segments and contact profiles"),
    "who": ("1. Segments\u00a0: qui prend contact, quand, par quel canal",
            "1. Segments: who gets in touch, when, on which channel"),
    "log": ("{n} contacts du {first} au {last}.", "{n} contacts from {first} to {last}."),
    "no_log": ("Aucun contact n’est consigné dans ce projet.",
               "This project holds no contact log."),
    "by_channel": ("Par canal", "By channel"), "by_stage": ("Par étape", "By stage"),
    "by_month": ("Par mois", "By month"), "by_weekday": ("Par jour de la semaine", "By weekday"),
    "segment": ("Segment", "Segment"), "size": ("Taille", "Size"),
    "contacts": ("Contacts", "Contacts"), "share": ("Part", "Share"),
    "not_given": ("non renseigné", "not given"), "others": ("autres", "others"),
    "no_segment": ("(sans segment)", "(no segment)"),
    "effort": ("2. Effort par segment", "2. Effort per segment"),
    "effort_intro": ("Le CES (effort, échelle {scale}) est l’indicateur sur lequel agir\u00a0; "
                     "le NPS sert d’étalon. Un score sur moins de {min} réponses est marqué "
                     "«\u00a0peu de réponses\u00a0»\u00a0: c’est un indice, pas une mesure.",
                     "The CES (effort, scale {scale}) is the score to act on; the NPS is the "
                     "yardstick. A score from fewer than {min} answers is marked “few "
                     "answers”: read it as a hint, not a measure."),
    "best": ("{best}\u00a0= meilleur", "{best} = best"),
    "not_ranked": ("Segments non classés\u00a0: {why}.", "Segments not ranked: {why}."),
    "why_none": ("aucun segment n’a de réponse CES", "no segment has CES answers"),
    "why_one": ("un seul segment a des réponses CES", "only one segment has CES answers"),
    "why_scales": ("leurs réponses CES sont sur des échelles différentes",
                   "their CES answers are on different scales"),
    "rank": ("Rang", "Rank"), "remark": ("Remarque", "Remark"), "few": ("peu de réponses",
                                                                        "few answers"),
    "struggling": ("le segment qui peine le plus", "the segment that struggles most"),
    "struggles": ("Le segment qui peine le plus\u00a0: {name} (CES {ces}, n\u00a0= {n}).",
                  "The segment that struggles most: {name} (CES {ces}, n = {n})."),
    "profiles": ("3. Profils de contact et leur valeur", "3. Contact profiles and their value"),
    "profiles_intro": ("Valeur de 1 (faible) à 3 (forte), pour le client et pour l’entreprise. "
                       "Sans valeur pour l’un comme pour l’autre, un contact est à supprimer\u00a0:"
                       " traiter sa cause pour qu’il disparaisse.",
                       "Value from 1 (low) to 3 (high), for the customer and for the business. "
                       "A contact of no value to either is to remove: fix its cause so that "
                       "it disappears."),
    "profile": ("Profil", "Profile"), "customer_value": ("Valeur client", "Customer value"),
    "business_value": ("Valeur entreprise", "Business value"),
    "verdict": ("Verdict", "Verdict"), "touchpoints": ("Points de contact", "Touchpoints"),
    "reasons": ("Motifs", "Reasons"), "volume": ("Volume par mois", "Volume per month"),
    Verdict.REMOVE: ("à supprimer (sans valeur)", "remove (no value)"),
    Verdict.ACT: ("à améliorer (actions)", "act (corrective actions)"),
    Verdict.UNVALUED: ("valeur à donner", "not valued yet"),
    "unassigned": ("{n} contacts sans profil\u00a0; motifs\u00a0: {reasons}.",
                   "{n} contacts belong to no profile; reasons: {reasons}."),
    "no_profiles": ("Aucun profil de contact.", "No contact profiles."),
    "impact": ("4. Actions correctives et impact", "4. Corrective actions and their impact"),
    "impact_intro": ("Les {m} mois entiers avant la date de l’action comparés aux {m} mois "
                     "entiers après (le mois du changement, mi-ancien mi-nouveau, est écarté).",
                     "The {m} whole months before the action's date against the {m} whole "
                     "months after (the month of the change, part old and part new, is left "
                     "out)."),
    "no_impact": ("Aucune action n’est rattachée à un profil de contact.",
                  "No action is linked to a contact profile."),
    "completed_on": ("date de réalisation", "completion date"),
    "due_date": ("échéance (action non réalisée)", "due date (not completed)"),
    "no_date": ("ni date de réalisation ni échéance\u00a0: rien à mesurer",
                "neither a completion date nor a due date: nothing to measure"),
    "windows": ("Date retenue\u00a0: {date}, {used}. Avant\u00a0: {b} ({bn} dans le journal)."
                " Après\u00a0: {a} ({an} dans le journal).",
                "Date used: {date}, {used}. Before: {b} ({bn} in the log). After: {a} "
                "({an} in the log)."),
    "month_count": ("{n} mois", "{n} months"), "one_month": ("1 mois", "1 month"),
    "figure": ("Indicateur", "Figure"), "before": ("Avant", "Before"), "after": ("Après", "After"),
    "change": ("Variation", "Change"), "better": ("amélioration", "better"),
    "per_month": ("Contacts par mois", "Contacts per month"),
    "duration": ("Durée moyenne (min)", "Mean duration (min)"),
    "resolution": ("Taux de résolution", "Resolution rate"),
    "ces": ("CES des points de contact", "CES of its touchpoints"),
    "worse": ("dégradation", "worse"), "same": ("stable", "unchanged"), "or": (" ni ", " or "),
    "no_data": ("non mesurable\u00a0: rien de mesuré {when} l’action",
                "not measurable: nothing measured {when} the action"),
    "no_touchpoint": ("non mesurable\u00a0: profil sans point de contact",
                      "not measurable: the profile has no touchpoint"),
    "scales_differ": ("non mesurable\u00a0: réponses sur des échelles différentes",
                      "not measurable: answers on different scales"),
}

_MONTHS = (("janv.", "Jan"), ("févr.", "Feb"), ("mars", "Mar"), ("avr.", "Apr"),
           ("mai", "May"), ("juin", "Jun"), ("juil.", "Jul"), ("août", "Aug"),
           ("sept.", "Sep"), ("oct.", "Oct"), ("nov.", "Nov"), ("déc.", "Dec"))
_DAYS = (("lun.", "Mon"), ("mar.", "Tue"), ("mer.", "Wed"), ("jeu.", "Thu"), ("ven.", "Fri"),
         ("sam.", "Sat"), ("dim.", "Sun"))


class _Words:
    """The section's words and numbers in the language of ``labels``."""

    def __init__(self, labels: Labels) -> None:
        self.labels = labels
        self.column = 0 if labels.language == "fr" else 1

    def __getitem__(self, key: str) -> str:
        return _WORDS[key][self.column]

    def format(self, key: str, **values: object) -> str:
        return self[key].format(**values)

    def count(self, value: int) -> str:
        return f"{value:,}".replace(",", ",\u00a0"[1 - self.column])

    def number(self, value: float | None, decimals: int = 1) -> str:
        return "—" if value is None else self.labels.number(value, decimals)

    def percent(self, value: float | None, decimals: int = 1, signed: bool = False) -> str:
        sign = "+" if signed and value is not None and round(value, decimals) > 0 else ""
        return "—" if value is None else f"{sign}{self.labels.number(value, decimals)}\u00a0%"

    def months(self, count: int) -> str:
        return self["one_month"] if count == 1 else self.format("month_count", n=count)

    def month(self, key: str) -> str:
        year, month = key.split("-")
        return f"{_MONTHS[int(month) - 1][self.column]} {year}"

    def span(self, window: Window) -> str:
        first, last = self.month(window.months[0]), self.month(window.months[-1])
        return first if first == last else f"{first} – {last}"


def _keyed_table(flow: SectionFlow, words: _Words, heading: str, rows: list[SegmentContacts],
                 counts: list[dict[str, int]], sizes: dict[str | None, int | None] | None = None,
                 ) -> None:
    """Contacts per segment (rows) and per channel, stage, month… (columns, ``counts``).

    With ``sizes``, each segment's size comes first and its share of all contacts last.
    """
    totals: dict[str, int] = {}
    for mine in counts:
        for key, count in mine.items():
            totals[key] = totals.get(key, 0) + count
    keys = list(totals)
    if len(keys) > MAX_KEY_COLUMNS:
        kept = set(sorted(keys, key=lambda key: -totals[key])[:MAX_KEY_COLUMNS - 1])
        keys = [key for key in keys if key in kept]
    others = len(keys) < len(totals)
    sized = sizes is not None
    columns = [Column(words["segment"], 2.6, bold=True),
               *([Column(words["size"], 0.9, align="right")] if sized else []),
               *(Column(title, 1.0, align="right")
                 for title in [*keys, *([words["others"]] if others else [])]),
               Column(words["contacts"], 1.0, align="right"),
               *([Column(words["share"], 0.8, align="right")] if sized else [])]
    table = []
    for row, mine in zip(rows, counts, strict=True):
        cells = [words.count(mine.get(key, 0)) for key in keys]
        if others:
            cells.append(words.count(sum(mine.values()) - sum(mine.get(k, 0) for k in keys)))
        size = sizes.get(row.segment_id) if sizes is not None else None
        table.append([_name(row, words), *(["—" if size is None else words.count(size)]
                                           if sized else []),
                      *cells, words.count(row.contacts),
                      *([words.percent(row.share)] if sized else [])])
    _small_table(flow, heading, columns, table)


def _small_table(flow: SectionFlow, heading: str, columns: list[Column],
                 rows: list[list[str]]) -> None:
    """A heading and a table of a few one-line rows, kept on one page when they fit."""
    flow.need(min(40 + 17 * (len(rows) + 1), flow.content.height))
    flow.heading(heading, size=9.5, space_before=4)
    draw_table(flow, columns, rows)


def _who(flow: SectionFlow, project: Project, words: _Words) -> None:
    fonts = flow.pages.fonts
    flow.heading(words["who"])
    span = log_span(project.contacts)
    if span is None:
        flow.paragraph(words["no_log"], fonts.italic, 9, palette.INK_MUTED)
        return
    flow.paragraph(words.format("log", n=words.count(total(project.contacts)),
                                first=words.labels.date(span[0]),
                                last=words.labels.date(span[1])), fonts.regular, 9)
    places = Places(project)
    rows = segment_contacts(project)

    def given(text: str) -> str:
        return words["not_given"] if text == NOT_GIVEN else text

    _keyed_table(flow, words, words["by_channel"], rows, [
        labelled(row.by_channel, lambda key: given(places.channel_label(key))) for row in rows],
        {segment.id: segment.size for segment in project.segments})
    _keyed_table(flow, words, words["by_stage"], rows, [
        labelled(row.by_stage, lambda key: given(places.stage_label(key))) for row in rows])
    months = list(rows[0].by_month) if rows else []
    for start in range(0, len(months), MONTHS_PER_TABLE):
        chunk = months[start:start + MONTHS_PER_TABLE]
        _keyed_table(flow, words, words["by_month"], rows, [
            {words.month(key): row.by_month[key] for key in chunk} for row in rows])
    _keyed_table(flow, words, words["by_weekday"], rows, [
        {_DAYS[index][words.column]: row.by_weekday.get(day, 0)
         for index, day in enumerate(WEEKDAYS)} for row in rows])


def _name(row: SegmentContacts, words: _Words) -> str:
    return words["no_segment"] if row.segment_id is None else row.name


def _score(result: CesResult | NpsResult, words: _Words) -> str:
    if result.value is None:
        return "—"
    if isinstance(result, NpsResult):
        return words.labels.score(result.value, signed=True)
    high = f" / {result.scale.high}" if result.scale is not None else ""
    return f"{words.labels.score(result.value)}{high}"


def _effort(flow: SectionFlow, project: Project, words: _Words) -> None:
    fonts = flow.pages.fonts
    flow.need(KEEP_TOGETHER)
    flow.heading(words["effort"], space_before=12)
    effort = segment_effort(project)
    scale = effort.scale
    described = "—"
    if scale is not None:
        best = scale.high if scale.higher_is_better else scale.low
        described = f"{scale.low}–{scale.high}, {words.format('best', best=best)}"
    flow.paragraph(words.format("effort_intro", scale=described, min=effort.min_answers),
                   fonts.regular, 8.5, palette.INK_MUTED)
    language = words.labels.language
    columns = [Column(words["segment"], 3.0, bold=True),
               Column(label(SurveyIndicator.CES, language), 0.9, align="right"),
               Column("n", 0.5, align="right"),
               Column(label(SurveyIndicator.NPS, language), 0.7, align="right"),
               Column("n", 0.5, align="right"), Column(words["rank"], 0.5, align="right"),
               Column(words["remark"], 2.6)]
    table, struggling = [], []
    for row in effort.rows:
        remarks = [words["struggling"]] if row.struggling else []
        if row.ces_few_answers or row.nps_few_answers:
            remarks.append(words["few"])
        name = words["no_segment"] if row.segment_id is None else row.name
        if row.struggling:
            struggling.append(words.format("struggles", name=name, ces=_score(row.ces, words),
                                           n=row.ces.n))
        table.append([name, _score(row.ces, words), str(row.ces.n), _score(row.nps, words),
                      str(row.nps.n), "—" if row.rank is None else str(row.rank),
                      " · ".join(remarks)])
    draw_table(flow, columns, table)
    for line in struggling:
        flow.paragraph(line, fonts.bold, 9)
    if effort.reason and not struggling:
        why = ("why_none" if effort.reason.startswith("no segment") else
               "why_one" if effort.reason.startswith("only one") else "why_scales")
        flow.paragraph(words.format("not_ranked", why=words[why]), fonts.italic, 8.5,
                       palette.INK_MUTED)


def _profiles(flow: SectionFlow, project: Project, words: _Words) -> None:
    fonts = flow.pages.fonts
    flow.need(KEEP_TOGETHER)
    flow.heading(words["profiles"], space_before=12)
    follow = follow_profiles(project, "month")
    if not follow.profiles:
        flow.paragraph(words["no_profiles"], fonts.italic, 9, palette.INK_MUTED)
    else:
        flow.paragraph(words["profiles_intro"], fonts.regular, 8.5, palette.INK_MUTED)
        places = Places(project)
        columns = [Column(words["profile"], 2.2, bold=True),
                   Column(words["contacts"], 0.8, align="right"),
                   Column(words["share"], 0.7, align="right"),
                   Column(words["customer_value"], 0.8, align="right"),
                   Column(words["business_value"], 0.9, align="right"),
                   Column(words["verdict"], 1.4), Column(words["touchpoints"], 1.8),
                   Column(words["reasons"], 1.8)]
        table = []
        for volume in follow.profiles:
            profile = volume.profile
            assert profile is not None and volume.verdict is not None
            touchpoints = [places.touchpoint_titles.get(t, t) for t in profile.touchpoint_ids]
            values = (profile.customer_value, profile.business_value)
            table.append([profile.name, words.count(volume.contacts),
                          words.percent(volume.share),
                          *(f"{value} / 3" if value else "—" for value in values),
                          words[volume.verdict], ", ".join(touchpoints),
                          ", ".join(profile.reasons)])
        draw_table(flow, columns, table)
    loose = follow.unassigned
    if loose.contacts:
        reasons = ", ".join(f"{reason} ({words.count(count)})"
                            for reason, count in list(loose.reasons.items())[:8])
        flow.paragraph(words.format("unassigned", n=words.count(loose.contacts),
                                    reasons=reasons or "—"), fonts.regular, 9)
    for start in range(0, len(follow.periods) if follow.profiles else 0, MONTHS_PER_TABLE):
        chunk = follow.periods[start:start + MONTHS_PER_TABLE]
        month_columns = [Column(words["profile"], 2.6, bold=True),
                         *(Column(words.month(key), 1.0, align="right") for key in chunk)]
        _small_table(flow, words["volume"], month_columns, [
            [volume.profile.name if volume.profile else "",
             *(words.count(volume.by_period[key]) for key in chunk)]
            for volume in follow.profiles])


def _missing(change: Change, words: _Words) -> str:
    """Why a figure cannot be compared, in the section's words."""
    if "no touchpoint" in change.reason:
        return words["no_touchpoint"]
    if "different scales" in change.reason:
        return words["scales_differ"]
    sides = [words[side] for side, value in (("before", change.before), ("after", change.after))
             if value is None]
    return words.format("no_data", when=words["or"].join(sides).lower())


def _change_cells(change: Change, words: _Words, figure: str, unit: str) -> list[str]:
    def side(value: float | None, n: int) -> str:
        if value is None:
            return "—"
        shown = words.percent(value) if unit == "%" else words.number(value)
        return f"{shown} (n\u00a0= {words.count(n)})"

    percent = change.change_percent
    if change.improved is None:
        verdict = _missing(change, words)
    elif change.before == change.after:
        verdict = words["same"]
    else:
        verdict = words["better"] if change.improved else words["worse"]
    moved = f"{words.percent(percent, signed=True)} · {verdict}" if percent is not None \
        else verdict
    return [figure, side(change.before, change.n_before), side(change.after, change.n_after),
            moved]


def _impact_block(flow: SectionFlow, impact: ProfileImpact, words: _Words) -> None:
    fonts = flow.pages.fonts
    flow.need(KEEP_TOGETHER)
    flow.heading(f"{impact.action.description} \u203a {impact.profile.name}", size=9.5,
                 space_before=6)
    if impact.date is None or impact.before is None or impact.after is None:
        flow.paragraph(words["no_date"], fonts.italic, 8.5, palette.INK_MUTED)
        return
    flow.paragraph(words.format(
        "windows", date=words.labels.date(impact.date),
        used=words[impact.date_used or "due_date"], b=words.span(impact.before),
        bn=words.months(len(impact.before.in_log)), a=words.span(impact.after),
        an=words.months(len(impact.after.in_log))), fonts.regular, 8.5, palette.INK_MUTED)
    columns = [Column(words["figure"], 2.0, bold=True), Column(words["before"], 1.5),
               Column(words["after"], 1.5), Column(words["change"], 1.6)]
    draw_table(flow, columns, [
        _change_cells(impact.volume, words, words["per_month"], ""),
        _change_cells(impact.duration, words, words["duration"], ""),
        _change_cells(impact.resolution, words, words["resolution"], "%"),
        _change_cells(impact.ces, words, words["ces"], "")])


def _impact(flow: SectionFlow, project: Project, words: _Words, months: int) -> None:
    flow.need(KEEP_TOGETHER)
    flow.heading(words["impact"], space_before=12)
    impacts = action_impacts(project, months)
    if not impacts:
        flow.paragraph(words["no_impact"], flow.pages.fonts.italic, 9, palette.INK_MUTED)
        return
    flow.paragraph(words.format("impact_intro", m=months), flow.pages.fonts.regular, 8.5,
                   palette.INK_MUTED)
    for impact in impacts:
        _impact_block(flow, impact, words)


def segments_title(labels: Labels) -> str:
    """The section's title in the language of ``labels``."""
    return _Words(labels)["title"]


def draw_segments(flow: SectionFlow, project: Project, labels: Labels,
                  impact_months: int = 3) -> None:
    """Segments, effort per segment, contact profiles and the impact of actions, in turn."""
    words = _Words(labels)
    for part in (_who, _effort, _profiles):
        part(flow, project, words)
    _impact(flow, project, words, impact_months)
