"""Search: one query language, sorted results paged by keyset, and a total count, on either
engine.

This is the one shell of a search: it parses, picks the engine's compiler, reads the page,
the ids or the count in one snapshot and turns rows into ``IncidentSummary`` tuples. What
differs between the engines is the compiler's alone: ``services/query_sql.QueryCompiler``
(SQLite: FTS5, its page plans in ``services/search_plan.py``) and
``services/query_pg.PgQueryCompiler`` (PostgreSQL: tsquery over the weighted document).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from incident_logger.domain.messages import Message
from incident_logger.domain.models import incident_ref
from incident_logger.domain.query import Node, QuerySyntaxError, and_, as_query
from incident_logger.services.query_pg import PgQueryCompiler
from incident_logger.services.query_sql import Compiled, QueryCompiler
from incident_logger.services.search_page import (
    LIVE_PREFIX,
    SORT_COLUMNS,
    Cursor,
    SortKey,
    ids_sql,
    order,
    page_sql,
)
from incident_logger.services.search_window import has_prefix_term, has_word_forms
from incident_logger.store.cancel import Interrupted, interruptible
from incident_logger.store.engine import Database
from incident_logger.store.sql import Sql, wrap

__all__ = [
    "LIVE_PREFIX",
    "SORT_COLUMNS",
    "Cursor",
    "Interrupted",
    "QuerySyntaxError",
    "SearchPage",
    "SortKey",
    "count_incidents",
    "count_incidents_interruptible",
    "matching_ids",
    "order",
    "page_sql",
    "search_incidents",
]

PAGE_SIZE = 200
MAX_LIMIT = 1_000_000  # rows in one page; more is an export, not a page


class IncidentSummary(NamedTuple):
    """One row of the incident table (a named tuple: pages of them are built often)."""

    id: int
    start_at: str
    end_at: str | None
    time_precision: str
    place_id: int | None
    place: str  # the incident's own place name
    region: str  # the region-level place at or above the incident's place
    locality: str
    category: str
    title: str
    injuries: int | None
    fatalities: int | None
    damage_count: int
    damage_summary: str  # e.g. "3 vehicle, 1 home"
    grade: str
    status: str
    deleted_at: str | None
    means: str | None  # the weapon or cause, e.g. "drone"; None: not recorded
    version: int  # the version shown: a delete or restore from the list expects it
    sort_value: Any = None

    @property
    def ref(self) -> str:
        return incident_ref(self.id)


@dataclass(frozen=True, slots=True)
class SearchPage:
    rows: list[IncidentSummary]
    next_cursor: Cursor | None
    notes: list[Message] = field(default_factory=list)  # str() of each is English


QueryArg = str | Node | None  # a parsed query, or text parsed here (once per text, cached)


def compiler_for(conn: sqlite3.Connection | Sql) -> type[QueryCompiler]:
    """The engine's compiler: the only part of a search that differs between engines."""
    return PgQueryCompiler if wrap(conn).kind == "postgresql" else QueryCompiler


def compile_query(
    conn: sqlite3.Connection | Sql,
    query: QueryArg,
    restriction: Node | None = None,
    compiler: type[QueryCompiler] | None = None,
) -> Compiled:
    """Compile ``query`` within ``restriction`` (e.g. the Trash's ``deleted:yes``), in the
    connection's engine's SQL unless ``compiler`` is given.

    Text is parsed first (QuerySyntaxError names the position); a parsed query is taken as
    it is. Incidents in the Trash are left out unless the query or restriction says
    ``deleted:``.
    """
    node = and_(restriction, as_query(query))
    compiled = (compiler or compiler_for(conn))(conn).compile(node)
    if not compiled.has_deleted_filter:
        compiled.sql = f"{LIVE_PREFIX}({compiled.sql})"
    compiled.word_start = has_prefix_term(node)
    compiled.word_forms = has_word_forms(node)
    return compiled


