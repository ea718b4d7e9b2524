"""Which statements disagree: two sources, one region, overlapping periods, different counts."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from incident_logger.domain.statements import measure_key, periods_overlap
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


def conflicts(statements: list[RegionStatement]) -> list[tuple[RegionStatement, RegionStatement]]:
    """Pairs from two sources counting the same thing over overlapping periods, that differ."""
    pairs = []
    for i, first in enumerate(statements):
        for second in statements[i + 1 :]:
            if second.period_start > first.period_end:
                break  # sorted by start: nothing later can overlap ``first``
            if (
                second.source_id != first.source_id
                and measure_key(second.subject, second.outcome)
                == measure_key(first.subject, first.outcome)
                and second.count != first.count
                and periods_overlap(
                    first.period_start, first.period_end, second.period_start, second.period_end
                )
            ):
                pairs.append((first, second))
    return pairs
