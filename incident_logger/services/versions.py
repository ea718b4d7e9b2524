"""Optimistic concurrency: every incident, place, source and count report has a version.

A save says which version it started from (the one the analyst opened); ``claim`` compares
it with the stored one inside the write transaction and refuses with ``ConflictError`` when
someone saved in between, so nothing is ever silently overwritten. On PostgreSQL the row is
locked first (SELECT ... FOR UPDATE), so two analysts saving the same record at the same
moment are put in order and the second is refused; on SQLite the write transaction already
holds the file's write lock. ``history.record`` adds one to the version with every change it
records, in the same transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from incident_logger.domain.enums import EntityKind
from incident_logger.domain.errors import ConflictError
from incident_logger.services.history import plain

TABLES: dict[EntityKind, str] = {
    EntityKind.INCIDENT: "incident",
    EntityKind.PLACE: "place",
    EntityKind.SOURCE: "source",
    EntityKind.COUNT_REPORT: "count_report",
}


def _lock_clause(session: Session) -> str:
    return " FOR UPDATE" if session.get_bind().dialect.name == "postgresql" else ""


def claim(
    session: Session, entity: EntityKind, entity_id: int, expected: int | None
) -> None:
    """Refuse the save unless the record is still at ``expected`` (None: no check)."""
    table = TABLES[entity]
    row = session.execute(
        text(f"SELECT version, deleted_at FROM {table} WHERE id = :i{_lock_clause(session)}"),
        {"i": entity_id},
    ).first()
    if expected is None or row is None or int(row[0]) == expected:
        return
    last = session.execute(
        text(
            "SELECT actor, at FROM history WHERE entity = :e AND entity_id = :i "
            "ORDER BY id DESC LIMIT 1"
        ),
        {"e": entity.value, "i": entity_id},
    ).first()
    raise ConflictError(
        entity.value,
        entity_id,
        expected=expected,
        version=int(row[0]),
        by=str(last[0]) if last else "",
        at=str(last[1]) if last else "",
        deleted=row[1] is not None,
    )


def differing_fields(mine: dict[str, Any], theirs: dict[str, Any]) -> list[str]:
    """The fields where two versions of a record differ, in the order of ``mine``."""
    return [k for k in mine if plain(mine.get(k)) != plain(theirs.get(k))]
