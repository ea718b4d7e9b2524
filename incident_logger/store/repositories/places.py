"""Places: the statements over the place tree and its names, on either engine.

A place has a parent (a region above a city, a country above a region) and aliases in
``place_alias``. Searches, the duplicate check and the Places page read the tree here.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from incident_logger.domain.enums import PlaceKind
from incident_logger.domain.models import PlaceDraft
from incident_logger.domain.text import fold
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


def parent_of(sql: Sql, place_id: int | None) -> int | None:
    """The place's parent (None at the top or for no such place)."""
    return sql.scalar("SELECT parent_id FROM place WHERE id = ?", (place_id,))


def name_and_parent(sql: Sql, place_id: int) -> tuple[str, int | None] | None:
    row = sql.execute("SELECT name, parent_id FROM place WHERE id = ?", (place_id,)).fetchone()
    return None if row is None else (row[0], row[1])


def name_key_of(sql: Sql, place_id: int) -> str | None:
    return sql.scalar("SELECT name_key FROM place WHERE id = ?", (place_id,))


def facts(sql: Sql, place_ids: Sequence[int]) -> dict[int, tuple[str, str, str, str, int]]:
    """id -> (name, kind, country code, ISO code, population or 0) of each place."""
    return {
        int(r[0]): (r[1], r[2], r[3], r[4], int(r[5]))
        for r in sql.execute(
            "SELECT id, name, kind, country_code, iso_code, coalesce(population, 0) FROM place "
            f"WHERE id IN ({_marks(place_ids)})",
            list(place_ids),
        )
    }


# --- names and lemma keys ------------------------------------------------------------------
# ``place_lemma`` holds every folded name and alias of a place and their lemma keys.


def ids_with_keys(sql: Sql, keys: Sequence[str]) -> list[tuple[int, str]]:
    """(place id, the key it has) of live places with one of ``keys`` among their name,
    alias or lemma keys."""
    m = _marks(keys)
    rows = sql.execute(
        "SELECT k.place_id, k.key FROM place_lemma k JOIN place p ON p.id = k.place_id "
        f"WHERE k.key IN ({m}) AND p.deleted_at IS NULL "
        f"UNION SELECT id, name_key FROM place WHERE name_key IN ({m}) AND deleted_at IS NULL "
        "UNION SELECT a.place_id, a.alias_key FROM place_alias a JOIN place p ON "
        f"p.id = a.place_id WHERE a.alias_key IN ({m}) AND p.deleted_at IS NULL",
        [*keys, *keys, *keys],
    )
    return [(int(r[0]), r[1]) for r in rows]


def ids_with_key_prefix(sql: Sql, prefix: str, limit: int) -> list[int]:
    """Live places with a lemma key starting with ``prefix``, shortest key first."""
    rows = sql.execute(
        "SELECT k.place_id FROM place_lemma k JOIN place p ON p.id = k.place_id "
        "WHERE k.key >= ? AND k.key < ? AND p.deleted_at IS NULL "
        "GROUP BY k.place_id ORDER BY min(length(k.key)), min(k.key) LIMIT ?",
        (prefix, prefix + chr(0x10FFFF), limit),
    )
    return [int(r[0]) for r in rows]


def live_lemma_keys(sql: Sql) -> list[tuple[str, int]]:
    """(key, place id) of every lemma key of a live place."""
    rows = sql.execute(
        "SELECT k.key, k.place_id FROM place_lemma k JOIN place p ON p.id = k.place_id "
        "WHERE p.deleted_at IS NULL"
    )
    return [(r[0], int(r[1])) for r in rows]


KEY_SQL = "INSERT INTO place_lemma(key, place_id) VALUES (?, ?) ON CONFLICT DO NOTHING"


def replace_keys(sql: Sql, place_id: int, keys: Sequence[str]) -> None:
    sql.execute("DELETE FROM place_lemma WHERE place_id = ?", (place_id,))
    sql.executemany(KEY_SQL, [(k, place_id) for k in keys])


def add_keys(sql: Sql, rows: Sequence[tuple[str, int]]) -> None:
    """(key, place id) rows; a key a place has already is kept once."""
    sql.executemany(KEY_SQL, rows)


def drop_all_keys(sql: Sql) -> None:
    sql.execute("DELETE FROM place_lemma")


def ids_without_keys(sql: Sql) -> list[int]:
    rows = sql.execute(
        "SELECT id FROM place p WHERE NOT EXISTS "
        "(SELECT 1 FROM place_lemma k WHERE k.place_id = p.id) ORDER BY id"
    )
    return [int(r[0]) for r in rows]


