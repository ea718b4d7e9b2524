"""Search: one query language, sorted results paged by keyset, and a total count."""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from incident_logger.domain.models import incident_ref
from incident_logger.domain.query import Node, QuerySyntaxError, and_, as_query
from incident_logger.services.query_sql import (
    FTS_CONDITION,
    PERIOD_INDEXES,
    Compiled,
    QueryCompiler,
)
from incident_logger.services.search_window import (
    fill_window,
    has_prefix_term,
    has_word_forms,
    window_condition,
    window_table,
)
from incident_logger.store.engine import Database

__all__ = ["QuerySyntaxError", "SearchPage", "SortKey", "count_incidents", "search_incidents"]

PAGE_SIZE = 200
LIVE_PREFIX = "i.deleted_at IS NULL AND "  # what a query without deleted: starts with
MAX_LIMIT = 1_000_000  # rows in one page; more is an export, not a page
_ID_CHUNK = 500  # ids per statement, far below SQLite's limit on parameters
MIN_MATCHES_TO_WALK = 2_000
# A period bound matching fewer live incidents than this drives the query by its own index.
NARROW_PERIOD = 2_000
# A search with a word start (``d*``) on a database of at least this many incidents tries the
# window plan (services/search_window.py); below it the full plan costs little.
WINDOW_MIN_INCIDENTS = 20_000
# Rows the window may look at per row of the page. Copying a document costs about as much as
# the full index spends on 100 matches of a word start, so the window pays while about one
# row in six matches (d*: nine in ten); sparser, the page goes on with the full plan.
WINDOW_BUDGET = 6

# FTS_CONDITION asked of one row: the same rows, found without gathering every match.
PROBE_CONDITION = (
    "EXISTS (SELECT 1 FROM incident_fts WHERE incident_fts MATCH ? AND incident_fts.rowid = i.id)"
)

# Sortable columns: each expression never yields NULL, so keyset comparison stays simple.
# Each has an index of live incidents in the keyset order (store/sort_keys.py); region and
# category sort by keys stored on the incident (the folded name of its place and category).
SORT_COLUMNS: dict[str, str] = {
    "ref": "i.id",
    "when": "i.start_at",
    "region": "i.place_key",
    "locality": "i.locality",
    "category": "i.category_key",
    "title": "i.title",
    "injuries": "coalesce(i.injuries, -1)",
    "fatalities": "coalesce(i.fatalities, -1)",
    "damage": "i.damage_count",
    "grade": "i.best_grade",
    "status": "i.status",
    "means": "coalesce(i.means, '')",
    "updated": "i.updated_at",
    "deleted": "coalesce(i.deleted_at, '')",
}


@dataclass(frozen=True, slots=True)
class SortKey:
    column: str = "when"
    descending: bool = True


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
    sort_value: Any = None

    @property
    def ref(self) -> str:
        return incident_ref(self.id)


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where the next page starts: the last row's sort value and id."""

    value: Any
    id: int


@dataclass(frozen=True, slots=True)
class SearchPage:
    rows: list[IncidentSummary]
    next_cursor: Cursor | None
    notes: list[str] = field(default_factory=list)


QueryArg = str | Node | None  # a parsed query, or text parsed here (once per text, cached)


def compile_query(
    conn: sqlite3.Connection,
    query: QueryArg,
    restriction: Node | None = None,
    compiler: type[QueryCompiler] = QueryCompiler,
) -> Compiled:
    """Compile ``query`` within ``restriction`` (e.g. the Trash's ``deleted:yes``).

    Text is parsed first (QuerySyntaxError names the position); a parsed query is taken as
    it is. Incidents in the Trash are left out unless the query or restriction says
    ``deleted:``.
    """
    node = and_(restriction, as_query(query))
    compiled = compiler(conn).compile(node)
    if not compiled.has_deleted_filter:
        compiled.sql = f"{LIVE_PREFIX}({compiled.sql})"
    compiled.word_start = has_prefix_term(node)
    compiled.word_forms = has_word_forms(node)
    return compiled


