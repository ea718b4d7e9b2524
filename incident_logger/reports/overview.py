"""The opening summary: a few generated sentences a briefing officer reads first.

How many incidents, when and where; the casualties stated and how many incidents do not state
them; and what the count statements say, with the part no region was given. Sentences are plain
text (the section escapes them), made from the same numbers as the tables.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from incident_logger.reports import formatting as fmt
from incident_logger.reports.counts import CountGroup
from incident_logger.reports.figures import KeyFigures
from incident_logger.reports.i18n import _, join, n_
from incident_logger.reports.model import BriefingIncident

NAMED_REGIONS = 3  # regions named in the first sentence; the rest are counted
NAMED_SOURCES = 3  # sources named per counted measure; the rest are summed


@dataclass(frozen=True, slots=True)
class _SourceSum:
    name: str
    grade: str
    statements: int
    stated: int  # sum of stated totals (statements with one)
    allocated: int
    remainder: int
    without_total: int  # statements with no stated total


def overview(
    incidents: Sequence[BriefingIncident],
    figures: KeyFigures,
    groups: Sequence[CountGroup],
    period: str,
) -> list[str]:
    """The summary's sentences, in reading order."""
    out = [_incidents(incidents, period)]
    if incidents:
        out.append(_casualties(figures))
    out += [_counts(group) for group in groups]
    if not groups:
        out.append(_("No regional count statement covers the period."))
    return out


def _incidents(incidents: Sequence[BriefingIncident], period: str) -> str:
    if not incidents:
        return _("No incidents are recorded for the selection ({period}).").format(period=period)
    regions = Counter(i.region.strip() or "" for i in incidents)
    unplaced = regions.pop("", 0)
    named = [f"{name} ({fmt.count(n)})" for name, n in _top(regions, NAMED_REGIONS)]
    rest = len(regions) - len(named)
    text = f"{fmt.incidents(len(incidents))} ({period})"
    if named:
        if rest > 0:
            where = n_(
                "in {n} region, most in {regions}",
                "in {n} regions, most in {regions}",
                len(regions),
            ).format(regions=join(named))
        else:
            where = _("in {regions}").format(regions=join(named))
        text += f" {where}"
    if unplaced:
        text += "; " + _("{count} without a region").format(count=fmt.count(unplaced))
    return text + "."


def _casualties(figures: KeyFigures) -> str:
    injured = (
        n_("{n} injured", "{n} injured", figures.injuries)
        if figures.injuries
        else _("no one injured")
    )
    killed = (
        n_("{n} killed", "{n} killed", figures.fatalities)
        if figures.fatalities
        else _("no one killed")
    )
    text = _("Casualties where stated: {injured}, {killed}.").format(
        injured=injured, killed=killed
    )
    unknown = []
    if figures.injuries_unknown:
        unknown.append(
            n_("injuries for {n} incident", "injuries for {n} incidents", figures.injuries_unknown)
        )
    if figures.fatalities_unknown:
        unknown.append(
            n_("deaths for {n} incident", "deaths for {n} incidents", figures.fatalities_unknown)
        )
    if unknown:
        return text + " " + _("Not stated: {what}.").format(what=join(unknown))
    return text + " " + _("Every incident states both.")


def _counts(group: CountGroup) -> str:
    sums = _by_source(group)
    named = sums[:NAMED_SOURCES]
    parts = [_source_sentence(s, group.label) for s in named]
    text = fmt.capital("; ".join(parts))
    others = sums[NAMED_SOURCES:]
    if others:
        stated = sum(s.stated for s in others)
        text += "; " + n_(
            "{n} other source stated {stated} in {statements}",
            "{n} other sources stated {stated} in {statements}",
            len(others),
        ).format(
            stated=fmt.count(stated),
            statements=n_(
                "{n} statement", "{n} statements", sum(s.statements for s in others)
            ),
        )
    return text + "."


def _source_sentence(s: _SourceSum, label: str) -> str:
    who = f"{s.name} ({s.grade})"
    many = (
        " " + n_("in {n} statement", "in {n} statements", s.statements)
        if s.statements > 1
        else ""
    )
    if s.statements == s.without_total:
        return _("{who} gave {count} {label} by region{many}, with no total").format(
            who=who, count=fmt.count(s.allocated), label=label, many=many
        )
    text = _("{who} stated {count} {label}{many}").format(
        who=who, count=fmt.count(s.stated), label=label, many=many
    )
    if s.remainder:
        text += _(", {allocated} of them by region and {rest} not attributed to any region").format(
            allocated=fmt.count(s.allocated), rest=fmt.count(s.remainder)
        )
    else:
        text += _(", all attributed to regions")
    if s.without_total:
        text += " " + n_(
            "({n} statement gave no total)", "({n} statements gave no total)", s.without_total
        )
    return text


def _by_source(group: CountGroup) -> list[_SourceSum]:
    sums: dict[int, list[int]] = {}
    names: dict[int, tuple[str, str]] = {}
    for st in group.statements:
        statement, tally = st.statement, st.tally
        names.setdefault(statement.source_id, (statement.source_name, statement.reliability.value))
        cell = sums.setdefault(statement.source_id, [0, 0, 0, 0, 0])
        cell[0] += 1
        if tally.stated_total is None:
            cell[4] += 1
        else:
            cell[1] += tally.stated_total
            cell[3] += tally.remainder or 0
        cell[2] += tally.allocated
    out = [
        _SourceSum(names[sid][0], names[sid][1], n, stated, allocated, rest, none)
        for sid, (n, stated, allocated, rest, none) in sums.items()
    ]
    out.sort(key=lambda s: (-max(s.stated, s.allocated), s.name))
    return out


def _top(counter: Counter[str], n: int) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

