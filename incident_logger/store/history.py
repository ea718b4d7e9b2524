"""The change history's statements for the bulk paths (import, gazetteer, demo, export).

One row per create, edit, delete or restore: when, who, which record, what changed (JSON)
and why. Sessions write it through the ORM (``services/history.py``); the bulk paths add
their rows here with ``executemany``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from incident_logger.store.sql import Sql

INSERT_SQL = (
    "INSERT INTO history(at, actor, entity, entity_id, action, changes, reason) "
    "VALUES (?,?,?,?,?,?,?)"
)


def add(sql: Sql, rows: Sequence[Sequence[Any]]) -> None:
    """(at, actor, entity, entity id, action, changes, reason) rows."""
    sql.executemany(INSERT_SQL, rows)


def last_id(sql: Sql) -> int:
    """The newest entry's id (0 for none)."""
    return int(sql.scalar("SELECT coalesce(max(id), 0) FROM history"))


def delete_after(sql: Sql, history_id: int) -> None:
    """Forget the entries newer than ``history_id``."""
    sql.execute("DELETE FROM history WHERE id > ?", (history_id,))


def iter_all(sql: Sql) -> Iterator[tuple[Any, ...]]:
    """(id, at, actor, entity, entity id, action, changes, reason) of every entry, by id."""
    yield from sql.execute(
        "SELECT id, at, actor, entity, entity_id, action, changes, reason FROM history ORDER BY id"
    )
