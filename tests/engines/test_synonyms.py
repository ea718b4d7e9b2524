"""Synonym groups and the partners of a word, on both engines."""

from __future__ import annotations

import pytest

from incident_logger.domain.enums import PlaceKind
from incident_logger.domain.errors import ValidationError
from incident_logger.services.synonyms import add_group, list_groups, partners, remove_group
from incident_logger.store.engine import Database
from incident_logger.store.repositories import places as places_repo


def test_add_list_and_remove_a_group(any_db: Database) -> None:
    before = list_groups(any_db)
    group = add_group(any_db, ["шахед", " Shahed ", "SHAHED", "герань"])
    assert group.words == ("шахед", "Shahed", "герань")
    assert group.id == max(g.id for g in before) + 1
    assert list_groups(any_db)[-1] == group
    assert remove_group(any_db, group.id) is True
    assert remove_group(any_db, group.id) is False
    assert list_groups(any_db) == before


def test_a_group_of_one_word_is_refused(any_db: Database) -> None:
    with pytest.raises(ValidationError):
        add_group(any_db, ["дрон", "ДРОН"])


def _place(db: Database, name: str, alias: str) -> int:
    with db.write_sql() as sql:
        place_id = sql.insert(
            "INSERT INTO place(name, name_key, kind, created_at, updated_at) "
            "VALUES (?, ?, ?, '2026-01-01T00:00:00', '2026-01-01T00:00:00')",
            (name, name.lower(), PlaceKind.CITY.value),
        )
        sql.execute(
            "INSERT INTO place_alias(place_id, alias, alias_key) VALUES (?, ?, ?)",
            (place_id, alias, alias.lower()),
        )
    return place_id


def test_partners_are_group_words_and_place_names(any_db: Database) -> None:
    add_group(any_db, ["шахед", "герань"])
    place_id = _place(any_db, "Обнинск", "Obninsk")
    with any_db.read_sql() as sql:
        assert partners(sql, "шахед") == (["герань"], [])
        assert partners(sql, "obninsk") == ([], ["Обнинск"])
        assert places_repo.ids_named(sql, ["обнинск"], 9) == [place_id]
        assert places_repo.subtree_ids(sql, place_id) == {place_id}
        assert places_repo.ancestry(sql, place_id) == [(place_id, "city")]
