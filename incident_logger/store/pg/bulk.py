"""Bulk writing on a team database: the bulk paths' rows sent by COPY, their ids kept in step.

The import and the demo generator collect rows for the INSERT statements of the
repositories (``incidents.INSERT_SQL``, ``fts.INSERT_SQL``, ``history.INSERT_SQL`` ...) and
SQLite takes them with ``executemany``. Here the same rows go to PostgreSQL by ``COPY ...
FROM STDIN`` (psycopg's ``Cursor.copy``): one round trip per batch and table instead of one
statement per row. The row triggers still run (the sort keys), and the statement triggers
once per COPY (the change notification). A full-text row is written as the tokens SQLite's
index holds (``store/pg/fulltext.py``), as a save writes it.

The bulk paths hand out ids themselves (the next after the largest), as on SQLite. On a
server other analysts insert at the same time, so a bulk write first holds the tables it
numbers (``hold``: SHARE ROW EXCLUSIVE, which lets everyone read but makes other writers
wait, as SQLite's write lock does) and, before it commits, moves each table's id sequence
past the ids it used (``catch_up``), with ``nextval`` only: an editor may use a sequence but
not set it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from incident_logger.store import fts
from incident_logger.store.pg import fulltext
from incident_logger.store.repositories import incidents
from incident_logger.store.sql import Sql

_INSERT = re.compile(r"\s*INSERT INTO (\w+)\s*\(([^)]*)\)\s*VALUES", re.IGNORECASE)
# Tables are named in the SQL (never user input): letters, digits and underscores only.
_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


def copy_target(statement: str) -> tuple[str, tuple[str, ...]]:
    """The table and columns a bulk path's ``INSERT`` statement fills.

    The incident row's sort keys are the triggers' work on PostgreSQL (its statement
    computes them on SQLite); the full-text row is keyed by ``incident_id`` there.
    """
    if statement == incidents.INSERT_SQL:
        return "incident", incidents.COLUMNS
    if statement == fts.INSERT_SQL:
        return "incident_fts", ("incident_id", *fts.COLUMNS)
    found = _INSERT.match(statement)
    if found is None:
        raise ValueError(f"not an INSERT INTO table(columns) statement: {statement[:80]}")
    return found.group(1), tuple(c.strip() for c in found.group(2).split(","))


def _documents(rows: Iterable[Sequence[Any]]) -> Iterable[tuple[Any, ...]]:
    for incident_id, *columns in rows:
        yield (incident_id, *fulltext.document([str(c or "") for c in columns]))


def copy_rows(sql: Sql, statement: str, rows: Sequence[Sequence[Any]]) -> None:
    """Write ``rows`` of a bulk path's ``INSERT`` statement by COPY (the caller's transaction)."""
    if not rows:
        return
    table, columns = copy_target(statement)
    data: Iterable[Sequence[Any]] = _documents(rows) if statement == fts.INSERT_SQL else rows
    with (
        sql.dbapi.cursor() as cur,
        cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy,
    ):
        for row in data:
            copy.write_row(row)


def hold(sql: Sql, tables: Sequence[str]) -> None:
    """Make other writers of ``tables`` wait until this transaction ends (readers do not)."""
    if tables:
        assert all(_NAME.match(t) for t in tables)
        sql.execute(f"LOCK TABLE {', '.join(tables)} IN SHARE ROW EXCLUSIVE MODE")


def catch_up(sql: Sql, tables: Sequence[str]) -> None:
    """Move each table's id sequence to its largest id (the ids a bulk write handed out)."""
    for table in tables:
        assert _NAME.match(table)
        sequence = sql.scalar("SELECT pg_get_serial_sequence(?, 'id')", (table,))
        if sequence is None:
            continue
        top = int(sql.scalar(f"SELECT coalesce(max(id), 0) FROM {table}"))
        last = int(
            sql.scalar("SELECT coalesce(pg_sequence_last_value(?::regclass), 0)", (sequence,))
        )
        if top > last:
            sql.execute(
                "SELECT count(nextval(?::regclass)) FROM generate_series(1, ?)",
                (sequence, top - last),
            )
