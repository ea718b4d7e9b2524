"""Loading the built-in gazetteer: first start, idempotence, the user's places kept, updates."""

from __future__ import annotations

import pytest

from incident_logger.domain.enums import PlaceKind
from incident_logger.domain.models import PlaceDraft
from incident_logger.services import gazetteer_load
from incident_logger.services.gazetteer_load import ensure_gazetteer, is_current
from incident_logger.services.place_match import resolve_place
from incident_logger.services.places import (
    create_place,
    get_place,
    list_places,
    set_place_deleted,
    update_place,
)
from incident_logger.store.engine import Database
from tests.conftest import Night


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db


def _ref(db: Database, ref: str) -> int:
    with db.read_sql() as sql:
        return int(sql.scalar("SELECT id FROM place WHERE origin_ref = ?", (ref,)))


def test_first_start_loads_countries_regions_and_towns(db: Database) -> None:
    assert not is_current(db)
    result = ensure_gazetteer(db)
    assert result.created > 4000 and result.adopted == 0
    assert is_current(db)
    places = list_places(db)
    kinds = {k: sum(1 for p in places if p.draft.kind is k) for k in PlaceKind}
    assert kinds[PlaceKind.COUNTRY] == 249
    assert kinds[PlaceKind.REGION] == 110
    assert kinds[PlaceKind.CITY] > 3700
    obninsk = get_place(db, _ref(db, "geonames:516436"))
    assert obninsk.path == "Россия › Калужская область › Обнинск"
    assert obninsk.draft.latitude is not None and "Obninsk" in obninsk.draft.aliases


def test_loading_twice_changes_nothing(db: Database) -> None:
    ensure_gazetteer(db)
    before = len(list_places(db))
    again = ensure_gazetteer(db)
    assert again.created == again.refreshed == again.keyed == 0
    assert len(list_places(db)) == before


def test_the_users_own_places_are_adopted_not_duplicated(db: Database, night: Night) -> None:
    result = ensure_gazetteer(db)
    assert result.adopted >= 5  # Россия, the three regions, Калуга and Обнинск
    named = [p for p in list_places(db) if p.draft.name == "Калужская область"]
    assert [p.id for p in named] == [night.kaluga_region]
    assert [p.id for p in list_places(db) if p.draft.name == "Обнинск"] == [night.obninsk]
    # The user's place keeps its own names (and gains the gazetteer's in other languages,
    # tests/test_gazetteer_adopted_names.py); the gazetteer's towns go inside it.
    assert get_place(db, night.kaluga_region).draft.aliases[0] == "Kaluga Oblast"
    kaluga_towns = [p for p in list_places(db) if p.draft.parent_id == night.kaluga_region]
    assert len(kaluga_towns) > 10


def test_an_update_never_overwrites_what_the_user_changed(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ensure_gazetteer(db)
    edited_id = _ref(db, "geonames:553915")  # Калуга
    deleted_id = _ref(db, "geonames:516436")  # Обнинск
    untouched_id = _ref(db, "geonames:571476")  # Брянск
    edited = get_place(db, edited_id)
    update_place(db, edited_id, PlaceDraft(**{**_fields(edited.draft), "name": "Калуга (город)"}))
    set_place_deleted(db, deleted_id, True)
    with db.write_sql() as sql:  # as if an older release had loaded Брянск under another name
        sql.execute("UPDATE place SET name = 'Old name', origin_version = 0 WHERE id = ?",
                    (untouched_id,))
        sql.execute("UPDATE place SET origin_version = 0")
    monkeypatch.setattr(gazetteer_load, "GAZETTEER_VERSION", 2)
    result = ensure_gazetteer(db)
    assert result.created == 0 and result.refreshed > 4000
    assert get_place(db, edited_id).draft.name == "Калуга (город)"
    assert get_place(db, deleted_id).deleted_at is not None
    assert get_place(db, untouched_id).draft.name == "Брянск"
    assert ensure_gazetteer(db).refreshed == 0


def _fields(draft: PlaceDraft) -> dict[str, object]:
    return {k: getattr(draft, k) for k in PlaceDraft.__dataclass_fields__}


def test_a_place_the_user_adds_is_found_in_its_inflected_forms(db: Database) -> None:
    ensure_gazetteer(db)
    region = _ref(db, "iso:RU-BRY")
    create_place(db, PlaceDraft("Злынковский район", PlaceKind.DISTRICT, region))
    found = resolve_place(db, "Злынковском районе")
    assert found[0].name == "Злынковский район" and found[0].confidence >= 0.7
