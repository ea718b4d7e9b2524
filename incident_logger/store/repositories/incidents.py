"""Incidents: the one SELECT, the one INSERT/UPDATE and the row <-> incident mapping.

The columns come from the field registry (``domain/fields.py``): a field with a ``column``
is stored on the incident row, so a new scalar field is read and written here without code.
Tags, source links and damage notes live in child tables, written and read here too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from enum import StrEnum
from typing import Any

from incident_logger.domain.enums import DamageSeverity, DamageState
from incident_logger.domain.fields import STORED_FIELDS, Kind, default
from incident_logger.domain.models import DamageNote, Incident, IncidentDraft, SourceLink
from incident_logger.domain.text import fold
from incident_logger.store.repositories import places
from incident_logger.store.sort_keys import key_values
from incident_logger.store.sql import Sql, wrap

Conn = sqlite3.Connection | Sql  # the bulk paths pass their sqlite3 connection as it is

CHUNK = 500  # ids per IN (...) statement, far below SQLite's limit on parameters

# --- reading ------------------------------------------------------------------------------

_SELECT_EXPR = tuple(
    "c.name" if f.kind is Kind.CATEGORY else f"i.{f.column}" for f in STORED_FIELDS
)
SELECT_SQL = (
    f"SELECT i.id, {', '.join(_SELECT_EXPR)}, i.created_at, i.updated_at, i.deleted_at, "
    "i.version "
    "FROM incident i JOIN category c ON c.id = i.category_id WHERE i.id IN ({marks})"
)
_TAGS_SQL = (
    "SELECT incident_id, tag FROM incident_tag WHERE incident_id IN ({marks}) "
    "ORDER BY incident_id, tag_key"
)
_LINKS_SQL = (
    "SELECT incident_id, source_id, credibility, url, note FROM incident_source "
    "WHERE incident_id IN ({marks}) ORDER BY incident_id, position, id"
)
_DAMAGE_SQL = (
    "SELECT incident_id, object_kind, quantity, severity, state, note FROM damage_note "
    "WHERE incident_id IN ({marks}) ORDER BY incident_id, position, id"
)
_NAMES = tuple(f.name for f in STORED_FIELDS)
# Stored text -> enum member, per enum field (a value another program left that is not a
# member reads as the field's default instead of failing the whole read).
_ENUMS: tuple[tuple[int, dict[Any, StrEnum], StrEnum | None], ...] = tuple(
    (
        i,
        {m.value: m for m in f.enum},  # type: ignore[union-attr]
        None if f.optional else default(f),
    )
    for i, f in enumerate(STORED_FIELDS)
    if f.kind is Kind.ENUM
)
_SEVERITIES = {m.value: m for m in DamageSeverity}
_STATES = {m.value: m for m in DamageState}


def draft_from_row(
    values: Sequence[Any],
    tags: Iterable[str] = (),
    links: Iterable[Sequence[Any]] = (),
    damage: Iterable[Sequence[Any]] = (),
) -> IncidentDraft:
    """The draft of one incident: ``values`` are the stored columns in registry order."""
    stored = list(values)
    for at, members, fallback in _ENUMS:
        stored[at] = members.get(stored[at], fallback)
    return IncidentDraft(
        **dict(zip(_NAMES, stored, strict=True)),
        tags=tuple(tags),
        sources=tuple(SourceLink(s, c, u, n) for s, c, u, n in links),
        damage=tuple(
            DamageNote(
                k,
                q,
                _SEVERITIES.get(sev, DamageSeverity.UNKNOWN),
                _STATES.get(st, DamageState.NONE),
                n,
            )
            for k, q, sev, st, n in damage
        ),
    )


def _grouped(conn: Sql, sql: str, ids: Sequence[int]) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = {}
    for row in conn.execute(sql.format(marks=",".join("?" * len(ids))), ids):
        out.setdefault(row[0], []).append(row[1:])
    return out


def iter_incidents(conn: Conn, ids: Sequence[int]) -> Iterator[Incident]:
    """Incidents with their tags, sources and damage, in the order of ``ids`` (missing ids
    are skipped), read a chunk at a time."""
    conn = wrap(conn)
    width = len(STORED_FIELDS)
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        marks = ",".join("?" * len(chunk))
        rows = {r[0]: r for r in conn.execute(SELECT_SQL.format(marks=marks), chunk)}
        tags = _grouped(conn, _TAGS_SQL, chunk)
        links = _grouped(conn, _LINKS_SQL, chunk)
        damage = _grouped(conn, _DAMAGE_SQL, chunk)
        for incident_id in chunk:
            r = rows.get(incident_id)
            if r is None:
                continue
            draft = draft_from_row(
                r[1 : width + 1],
                (t[0] for t in tags.get(incident_id, ())),
                links.get(incident_id, ()),
                damage.get(incident_id, ()),
            )
            yield Incident(incident_id, draft, *r[width + 1 :])


def get(conn: Conn, incident_id: int) -> Incident | None:
    return next(iter_incidents(conn, [incident_id]), None)


def all_ids(conn: Conn) -> list[int]:
    return [r[0] for r in wrap(conn).execute("SELECT id FROM incident ORDER BY id")]


# --- writing ------------------------------------------------------------------------------

# The incident row, the one layout every writer uses (a save, the import's and the demo's
# bulk paths, PostgreSQL's COPY): the id, the stored fields in registry order
# (``STORED_COLUMNS``, their draft attributes ``STORED_NAMES``), then the bookkeeping.
STORED_COLUMNS = tuple(str(f.column) for f in STORED_FIELDS)
STORED_NAMES = _NAMES
# Every row written carries these after the stored fields (the sort keys are computed from
# the place and category ids, as the triggers would).
BOOKKEEPING = ("damage_count", "best_grade", "created_at", "updated_at", "deleted_at")
COLUMNS = ("id", *STORED_COLUMNS, *BOOKKEEPING)
# Where the stored values hold the place's and the category's ids (a bulk path carries the
# file's names there until it has matched them).
PLACE_AT = next(i for i, f in enumerate(STORED_FIELDS) if f.kind is Kind.PLACE)
CATEGORY_AT = next(i for i, f in enumerate(STORED_FIELDS) if f.kind is Kind.CATEGORY)
INSERT_SQL = (
    f"INSERT INTO incident({', '.join(COLUMNS)}, place_key, category_key) "
    f"VALUES ({','.join('?' * len(COLUMNS))}, "
    + key_values(COLUMNS.index("place_id") + 1, COLUMNS.index("category_id") + 1)
    + ")"
)
UPDATE_SQL = (
    "UPDATE incident SET "
    + ", ".join(f"{c} = ?" for c in (*STORED_COLUMNS, "damage_count", "updated_at"))
    + " WHERE id = ?"
)
# PostgreSQL's triggers fill the sort keys, and its identity column takes no NULL id.
_PG_INSERT_SQL = (
    f"INSERT INTO incident({', '.join(COLUMNS)}) VALUES ({','.join('?' * len(COLUMNS))})"
)
_PG_INSERT_NEW_SQL = (
    f"INSERT INTO incident({', '.join(COLUMNS[1:])}) VALUES ({','.join('?' * (len(COLUMNS) - 1))})"
)
TAG_SQL = "INSERT INTO incident_tag(incident_id, tag, tag_key) VALUES (?,?,?)"
LINK_SQL = (
    "INSERT INTO incident_source(incident_id, source_id, credibility, url, note, position) "
    "VALUES (?,?,?,?,?,?)"
)
DAMAGE_SQL = (
    "INSERT INTO damage_note(incident_id, object_kind, quantity, severity, state, note, "
    "position) VALUES (?,?,?,?,?,?,?)"
)

_PLAIN = {at for at, _, _ in _ENUMS}


def stored_values(draft: IncidentDraft, category_id: int | str) -> tuple[Any, ...]:
    """The draft's stored columns in registry order (enums as text, the category's id; a
    bulk path gives the category's name until it has matched it)."""
    out = [getattr(draft, name) for name in _NAMES]
    for at in _PLAIN:
        value = out[at]
        out[at] = (
            None if value is None else str(value.value if isinstance(value, StrEnum) else value)
        )
    out[CATEGORY_AT] = category_id
    return tuple(out)


