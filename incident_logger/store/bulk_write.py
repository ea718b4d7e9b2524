"""One bulk transaction (an import, a preview, a demo batch) on either engine.

The caller decides at the end whether to keep what it wrote (``commit``) or not
(``rollback``: a refused row, a dry run); an error or a cancel rolls back. On SQLite it is a
pooled sqlite3 connection in ``BEGIN IMMEDIATE`` (the bulk paths take it as it is); on a
team database a psycopg connection of its own whose writes first hold the tables they
number (``store/pg/bulk.py``), and whose commit first moves their id sequences on.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from incident_logger.store.sql import Sql, wrap

if TYPE_CHECKING:
    from incident_logger.store.engine import Database

# The tables whose ids the import and the demo hand out themselves.
NUMBERED = ("category", "place", "source", "incident", "count_report")


class BulkWrite:
    """The open transaction: ``conn`` for the bulk paths (a sqlite3 connection on SQLite, an
    ``Sql`` on PostgreSQL), ``sql`` for statements with ``?`` marks on either."""

    def __init__(self, conn: sqlite3.Connection | Sql, held: Sequence[str]) -> None:
        self.conn = conn
        self.sql = wrap(conn)
        self.kind = self.sql.kind
        self.held = tuple(held)
        self.open = True

    def commit(self) -> None:
        if self.kind == "postgresql":
            from incident_logger.store.pg import bulk

            bulk.catch_up(self.sql, self.held)
            self.sql.dbapi.commit()
        else:
            self.sql.execute("COMMIT")
        self.open = False

    def rollback(self) -> None:
        if self.kind == "postgresql":
            self.sql.dbapi.rollback()
        else:
            self.sql.execute("ROLLBACK")
        self.open = False


@contextmanager
def begin(
    db: Database, purpose: str, *, write: bool = True, numbers: Sequence[str] = NUMBERED
) -> Iterator[BulkWrite]:
    """A transaction the caller commits or rolls back; ``write=False`` reads one snapshot.

    ``purpose`` names the work in a refusal ("Importing a file"). Anything raised inside
    rolls back; a transaction left open at the end is rolled back too.
    """
    if db.kind == "postgresql":
        with _postgres(db, write=write, numbers=numbers) as tx:
            yield tx
        return
    with db.raw(purpose) as conn:
        conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        tx = BulkWrite(conn, ())
        try:
            yield tx
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")


@contextmanager
def _postgres(db: Database, *, write: bool, numbers: Sequence[str]) -> Iterator[BulkWrite]:
    from psycopg import IsolationLevel

    from incident_logger.store.pg import bulk
    from incident_logger.store.pg.database import PgDatabase

    assert isinstance(db, PgDatabase)
    conn = db.connect()
    try:
        with db._errors_explained():
            if not write:
                conn.isolation_level = IsolationLevel.REPEATABLE_READ
                conn.read_only = True
            sql = wrap(conn)
            held = tuple(numbers) if write else ()
            bulk.hold(sql, held)
            yield BulkWrite(sql, held)
    finally:
        with contextlib.suppress(Exception):  # a lost connection has nothing to roll back
            conn.rollback()
        conn.close()
