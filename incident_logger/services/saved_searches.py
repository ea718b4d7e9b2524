"""Saved searches: a name for a query in the search language (the ``saved_search`` table)."""

from __future__ import annotations

from dataclasses import dataclass

from incident_logger.domain.errors import FieldError, ValidationError
from incident_logger.domain.messages import msg
from incident_logger.domain.query import QuerySyntaxError, parse_query
from incident_logger.store import saved_searches as store
from incident_logger.store.engine import Database


@dataclass(frozen=True, slots=True)
class SavedSearch:
    id: int
    name: str
    query: str


def list_saved_searches(db: Database) -> list[SavedSearch]:
    with db.read_sql() as sql:
        return [SavedSearch(*row) for row in store.all_rows(sql)]


def save_search(db: Database, name: str, query: str) -> SavedSearch:
    """Save ``query`` under ``name``, replacing a saved search of the same name."""
    name = " ".join(name.split())
    errors: list[FieldError] = []
    if not name:
        errors.append(FieldError("name", msg("required")))
    try:
        parse_query(query)
    except QuerySyntaxError as exc:
        errors.append(FieldError("query", exc.msg))
    if errors:
        raise ValidationError(errors)
    with db.write_sql() as sql:
        search_id = store.put(sql, name, query)
    return SavedSearch(search_id, name, query)


def delete_saved_search(db: Database, search_id: int) -> None:
    with db.write_sql() as sql:
        store.delete(sql, search_id)
