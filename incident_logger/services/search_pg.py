"""Search on a team database: the pages, counts and ids of ``services/search.py`` on PostgreSQL.

The query compiles with ``PgQueryCompiler`` (full text as ``tsquery`` over the weighted
document, everything else the SQL both engines read alike) and the page's SQL is
``search.page_sql``'s keyset page; PostgreSQL's planner chooses between the GIN index and a
walk of the sort index itself, so none of SQLite's plan probes are needed. Every call reads
one snapshot (REPEATABLE READ, READ ONLY).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from incident_logger.domain.query import Node
from incident_logger.services.query_pg import PgQueryCompiler
from incident_logger.services.search import (
    SUMMARY_COLUMNS,
    Cursor,
    IncidentSummary,
    QueryArg,
    SearchPage,
    SortKey,
    _order,
    compile_query,
    page_sql,
)
from incident_logger.store.engine import Database
from incident_logger.store.sql import Sql

_ID_CHUNK = 1_000
CHECK_EVERY = 0.1  # seconds between two looks at ``cancelled`` while the server counts


class Cancelled(Exception):
    """The caller cancelled a count while the server ran it."""


@contextmanager
def reading(db: Database) -> Iterator[Sql]:
    """A connection in one read-only snapshot (statements with ``?`` marks)."""
    with db.read_sql() as sql:
        yield sql


def _compile(conn: Sql, query: QueryArg, restriction: Node | None) -> Any:
    return compile_query(conn, query, restriction, PgQueryCompiler)  # type: ignore[arg-type]


def search_page(
    db: Database,
    query: QueryArg,
    restriction: Node | None,
    sort: SortKey,
    cursor: Cursor | None,
    limit: int,
) -> SearchPage:
    with reading(db) as conn:
        compiled = _compile(conn, query, restriction)
        sql, params = page_sql(compiled, sort, cursor, limit)
        keyed = conn.execute(sql, params).fetchall()
        rows = summaries(conn, [r[0] for r in keyed], [r[1] for r in keyed])
    next_cursor = Cursor(keyed[-1][1], keyed[-1][0]) if len(keyed) == limit else None
    return SearchPage(rows, next_cursor, compiled.notes)


def matching_ids(
    db: Database, query: QueryArg, restriction: Node | None, sort: SortKey
) -> list[int]:
    with reading(db) as conn:
        compiled = _compile(conn, query, restriction)
        expr, direction, _ = _order(sort)
        sql = (
            f"SELECT i.id FROM incident i WHERE {compiled.sql} "
            f"ORDER BY {expr} {direction}, i.id {direction}"
        )
        return [r[0] for r in conn.execute(sql, compiled.params)]


def count(
    db: Database,
    query: QueryArg = None,
    restriction: Node | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """How many incidents match; ``cancelled()`` returning True stops the server's count
    (``Cancelled``)."""
    with reading(db) as conn:
        compiled = _compile(conn, query, restriction)
        sql = f"SELECT count(*) FROM incident i WHERE {compiled.sql}"
        if cancelled is None:
            return _one(conn.execute(sql, compiled.params).fetchone())
        done = threading.Event()

        def watch() -> None:
            while not done.wait(CHECK_EVERY):
                if cancelled():
                    conn.dbapi.cancel_safe()
                    return

        watcher = threading.Thread(target=watch, name="count-cancel", daemon=True)
        watcher.start()
        try:
            return _one(conn.execute(sql, compiled.params).fetchone())
        except Exception as exc:
            if cancelled():
                raise Cancelled() from exc
            raise
        finally:
            done.set()
            watcher.join()


def _one(row: tuple[Any, ...] | None) -> int:
    assert row is not None  # count(*) gives one row
    return int(row[0])


# The table's row: ``search.SUMMARY_SQL`` with the damage column in PostgreSQL's words.
_DAMAGE_SUMMARY = """coalesce((SELECT string_agg(g.q || ' ' || g.kind, ', ' ORDER BY g.pos) FROM (
           SELECT sum(coalesce(d.quantity, 1)) AS q, d.object_kind AS kind,
                  min(d.position) AS pos
           FROM damage_note d WHERE d.incident_id = i.id GROUP BY d.object_kind) AS g), '')"""
SUMMARY_SQL = SUMMARY_COLUMNS.replace("{damage}", _DAMAGE_SUMMARY).replace(
    "i.id IN ({marks})", "i.id = ANY(?)"
)


def summaries(
    conn: Sql, ids: list[int], sort_values: list[Any] | None = None
) -> list[IncidentSummary]:
    """Table rows for ``ids``, in that order."""
    if not ids:
        return []
    found: dict[int, Any] = {}
    for start in range(0, len(ids), _ID_CHUNK):
        chunk = ids[start : start + _ID_CHUNK]
        found.update((r[0], r) for r in conn.execute(SUMMARY_SQL, [chunk]))
    values = sort_values or [None] * len(ids)
    pairs = zip(ids, values, strict=True)
    return [IncidentSummary._make((*found[i], v)) for i, v in pairs if i in found]


def summaries_of(db: Database, ids: list[int]) -> list[IncidentSummary]:
    """Table rows for ``ids`` (in that order), read in one snapshot."""
    with reading(db) as conn:
        return summaries(conn, ids)
