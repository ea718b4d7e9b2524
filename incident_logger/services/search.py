"""Search: one query language, sorted results paged by keyset, and a total count."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from incident_logger.domain.models import incident_ref
from incident_logger.domain.query import QuerySyntaxError, parse_query
from incident_logger.services.query_sql import Compiled, QueryCompiler
from incident_logger.store.engine import Database

__all__ = ["QuerySyntaxError", "SearchPage", "SortKey", "count_incidents", "search_incidents"]

PAGE_SIZE = 200

# Sortable columns: each expression never yields NULL, so keyset comparison stays simple.
SORT_COLUMNS: dict[str, str] = {
    "ref": "i.id",
    "when": "i.start_at",
    "region": "coalesce((SELECT name_key FROM place WHERE id = i.place_id), '')",
    "locality": "i.locality",
    "category": "(SELECT name_key FROM category WHERE id = i.category_id)",
    "title": "i.title",
    "injuries": "coalesce(i.injuries, -1)",
    "fatalities": "coalesce(i.fatalities, -1)",
    "damage": "i.damage_count",
    "grade": "i.best_grade",
    "status": "i.status",
    "updated": "i.updated_at",
    "deleted": "coalesce(i.deleted_at, '')",
}


@dataclass(frozen=True, slots=True)
class SortKey:
    column: str = "when"
    descending: bool = True


@dataclass(frozen=True, slots=True)
class IncidentSummary:
    """One row of the incident table."""

    id: int
    start_at: str
    end_at: str | None
    time_precision: str
    place_id: int | None
    region: str  # the region-level place above the incident (or its place)
    place: str  # the incident's own place name
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


def compile_query(conn: sqlite3.Connection, query: str) -> Compiled:
    """Parse and compile ``query``; raises QuerySyntaxError naming the position."""
    compiled = QueryCompiler(conn).compile(parse_query(query))
    if not compiled.has_deleted_filter:
        compiled.sql = f"i.deleted_at IS NULL AND ({compiled.sql})"
    return compiled


def _order(sort: SortKey) -> tuple[str, str, str]:
    expr = SORT_COLUMNS.get(sort.column)
    if expr is None:
        raise ValueError(f"Cannot sort by '{sort.column}'; choose one of {', '.join(SORT_COLUMNS)}")
    direction, cmp = ("DESC", "<") if sort.descending else ("ASC", ">")
    return expr, direction, cmp


def page_sql(
    compiled: Compiled, sort: SortKey, cursor: Cursor | None, limit: int
) -> tuple[str, list[Any]]:
    expr, direction, cmp = _order(sort)
    where, params = compiled.sql, list(compiled.params)
    if cursor is not None:
        where = f"({where}) AND ({expr}, i.id) {cmp} (?, ?)"
        params += [cursor.value, cursor.id]
    sql = (
        f"SELECT i.id, {expr} FROM incident i WHERE {where} "
        f"ORDER BY {expr} {direction}, i.id {direction} LIMIT {int(limit):d}"
    )
    return sql, params


def search_incidents(
    db: Database,
    query: str = "",
    *,
    sort: SortKey | None = None,
    cursor: Cursor | None = None,
    limit: int = PAGE_SIZE,
) -> SearchPage:
    """One page of incidents matching ``query`` in ``sort`` order, after ``cursor``."""
    sort = sort or SortKey()
    with db.raw() as conn:
        compiled = compile_query(conn, query)
        sql, params = page_sql(compiled, sort, cursor, limit)
        keyed = conn.execute(sql, params).fetchall()
        rows = summaries(conn, [r[0] for r in keyed], [r[1] for r in keyed])
    next_cursor = Cursor(keyed[-1][1], keyed[-1][0]) if len(keyed) == limit else None
    return SearchPage(rows, next_cursor, compiled.notes)


def matching_ids(db: Database, query: str, *, sort: SortKey | None = None) -> list[int]:
    """Every matching id in order (for briefings and exports of a search)."""
    sort = sort or SortKey(descending=False)
    with db.raw() as conn:
        compiled = compile_query(conn, query)
        expr, direction, _ = _order(sort)
        sql = (
            f"SELECT i.id FROM incident i WHERE {compiled.sql} "
            f"ORDER BY {expr} {direction}, i.id {direction}"
        )
        return [r[0] for r in conn.execute(sql, compiled.params)]


def count_incidents(db: Database, query: str = "") -> int:
    with db.raw() as conn:
        compiled = compile_query(conn, query)
        sql = f"SELECT count(*) FROM incident i WHERE {compiled.sql}"
        return int(conn.execute(sql, compiled.params).fetchone()[0])


_SUMMARY_SQL = """
SELECT i.id, i.start_at, i.end_at, i.time_precision, i.place_id, i.locality, c.name, i.title,
       i.injuries, i.fatalities, i.damage_count, i.best_grade, i.status, i.deleted_at
