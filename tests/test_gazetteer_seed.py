"""Seeding regions from ISO 3166-2: names, translated aliases, idempotence, existing countries."""

from __future__ import annotations

import pytest

from incident_logger.domain.enums import EntityKind, PlaceKind
from incident_logger.services.gazetteer_seed import countries, seed_regions
from incident_logger.services.history import history_of
from incident_logger.services.places import list_places
from incident_logger.store.engine import Database
from tests.conftest import Night


def test_seeds_ukraine_with_translated_aliases(db: Database) -> None:
    result = seed_regions(db, "ua")
    places = {p.draft.name: p for p in list_places(db)}
    assert result.created == 28 and result.skipped == 0  # the country and 27 regions
    ukraine = places["Ukraine"]
    assert ukraine.draft.kind is PlaceKind.COUNTRY and "Україна" in ukraine.draft.aliases
    vinnytsia = places["Vinnytska oblast"]
    assert vinnytsia.draft.kind is PlaceKind.REGION
    assert vinnytsia.draft.iso_code == "UA-05" and vinnytsia.draft.parent_id == ukraine.id
    assert {"Вінницька область", "Винницкая область"} <= set(vinnytsia.draft.aliases)
    assert vinnytsia.path == "Ukraine › Vinnytska oblast"
    created = history_of(db, entity=EntityKind.PLACE, entity_id=vinnytsia.id)
    assert created[0].reason == "seeded from ISO 3166-2"


def test_seeding_twice_adds_nothing(db: Database) -> None:
    seed_regions(db, "UA")
    again = seed_regions(db, "UA")
    assert again.created == 0 and again.skipped == 27
    assert len(list_places(db)) == 28


def test_reuses_the_users_country_and_skips_regions_named_alike(db: Database, night: Night) -> None:
    result = seed_regions(db, "RU", languages=("en",))
    assert result.country_id == night.russia
    assert result.created > 80
    names = [p.draft.name for p in list_places(db) if p.draft.parent_id == night.russia]
    assert "Kaluzhskaya oblast'" in names and "Калужская область" in names
    assert seed_regions(db, "RU").created == 0


def test_rejects_an_unknown_country(db: Database) -> None:
    with pytest.raises(ValueError, match="not an ISO 3166-1"):
        seed_regions(db, "XX")
    assert list_places(db) == []


def test_lists_countries_with_subdivisions() -> None:
    found = {c.code: c.name for c in countries()}
    assert found["UA"] == "Ukraine" and "RU" in found and len(found) > 150
