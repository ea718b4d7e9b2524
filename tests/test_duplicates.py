"""Likely duplicates before saving a new incident, and adding a report as corroboration."""

from __future__ import annotations

import pytest

from incident_logger.domain.enums import EntityKind, Reliability, SourceKind
from incident_logger.domain.models import IncidentDraft, SourceDraft, SourceLink
from incident_logger.services.duplicates import (
    add_corroborating_source,
    find_likely_duplicates,
    significant_words,
)
from incident_logger.services.history import history_of
from incident_logger.services.incidents import create_incident, set_incident_deleted
from incident_logger.services.sources import create_source
from incident_logger.store.engine import Database
from tests.conftest import Night


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db


def _draft(night: Night, **changes: object) -> IncidentDraft:
    base = dict(
        title="Wreckage of a drone hit cars by the pond in Kaluga",
        start_at="2026-09-12 02:30",
        place_id=night.kaluga,
        category="debris impact",
    )
    base.update(changes)
    return IncidentDraft(**base)  # type: ignore[arg-type]


def test_the_same_event_reported_again_is_found(db: Database, night: Night) -> None:
    found = find_likely_duplicates(db, _draft(night))
    assert [s.id for s in found] == [night.debris_incident]


def test_the_region_above_or_a_city_inside_counts_as_the_same_place(
    db: Database, night: Night
) -> None:
    at_region = _draft(night, place_id=night.kaluga_region, title="Cars damaged overnight")
    assert [s.id for s in find_likely_duplicates(db, at_region)] == [night.debris_incident]


def test_most_title_words_in_common_is_enough_without_a_place(db: Database, night: Night) -> None:
    draft = _draft(night, title="Power cut reported in the city", category="other", place_id=None)
    assert [s.id for s in find_likely_duplicates(db, draft)] == []  # nothing in common
    close = _draft(night, title="Drone debris damaged parked cars near pond", place_id=None)
    assert [s.id for s in find_likely_duplicates(db, close)] == [night.debris_incident]


def test_another_day_or_another_place_is_not_a_duplicate(db: Database, night: Night) -> None:
    assert find_likely_duplicates(db, _draft(night, start_at="2026-09-14 02:30")) == []
    elsewhere = _draft(
        night, place_id=night.bryansk_region, title="Fire at a fuel depot", category="fire"
    )
    assert find_likely_duplicates(db, elsewhere) == []


def test_the_trash_and_the_incident_itself_are_left_out(db: Database, night: Night) -> None:
    assert find_likely_duplicates(db, _draft(night), exclude_id=night.debris_incident) == []
    set_incident_deleted(db, night.debris_incident, True)
    assert find_likely_duplicates(db, _draft(night)) == []


def test_a_draft_without_a_usable_time_finds_nothing(db: Database, night: Night) -> None:
    assert find_likely_duplicates(db, _draft(night, start_at="soon")) == []


def test_significant_words() -> None:
    assert significant_words("The drone was shot down over Калуга near the pond") == [
        "drone",
        "shot",
        "down",
        "калуга",
        "pond",
    ]


def test_a_new_report_becomes_a_corroborating_source(db: Database, night: Night) -> None:
    tass = create_source(db, SourceDraft("TASS", SourceKind.AGENCY, Reliability.B)).id
    updated = add_corroborating_source(
        db, night.debris_incident, SourceLink(tass, 2, "https://tass.ru/x")
    )
    assert [s.source_id for s in updated.draft.sources] == [night.governor, tass]
    last = history_of(db, entity=EntityKind.INCIDENT, entity_id=night.debris_incident)[-1]
    assert last.reason == "corroborating report added" and "sources" in last.changes
    again = add_corroborating_source(db, night.debris_incident, SourceLink(tass, 1))
    assert again.draft.sources == updated.draft.sources  # already cited: unchanged


def test_many_incidents_the_same_night_rank_the_likely_one_first(
    db: Database, night: Night
) -> None:
    for i in range(30):
        create_incident(
            db,
            IncidentDraft(
                title=f"Air defence active over the region ({i})",
                start_at=f"2026-09-12 0{i % 6}:{i:02d}",
                place_id=night.kaluga_region,
                category="interception",
            ),
        )
    found = find_likely_duplicates(db, _draft(night), limit=3)
    assert found[0].id == night.debris_incident and len(found) <= 3
