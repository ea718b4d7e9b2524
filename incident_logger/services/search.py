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

from incident_logger.domain.fields import STORED_FIELDS, IncidentField
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


# The registry's fields (domain/fields.py) a table row carries, in registry order: every
# scalar field stored on the incident row but the long texts, which no column shows and
# which would make every page read far more.
LONG_TEXTS = frozenset({"narrative", "response"})
ROW_FIELDS: tuple[IncidentField, ...] = tuple(
    f for f in STORED_FIELDS if f.scalar and f.name not in LONG_TEXTS
)
_AT = {f.name: i for i, f in enumerate(ROW_FIELDS)}


class IncidentSummary(NamedTuple):
    """One row of the incident table (a named tuple: pages of them are built often).

    The row's own columns are named; the registry's fields are in ``values`` (``ROW_FIELDS``'
    order), read by name with ``value("status")``; the properties name those the app reads.
    """

    id: int
    place_id: int | None
    place: str  # the incident's own place name
    region: str  # the region-level place at or above the incident's place
    category: str
    damage_count: int
    damage_summary: str  # e.g. "3 vehicle, 1 home"
    grade: str
    deleted_at: str | None
    version: int  # the version shown: a delete or restore from the list expects it
    values: tuple[Any, ...] = ()  # the values of ROW_FIELDS, in that order
    sort_value: Any = None

    def value(self, name: str) -> Any:
        """The value of the registry field ``name`` (KeyError: not one of ``ROW_FIELDS``)."""
        return self.values[_AT[name]]

    def as_dict(self) -> dict[str, Any]:
        """Every column and field by name (the sort value left out)."""
        own = self._asdict()
        del own["values"], own["sort_value"]
        return {**own, **dict(zip(_AT, self.values, strict=True))}

    @property
    def ref(self) -> str:
        return incident_ref(self.id)

    @property
    def title(self) -> str:
        value: str = self.value("title")
        return value

    @property
    def start_at(self) -> str:
        value: str = self.value("start_at")
        return value

    @property
    def end_at(self) -> str | None:
        value: str | None = self.value("end_at")
        return value

    @property
    def time_precision(self) -> str:
        value: str = self.value("time_precision")
        return value

    @property
    def locality(self) -> str:
        value: str = self.value("locality")
        return value

    @property
    def injuries(self) -> int | None:
        value: int | None = self.value("injuries")
        return value

    @property
    def fatalities(self) -> int | None:
        value: int | None = self.value("fatalities")
        return value

    @property
    def status(self) -> str:
        value: str = self.value("status")
        return value

    @property
    def means(self) -> str | None:  # the weapon or cause, e.g. "drone"; None: not recorded
        value: str | None = self.value("means")
        return value


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
# The row's own columns come first (``IncidentSummary``'s), then the columns of ROW_FIELDS.
SUMMARY_COLUMNS = f"""
SELECT i.id, i.place_id,
       coalesce(p0.name, ''),
       coalesce(CASE WHEN p0.kind = 'region' THEN p0.name WHEN p1.kind = 'region' THEN p1.name
                     WHEN p2.kind = 'region' THEN p2.name WHEN p3.kind = 'region' THEN p3.name
                END, p0.name, ''),
       c.name, i.damage_count,
       {{damage}},
       i.best_grade, i.deleted_at, i.version,
       {", ".join(f"i.{f.column}" for f in ROW_FIELDS)}
FROM incident i LEFT JOIN category c ON c.id = i.category_id
LEFT JOIN place p0 ON p0.id = i.place_id LEFT JOIN place p1 ON p1.id = p0.parent_id
LEFT JOIN place p2 ON p2.id = p1.parent_id LEFT JOIN place p3 ON p3.id = p2.parent_id
WHERE {{ids}}
"""
_OWN = IncidentSummary._fields.index("values")  # the row's own columns, before ROW_FIELDS'


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
    return [
        IncidentSummary._make((*found[i][:_OWN], tuple(found[i][_OWN:]), v))
        for i, v in pairs
        if i in found
    ]
