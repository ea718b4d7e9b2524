"""Seeding regions from ISO 3166-2: names, translated aliases, idempotence, existing countries."""

from __future__ import annotations

import pytest

from incident_logger.domain.enums import EntityKind, PlaceKind
from incident_logger.services.gazetteer_seed import countries, seed_regions
from incident_logger.services.history import history_of
from incident_logger.services.places import list_places
from incident_logger.store.engine import Database
from tests.conftest import Night


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db


def test_seeds_ukraine_with_its_own_names(db: Database) -> None:
    result = seed_regions(db, "ua")
    places = {p.draft.name: p for p in list_places(db)}
    assert result.created == 28 and result.skipped == 0  # the country and 27 regions
    ukraine = places["Україна"]
    assert ukraine.draft.kind is PlaceKind.COUNTRY and "Ukraine" in ukraine.draft.aliases
    vinnytsia = places["Вінницька область"]
    assert vinnytsia.draft.kind is PlaceKind.REGION
    assert vinnytsia.draft.iso_code == "UA-05" and vinnytsia.draft.parent_id == ukraine.id
    assert {"Винницкая область", "Vinnytsia Oblast", "Вінниччина"} <= set(vinnytsia.draft.aliases)
    assert "Vinnytska oblast" in vinnytsia.draft.aliases  # ISO's romanised name
    assert vinnytsia.path == "Україна › Вінницька область"
    created = history_of(db, entity=EntityKind.PLACE, entity_id=vinnytsia.id)
    assert created[0].reason == "seeded from the built-in gazetteer"


def test_russian_regions_get_russian_names_not_transliterations(db: Database) -> None:
    seed_regions(db, "RU")
    names = {p.draft.name for p in list_places(db)}
    assert {"Россия", "Калужская область", "Брянская область", "Чеченская Республика"} <= names
    assert not any("oblast'" in n for n in names)


def test_other_countries_come_from_iso_3166_2(db: Database) -> None:
    result = seed_regions(db, "FR", languages=("en", "ru"))
    assert result.created > 10
    france = next(p for p in list_places(db) if p.draft.kind is PlaceKind.COUNTRY)
    assert france.draft.name == "France"
    created = history_of(db, entity=EntityKind.PLACE, entity_id=france.id)
    assert created[0].reason == "seeded from ISO 3166"


def test_seeding_twice_adds_nothing(db: Database) -> None:
    seed_regions(db, "UA")
    again = seed_regions(db, "UA")
    assert again.created == 0 and again.skipped == 28
    assert len(list_places(db)) == 28


def test_reuses_the_users_country_and_regions(db: Database, night: Night) -> None:
    result = seed_regions(db, "RU")
    assert result.country_id == night.russia
    assert result.created == 83 - 3 and result.skipped == 4  # Россия and its three regions
    names = [p.draft.name for p in list_places(db) if p.draft.parent_id == night.russia]
    assert names.count("Калужская область") == 1 and "Kaluzhskaya oblast'" not in names
    assert seed_regions(db, "RU").created == 0


def test_rejects_an_unknown_country(db: Database) -> None:
    with pytest.raises(ValueError, match="not an ISO 3166-1"):
        seed_regions(db, "XX")
    assert list_places(db) == []


def test_lists_countries_with_subdivisions() -> None:
    found = {c.code: c.name for c in countries()}
    assert found["UA"] == "Ukraine" and "RU" in found and len(found) > 150