def names_by_place(sql: Sql, place_ids: Sequence[int]) -> dict[int, list[str]]:
    """Name and aliases of each place, name first (aliases in the order they were added)."""
    out: dict[int, list[str]] = {}
    for start in range(0, len(place_ids), 500):
        chunk = list(place_ids[start : start + 500])
        for pid, name in sql.execute(
            f"SELECT id, name FROM place WHERE id IN ({_marks(chunk)})", chunk
        ):
            out.setdefault(pid, []).insert(0, name)
        for pid, alias in sql.execute(
            f"SELECT place_id, alias FROM place_alias WHERE place_id IN ({_marks(chunk)}) "
            "ORDER BY id",
            chunk,
        ):
            out.setdefault(pid, []).append(alias)
    return out


# --- bulk writing (import, gazetteer, demo) ------------------------------------------------

INSERT_SQL = (
    "INSERT INTO place(id, name, name_key, kind, parent_id, country_code, iso_code, "
    "latitude, longitude, created_at, updated_at, deleted_at) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
)
ALIAS_SQL = "INSERT INTO place_alias(place_id, alias, alias_key) VALUES (?,?,?)"


def add_aliases(sql: Sql, rows: Sequence[tuple[int, str, str]]) -> None:
    """(place id, alias, folded alias) rows."""
    sql.executemany(ALIAS_SQL, rows)


def live_names(sql: Sql) -> list[tuple[int, int | None, str]]:
    """(id, parent id, folded name) of live places, newest first."""
    rows = sql.execute(
        "SELECT id, parent_id, name_key FROM place WHERE deleted_at IS NULL ORDER BY id DESC"
    )
    return [(int(r[0]), r[1], r[2]) for r in rows]


def live_aliases(sql: Sql) -> list[tuple[int, int | None, str]]:
    """(place id, parent id, folded alias) of live places' aliases, newest place first."""
    rows = sql.execute(
        "SELECT p.id, p.parent_id, a.alias_key FROM place_alias a JOIN place p "
        "ON p.id = a.place_id WHERE p.deleted_at IS NULL ORDER BY p.id DESC"
    )
    return [(int(r[0]), r[1], r[2]) for r in rows]


def iter_rows(sql: Sql) -> Iterator[tuple[Any, ...]]:
    """(id, name, kind, parent id, country code, ISO code, latitude, longitude, created,
    updated, deleted) of every place (the trash included), by id."""
    yield from sql.execute(
        "SELECT id, name, kind, parent_id, country_code, iso_code, latitude, longitude, "
        "created_at, updated_at, deleted_at FROM place ORDER BY id"
    )


# --- the built-in gazetteer's places -------------------------------------------------------
# ``origin_ref`` names a place's gazetteer entry ('' for the user's own places).

