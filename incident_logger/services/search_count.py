"""Counting matches in a way the UI can interrupt (a new search makes the old count moot)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from incident_logger.domain.query import Node
from incident_logger.services.search import QueryArg, compile_query, count_compiled
from incident_logger.store.engine import Database

CHECK_EVERY = 20_000  # SQLite virtual-machine steps between two looks at ``cancelled``


class Interrupted(Exception):
    """The caller cancelled the query while SQLite was running it."""


def count_incidents_interruptible(
    db: Database,
    query: QueryArg = None,
    *,
    restriction: Node | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """``count_incidents``, but ``cancelled()`` returning True stops SQLite mid-query."""
    if db.kind == "postgresql":
        from incident_logger.services import search_pg

        try:
            return search_pg.count(db, query, restriction, cancelled)
        except search_pg.Cancelled as exc:
            raise Interrupted() from exc
    with db.raw() as conn:
        compiled = compile_query(conn, query, restriction)
        if cancelled is None:
            return count_compiled(conn, compiled)
        conn.set_progress_handler(lambda: 1 if cancelled() else 0, CHECK_EVERY)
        try:
            return count_compiled(conn, compiled)
        except sqlite3.OperationalError as exc:
            if cancelled():
                raise Interrupted() from exc
            raise
        finally:
            conn.set_progress_handler(None, 0)
