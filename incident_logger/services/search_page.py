"""A page of a search in SQL, the same on both engines: sort columns, the keyset cursor and the
page's statement over a compiled condition (``services/query_sql.py``, ``query_pg.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from incident_logger.domain.fields import INCIDENT_FIELDS, IncidentField, Kind
from incident_logger.services.query_sql import FTS_CONDITION, PROBE_CONDITION, Compiled

LIVE_PREFIX = "i.deleted_at IS NULL AND "  # what a query without deleted: starts with

# Sortable columns: each expression never yields NULL, so keyset comparison stays simple.
# Each has an index of live incidents in the keyset order (store/sort_keys.py,
# store/slim_indexes.py; a new one comes with its migration); region and category sort by
# keys stored on the incident (the folded name of its place and category). A field of the
# registry (domain/fields.py) sorts by its ``sort=`` key, with the expression its kind gives
# (``sort_expression``); the rest are the table's own.
_KIND_KEYS = {  # kinds whose sort value the incident row keeps for them
    Kind.PLACE: "i.place_key",
    Kind.CATEGORY: "i.category_key",
    Kind.SOURCES: "i.best_grade",  # the best grade of its sources
    Kind.DAMAGE: "i.damage_count",
}
# What an unset (NULL) value of an optional field sorts as: before every value.
_UNSET = {
    Kind.TEXT: "''",
    Kind.ENUM: "''",
    Kind.TIME: "''",
    Kind.COUNT: "-1",
    Kind.NUMBER: "-1e308",
}


def sort_expression(entry: IncidentField) -> str:
    """The sort expression of a registry field (never NULL); ValueError for a kind that
    cannot be sorted (tags) or a scalar field that is not stored on the incident row."""
    if entry.kind in _KIND_KEYS:
        return _KIND_KEYS[entry.kind]
    if not entry.scalar or not entry.column:
        raise ValueError(f"the field {entry.name!r} has no sortable value")
    column = f"i.{entry.column}"
    return f"coalesce({column}, {_UNSET[entry.kind]})" if entry.optional else column


SORT_COLUMNS: dict[str, str] = {
    "ref": "i.id",
    **{f.sort: sort_expression(f) for f in INCIDENT_FIELDS if f.sort},
    "updated": "i.updated_at",
    "deleted": "coalesce(i.deleted_at, '')",
}


@dataclass(frozen=True, slots=True)
class SortKey:
    column: str = "when"
    descending: bool = True


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where the next page starts: the last row's sort value and id."""

    value: Any
    id: int


def order(sort: SortKey) -> tuple[str, str, str]:
    """The sort's expression, its direction and the comparison that moves past a cursor."""
    expr = SORT_COLUMNS.get(sort.column)
    if expr is None:
        raise ValueError(f"Cannot sort by '{sort.column}'; choose one of {', '.join(SORT_COLUMNS)}")
    direction, cmp = ("DESC", "<") if sort.descending else ("ASC", ">")
    return expr, direction, cmp


def ids_sql(compiled: Compiled, sort: SortKey) -> str:
    """Every matching id in the sort's order."""
    expr, direction, _ = order(sort)
    return (
        f"SELECT i.id FROM incident i WHERE {compiled.sql} "
        f"ORDER BY {expr} {direction}, i.id {direction}"
    )


def page_sql(
    compiled: Compiled,
    sort: SortKey,
    cursor: Cursor | None,
    limit: int,
    walk_index: bool | str | None = False,
    driver: str | None = None,
    until: Cursor | None = None,
) -> tuple[str, list[Any]]:
    """The page's SQL: (id, sort value) of up to ``limit`` rows after ``cursor``.

    Rows after ``until`` in the sort order are left out. SQLite's plans
    (``services/search_plan.py``) add: ``driver``, an index the query must be driven by;
    ``walk_index``, ``"walk"`` (or True) or ``"probe"`` to walk the sort index.
    """
    expr, direction, cmp = order(sort)
    value = expr
    if sort.column == "deleted" and compiled.sql.startswith(LIVE_PREFIX):
        expr, value = "i.id", "''"  # every row's key is '': the order is the ids'
    where, params = compiled.sql, list(compiled.params)
    if walk_index == "probe":  # each row asks the index whether its own document matches
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
    order_by = f"{expr} {direction}, i.id {direction}" if expr != "i.id" else f"i.id {direction}"
    source = f"incident i INDEXED BY {driver}" if driver else "incident i"
    sql = f"SELECT i.id, {value} FROM {source} WHERE {where} ORDER BY {order_by}"
    return f"{sql} LIMIT {int(limit):d}", params
