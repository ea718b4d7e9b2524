"""Saved searches: the ``saved_search`` table's statements (a name and a query's text)."""

from __future__ import annotations

from incident_logger.store.sql import Sql


def all_rows(sql: Sql) -> list[tuple[int, str, str]]:
    """(id, name, query) of every saved search, by name (letters' case ignored)."""
    rows = sql.execute("SELECT id, name, query FROM saved_search ORDER BY lower(name), id")
    return [(int(r[0]), r[1], r[2]) for r in rows]


def put(sql: Sql, name: str, query: str) -> int:
    """Save ``query`` under ``name`` (replacing the query of that name); its id."""
    sql.execute(
        "INSERT INTO saved_search(name, query) VALUES (?, ?) "
        "ON CONFLICT(name) DO UPDATE SET query = excluded.query",
        (name, query),
    )
    return int(sql.scalar("SELECT id FROM saved_search WHERE name = ?", (name,)))


def delete(sql: Sql, search_id: int) -> None:
    sql.execute("DELETE FROM saved_search WHERE id = ?", (search_id,))
