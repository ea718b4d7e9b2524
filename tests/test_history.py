"""History records create, edit, delete and restore with old and new values."""

from dataclasses import replace

import pytest

from incident_logger.domain.enums import EntityKind
from incident_logger.services.history import history_of
from incident_logger.services.incidents import (
    get_incident,
    set_incident_deleted,
    update_incident,
)
from incident_logger.services.search import count_incidents, search_incidents
from incident_logger.services.sources import get_source, update_source
from incident_logger.store.engine import Database
from tests.conftest import Night


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db


def test_edit_delete_restore_are_recorded(db: Database, night: Night) -> None:
    incident = get_incident(db, night.debris_incident)
    update_incident(
        db,
        incident.id,
        replace(incident.draft, injuries=2, title="Debris: 2 hurt"),
        reason="hospital update",
    )
    set_incident_deleted(db, incident.id, True, reason="duplicate")
    set_incident_deleted(db, incident.id, False)
    entries = history_of(db, entity=EntityKind.INCIDENT, entity_id=incident.id)
    assert [e.action for e in entries] == ["create", "edit", "delete", "restore"]
    edit = entries[1]
    assert edit.changes == {
        "injuries": [0, 2],
        "title": ["Drone debris damages three parked cars near a pond", "Debris: 2 hurt"],
    }
    assert edit.reason == "hospital update"
    assert entries[2].changes["deleted_at"][0] is None
    assert entries[2].reason == "duplicate"


def test_saving_unchanged_writes_no_history(db: Database, night: Night) -> None:
    incident = get_incident(db, night.debris_incident)
    update_incident(db, incident.id, incident.draft)
    assert len(history_of(db, entity=EntityKind.INCIDENT, entity_id=incident.id)) == 1


def test_soft_delete_moves_to_trash_and_back(db: Database, night: Night) -> None:
    set_incident_deleted(db, night.fire_incident, True)
    assert count_incidents(db) == 1
    assert [r.id for r in search_incidents(db, "deleted:yes").rows] == [night.fire_incident]
    assert count_incidents(db, "pump") == 0
    assert count_incidents(db, "pump deleted:yes") == 1
    set_incident_deleted(db, night.fire_incident, False)
    assert count_incidents(db, "pump") == 1
    assert get_incident(db, night.fire_incident).deleted_at is None


def test_renaming_a_source_reindexes_and_regrades(db: Database, night: Night) -> None:
    source = get_source(db, night.governor)
    update_source(db, night.governor, replace(source.draft, name="Anton Governor", reliability="A"))  # type: ignore[arg-type]
    assert count_incidents(db, "anton") == 1
    assert search_incidents(db, "anton").rows[0].grade == "A2"
    changes = history_of(db, entity=EntityKind.SOURCE, entity_id=night.governor)[-1].changes
    assert changes["reliability"] == ["B", "A"]


def test_tags_differing_only_in_case_are_one_tag(db: Database, night: Night) -> None:
    incident = get_incident(db, night.fire_incident)
    updated = update_incident(
        db, incident.id, replace(incident.draft, tags=("Night", "night ", "NIGHT", "fire"))
    )
    assert updated.draft.tags == ("fire", "Night")
    assert count_incidents(db, "tag:night") == 2  # with the debris incident
