"""Bulk loading: a table's secondary indexes dropped for a big load and rebuilt at its end.

Inserting rows in an order an index does not follow touches a page of that index per row;
building the index afterwards sorts once. For 100,000 incidents into an empty database the
incident table's inserts took 7.9 s with its 17 indexes kept up to date and 1.0 s + 0.9 s to
build twelve of them afterwards (2026-12-02). Both run inside the caller's transaction: a
rollback brings the indexes back as they were, and other connections never see the table
without them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from incident_logger.store.sql import Sql

# A load worth deferring must add at least this many rows, and at least this share of the
# rows already in the table: rebuilding an index costs about a tenth, per row, of keeping
# it up to date row by row, but it goes over every row of the table, old ones included.
MIN_ROWS = 5_000
MIN_SHARE = 0.25


def worth_deferring(new_rows: int, existing_rows: int) -> bool:
    return new_rows >= MIN_ROWS and new_rows >= MIN_SHARE * existing_rows


class DeferredIndexes:
    """Drops ``table``'s indexes but ``keep`` (and unique ones) and restores them.

    SQLite's only: on a team database an editor does not own the tables (dropping an index
    is the owner's right, and would lock every colleague out), so the server keeps them.
    """

    def __init__(self, conn: sqlite3.Connection | Sql, table: str, keep: frozenset[str]) -> None:
        self.conn, self.table, self.keep = conn, table, keep
        self.dropped: list[tuple[str, str]] = []  # (name, CREATE statement), in schema order

    def drop(self) -> None:
        """Drop the indexes (in the caller's open transaction)."""
        if self.dropped or not isinstance(self.conn, sqlite3.Connection):
            return
        assert self.conn.in_transaction, "indexes are only dropped inside a transaction"
        rows = self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL ORDER BY rowid",
            (self.table,),
        ).fetchall()
        for name, sql in rows:
            if name in self.keep or sql.lstrip().upper().startswith("CREATE UNIQUE"):
                continue
            self.conn.execute(f'DROP INDEX "{name}"')
            self.dropped.append((name, sql))

    def restore(self) -> None:
        """Build the dropped indexes again (before the caller commits)."""
        dropped, self.dropped = self.dropped, []
        for _, sql in dropped:
            self.conn.execute(sql)  # only SQLite's are ever dropped


def next_ids(sql: Sql, tables: Sequence[str]) -> dict[str, int]:
    """The next free id of each table (a bulk load hands out ids itself)."""
    return {
        table: int(sql.scalar(f"SELECT coalesce(max(id), 0) + 1 FROM {table}")) for table in tables
    }


def has_rows(sql: Sql, tables: Sequence[str]) -> tuple[bool, ...]:
    """Whether each table holds any row."""
    return tuple(
        sql.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None for table in tables
    )
