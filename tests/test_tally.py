"""Tally arithmetic of regional count reports."""

from incident_logger.domain.models import CountLine
from incident_logger.domain.tally import tally
from incident_logger.services.counts import (
    disagreements,
    get_count_report,
    list_count_reports,
    totals_by_region,
)
from incident_logger.store.engine import Database
from tests.conftest import Night


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
    assert set(disagreements(totals)) == {night.kaluga_region}
    assert list_count_reports(db, start="2026-10-01") == []
