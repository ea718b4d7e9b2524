"""Places: the statements over the place tree and its names, on either engine.

A place has a parent (a region above a city, a country above a region) and aliases in
``place_alias``. Searches, the duplicate check and the Places page read the tree here.
"""

from __future__ import annotations

from collections.abc import Sequence

from incident_logger.store.sql import Sql

MAX_DEPTH = 20  # no real tree is this deep; a bound against a loop another program left

# Every place at or inside ``?`` (its id and how deep below it), as a WITH clause.
SUBTREE = (
    "WITH RECURSIVE down(id, depth) AS (SELECT CAST(? AS BIGINT), 0 UNION "
    "SELECT p.id, down.depth + 1 FROM place p JOIN down ON p.parent_id = down.id "
    f"WHERE down.depth < {MAX_DEPTH}) "
)


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def ancestry(sql: Sql, place_id: int) -> list[tuple[int, str]]:
    """(id, kind) of the place and of every place above it, nearest first."""
    rows = sql.execute(
        "WITH RECURSIVE up(id, kind, parent_id, depth) AS ("
        "SELECT id, kind, parent_id, 0 FROM place WHERE id = ? UNION ALL "
        "SELECT p.id, p.kind, p.parent_id, up.depth + 1 FROM place p JOIN up "
        f"ON p.id = up.parent_id WHERE up.depth < {MAX_DEPTH}) "
        "SELECT id, kind FROM up ORDER BY depth",
        (place_id,),
    )
    return [(int(r[0]), r[1]) for r in rows]


def subtree_ids(sql: Sql, place_id: int) -> set[int]:
    """The place and every place inside it."""
    return {int(r[0]) for r in sql.execute(f"{SUBTREE}SELECT id FROM down", (place_id,))}


def ids_named(sql: Sql, keys: Sequence[str], limit: int) -> list[int]:
    """Live places whose folded name or alias is one of ``keys`` (at most ``limit``)."""
    return [
        int(r[0])
        for r in sql.execute(
            f"SELECT id FROM place WHERE name_key IN ({_marks(keys)}) AND deleted_at IS NULL "
            "UNION SELECT a.place_id FROM place_alias a JOIN place p ON p.id = a.place_id "
            f"WHERE a.alias_key IN ({_marks(keys)}) AND p.deleted_at IS NULL LIMIT {int(limit)}",
            [*keys, *keys],
        )
    ]


def names_of(sql: Sql, place_ids: Sequence[int]) -> list[str]:
    """The names, then the aliases, of the places."""
    return [
        r[0]
        for r in sql.execute(
            f"SELECT name FROM place WHERE id IN ({_marks(place_ids)}) UNION ALL "
            f"SELECT alias FROM place_alias WHERE place_id IN ({_marks(place_ids)})",
            [*place_ids, *place_ids],
        )
    ]
