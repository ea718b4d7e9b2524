"""Tally arithmetic of regional count reports."""

import pytest

from incident_logger.domain.models import CountLine
from incident_logger.domain.statements import measure_key, periods_overlap
from incident_logger.domain.tally import tally
from incident_logger.services.counts import get_count_report, list_count_reports, totals_by_region
from incident_logger.store.engine import Database
from tests.conftest import Night


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db


def test_remainder_of_the_ministry_tally(db: Database, night: Night) -> None:
    report = get_count_report(db, night.ministry_report)
    t = tally(report.draft.stated_total, report.draft.lines)
    assert (t.allocated, t.remainder, t.over_by, t.exceeds_total) == (155, 66, 0, False)
    assert t.describe() == "155 of 221 allocated; 66 unallocated"


def test_lines_exceeding_the_total_are_flagged() -> None:
    t = tally(10, [CountLine(1, 8), CountLine(2, 5)])
    assert t.exceeds_total and t.over_by == 3 and t.remainder == 0
    assert "3 more than the stated total of 10" in t.describe()


def test_no_stated_total() -> None:
    t = tally(None, [CountLine(1, 8)])
    assert (t.allocated, t.remainder, t.exceeds_total) == (8, None, False)


def test_list_and_disagreement(db: Database, night: Night) -> None:
    summaries = list_count_reports(db, start="2026-09-11", end="2026-09-12")
    assert [s.report.id for s in summaries] == [night.ministry_report, night.governor_report]
    assert summaries[0].tally.remainder == 66
    totals = totals_by_region(db, start="2026-09-11", end="2026-09-12 23:59")
    kaluga = {t.source_name: t.total for t in totals if t.place_id == night.kaluga_region}
    assert kaluga == {"Governor of Kaluga Oblast (Telegram)": 18, "Ministry of Defence": 85}
    assert list_count_reports(db, start="2026-10-01") == []


def test_statements_about_the_same_thing() -> None:
    assert measure_key("Drones", "shot down") == measure_key("drones ", "Intercepted")
    assert measure_key("drones", "shot down") != measure_key("missiles", "shot down")
    assert measure_key("drones", "launched") != measure_key("drones", "shot down")


def test_overlapping_periods() -> None:
    night = ("2026-09-11T20:00", "2026-09-12T07:00")
    assert periods_overlap(*night, "2026-09-11T22:00", "2026-09-12T01:00")
    assert not periods_overlap(*night, "2026-09-12T07:00", "2026-09-12T09:00")  # touching
    assert periods_overlap(*night, "2026-09-12T07:00", "2026-09-12T07:00")  # an instant inside
    assert not periods_overlap(*night, "2026-09-13T00:00", "2026-09-13T06:00")
    assert periods_overlap("2026-09-12T07:00", "2026-09-11T20:00", *night)  # reversed bounds