def _order(sort: SortKey) -> tuple[str, str, str]:
    expr = SORT_COLUMNS.get(sort.column)
    if expr is None:
        raise ValueError(f"Cannot sort by '{sort.column}'; choose one of {', '.join(SORT_COLUMNS)}")
    direction, cmp = ("DESC", "<") if sort.descending else ("ASC", ">")
    return expr, direction, cmp


# How a page meets a full-text match (``_walk_sort_index``): SQLite's own plan (fetch every
# match, then sort), walking the sort index against the matches gathered once (WALK), or
# walking it and asking the index about each row (PROBE: for a word most incidents hold).
WALK, PROBE = "walk", "probe"
# The cost of asking the index about one row, in matches gathered (measured at 1M: about
# 60 us against 0.8 us); PROBE wins once the share of matching incidents passes
# sqrt(PAGE_SIZE * PROBE_COST / incidents), 12% of a million.
PROBE_COST = 75
# Gathering and sorting one match costs about this many steps of a walk (measured at 1M:
# some 10 us against 1.3 us), so a walk pays once the matches pass sqrt(PAGE_SIZE * incidents /
# SORT_COST), 5,000 of a million.
SORT_COST = 8
_WALK_CHOICES: dict[tuple[object, ...], str | None] = {}


def _walk_sort_index(conn: sqlite3.Connection, compiled: Compiled) -> str | None:
    """Whether (and how) to walk the sort column's index, testing each row's text match.

    SQLite otherwise fetches every full-text match and sorts them: best for a rare word, but a
    word in 60,000 of a million incidents is much faster found by walking the sort index
    until the page is full. The matches are counted only up to the threshold; where they
    reach it, the ids they span tell how common the word is, and a word most incidents hold
    is tested row by row (PROBE) instead of gathering all its matches first (WALK).
    """
    if not compiled.required_fts:
        return None
    size = conn.execute("SELECT coalesce(max(id), 0) FROM incident").fetchone()[0]
    threshold = max(MIN_MATCHES_TO_WALK, math.isqrt(PAGE_SIZE * size // SORT_COST))
    # The choice changes only the speed, never the rows: later pages and repeated searches
    # reuse it instead of probing the full-text index again.
    key = (conn.execute("PRAGMA database_list").fetchone()[2], threshold, *compiled.required_fts)
    if key in _WALK_CHOICES:
        return _WALK_CHOICES[key]
    if len(_WALK_CHOICES) >= 256:
        _WALK_CHOICES.clear()
    # (matches up to the threshold, the id the last of them has) for each required match
    found = min(
        tuple(
            conn.execute(
                "SELECT count(*), coalesce(max(rowid), 0) FROM (SELECT rowid FROM incident_fts "
                f"WHERE incident_fts MATCH ? LIMIT {threshold + 1:d})",
                (expr,),
            ).fetchone()
        )
        for expr in compiled.required_fts
    )
    matches, span = found
    choice: str | None = None
    if matches > threshold:
        share = matches / max(span, 1)
        choice = PROBE if _common(share, size) else WALK
    if choice == PROBE:  # the newest ids as well: a word common only long ago is not common
        recent = min(
            conn.execute(
                "SELECT count(*) FROM incident_fts WHERE incident_fts MATCH ? AND rowid > ?",
                (expr, size - span),
            ).fetchone()[0]
            for expr in compiled.required_fts
        )
        choice = PROBE if _common(recent / max(span, 1), size) else WALK
    _WALK_CHOICES[key] = choice
    return choice


def _common(share: float, size: int) -> bool:
    """Whether a word held by this share of incidents is best tested row by row (PROBE)."""
    return share * share * size > PAGE_SIZE * PROBE_COST


def _narrow_period(conn: sqlite3.Connection, compiled: Compiled) -> str | None:
    """The index of a period bound that few live incidents pass, if the query has one.

    Walking a sort index for a period that matches little (``from:`` after all the data)
    would test every incident; such a bound is better the query's driver. Its matches are
    counted only up to ``NARROW_PERIOD``.
    """
    if not compiled.sql.startswith(LIVE_PREFIX):  # the period indexes hold live incidents only
        return None
    found: list[tuple[int, str]] = []
    for condition, value in compiled.periods:
        index = PERIOD_INDEXES[condition]
        n = conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM incident i INDEXED BY {index} "
            f"WHERE i.deleted_at IS NULL AND {condition} LIMIT {NARROW_PERIOD:d})",
            (value,),
        ).fetchone()[0]
        if n < NARROW_PERIOD:
            found.append((int(n), index))
    return min(found)[1] if found else None


def page_sql(
    compiled: Compiled,
    sort: SortKey,
    cursor: Cursor | None,
    limit: int,
    walk_index: bool | str | None = False,
    driver: str | None = None,
    until: Cursor | None = None,
) -> tuple[str, list[Any]]:
    """The page's SQL. ``driver`` names an index the query must be driven by; rows after
    ``until`` in the sort order are left out; ``walk_index`` is WALK (or True) or PROBE to
    walk the sort index (``_walk_sort_index``)."""
    expr, direction, cmp = _order(sort)
    value = expr
    if sort.column == "deleted" and compiled.sql.startswith(LIVE_PREFIX):
        expr, value = "i.id", "''"  # every row's key is '': the order is the ids'
    where, params = compiled.sql, list(compiled.params)
    if walk_index == PROBE:  # each row asks the index whether its own document matches
        where = where.replace(FTS_CONDITION, PROBE_CONDITION)
    elif walk_index:  # a unary + keeps SQLite from driving the query by the full-text matches
        where = where.replace(FTS_CONDITION, "+" + FTS_CONDITION)
    if cursor is not None:
        if expr == "i.id":
            where = f"({where}) AND i.id {cmp} ?"
            params += [cursor.id]
        else:  # the first term lets SQLite seek in an index on an expression
            where = f"({where}) AND {expr} {cmp}= ? AND ({expr}, i.id) {cmp} (?, ?)"
            params += [cursor.value, cursor.value, cursor.id]
    if until is not None:
        back = ">" if cmp == "<" else "<"
        if expr == "i.id":
            where = f"({where}) AND i.id {back}= ?"
            params += [until.id]
        else:
            where = f"({where}) AND {expr} {back}= ? AND ({expr}, i.id) {back}= (?, ?)"
            params += [until.value, until.value, until.id]
    order = f"{expr} {direction}, i.id {direction}" if expr != "i.id" else f"i.id {direction}"
    source = f"incident i INDEXED BY {driver}" if driver else "incident i"
    sql = f"SELECT i.id, {value} FROM {source} WHERE {where} ORDER BY {order} LIMIT {int(limit):d}"
    return sql, params


def page_query(
    conn: sqlite3.Connection, compiled: Compiled, sort: SortKey, cursor: Cursor | None, limit: int
) -> tuple[str, list[Any]]:
    """The SQL of one page, with the plan chosen by bounded probes of the data."""
    driver = _narrow_period(conn, compiled)
    walk = driver is None and _walk_sort_index(conn, compiled)
    return page_sql(compiled, sort, cursor, limit, walk, driver)


def page_keys(
    conn: sqlite3.Connection, compiled: Compiled, sort: SortKey, cursor: Cursor | None, limit: int
) -> list[tuple[int, Any]]:
    """The (id, sort value) of each row of the page: by the window while it pays, then (or
    else) by the full plan from where the window stopped."""
    keyed: list[tuple[int, Any]] = []
    if _window_worth_trying(conn, compiled):
        keyed, cursor = _window_keys(conn, compiled, sort, cursor, limit)
        if cursor is None or len(keyed) == limit:
            return keyed
    sql, params = page_query(conn, compiled, sort, cursor, limit - len(keyed))
    return keyed + conn.execute(sql, params).fetchall()


def _window_worth_trying(conn: sqlite3.Connection, compiled: Compiled) -> bool:
    if not compiled.word_start or FTS_CONDITION not in compiled.sql:
        return False
    if not compiled.sql.startswith(LIVE_PREFIX):  # the walk is over live incidents only
        return False
    size = conn.execute("SELECT coalesce(max(id), 0) FROM incident").fetchone()[0]
    return bool(size >= WINDOW_MIN_INCIDENTS)


_EVERY_LIVE = Compiled(f"{LIVE_PREFIX}(1)", [])


def _window_keys(
    conn: sqlite3.Connection, compiled: Compiled, sort: SortKey, cursor: Cursor | None, limit: int
) -> tuple[list[tuple[int, Any]], Cursor | None]:
    """The page's rows found through the window, and where the full plan must go on from
    (None when the window found the whole page or reached the end of the data)."""
    window = window_table(conn)
    if window is None:  # an index that keeps no documents: nothing to copy
        return [], cursor
    name, columns = window
    in_window = replace(compiled, sql=compiled.sql.replace(FTS_CONDITION, window_condition(name)))
    keyed: list[tuple[int, Any]] = []
    looked_at, batch = 0, limit + limit // 4 + 32  # a word start worth it matches most rows
    while True:
        need = limit - len(keyed)
        sql, params = page_sql(_EVERY_LIVE, sort, cursor, batch)
        rows = conn.execute(sql, params).fetchall()
        if not rows:
            return keyed, None
        fill_window(conn, name, columns, [r[0] for r in rows], lemmas=compiled.word_forms)
        last = Cursor(rows[-1][1], rows[-1][0])
        sql, params = page_sql(in_window, sort, cursor, need, until=last)
        keyed += conn.execute(sql, params).fetchall()
        looked_at += len(rows)
        if len(keyed) == limit or len(rows) < batch:
            return keyed, None
        cursor = last
        rate = max(len(keyed), 1) / looked_at
        batch = int((limit - len(keyed)) / rate * 1.25) + 32
        if looked_at + batch > limit * WINDOW_BUDGET:  # few match: the full plan is better
            return keyed, cursor


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
    if db.kind == "postgresql":
        from incident_logger.services import search_pg

        return search_pg.search_page(db, query, restriction, sort, cursor, limit)
    with db.raw() as conn:
        compiled = compile_query(conn, query, restriction)
        keyed = page_keys(conn, compiled, sort, cursor, limit)
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
    if db.kind == "postgresql":
        from incident_logger.services import search_pg

        return search_pg.matching_ids(db, query, restriction, sort)
    with db.raw() as conn:
        compiled = compile_query(conn, query, restriction)
        expr, direction, _ = _order(sort)
        sql = (
            f"SELECT i.id FROM incident i WHERE {compiled.sql} "
            f"ORDER BY {expr} {direction}, i.id {direction}"
        )
        return [r[0] for r in conn.execute(sql, compiled.params)]


_LIVE_TEXT_ONLY = f"{LIVE_PREFIX}({FTS_CONDITION})"


def count_incidents(
    db: Database, query: QueryArg = None, *, restriction: Node | None = None
) -> int:
    if db.kind == "postgresql":
        from incident_logger.services import search_pg

        return search_pg.count(db, query, restriction)
    with db.raw() as conn:
        return count_compiled(conn, compile_query(conn, query, restriction))


def count_compiled(conn: sqlite3.Connection, compiled: Compiled) -> int:
    """How many incidents a compiled query selects."""
    if compiled.sql == _LIVE_TEXT_ONLY:
        return _count_text_only(conn, compiled.params[0])
    sql = f"SELECT count(*) FROM incident i WHERE {compiled.sql}"
    return int(conn.execute(sql, compiled.params).fetchone()[0])


def _count_text_only(conn: sqlite3.Connection, expr: str) -> int:
    """Free text alone: the index's own count less the deleted incidents that match.

    The index holds one document per incident, deleted ones included; counting there and
    walking the (few) deleted incidents avoids looking up every matching incident's row.
    """
    matches = conn.execute(
        "SELECT count(*) FROM incident_fts WHERE incident_fts MATCH ?", (expr,)
    ).fetchone()[0]
    deleted = conn.execute(
        "SELECT count(*) FROM incident i INDEXED BY ix_incident_deleted "
        f"WHERE i.deleted_at IS NOT NULL AND {FTS_CONDITION}",
        (expr,),
    ).fetchone()[0]
    return int(matches) - int(deleted)


# Region: the nearest place at or above the incident's place whose kind is "region".
# ``{damage}`` is the damage column, written per engine.
SUMMARY_COLUMNS = """
SELECT i.id, i.start_at, i.end_at, i.time_precision, i.place_id,
       coalesce(p0.name, ''),
       coalesce(CASE WHEN p0.kind = 'region' THEN p0.name WHEN p1.kind = 'region' THEN p1.name
                     WHEN p2.kind = 'region' THEN p2.name WHEN p3.kind = 'region' THEN p3.name
                END, p0.name, ''),
       i.locality, c.name, i.title, i.injuries, i.fatalities, i.damage_count,
       {damage},
       i.best_grade, i.status, i.deleted_at, i.means
FROM incident i LEFT JOIN category c ON c.id = i.category_id
LEFT JOIN place p0 ON p0.id = i.place_id LEFT JOIN place p1 ON p1.id = p0.parent_id
LEFT JOIN place p2 ON p2.id = p1.parent_id LEFT JOIN place p3 ON p3.id = p2.parent_id
WHERE i.id IN ({marks})
"""
# The damage column: "3 vehicle, 1 home", kinds in the order of their first note.
DAMAGE_SUMMARY = """coalesce((SELECT group_concat(q || ' ' || kind, ', ') FROM (
           SELECT sum(coalesce(d.quantity, 1)) AS q, d.object_kind AS kind FROM damage_note d
           WHERE d.incident_id = i.id GROUP BY d.object_kind ORDER BY min(d.position))), '')"""
SUMMARY_SQL = SUMMARY_COLUMNS.replace("{damage}", DAMAGE_SUMMARY)


def summaries_of(db: Database, ids: list[int]) -> list[IncidentSummary]:
    """Table rows for ``ids``, in that order, on either engine."""
    if db.kind == "postgresql":
        from incident_logger.services import search_pg

        return search_pg.summaries_of(db, ids)
    with db.raw() as conn:
        return summaries(conn, ids)


def summaries(
    conn: sqlite3.Connection, ids: list[int], sort_values: list[Any] | None = None
) -> list[IncidentSummary]:
    """Table rows for ``ids``, in that order, in one statement (a team database's connection
    is read by ``search_pg``)."""
    if not isinstance(conn, sqlite3.Connection):
        from incident_logger.services import search_pg
        from incident_logger.store.sql import wrap

        return search_pg.summaries(wrap(conn), ids, sort_values)
    if not ids:
        return []
    found: dict[int, Any] = {}
    for start in range(0, len(ids), _ID_CHUNK):
        chunk = ids[start : start + _ID_CHUNK]
        sql = SUMMARY_SQL.format(marks=",".join("?" * len(chunk)))
        found.update((r[0], r) for r in conn.execute(sql, chunk))
    values = sort_values or [None] * len(ids)
    pairs = zip(ids, values, strict=True)
    return [IncidentSummary._make((*found[i], v)) for i, v in pairs if i in found]
