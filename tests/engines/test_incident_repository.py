"""The incidents repository on both engines: a draft written and read back as it was."""

from __future__ import annotations

from incident_logger.domain.enums import DamageSeverity, Means, PlaceKind, TimePrecision
from incident_logger.domain.models import DamageNote, IncidentDraft, SourceDraft, SourceLink
from incident_logger.store import categories, fts
from incident_logger.store.engine import Database
from incident_logger.store.repositories import incidents, places
from incident_logger.store.repositories import sources as source_repo
from incident_logger.store.sql import Sql

NOW = "2026-09-12T08:00:00"


def _setup(sql: Sql) -> tuple[int, int, int, int]:
    """A region with a town in it, a source and a category: their ids."""
    rows = [
        (900, "Калужская область", "калужская область", PlaceKind.REGION.value, None, "RU", ""),
        (901, "Калуга", "калуга", PlaceKind.CITY.value, 900, "RU", ""),
    ]
    sql.executemany(places.INSERT_SQL, [(*r, None, None, NOW, NOW, None) for r in rows])
    source = SourceDraft("Governor of Kaluga Oblast")
    sql.executemany(source_repo.INSERT_SQL, [source_repo.row(700, source, NOW)])
    return 900, 901, 700, categories.add(sql, None, "debris strike")


def _draft(town: int, source: int) -> IncidentDraft:
    return IncidentDraft(
        title="Drone debris damages three parked cars",
        start_at="2026-09-12T00:00",
        end_at="2026-09-12T06:00",
        time_precision=TimePrecision.WINDOW,
        place_id=town,
        category="debris strike",
        narrative="The wreckage of one drone fell near a pond.",
        injuries=0,
        tags=("drones", "night"),
        sources=(SourceLink(source, 2, "https://t.me/x/1"),),
        damage=(DamageNote("vehicle", 3, DamageSeverity.MODERATE),),
        external_id="RUS123",
        means=Means.DRONE,
    )


def test_write_read_update_and_look_up(any_db: Database) -> None:
    with any_db.write_sql() as sql:
        region, town, source, category = _setup(sql)
        draft = _draft(town, source)
        new_id = incidents.insert(sql, draft, category, NOW)
        incidents.write_children(sql, new_id, draft)
        fts.index_incident(sql, new_id)
        given_id = incidents.insert(sql, draft, category, NOW, incident_id=new_id + 10)
    assert given_id == new_id + 10
    with any_db.read_sql() as sql:
        stored = incidents.get(sql, new_id)
        assert stored is not None and stored.draft == draft
        assert stored.created_at == NOW and stored.deleted_at is None
        assert incidents.all_ids(sql) == [new_id, given_id]
        assert incidents.count_all(sql) == 2
        assert incidents.with_external_id(sql, "RUS123", given_id) == new_id
        assert incidents.same_event(sql, draft.start_at, draft.title, town, given_id) == new_id
        assert incidents.same_event(sql, draft.start_at, draft.title, None, given_id) is None
        assert incidents.count_citing(sql, source) == 1
        assert incidents.newest_citing(sql, source, 5) == [(new_id, "F2")]
        assert incidents.count_in_place(sql, region) == 2
        assert incidents.newest_in_place(sql, region, 1) == [given_id]
        window = incidents.in_window(sql, "2026-09-11T00:00", "2026-09-13T00:00", "", 9)
        assert [r[0] for r in window] == [given_id, new_id]
        assert fts.title_or_narrative_has(sql, ["pond", "nothing"], [new_id, given_id]) == {new_id}
        assert fts.incidents_under_place(sql, region) == sorted([new_id, given_id])
    with any_db.write_sql() as sql:
        fts.unindex_incident(sql, new_id)
        changed = IncidentDraft("Fire at a pump station", "2026-09-12T03:00", category="pump fire")
        incidents.update(sql, new_id, changed, categories.add(sql, None, "pump fire"), NOW)
        incidents.write_children(sql, new_id, changed)
        fts.index_incident(sql, new_id)
    with any_db.read_sql() as sql:
        again = incidents.get(sql, new_id)
        assert again is not None and again.draft == changed
        assert fts.title_or_narrative_has(sql, ["pump"], [new_id]) == {new_id}
        assert fts.title_or_narrative_has(sql, ["pond"], [new_id]) == set()
