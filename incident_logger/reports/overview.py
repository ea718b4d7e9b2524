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
        out.append("No regional count statement covers the period.")
    return out


def _incidents(incidents: Sequence[BriefingIncident], period: str) -> str:
    if not incidents:
        return f"No incidents are recorded for the selection ({period})."
    regions = Counter(i.region.strip() or "" for i in incidents)
    unplaced = regions.pop("", 0)
    named = [f"{name} ({fmt.count(n)})" for name, n in _top(regions, NAMED_REGIONS)]
    rest = len(regions) - len(named)
    text = f"{fmt.plural(len(incidents), 'incident')} ({period})"
    if named:
        if rest > 0:
            where = f"in {fmt.plural(len(regions), 'region')}, most in {_join(named)}"
        else:
            where = f"in {_join(named)}"
        text += f" {where}"
    if unplaced:
        text += f"; {fmt.count(unplaced)} without a region"
    return text + "."


def _casualties(figures: KeyFigures) -> str:
    injured = f"{fmt.count(figures.injuries) if figures.injuries else 'no one'} injured"
    killed = f"{fmt.count(figures.fatalities) if figures.fatalities else 'no one'} killed"
    text = f"Casualties where stated: {injured}, {killed}."
    unknown = []
    if figures.injuries_unknown:
        unknown.append(f"injuries for {fmt.plural(figures.injuries_unknown, 'incident')}")
    if figures.fatalities_unknown:
        unknown.append(f"deaths for {fmt.plural(figures.fatalities_unknown, 'incident')}")
    if unknown:
        return f"{text} Not stated: {_join(unknown)}."
    return f"{text} Every incident states both."


def _counts(group: CountGroup) -> str:
    sums = _by_source(group)
    named = sums[:NAMED_SOURCES]
    parts = [_source_sentence(s, group.label) for s in named]
    text = fmt.capital("; ".join(parts))
    others = sums[NAMED_SOURCES:]
    if others:
        stated = sum(s.stated for s in others)
        text += (
            f"; {fmt.plural(len(others), 'other source')} stated {fmt.count(stated)} "
            f"in {fmt.plural(sum(s.statements for s in others), 'statement')}"
        )
    return text + "."


def _source_sentence(s: _SourceSum, label: str) -> str:
    who = f"{s.name} ({s.grade})"
    many = f" in {fmt.count(s.statements)} statements" if s.statements > 1 else ""
    if s.statements == s.without_total:
        return f"{who} gave {fmt.count(s.allocated)} {label} by region{many}, with no total"
    text = f"{who} stated {fmt.count(s.stated)} {label}{many}"
    if s.remainder:
        text += (
            f", {fmt.count(s.allocated)} of them by region and "
            f"{fmt.count(s.remainder)} not attributed to any region"
        )
    else:
        text += ", all attributed to regions"
    if s.without_total:
        text += f" ({fmt.plural(s.without_total, 'statement')} gave no total)"
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


def _join(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
