"""Optimistic concurrency on a database file: a save over a newer version is refused."""

from __future__ import annotations

from dataclasses import replace

import pytest

from incident_logger.domain.enums import PlaceKind, Reliability, SourceKind
from incident_logger.domain.errors import ConflictError
from incident_logger.domain.models import CountLine, CountReportDraft, PlaceDraft, SourceDraft
from incident_logger.services.counts import (
    create_count_report,
    get_count_report,
    set_count_report_deleted,
    update_count_report,
)
from incident_logger.services.incidents import (
    get_incident,
    set_incident_deleted,
    update_incident,
)
from incident_logger.services.places import create_place, set_place_deleted, update_place
from incident_logger.services.sources import create_source, set_source_deleted, update_source
from incident_logger.services.versions import differing_fields
from incident_logger.store.engine import Database
from tests.conftest import Night


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db


def test_an_incident_saved_over_a_newer_version_is_refused(db: Database, night: Night) -> None:
    opened = get_incident(db, night.debris_incident)
    theirs = update_incident(
        db, opened.id, replace(opened.draft, title="Their title"), expected_version=opened.version
    )
    assert theirs.version == opened.version + 1
    mine = replace(opened.draft, injuries=9)
    with pytest.raises(ConflictError) as caught:
        update_incident(db, opened.id, mine, expected_version=opened.version)
    conflict = caught.value
    assert (conflict.expected, conflict.version) == (opened.version, theirs.version)
    assert conflict.by and conflict.at and not conflict.deleted
    assert "changed by" in str(conflict) and "nothing was saved" in str(conflict)
    assert get_incident(db, opened.id).draft.title == "Their title"  # nothing overwritten
    # Both versions side by side: the fields where they differ.
    fields = differing_fields(
        {"title": mine.title, "injuries": mine.injuries},
        {"title": theirs.draft.title, "injuries": theirs.draft.injuries},
    )
    assert fields == ["title", "injuries"]
    # Saving knowingly over theirs (with their version) works, and counts as a new version.
    saved = update_incident(db, opened.id, mine, expected_version=conflict.version)
    assert saved.draft.injuries == 9 and saved.version == theirs.version + 1


def test_deleting_a_changed_incident_is_refused_too(db: Database, night: Night) -> None:
    opened = get_incident(db, night.fire_incident)
    update_incident(db, opened.id, replace(opened.draft, title="Changed"))
    with pytest.raises(ConflictError):
        set_incident_deleted(db, opened.id, True, expected_version=opened.version)
    assert get_incident(db, opened.id).deleted_at is None
    current = get_incident(db, opened.id)
    gone = set_incident_deleted(db, opened.id, True, expected_version=current.version)
    assert gone.deleted_at is not None and gone.version == current.version + 1
    with pytest.raises(ConflictError) as caught:
        update_incident(db, opened.id, opened.draft, expected_version=current.version)
    assert caught.value.deleted


def test_an_unchanged_save_leaves_the_version(db: Database, night: Night) -> None:
    opened = get_incident(db, night.debris_incident)
    again = update_incident(db, opened.id, opened.draft, expected_version=opened.version)
    assert again.version == opened.version


def test_sources_places_and_count_reports_have_versions(db: Database) -> None:
    source = create_source(db, SourceDraft("Governor", SourceKind.OFFICIAL, Reliability.B))
    assert source.version == 1
    update_source(db, source.id, replace(source.draft, note="x"), expected_version=1)
    with pytest.raises(ConflictError):
        update_source(db, source.id, replace(source.draft, note="y"), expected_version=1)
    with pytest.raises(ConflictError):
        set_source_deleted(db, source.id, True, expected_version=1)

    region = create_place(db, PlaceDraft(name="Kursk Oblast", kind=PlaceKind.REGION))
    update_place(db, region.id, replace(region.draft, name="Kursk region"), expected_version=1)
    with pytest.raises(ConflictError):
        update_place(db, region.id, region.draft, expected_version=1)
    with pytest.raises(ConflictError):
        set_place_deleted(db, region.id, True, expected_version=1)

    report = create_count_report(
        db,
        CountReportDraft(
            source_id=source.id,
            issued_at="2026-11-02T08:00",
            period_start="2026-11-01T20:00",
            period_end="2026-11-02T07:00",
            subject="drones",
            outcome="destroyed",
            stated_total=3,
            lines=(CountLine(region.id, 3),),
        ),
    )
    update_count_report(db, report.id, replace(report.draft, note="n"), expected_version=1)
    with pytest.raises(ConflictError):
        update_count_report(db, report.id, report.draft, expected_version=1)
    with pytest.raises(ConflictError):
        set_count_report_deleted(db, report.id, True, expected_version=1)
    assert get_count_report(db, report.id).version == 2
