"""Sources: the one SELECT and INSERT, and the row <-> source mapping, for the bulk paths.

The import's writers, the export and the briefing read and write sources here. The sources
service still works through the ORM rows (``store/tables.py``), which a team database
(PostgreSQL) also serves; these statements are SQLite's.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from incident_logger.domain.enums import Reliability, SourceKind
from incident_logger.domain.models import Source, SourceDraft
from incident_logger.domain.text import fold
from incident_logger.store.sql import Sql, wrap

Conn = sqlite3.Connection | Sql  # the import passes its sqlite3 connection as it is

_WRITTEN = (
    "id",
    "name",
    "name_key",
    "kind",
    "reliability",
    "url",
    "note",
    "created_at",
    "updated_at",
    "deleted_at",
)
INSERT_SQL = f"INSERT INTO source({', '.join(_WRITTEN)}) VALUES ({','.join('?' * len(_WRITTEN))})"
_INSERT_NEW_SQL = (
    f"INSERT INTO source({', '.join(_WRITTEN[1:])}) VALUES ({','.join('?' * (len(_WRITTEN) - 1))})"
)
_SELECT = (
    "SELECT id, name, kind, reliability, url, note, created_at, updated_at, deleted_at, version "
    "FROM source"
)
_KINDS = {m.value: m for m in SourceKind}
_GRADES = {m.value: m for m in Reliability}


@dataclass(frozen=True, slots=True)
class StoredSource:
    """A source with its bookkeeping times."""

    source: Source
    created_at: str
    updated_at: str


def values(draft: SourceDraft) -> tuple[Any, ...]:
    """(name, name_key, kind, reliability, url, note) as stored."""
    return (
        draft.name.strip(),
        fold(draft.name),
        SourceKind(draft.kind).value,
        str(draft.reliability).upper(),
        draft.url.strip(),
        draft.note,
    )


def row(
    source_id: int | None,
    draft: SourceDraft,
    now: str,
    created_at: str | None = None,
    updated_at: str | None = None,
    deleted_at: str | None = None,
) -> tuple[Any, ...]:
    """One row for ``INSERT_SQL`` (bulk writers collect these for ``executemany``)."""
    return (source_id, *values(draft), created_at or now, updated_at or now, deleted_at)


def insert(conn: Conn, draft: SourceDraft, now: str, source_id: int | None = None) -> int:
    sql = wrap(conn)
    values = row(source_id, draft, now)
    if source_id is None and sql.kind == "postgresql":  # its identity column takes no NULL
        return sql.insert(_INSERT_NEW_SQL, values[1:])
    return sql.insert(INSERT_SQL, values)


def _stored(r: Sequence[Any]) -> StoredSource:
    # A value another program left that is not a kind or grade reads as "other" / F.
    draft = SourceDraft(
        r[1], _KINDS.get(r[2], SourceKind.OTHER), _GRADES.get(r[3], Reliability.F), r[4], r[5]
    )
    return StoredSource(Source(r[0], draft, r[8], r[9]), r[6], r[7])


def iter_all(conn: Conn) -> Iterator[StoredSource]:
    """Every source (the trash included), by id."""
    for r in wrap(conn).execute(f"{_SELECT} ORDER BY id"):
        yield _stored(r)


def names_newest_first(sql: Sql) -> list[tuple[int, str, str, str, str | None]]:
    """(id, name, folded name, grade, deleted at) of every source, newest first."""
    rows = sql.execute(
        "SELECT id, name, name_key, reliability, deleted_at FROM source ORDER BY id DESC"
    )
    return [(int(r[0]), r[1], r[2], r[3], r[4]) for r in rows]


def ids_by_name(sql: Sql) -> dict[str, int]:
    """Name -> id of every source (the newest of a name that several sources have)."""
    return {r[1]: int(r[0]) for r in sql.execute("SELECT id, name FROM source ORDER BY id")}


def live_handles(sql: Sql) -> list[tuple[int, str, str, str]]:
    """(id, name, url, note) of every live source, by id."""
    rows = sql.execute(
        "SELECT id, name, url, note FROM source WHERE deleted_at IS NULL ORDER BY id"
    )
    return [(int(r[0]), r[1], r[2], r[3]) for r in rows]


def live_count(sql: Sql) -> int:
    return int(sql.scalar("SELECT count(*) FROM source WHERE deleted_at IS NULL"))


def ids_with_key(sql: Sql, key: str) -> list[int]:
    """Sources (the trash included) whose folded name is ``key``."""
    return [int(r[0]) for r in sql.execute("SELECT id FROM source WHERE name_key = ?", (key,))]


def ids_with_key_like(sql: Sql, pattern: str) -> list[int]:
    """Sources whose folded name matches the LIKE ``pattern`` (escape ``\\``)."""
    rows = sql.execute("SELECT id FROM source WHERE name_key LIKE ? ESCAPE '\\'", (pattern,))
    return [int(r[0]) for r in rows]