FROM incident i JOIN category c ON c.id = i.category_id WHERE i.id IN ({marks})
"""


def summaries(
    conn: sqlite3.Connection, ids: list[int], sort_values: list[Any] | None = None
) -> list[IncidentSummary]:
    """Table rows for ``ids``, in that order."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    found = {r[0]: r for r in conn.execute(_SUMMARY_SQL.format(marks=marks), ids)}
    damage: dict[int, list[str]] = {}
    for incident_id, kind, qty in conn.execute(
        f"SELECT incident_id, object_kind, sum(coalesce(quantity, 1)) FROM damage_note "
        f"WHERE incident_id IN ({marks}) GROUP BY incident_id, object_kind "
        f"ORDER BY incident_id, min(position)",
        ids,
    ):
        damage.setdefault(incident_id, []).append(f"{qty} {kind}")
    places = _place_names(conn, {r[4] for r in found.values() if r[4] is not None})
    values = sort_values or [None] * len(ids)
    out = []
    for incident_id, value in zip(ids, values, strict=True):
        r = found.get(incident_id)
        if r is None:
            continue
        place_name, region = places.get(r[4], ("", "")) if r[4] is not None else ("", "")
        out.append(
            IncidentSummary(
                id=r[0],
                start_at=r[1],
                end_at=r[2],
                time_precision=r[3],
                place_id=r[4],
                region=region,
                place=place_name,
                locality=r[5],
                category=r[6],
                title=r[7],
                injuries=r[8],
                fatalities=r[9],
                damage_count=r[10],
                damage_summary=", ".join(damage.get(r[0], [])),
                grade=r[11],
                status=r[12],
                deleted_at=r[13],
                sort_value=value,
            )
        )
    return out


def _place_names(conn: sqlite3.Connection, ids: set[int]) -> dict[int, tuple[str, str]]:
    """For each place id: its name and the name of the region (admin 1) above or at it."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        f"WITH RECURSIVE up(start, id, depth) AS (SELECT id, id, 0 FROM place WHERE id IN "
        f"({marks}) UNION ALL SELECT up.start, p.parent_id, up.depth + 1 FROM up JOIN place p "
        f"ON p.id = up.id WHERE p.parent_id IS NOT NULL AND up.depth < 20) "
        f"SELECT up.start, up.depth, p.name, p.kind FROM up JOIN place p ON p.id = up.id "
        f"ORDER BY up.start, up.depth",
        list(ids),
    ).fetchall()
    out: dict[int, tuple[str, str]] = {}
    chain: dict[int, list[tuple[str, str]]] = {}
    for start, _depth, name, kind in rows:
        chain.setdefault(start, []).append((name, kind))
    for start, names in chain.items():
        region = next(
            (n for n, k in names if k == "region"),
            names[-1][0]
            if len(names) == 1
            else next((n for n, k in reversed(names) if k != "country"), names[0][0]),
        )
        out[start] = (names[0][0], region)
    return out
