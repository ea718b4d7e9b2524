"""Place names in the interface's language, from the gazetteer's names by language."""

from __future__ import annotations

import pytest

from incident_logger.services.context import now_iso
from incident_logger.services.place_names import names_in_language
from incident_logger.store.engine import Database


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db


def _place(db: Database, name: str, aliases: list[tuple[str, str]]) -> None:
    with db.write_sql() as sql:
        now = now_iso()
        pid = sql.insert(
            "INSERT INTO place(name, name_key, kind, created_at, updated_at) "
            "VALUES (?, ?, 'region', ?, ?)",
            (name, name.casefold(), now, now),
        )
        for alias, lang in aliases:
            sql.execute(
                "INSERT INTO place_alias(place_id, alias, alias_key, lang) VALUES (?,?,?,?)",
                (pid, alias, alias.casefold(), lang),
            )


def test_names_in_each_language(db: Database) -> None:
    _place(
        db,
        "Калужская область",
        [("Kaluga Oblast", "en"), ("Калузька область", "uk"), ("Калузька обл.", "uk")],
    )
    _place(db, "Київська область", [("Kyiv Oblast", "en"), ("Киевская область", "ru")])
    _place(db, "Обнинск", [("Obninsk", "")])  # a spelling without a language
    # A Russian name's short forms are Russian too: the name stays as it is in Russian.
    _place(db, "Воронежская область", [("Воронежская обл.", "ru"), ("Воронезька область", "uk")])
    assert names_in_language(db, "en") == {
        "Калужская область": "Kaluga Oblast",
        "Київська область": "Kyiv Oblast",
    }
    assert names_in_language(db, "ru") == {"Київська область": "Киевская область"}
    assert names_in_language(db, "uk") == {
        "Калужская область": "Калузька область",
        "Воронежская область": "Воронезька область",
    }


def test_a_shared_name_with_different_translations_stays_as_stored(db: Database) -> None:
    _place(db, "Покровск", [("Pokrovsk", "en")])
    _place(db, "Покровск", [("Pokrovs'k", "en")])
    assert names_in_language(db, "en") == {}