def damage_total(notes: Iterable[DamageNote]) -> int:
    """Damaged objects: stated quantities, counting a note without a number as one."""
    return sum(1 if n.quantity is None else n.quantity for n in notes)


def insert(
    conn: Conn,
    draft: IncidentDraft,
    category_id: int,
    now: str,
    incident_id: int | None = None,
) -> int:
    """Write a new incident row (not its children); returns its id."""
    sql = wrap(conn)
    values = (
        *stored_values(draft, category_id),
        damage_total(draft.damage),
        "",
        now,
        now,
        None,
    )
    if sql.kind == "sqlite":
        return sql.insert(INSERT_SQL, (incident_id, *values))
    if incident_id is None:
        return sql.insert(_PG_INSERT_NEW_SQL, values)
    return sql.insert(_PG_INSERT_SQL, (incident_id, *values))


def update(conn: Conn, incident_id: int, draft: IncidentDraft, category_id: int, now: str) -> None:
    wrap(conn).execute(
        UPDATE_SQL,
        (*stored_values(draft, category_id), damage_total(draft.damage), now, incident_id),
    )


def write_children(conn: Conn, incident_id: int, draft: IncidentDraft) -> None:
    """Replace the incident's tags, source links and damage notes with the draft's."""
    conn = wrap(conn)
    for table in ("incident_tag", "incident_source", "damage_note"):
        conn.execute(f"DELETE FROM {table} WHERE incident_id = ?", (incident_id,))
    conn.executemany(TAG_SQL, [(incident_id, tag, fold(tag)) for tag in draft.tags])
    conn.executemany(
        LINK_SQL,
        [
            (incident_id, s.source_id, s.credibility, s.url.strip(), s.note, pos)
            for pos, s in enumerate(draft.sources)
        ],
    )
    conn.executemany(
        DAMAGE_SQL,
        [
            (
                incident_id,
                n.object_kind.strip(),
                n.quantity,
                DamageSeverity(n.severity).value,
                DamageState(n.state).value,
                n.note,
                pos,
            )
            for pos, n in enumerate(draft.damage)
        ],
    )


