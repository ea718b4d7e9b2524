"""The briefing's arithmetic: regional rows, remainders, disagreements, key figures, buckets."""

from __future__ import annotations

from dataclasses import replace

from incident_logger.domain.enums import Reliability, TimePrecision
from incident_logger.domain.models import DamageNote
from incident_logger.reports import formatting as fmt
from incident_logger.reports.counts import count_groups
from incident_logger.reports.figures import key_figures, per_category, per_period
from incident_logger.reports.model import BriefingIncident, CountStatement, RegionCount
from incident_logger.reports.sample import sample_statements


def _statement(
    ref: str, source: int, start: str, end: str, total: int | None, **lines: int
) -> CountStatement:
    return CountStatement(
        ref=ref,
        source_id=source,
        source_name=f"Source {source}",
        reliability=Reliability.B,
        issued_at=end,
        period_start=start,
        period_end=end,
        stated_total=total,
        lines=tuple(RegionCount(region, count) for region, count in lines.items()),
    )


def test_ministry_tally_leaves_66_unallocated_and_governor_disagrees() -> None:
    (group,) = count_groups(sample_statements())  # "shot down" and "intercepted" compare
    ministry = next(st for st in group.statements if st.statement.ref == "CR-000011")
    assert (ministry.tally.stated_total, ministry.tally.allocated) == (221, 155)
    assert ministry.tally.remainder == 66
    kaluga = next(row for row in group.rows if row.region == "Kaluga Oblast")
    assert [s.count for s in kaluga.by_source] == [28, 18]
    assert kaluga.disputed and kaluga.disputes == 1 and kaluga.highest == 28
    (unallocated,) = group.unallocated
    assert (unallocated.source_name, unallocated.remainder) == ("Ministry of Defence", 66)
    (d,) = group.disagreements
    assert (d.region, d.difference) == ("Kaluga Oblast", 10)


def test_lines_over_the_total_are_flagged() -> None:
    (group,) = count_groups([_statement("CR-1", 1, "2025-06-01", "2025-06-02", 10, A=8, B=7)])
    assert group.statements[0].tally.exceeds_total
    assert group.statements[0].tally.over_by == 5


def test_only_overlapping_periods_of_different_sources_disagree() -> None:
    statements = [
        _statement("CR-1", 1, "2025-06-01T20:00", "2025-06-02T07:00", None, A=5),
        _statement("CR-2", 1, "2025-06-02T20:00", "2025-06-03T07:00", None, A=9),  # same source
        _statement("CR-3", 2, "2025-06-02T07:00", "2025-06-02T20:00", None, A=1),  # touches only
        _statement("CR-4", 2, "2025-06-03T01:00", "2025-06-03T02:00", None, A=7),  # inside CR-2
    ]
    (group,) = count_groups(statements)
    assert [(d.first.ref, d.second.ref) for d in group.disagreements] == [("CR-2", "CR-4")]


def test_different_subjects_are_kept_apart() -> None:
    drones = _statement("CR-1", 1, "2025-06-01", "2025-06-02", 3, A=3)
    missiles = replace(
        _statement("CR-2", 2, "2025-06-01", "2025-06-02", 2, A=2), subject="missiles"
    )
    groups = count_groups([drones, missiles])
    assert [g.subject for g in groups] == ["drones", "missiles"]
    assert all(not g.disagreements for g in groups)


def _incident(i: int, **kw: object) -> BriefingIncident:
    return replace(
        BriefingIncident(ref=f"INC-{i:06d}", title="t", start_at="2025-06-01T10:00"), **kw
    )


def test_key_figures_keep_unknown_apart_from_zero() -> None:
    incidents = [
        _incident(1, injuries=0, fatalities=None, damage=(DamageNote("vehicle", 3),)),
        _incident(2, injuries=2, fatalities=1, damage=(DamageNote("vehicle", None),)),
        _incident(3, injuries=None, fatalities=None),
    ]
    kf = key_figures(incidents)
    assert (kf.injuries, kf.injuries_stated, kf.injuries_unknown) == (2, 2, 1)
    assert (kf.fatalities, kf.fatalities_stated, kf.fatalities_unknown) == (1, 1, 2)
    (vehicle,) = kf.damage
    assert (vehicle.objects, vehicle.incidents, vehicle.unstated) == (3, 2, 1)


def test_buckets_grow_with_the_period() -> None:
    incidents = [
        _incident(1, start_at="2025-06-03T10:00"),
        _incident(2, start_at="2025-06-03T11:00"),
    ]
    days = per_period(incidents, "2025-06-01", "2025-06-07")
    assert days.unit == "day" and len(days.values) == 7 and days.values[2] == 2
    weeks = per_period(incidents, "2025-01-01", "2025-12-31")
    assert weeks.unit == "week" and sum(weeks.values) == 2
    months = per_period(incidents, "2020-01-01", "2025-12-31")
    assert months.unit == "month" and len(months.values) == 72
    assert months.labels[0] == "Jan 2020"


def test_categories_are_ordered_by_count() -> None:
    incidents = [_incident(i, category=c) for i, c in enumerate(["fire", "strike", "fire"])]
    assert per_category(incidents).labels == ("fire", "strike")


def _when(start: str, end: str | None, precision: TimePrecision) -> str:
    return fmt.incident_when(start, end, precision)


def test_times_are_worded_to_their_precision() -> None:
    assert _when("2025-06-15T01:10", None, TimePrecision.EXACT) == "15 Jun 2025, 01:10"
    assert _when("2025-06-15T01:00", None, TimePrecision.HOUR) == "15 Jun 2025, about 01:00"
    assert _when("2025-06-14T23:00", "2025-06-15T04:00", TimePrecision.WINDOW) == (
        "between 14 Jun 2025, 23:00 – 15 Jun 2025, 04:00"
    )
    assert _when("2025-06-01", None, TimePrecision.MONTH) == "June 2025"
    assert fmt.casualties(None) == "not stated"
    assert fmt.casualties(0) == "none (0)"
    assert fmt.count(12345) == "12,345"
