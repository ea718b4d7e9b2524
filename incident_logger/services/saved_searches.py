"""Saved searches: a name for a query in the search language (the ``saved_search`` table)."""

from __future__ import annotations

from dataclasses import dataclass

from incident_logger.domain.errors import FieldError, ValidationError
from incident_logger.domain.query import parse_query
from incident_logger.services.context import raw_connection
from incident_logger.store.engine import Database


@dataclass(frozen=True, slots=True)
class SavedSearch:
    id: int
    name: str
    query: str


def list_saved_searches(db: Database) -> list[SavedSearch]:
    with db.raw() as conn:
        rows = conn.execute("SELECT id, name, query FROM saved_search ORDER BY name COLLATE NOCASE")
        return [SavedSearch(r[0], r[1], r[2]) for r in rows]


def save_search(db: Database, name: str, query: str) -> SavedSearch:
    """Save ``query`` under ``name``, replacing a saved search of the same name."""
    name = " ".join(name.split())
    errors: list[FieldError] = []
    if not name:
        errors.append(FieldError("name", "is required"))
    try:
        parse_query(query)
    except ValueError as exc:
        errors.append(FieldError("query", str(exc)))
    if errors:
        raise ValidationError(errors)
    with db.write() as session:
        conn = raw_connection(session)
        conn.execute(
            "INSERT INTO saved_search(name, query) VALUES (?, ?) "
            "ON CONFLICT(name) DO UPDATE SET query = excluded.query",
            (name, query),
        )
        row = conn.execute("SELECT id FROM saved_search WHERE name = ?", (name,)).fetchone()
    return SavedSearch(int(row[0]), name, query)


def delete_saved_search(db: Database, search_id: int) -> None:
    with db.write() as session:
        conn = raw_connection(session)
        conn.execute("DELETE FROM saved_search WHERE id = ?", (search_id,))
