"""SQLite's plans for a page and a count of a search, chosen by bounded looks at the data.

PostgreSQL's planner weighs its GIN index against a walk of the sort index itself; SQLite's
does not, so for SQLite (``QueryCompiler.page_keys`` and ``count``) the page is planned here:
a ``from:``/``to:`` bound few incidents pass drives the query by its index; a common word
walks the sort index (WALK, or PROBE for a word most incidents hold); a word start such as
``d*`` pages through the window (``services/search_window.py``). Every plan gives the same
rows in the same order.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import replace
from typing import Any

from incident_logger.services.query_sql import FTS_CONDITION, PERIOD_INDEXES, Compiled
from incident_logger.services.search_page import LIVE_PREFIX, Cursor, SortKey, page_sql
from incident_logger.services.search_window import fill_window, window_condition, window_table

PAGE_SIZE = 200  # the page the thresholds are reckoned for (``search.PAGE_SIZE``)
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


_LIVE_TEXT_ONLY = f"{LIVE_PREFIX}({FTS_CONDITION})"


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