GAZETTEER_SQL = (
    "INSERT INTO place(id, name, name_key, kind, parent_id, country_code, iso_code, "
    "latitude, longitude, created_at, updated_at, origin, origin_ref, origin_version, "
    "population) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
ALIAS_LANG_SQL = "INSERT INTO place_alias(place_id, alias, alias_key, lang) VALUES (?,?,?,?)"


def max_id(sql: Sql) -> int:
    return int(sql.scalar("SELECT coalesce(max(id), 0) FROM place"))


def from_gazetteer(sql: Sql) -> list[tuple[int, str, str, int, bool]]:
    """(id, entry, origin, gazetteer release, edited by the user) of every place that
    names a gazetteer entry."""
    rows = sql.execute(
        "SELECT id, origin_ref, origin, origin_version, user_edited FROM place "
        "WHERE origin_ref != ''"
    )
    return [(int(r[0]), r[1], r[2], int(r[3]), bool(r[4])) for r in rows]


def users_own(sql: Sql) -> list[tuple[int, str, int | None, str, str, str]]:
    """(id, kind, parent id, country code, ISO code, folded name) of the user's own live
    places, by id."""
    rows = sql.execute(
        "SELECT id, kind, parent_id, country_code, iso_code, name_key FROM place "
        "WHERE origin_ref = '' AND deleted_at IS NULL ORDER BY id"
    )
    return [(int(r[0]), r[1], r[2], r[3], r[4], r[5]) for r in rows]


def users_own_aliases(sql: Sql) -> list[tuple[int, str]]:
    """(place id, folded alias) of the user's own live places' aliases, as added."""
    rows = sql.execute(
        "SELECT a.place_id, a.alias_key FROM place_alias a JOIN place p ON p.id = a.place_id "
        "WHERE p.origin_ref = '' AND p.deleted_at IS NULL ORDER BY a.id"
    )
    return [(int(r[0]), r[1]) for r in rows]


def set_origin_ref(sql: Sql, place_id: int, ref: str) -> None:
    sql.execute("UPDATE place SET origin_ref = ? WHERE id = ?", (ref, place_id))


def name_and_aliases(sql: Sql, place_id: int) -> tuple[str, list[tuple[str, str, str | None]]]:
    """A place's name and its aliases as (alias, folded alias, language or None), as added."""
    name = sql.scalar("SELECT name FROM place WHERE id = ?", (place_id,))
    rows = sql.execute(
        "SELECT alias, alias_key, lang FROM place_alias WHERE place_id = ? ORDER BY id",
        (place_id,),
    )
    return str(name or ""), [(r[0], r[1], r[2] or None) for r in rows]


def aliases_of(sql: Sql, place_id: int) -> list[str]:
    return [
        r[0] for r in sql.execute("SELECT alias FROM place_alias WHERE place_id = ?", (place_id,))
    ]


def refresh_from_gazetteer(
    sql: Sql, place_id: int, values: tuple[Any, ...], release: int, now: str
) -> None:
    """A newer release's (name, parent id, ISO code, latitude, longitude, population) for
    a place it loaded; its aliases and lemma keys are dropped (the caller adds the new)."""
    name, parent_id, iso, latitude, longitude, population = values
    sql.execute(
        "UPDATE place SET name = ?, name_key = ?, parent_id = ?, iso_code = ?, latitude = ?, "
        "longitude = ?, population = ?, origin_version = ?, updated_at = ?, "
        "version = version + 1 WHERE id = ?",
        (name, fold(name), parent_id, iso, latitude, longitude, population, release, now, place_id),
    )
    sql.execute("DELETE FROM place_alias WHERE place_id = ?", (place_id,))
    sql.execute("DELETE FROM place_lemma WHERE place_id = ?", (place_id,))


def ids_by_name(sql: Sql) -> dict[str, int]:
    """Name -> id of every place (the newest of a name that several places have)."""
    return {r[1]: int(r[0]) for r in sql.execute("SELECT id, name FROM place ORDER BY id")}


# --- reading for the pickers, capture and the welcome page ---------------------------------


def names_in_language(sql: Sql, lang: str) -> list[tuple[int, str, str]]:
    """(place id, own name, name in ``lang``) of live places, in the order names were added."""
    rows = sql.execute(
        "SELECT p.id, p.name, a.alias FROM place p JOIN place_alias a ON a.place_id = p.id "
        "WHERE a.lang = ? AND p.deleted_at IS NULL ORDER BY a.id",
        (lang,),
    )
    return [(int(r[0]), r[1], r[2]) for r in rows]


def all_aliases(sql: Sql) -> list[tuple[int, str]]:
    """(place id, alias) of every alias, in the order they were added."""
    return [
        (int(r[0]), r[1])
        for r in sql.execute("SELECT place_id, alias FROM place_alias ORDER BY id")
    ]


def live_outline(sql: Sql) -> list[tuple[int, str, str, int | None, str, str]]:
    """(id, name, kind, parent id, ISO code, country code) of every live place, by id."""
    rows = sql.execute(
        "SELECT id, name, kind, parent_id, iso_code, country_code FROM place "
        "WHERE deleted_at IS NULL ORDER BY id"
    )
    return [(int(r[0]), r[1], r[2], r[3], r[4], r[5]) for r in rows]


def all_lemma_keys(sql: Sql) -> list[tuple[str, int]]:
    """(key, place id) of every stored lemma key."""
    return [(r[0], int(r[1])) for r in sql.execute("SELECT key, place_id FROM place_lemma")]


def live_country(sql: Sql, country_code: str) -> int | None:
    """The first live country place with this ISO code."""
    return sql.scalar(
        "SELECT id FROM place WHERE kind = 'country' AND country_code = ? "
        "AND deleted_at IS NULL ORDER BY id LIMIT 1",
        (country_code,),
    )


def iso_codes(sql: Sql) -> set[str]:
    """Every ISO code a place has."""
    return {r[0] for r in sql.execute("SELECT iso_code FROM place WHERE iso_code != ''")}


def child_name_keys(sql: Sql, parent_id: int) -> set[str]:
    """The folded names and aliases of the places right under ``parent_id``."""
    rows = sql.execute(
        "SELECT name_key FROM place WHERE parent_id = ? UNION SELECT a.alias_key FROM "
        "place_alias a JOIN place p ON p.id = a.place_id WHERE p.parent_id = ?",
        (parent_id, parent_id),
    )
    return {r[0] for r in rows}


def live_count_by_kind(sql: Sql) -> dict[str, int]:
    rows = sql.execute("SELECT kind, count(*) FROM place WHERE deleted_at IS NULL GROUP BY kind")
    return {str(r[0]): int(r[1]) for r in rows}


def tree_rows(sql: Sql) -> list[tuple[int, str, int | None, str]]:
    """(id, name, parent id, kind) of every place, the trash included."""
    rows = sql.execute("SELECT id, name, parent_id, kind FROM place ORDER BY id")
    return [(int(r[0]), r[1], r[2], r[3]) for r in rows]


# --- rows <-> places --------------------------------------------------------------------------


def aliases_by_place(sql: Sql) -> dict[int, list[str]]:
    """Every place's other names, by place id, in the order they were added (each once: a
    name may have a second row that says which language it is in, services/gazetteer_load)."""
    out: dict[int, dict[str, None]] = {}
    for place_id, alias in all_aliases(sql):
        out.setdefault(place_id, {})[alias] = None
    return {place_id: list(names) for place_id, names in out.items()}


def draft_from_row(row: Sequence[Any], aliases: Mapping[int, Sequence[str]]) -> PlaceDraft:
    """A place row read as ``id, name, kind, parent_id, country_code, iso_code, latitude,
    longitude, ...`` (``iter_rows``; any further columns ignored), with its aliases."""
    return PlaceDraft(
        name=row[1],
        kind=PlaceKind(row[2]),
        parent_id=row[3],
        country_code=row[4],
        iso_code=row[5],
        latitude=row[6],
        longitude=row[7],
        aliases=tuple(aliases.get(row[0], ())),
    )


def live_children(sql: Sql, place_id: int) -> list[tuple[str, str]]:
    """(name, kind) of the live places right inside ``place_id``, by name."""
    rows = sql.execute(
        "SELECT name, kind FROM place WHERE parent_id = ? AND deleted_at IS NULL ORDER BY name_key",
        (place_id,),
    )
    return [(r[0], r[1]) for r in rows]


def uses(sql: Sql, place_id: int) -> int:
    """Live incidents at the place and live places right inside it, together."""
    return int(
        sql.scalar(
            "SELECT (SELECT count(*) FROM incident WHERE place_id = ? AND deleted_at IS NULL)"
            " + (SELECT count(*) FROM place WHERE parent_id = ? AND deleted_at IS NULL)",
            (place_id, place_id),
        )
    )


def list_rows(sql: Sql) -> list[tuple[Any, ...]]:
    """(id, name, kind, parent id, country code, ISO code, latitude, longitude, deleted at,
    version) of every place: the rows the Places page lists (``draft_from_row`` reads them)."""
    return sql.execute(
        "SELECT id, name, kind, parent_id, country_code, iso_code, latitude, longitude, "
        "deleted_at, version FROM place"
    ).fetchall()


def ids_with_name_prefix(sql: Sql, prefix: str, limit: int) -> list[int]:
    """Live places whose folded name or an alias starts with ``prefix``, shortest first."""
    rows = sql.execute(
        "SELECT id FROM (SELECT id, name_key AS k FROM place WHERE deleted_at IS NULL "
        "UNION ALL SELECT a.place_id, a.alias_key FROM place_alias a JOIN place p ON "
        "p.id = a.place_id WHERE p.deleted_at IS NULL) AS names WHERE k >= ? AND k < ? "
        "GROUP BY id ORDER BY min(length(k)), min(k) LIMIT ?",
        (prefix, prefix + chr(0x10FFFF), limit),
    )
    return [int(r[0]) for r in rows]


def ids_with_key(sql: Sql, key: str) -> list[int]:
    """Places (the trash included) whose folded name or an alias is ``key``."""
    rows = sql.execute(
        "SELECT id FROM place WHERE name_key = ? UNION "
        "SELECT place_id FROM place_alias WHERE alias_key = ?",
        (key, key),
    )
    return [int(r[0]) for r in rows]


def ids_with_key_like(sql: Sql, pattern: str) -> list[int]:
    """Places whose folded name or an alias matches the LIKE ``pattern`` (escape ``\\``)."""
    rows = sql.execute(
        "SELECT id FROM place WHERE name_key LIKE ? ESCAPE '\\' UNION "
        "SELECT place_id FROM place_alias WHERE alias_key LIKE ? ESCAPE '\\'",
        (pattern, pattern),
    )
    return [int(r[0]) for r in rows]


def inside_and_regions_above(sql: Sql, roots: Sequence[int]) -> set[int]:
    """The places ``roots``, every place inside them, and the regions they lie in."""
    marks = _marks(roots)
    down = sql.execute(
        f"WITH RECURSIVE down(id) AS (SELECT id FROM place WHERE id IN ({marks}) "
        "UNION SELECT p.id FROM place p JOIN down ON p.parent_id = down.id) "
        "SELECT id FROM down",
        list(roots),
    )
    up = sql.execute(
        f"WITH RECURSIVE up(id, parent_id, kind, depth) AS (SELECT id, parent_id, kind, 0 "
        f"FROM place WHERE id IN ({marks}) UNION SELECT p.id, p.parent_id, p.kind, "
        f"up.depth + 1 FROM place p JOIN up ON p.id = up.parent_id WHERE up.depth < {MAX_DEPTH}) "
        "SELECT id FROM up WHERE kind = 'region'",
        list(roots),
    )
    return {int(r[0]) for r in down} | {int(r[0]) for r in up}
