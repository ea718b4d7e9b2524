"""The full-text index: one folded document per incident, rebuilt from the tables."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from incident_logger.domain.fields import FULLTEXT_TEXT_FIELDS, INCIDENT_FIELDS
from incident_logger.domain.text import fold

# The index's columns, in the order of the table (the schema fixes it). The field registry
# says which field feeds which; the text fields are copied folded, the others gathered here.
COLUMNS: tuple[str, ...] = (
    "title",
    "narrative",
    "locality",
    "response",
    "damage",
    "sources",
    "places",
)
INSERT_SQL = (
    f"INSERT INTO incident_fts(rowid, {', '.join(COLUMNS)}) "
    f"VALUES (?, {', '.join('?' * len(COLUMNS))})"
)
_TEXT_COLUMNS = {f.fulltext: f.column for f in FULLTEXT_TEXT_FIELDS}
_DOCUMENT_SQL = (
    f"SELECT {', '.join(str(c) for c in _TEXT_COLUMNS.values())}, place_id "
    "FROM incident WHERE id = ?"
)
assert {f.fulltext for f in INCIDENT_FIELDS if f.fulltext} == set(COLUMNS)

_ANCESTRY = """
WITH RECURSIVE up(id, parent_id, depth) AS (
    SELECT id, parent_id, 0 FROM place WHERE id = ?
    UNION ALL
    SELECT p.id, p.parent_id, up.depth + 1 FROM place p JOIN up ON p.id = up.parent_id
    WHERE up.depth < 20
)
SELECT p.name, (SELECT group_concat(alias, ' ') FROM place_alias a WHERE a.place_id = p.id)
FROM up JOIN place p ON p.id = up.id
"""


def place_terms(conn: sqlite3.Connection, place_id: int | None) -> str:
    """Names and aliases of a place and every place above it, folded for the index."""
    if place_id is None:
        return ""
    parts = [f"{name} {aliases or ''}" for name, aliases in conn.execute(_ANCESTRY, (place_id,))]
    return fold(" ".join(parts))


def _document(conn: sqlite3.Connection, incident_id: int) -> tuple[str, ...] | None:
    row = conn.execute(_DOCUMENT_SQL, (incident_id,)).fetchone()
    if row is None:
        return None
    document = {name: fold(text) for name, text in zip(_TEXT_COLUMNS, row, strict=False)}
    place_id = row[-1]
    damage = " ".join(
        f"{kind} {note}"
        for kind, note in conn.execute(
            "SELECT object_kind, note FROM damage_note WHERE incident_id = ?", (incident_id,)
        )
    )
    sources = " ".join(
        name
        for (name,) in conn.execute(
            "SELECT s.name FROM incident_source l JOIN source s ON s.id = l.source_id "
            "WHERE l.incident_id = ?",
            (incident_id,),
        )
    )
    document["damage"] = fold(damage)
    document["sources"] = fold(sources)
    document["places"] = place_terms(conn, place_id)
    return tuple(document[name] for name in COLUMNS)


def index_incident(conn: sqlite3.Connection, incident_id: int) -> None:
    """Replace the index document of one incident (inside the caller's transaction)."""
    conn.execute("DELETE FROM incident_fts WHERE rowid = ?", (incident_id,))
    doc = _document(conn, incident_id)
    if doc is not None:
        conn.execute(INSERT_SQL, (incident_id, *doc))


def index_incidents(conn: sqlite3.Connection, incident_ids: Iterable[int]) -> int:
    count = 0
    for incident_id in incident_ids:
        index_incident(conn, incident_id)
        count += 1
    return count


def incidents_under_place(conn: sqlite3.Connection, place_id: int) -> list[int]:
    """Ids of incidents located at a place or anywhere inside it."""
    return [
        r[0]
        for r in conn.execute(
            "WITH RECURSIVE down(id) AS (SELECT ? UNION SELECT p.id FROM place p "
            "JOIN down ON p.parent_id = down.id) "
            "SELECT i.id FROM incident i JOIN down ON i.place_id = down.id",
            (place_id,),
        )
    ]


def incidents_citing_source(conn: sqlite3.Connection, source_id: int) -> list[int]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT incident_id FROM incident_source WHERE source_id = ?", (source_id,)
        )
    ]


def rebuild_all(conn: sqlite3.Connection) -> int:
    conn.execute("DELETE FROM incident_fts")
    ids = [r[0] for r in conn.execute("SELECT id FROM incident")]
    return index_incidents(conn, ids)
