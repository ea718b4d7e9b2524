"""Records' versions (optimistic concurrency): each incident, place, source and count report
has one, one up with every change the history records (``services/versions.py``)."""

from __future__ import annotations

from incident_logger.domain.enums import EntityKind
from incident_logger.store.sql import Sql

# Records with a version: their table is named like their kind.
TABLES: dict[EntityKind, str] = {
    EntityKind.INCIDENT: "incident",
    EntityKind.PLACE: "place",
    EntityKind.SOURCE: "source",
    EntityKind.COUNT_REPORT: "count_report",
}


def current(sql: Sql, entity: EntityKind, record_id: int) -> tuple[int, bool] | None:
    """The record's version and whether it is in the trash (None: no such record). On
    PostgreSQL the row stays locked to the end of the transaction (saves of one record are put
    in order); on SQLite the write transaction holds the file's write lock already."""
    lock = " FOR UPDATE" if sql.kind == "postgresql" else ""
    row = sql.execute(
        f"SELECT version, deleted_at FROM {TABLES[entity]} WHERE id = ?{lock}", (record_id,)
    ).fetchone()
    return None if row is None else (int(row[0]), row[1] is not None)


def last_change(sql: Sql, entity: EntityKind, record_id: int) -> tuple[str, str] | None:
    """Who changed the record last and when, as the history says (None: no entry)."""
    row = sql.execute(
        "SELECT actor, at FROM history WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1",
        (entity.value, record_id),
    ).fetchone()
    return None if row is None else (str(row[0]), str(row[1]))


def count_up(sql: Sql, entity: EntityKind, record_id: int) -> None:
    """One more change to the record: its version goes up by one (no-op for other kinds)."""
    table = TABLES.get(entity)
    if table is not None:
        sql.execute(f"UPDATE {table} SET version = version + 1 WHERE id = ?", (record_id,))
