"""Validation names the field and the problem; nothing invalid reaches the database."""

from dataclasses import replace

import pytest

from incident_logger.domain.enums import Reliability
from incident_logger.domain.errors import ValidationError
from incident_logger.domain.models import (
    CountLine,
    CountReportDraft,
    DamageNote,
    IncidentDraft,
    PlaceDraft,
    SourceDraft,
    SourceLink,
)
from incident_logger.services.counts import create_count_report
from incident_logger.services.incidents import create_incident, update_incident
from incident_logger.services.places import create_place, update_place
from incident_logger.services.search import count_incidents
from incident_logger.services.sources import create_source
from incident_logger.store.engine import Database
from tests.conftest import Night


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db

GOOD = IncidentDraft(title="Drone debris", start_at="2026-09-12 01:30")


def errors_of(exc: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {e.field: e.message for e in exc.value.errors}


@pytest.mark.parametrize(
    ("change", "field", "fragment"),
    [
        ({"title": "   "}, "title", "required"),
        ({"start_at": ""}, "start_at", "required"),
        ({"start_at": "12/09/2026"}, "start_at", "not a date"),
        ({"end_at": "2026-09-11 23:00"}, "end_at", "ends before it starts"),
        ({"injuries": -1}, "injuries", "negative"),
        ({"fatalities": -3}, "fatalities", "negative"),
        ({"latitude": 91.0, "longitude": 10.0}, "latitude", "between -90 and 90"),
        ({"latitude": 10.0, "longitude": -181.0}, "longitude", "between -180 and 180"),
        ({"latitude": 10.0}, "longitude", "both"),
        ({"place_id": 999}, "place", "unknown place"),
        ({"sources": (SourceLink(999, 2),)}, "sources[1]", "unknown source"),
        ({"damage": (DamageNote("vehicle", -2),)}, "damage[1].quantity", "negative"),
        ({"damage": (DamageNote(""),)}, "damage[1].object_kind", "required"),
        ({"status": "lost"}, "status", "not one of"),
        ({"category": ""}, "category", "required"),
    ],
)
def test_incident_errors_name_the_field(
    db: Database, change: dict[str, object], field: str, fragment: str
) -> None:
    with pytest.raises(ValidationError) as exc:
        create_incident(db, replace(GOOD, **change))  # type: ignore[arg-type]
    assert fragment in errors_of(exc)[field]
    assert count_incidents(db, "deleted:no") == 0  # nothing was written


def test_credibility_outside_1_to_6(db: Database, night: Night) -> None:
    with pytest.raises(ValidationError) as exc:
        create_incident(db, replace(GOOD, sources=(SourceLink(night.governor, 7),)))
    assert "1 to 6" in errors_of(exc)["sources[1].credibility"]


def test_several_errors_reported_together(db: Database) -> None:
    with pytest.raises(ValidationError) as exc:
        create_incident(db, replace(GOOD, title="", injuries=-1, end_at="2000-01-01"))
    assert set(errors_of(exc)) == {"title", "injuries", "end_at"}
    assert "title: is required" in str(exc.value)


def test_failed_edit_keeps_the_stored_record(db: Database, night: Night) -> None:
    from incident_logger.services.incidents import get_incident

    before = get_incident(db, night.debris_incident)
    with pytest.raises(ValidationError):
        update_incident(db, night.debris_incident, replace(before.draft, injuries=-5))
    assert get_incident(db, night.debris_incident) == before


def test_grade_outside_a_to_f(db: Database) -> None:
    with pytest.raises(ValidationError) as exc:
        create_source(db, SourceDraft("Someone", reliability="G"))  # type: ignore[arg-type]
    assert "A to F" in errors_of(exc)["reliability"]
    assert create_source(db, SourceDraft("Agency", reliability=Reliability.A)).id > 0


def test_place_cannot_be_inside_itself(db: Database, night: Night) -> None:
    from incident_logger.services.places import get_place

    region = get_place(db, night.kaluga_region)
    with pytest.raises(ValidationError) as exc:
        update_place(db, night.kaluga_region, replace(region.draft, parent_id=night.kaluga))
    assert "inside itself" in errors_of(exc)["parent"]
    with pytest.raises(ValidationError) as exc:
        create_place(db, PlaceDraft("", latitude=95.0, longitude=0.0))
    assert set(errors_of(exc)) == {"name", "latitude"}


def test_count_report_errors(db: Database, night: Night) -> None:
    draft = CountReportDraft(
        source_id=night.ministry,
        issued_at="2026-09-12 09:00",
        period_start="2026-09-12 07:00",
        period_end="2026-09-11 20:00",
        stated_total=-1,
        lines=(
            CountLine(night.kursk_region, 5),
            CountLine(night.kursk_region, -2),
            CountLine(12345, 1),
        ),
    )
    with pytest.raises(ValidationError) as exc:
        create_count_report(db, draft)
    found = errors_of(exc)
    assert "ends before it starts" in found["period_end"]
    assert "negative" in found["stated_total"]
    assert "two lines" in found["lines[2].region"]
    assert "negative" in found["lines[2].count"]
    assert "unknown place" in found["lines[3].region"]
