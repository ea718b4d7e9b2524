"""Regional counts for the briefing: per region per source, remainders, and disagreements."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from incident_logger.domain.enums import Reliability
from incident_logger.domain.models import CountLine
from incident_logger.domain.statements import measure_key, periods_overlap
from incident_logger.domain.tally import Tally, tally
from incident_logger.reports.model import CountStatement


@dataclass(frozen=True, slots=True)
class SourceCount:
    """What one source reported for one region over the period (summed over its statements)."""

    source_id: int
    source_name: str
    reliability: Reliability
    count: int
    statements: int


@dataclass(frozen=True, slots=True)
class RegionRow:
    region: str
    by_source: tuple[SourceCount, ...]  # highest count first
    disputes: int = 0  # pairs of overlapping statements of two sources that differ here

    @property
    def highest(self) -> int:
        return max((s.count for s in self.by_source), default=0)

    @property
    def disputed(self) -> bool:
        return self.disputes > 0


@dataclass(frozen=True, slots=True)
class StatementTally:
    statement: CountStatement
    tally: Tally


@dataclass(frozen=True, slots=True)
class Unallocated:
    """What one source left unattributed to any region, over its statements in the period."""

    source_id: int
    source_name: str
    reliability: Reliability
    remainder: int
    statements: int  # statements with a remainder


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Two sources give different numbers for the same region over overlapping periods."""

    region: str
    first: CountStatement
    first_count: int
    second: CountStatement
    second_count: int

    @property
    def difference(self) -> int:
        return abs(self.first_count - self.second_count)


# Outcomes that count the same event in different words ("intercepted" vs "shot down"): a
# governor's 18 intercepted and a ministry's 28 shot down over one region must be compared.


@dataclass(frozen=True, slots=True)
class CountGroup:
    """Statements that count the same thing (e.g. drones intercepted or shot down)."""

    subject: str
    outcome: str  # the outcomes of the group's statements, e.g. "shot down / intercepted"
    rows: tuple[RegionRow, ...]  # highest count first
    statements: tuple[StatementTally, ...]  # in issue order
    disagreements: tuple[Disagreement, ...]
    unallocated: tuple[Unallocated, ...]  # per source, largest first

    @property
    def label(self) -> str:
        return f"{self.subject} {self.outcome}".strip()


def count_groups(statements: Sequence[CountStatement]) -> tuple[CountGroup, ...]:
    groups: dict[tuple[str, str], list[CountStatement]] = {}
    for statement in statements:
        groups.setdefault(measure_key(statement.subject, statement.outcome), []).append(statement)
    ordered = sorted(groups.values(), key=lambda g: -sum(s.stated_total or 0 for s in g))
    return tuple(_group(members) for members in ordered)


def _group(members: list[CountStatement]) -> CountGroup:
    members.sort(key=lambda s: (s.issued_at, s.ref))
    outcomes = dict.fromkeys(" ".join(s.outcome.split()) for s in members)
    tallies = tuple(StatementTally(s, _tally(s)) for s in members)
    disagreements = _disagreements(members)
    disputes = Counter(d.region for d in disagreements)
    rows = tuple(replace(r, disputes=disputes[r.region]) for r in _rows(members))
    return CountGroup(
        subject=" ".join(members[0].subject.split()),
        outcome=" / ".join(outcomes),
        rows=rows,
        statements=tallies,
        disagreements=disagreements,
        unallocated=_unallocated(tallies),
    )


def _unallocated(tallies: tuple[StatementTally, ...]) -> tuple[Unallocated, ...]:
    sums: dict[int, list[int]] = {}
    names: dict[int, CountStatement] = {}
    for st in tallies:
        if st.tally.remainder:
            cell = sums.setdefault(st.statement.source_id, [0, 0])
            cell[0] += st.tally.remainder
            cell[1] += 1
            names.setdefault(st.statement.source_id, st.statement)
    out = [
        Unallocated(sid, names[sid].source_name, names[sid].reliability, total, n)
        for sid, (total, n) in sums.items()
    ]
    out.sort(key=lambda u: (-u.remainder, u.source_name))
    return tuple(out)


def _tally(statement: CountStatement) -> Tally:
    lines = [CountLine(place_id=0, count=line.count) for line in statement.lines]
    return tally(statement.stated_total, lines)


def _rows(members: list[CountStatement]) -> tuple[RegionRow, ...]:
    sums: dict[str, dict[int, list[int]]] = {}  # region -> source -> [count, statements]
    names: dict[int, tuple[str, Reliability]] = {}
    for statement in members:
        names.setdefault(statement.source_id, (statement.source_name, statement.reliability))
        for line in statement.lines:
            cell = sums.setdefault(line.region, {}).setdefault(statement.source_id, [0, 0])
            cell[0] += line.count
            cell[1] += 1
    rows = []
    for region, per_source in sums.items():
        by_source = tuple(
            sorted(
                (
                    SourceCount(sid, names[sid][0], names[sid][1], total, n)
                    for sid, (total, n) in per_source.items()
                ),
                key=lambda s: (-s.count, s.source_name),
            )
        )
        rows.append(RegionRow(region, by_source))
    rows.sort(key=lambda r: (-r.highest, r.region))
    return tuple(rows)


def _disagreements(members: list[CountStatement]) -> tuple[Disagreement, ...]:
    timed = sorted(members, key=lambda s: min(s.period_start, s.period_end))
    found: list[Disagreement] = []
    # Sweep by start time: only statements whose periods overlap are compared.
    for i, first in enumerate(timed):
        first_lines = {line.region: line.count for line in first.lines}
        first_end = max(first.period_start, first.period_end)
        for second in timed[i + 1 :]:
            if min(second.period_start, second.period_end) > first_end:
                break
            if second.source_id == first.source_id or not periods_overlap(
                first.period_start, first.period_end, second.period_start, second.period_end
            ):
                continue
            for line in second.lines:
                mine = first_lines.get(line.region)
                if mine is not None and mine != line.count:
                    found.append(Disagreement(line.region, first, mine, second, line.count))
    found.sort(key=lambda d: (d.region, d.first.issued_at))
    return tuple(found)