def search_incidents(
    db: Database,
    query: QueryArg = None,
    *,
    restriction: Node | None = None,
    sort: SortKey | None = None,
    cursor: Cursor | None = None,
    limit: int = PAGE_SIZE,
) -> SearchPage:
    """One page of incidents matching ``query`` in ``sort`` order, after ``cursor``.

    ``limit`` runs from 1 to ``MAX_LIMIT``; anything else raises ValueError saying so.
    """
    if not 1 <= limit <= MAX_LIMIT:
        raise ValueError(f"A page holds from 1 to {MAX_LIMIT:,} incidents, not {limit:,}.")
    sort = sort or SortKey()
    with db.read_sql() as conn:
        compiler = compiler_for(conn)
        compiled = compile_query(conn, query, restriction, compiler)
        keyed = compiler.page_keys(conn, compiled, sort, cursor, limit)
        rows = summaries(conn, [r[0] for r in keyed], [r[1] for r in keyed])
    next_cursor = Cursor(keyed[-1][1], keyed[-1][0]) if len(keyed) == limit else None
    return SearchPage(rows, next_cursor, compiled.notes)


def matching_ids(
    db: Database,
    query: QueryArg,
    *,
    restriction: Node | None = None,
    sort: SortKey | None = None,
) -> list[int]:
    """Every matching id in order (for briefings and exports of a search)."""
    sort = sort or SortKey(descending=False)
    with db.read_sql() as conn:
        compiled = compile_query(conn, query, restriction)
        return [r[0] for r in conn.execute(ids_sql(compiled, sort), compiled.params)]


def count_incidents(
    db: Database, query: QueryArg = None, *, restriction: Node | None = None
) -> int:
    return count_incidents_interruptible(db, query, restriction=restriction)


def count_incidents_interruptible(
    db: Database,
    query: QueryArg = None,
    *,
    restriction: Node | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """How many incidents match; ``cancelled()`` returning True stops the engine mid-count
    (``Interrupted``: a new search made the count moot)."""
    with db.read_sql() as conn:
        compiler = compiler_for(conn)
        compiled = compile_query(conn, query, restriction, compiler)
        with interruptible(conn, cancelled):
            return compiler.count(conn, compiled)


# Region: the nearest place at or above the incident's place whose kind is "region".
# ``{damage}`` is the damage column and ``{ids}`` the ids' condition, both the compiler's.
SUMMARY_COLUMNS = """
SELECT i.id, i.start_at, i.end_at, i.time_precision, i.place_id,
       coalesce(p0.name, ''),
       coalesce(CASE WHEN p0.kind = 'region' THEN p0.name WHEN p1.kind = 'region' THEN p1.name
                     WHEN p2.kind = 'region' THEN p2.name WHEN p3.kind = 'region' THEN p3.name
                END, p0.name, ''),
       i.locality, c.name, i.title, i.injuries, i.fatalities, i.damage_count,
       {damage},
       i.best_grade, i.status, i.deleted_at, i.means, i.version
FROM incident i LEFT JOIN category c ON c.id = i.category_id
LEFT JOIN place p0 ON p0.id = i.place_id LEFT JOIN place p1 ON p1.id = p0.parent_id
LEFT JOIN place p2 ON p2.id = p1.parent_id LEFT JOIN place p3 ON p3.id = p2.parent_id
WHERE {ids}
"""


def summary_sql(compiler: type[QueryCompiler], ids: str = "i.id IN ({marks})") -> str:
    """The table's row statement in the compiler's engine (``ids``: its condition on ids)."""
    return SUMMARY_COLUMNS.replace("{damage}", compiler.damage_summary).replace("{ids}", ids)


SUMMARY_SQL = summary_sql(QueryCompiler)  # SQLite's, ``{marks}`` for the ids' marks


def summaries_of(db: Database, ids: list[int]) -> list[IncidentSummary]:
    """Table rows for ``ids``, in that order, read in one snapshot."""
    with db.read_sql() as conn:
        return summaries(conn, ids)


def summaries(
    conn: sqlite3.Connection | Sql, ids: list[int], sort_values: list[Any] | None = None
) -> list[IncidentSummary]:
    """Table rows for ``ids``, in that order, in one statement per chunk of ids."""
    if not ids:
        return []
    sql = wrap(conn)
    compiler = compiler_for(sql)
    found: dict[int, Any] = {}
    for start in range(0, len(ids), compiler.id_chunk):
        condition, params = compiler.ids_condition(ids[start : start + compiler.id_chunk])
        found.update((r[0], r) for r in sql.execute(summary_sql(compiler, condition), params))
    values = sort_values or [None] * len(ids)
    pairs = zip(ids, values, strict=True)
    return [IncidentSummary._make((*found[i], v)) for i, v in pairs if i in found]
