"""The incidents service on both engines: create, edit, trash and restore, with history."""

from __future__ import annotations

from dataclasses import replace

import pytest

from incident_logger.domain.enums import DamageSeverity, EntityKind, PlaceKind
from incident_logger.domain.errors import NotFoundError, ValidationError
from incident_logger.domain.models import DamageNote, IncidentDraft, SourceDraft, SourceLink
from incident_logger.services.history import history_of
from incident_logger.services.incidents import (
    create_incident,
    get_incident,
    get_incidents,
    set_incident_deleted,
    update_incident,
)
from incident_logger.store import fts
from incident_logger.store.engine import Database
from incident_logger.store.repositories import incidents, places
from incident_logger.store.repositories import sources as source_repo

NOW = "2026-09-12T08:00:00"


def _town_and_source(db: Database) -> tuple[int, int]:
    with db.write_sql() as sql:
        town = (901, "Калуга", "калуга", PlaceKind.CITY.value, None, "RU", "")
        sql.executemany(places.INSERT_SQL, [(*town, None, None, NOW, NOW, None)])
        governor = SourceDraft("Governor of Kaluga Oblast", reliability="B")  # type: ignore[arg-type]
        sql.executemany(source_repo.INSERT_SQL, [source_repo.row(700, governor, NOW)])
    return 901, 700


def test_create_edit_trash_restore(any_db: Database) -> None:
    town, source = _town_and_source(any_db)
    draft = IncidentDraft(
        title="  Drone debris   damages cars ",
        start_at="2026-09-12 00:00",
        place_id=town,
        category="Debris impact",
        tags=("Night", "night", "drones"),
        sources=(SourceLink(source, 2),),
        damage=(DamageNote("vehicle", 3, DamageSeverity.MODERATE),),
    )
    made = create_incident(any_db, draft, reason="from the governor")
    assert made.draft.title == "Drone debris damages cars"
    assert made.draft.start_at == "2026-09-12T00:00"
    assert made.draft.tags == ("drones", "Night")
    with any_db.read_sql() as sql:
        assert sql.scalar("SELECT best_grade FROM incident WHERE id = ?", (made.id,)) == "B2"
        assert fts.title_or_narrative_has(sql, ["debris"], [made.id]) == {made.id}

    edited = update_incident(any_db, made.id, replace(made.draft, title="Fire at a pump station"))
    assert edited.draft.title == "Fire at a pump station"
    with any_db.read_sql() as sql:
        assert fts.title_or_narrative_has(sql, ["debris"], [made.id]) == set()
        assert fts.title_or_narrative_has(sql, ["pump"], [made.id]) == {made.id}
    assert set_incident_deleted(any_db, made.id, True).deleted_at is not None
    assert set_incident_deleted(any_db, made.id, False).deleted_at is None
    assert [i.id for i in get_incidents(any_db, [made.id])] == [made.id]
    actions = [e.action for e in history_of(any_db, entity=EntityKind.INCIDENT, entity_id=made.id)]
    assert actions == ["create", "edit", "delete", "restore"]
    with any_db.read_sql() as sql:
        assert incidents.count_all(sql) == 1


def test_bad_drafts_and_missing_ids_are_refused(any_db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_incident(any_db, IncidentDraft(title="", start_at="yesterday-ish", place_id=5))
    assert {"title", "start_at", "place"} <= {e.field for e in caught.value.errors}
    with pytest.raises(NotFoundError):
        get_incident(any_db, 12345)
    with any_db.read_sql() as sql:
        assert incidents.count_all(sql) == 0