# --- lists ----------------------------------------------------------------------------------


def count_citing(sql: Sql, source_id: int) -> int:
    """How many live incidents cite the source."""
    return int(
        sql.scalar(
            "SELECT count(DISTINCT l.incident_id) FROM incident_source l "
            "JOIN incident i ON i.id = l.incident_id "
            "WHERE l.source_id = ? AND i.deleted_at IS NULL",
            (source_id,),
        )
    )


def newest_citing(sql: Sql, source_id: int, limit: int) -> list[tuple[int, str]]:
    """(id, the source's grade for it, e.g. 'B2') of the newest live incidents citing it."""
    rows = sql.execute(
        "SELECT i.id, s.reliability || min(l.credibility) FROM incident_source l "
        "JOIN incident i ON i.id = l.incident_id JOIN source s ON s.id = l.source_id "
        "WHERE l.source_id = ? AND i.deleted_at IS NULL GROUP BY i.id, s.reliability "
        "ORDER BY i.start_at DESC, i.id DESC LIMIT ?",
        (source_id, limit),
    )
    return [(int(r[0]), r[1]) for r in rows]


_IN_PLACE = "FROM incident i WHERE i.place_id IN (SELECT id FROM down) AND i.deleted_at IS NULL"


def count_in_place(sql: Sql, place_id: int) -> int:
    """How many live incidents are in the place or anywhere inside it."""
    return int(sql.scalar(f"{places.SUBTREE}SELECT count(*) {_IN_PLACE}", (place_id,)))


