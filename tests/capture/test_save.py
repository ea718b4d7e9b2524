"""Accepted drafts are saved together in one transaction, with the statement kept verbatim."""

from dataclasses import replace
from datetime import datetime

import pytest

from incident_logger.domain.errors import ValidationError
from incident_logger.domain.models import CountLine, CountReportDraft
from incident_logger.domain.tally import count_text, parse_count_text
from incident_logger.services.capture import capture, load_place_index
from incident_logger.services.capture.save import drafts, save_drafts
from incident_logger.services.capture.sources import recognise_source
from incident_logger.services.counts import (
    create_count_report,
    get_count_report,
    list_count_reports,
)
from incident_logger.services.incidents import get_incident
from incident_logger.store.engine import Database
from tests.capture.conftest import GOVERNOR_POST, PUMP_STATION, Gazetteer


def _count_rows(db: Database) -> tuple[int, int]:
    with db.raw() as conn:
        return (
            conn.execute("SELECT count(*) FROM count_report").fetchone()[0],
            conn.execute("SELECT count(*) FROM incident").fetchone()[0],
        )


def test_governor_post_saves_report_and_incident(db: Database, gazetteer: Gazetteer) -> None:
    result = capture(GOVERNOR_POST, datetime(2026, 9, 12, 1, 40), index=load_place_index(db))
    reports, incidents, missing = drafts(result, gazetteer.governor)
    assert missing == []
    saved = save_drafts(db, reports, incidents)
    report = get_count_report(db, saved.report_ids[0])
    assert report.draft.stated_total == 18 and report.draft.note == GOVERNOR_POST
    assert report.draft.lines == (CountLine(gazetteer.kaluga_region, 18),)
    incident = get_incident(db, saved.incident_ids[0])
    assert incident.draft.sources[0].note == GOVERNOR_POST  # verbatim excerpt on the link
    assert incident.draft.injuries == 0 and incident.draft.fatalities is None
    assert incident.draft.damage[0].quantity == 3


def test_what_is_still_missing_is_named(db: Database, gazetteer: Gazetteer) -> None:
    result = capture(PUMP_STATION, datetime(2026, 9, 12, 9, 10), index=load_place_index(db))
    _reports, _incidents, missing = drafts(result, gazetteer.ministry)
    assert missing == ["incident 1: the time is not stated"]


def test_one_bad_draft_saves_nothing(db: Database, gazetteer: Gazetteer) -> None:
    result = capture(GOVERNOR_POST, datetime(2026, 9, 12, 1, 40), index=load_place_index(db))
    reports, incidents, _ = drafts(result, gazetteer.governor)
    incidents[0] = replace(incidents[0], start_at="not a time")
    with pytest.raises(ValidationError, match="Incident 1"):
        save_drafts(db, reports, incidents)
    assert _count_rows(db) == (0, 0)


def test_source_recognised_by_its_channel_link(db: Database, gazetteer: Gazetteer) -> None:
    text = "t.me/kaluga_governor_post: сбиты 3 беспилотника."
    guess = recognise_source(db, text)
    assert guess.value == gazetteer.governor
    assert (
        guess.span is not None and "kaluga_governor_post" in text[guess.span.start : guess.span.end]
    )
    assert recognise_source(db, "сбиты 3 беспилотника").value is None


def test_approximate_counts_round_trip(db: Database, gazetteer: Gazetteer) -> None:
    draft = CountReportDraft(
        source_id=gazetteer.ministry,
        issued_at="2026-09-24 07:30",
        period_start="2026-09-23 20:00",
        period_end="2026-09-24 07:00",
        stated_total=30,
        total_approximate=True,
        lines=(CountLine(gazetteer.bryansk_region, 12, approximate=True),),
    )
    report = create_count_report(db, draft)
    assert report.draft.total_approximate and report.draft.lines[0].approximate
    (summary,) = list_count_reports(db)
    assert summary.report.draft.total_approximate
    assert count_text(summary.tally.stated_total, summary.report.draft.total_approximate) == "30+"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("30", (30, False)), ("30+", (30, True)), ("1,200", (1200, False)), ("", (None, False))],
)
def test_typed_counts(typed: str, expected: tuple[int | None, bool]) -> None:
    assert parse_count_text(typed) == expected


def test_a_typed_count_that_is_not_a_number_says_so() -> None:
    with pytest.raises(ValueError, match="30\\+"):
        parse_count_text("thirty")
