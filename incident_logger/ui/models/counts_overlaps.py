"""Which statements disagree: two sources, one region, overlapping periods, different counts."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from incident_logger.services.counts import CountReportSummary


@dataclass(frozen=True, slots=True)
class RegionStatement:
    """One report's line for one region, with what the reader needs to judge it."""

    report_id: int
    source_id: int
    source_name: str
    grade: str
    issued_at: str
    period_start: str
    period_end: str
    subject: str
    outcome: str
    count: int


def statements_by_region(reports: list[CountReportSummary]) -> dict[int, list[RegionStatement]]:
    """Each region's lines across the reports, oldest period first."""
    found: dict[int, list[RegionStatement]] = defaultdict(list)
    for summary in reports:
        d = summary.report.draft
        for line in d.lines:
            found[line.place_id].append(
                RegionStatement(
                    summary.report.id,
                    d.source_id,
                    summary.source_name,
                    summary.source_grade,
                    d.issued_at,
                    d.period_start,
                    d.period_end,
                    d.subject,
                    d.outcome,
                    line.count,
                )
            )
    for statements in found.values():
        statements.sort(key=lambda s: (s.period_start, s.issued_at))
    return dict(found)


def _overlap(a: RegionStatement, b: RegionStatement) -> bool:
    # Stored times are 'YYYY-MM-DDTHH:MM', so string order is time order.
    if max(a.period_start, b.period_start) < min(a.period_end, b.period_end):
        return True
    return (
        a.period_start <= b.period_end
        and b.period_start <= a.period_end
        and (a.period_start == a.period_end or b.period_start == b.period_end)
    )


def conflicts(statements: list[RegionStatement]) -> list[tuple[RegionStatement, RegionStatement]]:
    """Pairs from two sources counting the same thing over overlapping periods, that differ."""
    pairs = []
    for i, first in enumerate(statements):
        for second in statements[i + 1 :]:
            if second.period_start > first.period_end:
                break  # sorted by start: nothing later can overlap ``first``
            if (
                second.source_id != first.source_id
                and second.subject == first.subject
                and second.count != first.count
                and _overlap(first, second)
            ):
                pairs.append((first, second))
    return pairs