def newest_in_place(sql: Sql, place_id: int, limit: int) -> list[int]:
    """The newest live incidents in the place or anywhere inside it."""
    rows = sql.execute(
        f"{places.SUBTREE}SELECT i.id {_IN_PLACE} ORDER BY i.start_at DESC, i.id DESC LIMIT ?",
        (place_id, limit),
    )
    return [int(r[0]) for r in rows]


def in_window(sql: Sql, earliest: str, latest: str, ends_after: str, limit: int) -> list[Any]:
    """(id, place id, title, category key, start) of live incidents starting between
    ``earliest`` and ``latest`` and ending after ``ends_after``, newest first."""
    return sql.execute(
        "SELECT i.id, i.place_id, i.title, c.name_key, i.start_at FROM incident i "
        "JOIN category c ON c.id = i.category_id WHERE i.deleted_at IS NULL "
        "AND i.start_at >= ? AND i.start_at <= ? AND coalesce(i.end_at, i.start_at) >= ? "
        "ORDER BY i.start_at DESC LIMIT ?",
        (earliest, latest, ends_after, limit),
    ).fetchall()


def with_external_id(sql: Sql, external_id: str, below: int) -> int | None:
    """An incident (with an id below ``below``) carrying this event id, if any."""
    return sql.scalar(
        "SELECT id FROM incident WHERE external_id = ? AND external_id != '' AND id < ?",
        (external_id, below),
    )


def same_event(sql: Sql, start_at: str, title: str, place_id: int | None, below: int) -> int | None:
    """An incident (with an id below ``below``) of this start, title and place, if any."""
    if place_id is None:
        return sql.scalar(
            "SELECT id FROM incident WHERE start_at = ? AND title = ? AND id < ? "
            "AND place_id IS NULL",
            (start_at, title, below),
        )
    return sql.scalar(
        "SELECT id FROM incident WHERE start_at = ? AND title = ? AND id < ? AND place_id = ?",
        (start_at, title, below, place_id),
    )


def count_all(sql: Sql) -> int:
    """Every incident, the trash included."""
    return int(sql.scalar("SELECT count(*) FROM incident"))


# The best grade an incident's sources give it (e.g. 'B2'), cached on the row for sorting.
BEST_GRADE_SQL = (
    "UPDATE incident SET best_grade = coalesce((SELECT s.reliability || l.credibility "
    "FROM incident_source l JOIN source s ON s.id = l.source_id WHERE l.incident_id = incident.id "
    "ORDER BY s.reliability, l.credibility LIMIT 1), '') WHERE id = ?"
)


def refresh_best_grades(conn: Conn, incident_ids: Sequence[int]) -> None:
    """Recompute the cached best grade of incidents."""
    wrap(conn).executemany(BEST_GRADE_SQL, [(i,) for i in incident_ids])


# A search's compiled condition over ``incident i`` (``services/query_sql.py``) selects these.


def ids_where(conn: Conn, condition: str, params: Sequence[Any]) -> list[int]:
    """Incidents ``condition`` selects, oldest first."""
    rows = wrap(conn).execute(
        f"SELECT i.id FROM incident i WHERE {condition} ORDER BY i.start_at, i.id", params
    )
    return [int(r[0]) for r in rows]


def span_where(
    conn: Conn, condition: str, params: Sequence[Any]
) -> tuple[int, str | None, str | None]:
    """How many incidents ``condition`` selects, the first start and the last end among them."""
    found, first, last = (
        wrap(conn)
        .execute(
            "SELECT count(*), min(i.start_at), max(coalesce(i.end_at, i.start_at)) "
            f"FROM incident i WHERE {condition}",
            params,
        )
        .fetchone()
    )
    return int(found), first, last
