"""The full-text index: one folded document per incident, rebuilt from the tables.

The index is contentless (``content=''``): it keeps the words' positions but no copy of the
text, which the incident's own tables hold. So a document is removed by giving FTS5 the
words it was indexed with: ``unindex_incident`` recomputes the document from the tables and
must run *before* a write changes what the document is made of (the incident's text,
damage notes, cited sources, a source's or a place's names); ``index_incident`` adds the new
one after. A word given in a removal that the document did not hold is harmless; a word
left out would stay findable, so every writer of those tables goes through here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from operator import itemgetter
from typing import Any

from incident_logger.domain.fields import FULLTEXT_TEXT_FIELDS, INCIDENT_FIELDS
from incident_logger.domain.text import fold
from incident_logger.store.lemma_doc import lemma_text, place_document
from incident_logger.store.pg import fulltext as pg_fulltext
from incident_logger.store.sql import Sql, wrap

# The columns of ``incident_fts`` in order (after the rowid). The field registry says which
# incident field feeds which column: a text field's column holds its folded text; ``damage``,
# ``sources`` and ``places`` gather text from other tables (``places``: the folded names of
# the incident's place and the places above it followed by their keys, ``lemma_doc``);
# ``lemmas`` holds the keys (the dictionary forms) of the words of all the incident's own
# text where they differ from the words. The columns first released keep their places; a
# text field given a ``fulltext`` column later comes after them (its migration declares it).
_RELEASED = ("title", "narrative", "locality", "response", "damage", "sources", "places", "lemmas")
# fts column -> the incident column holding its text, for the registry's text fields.
TEXT_COLUMNS: dict[str, str] = {str(f.fulltext): str(f.column) for f in FULLTEXT_TEXT_FIELDS}
COLUMNS: tuple[str, ...] = (*_RELEASED, *(c for c in TEXT_COLUMNS if c not in _RELEASED))
# The text columns in document order (a document's first parts, in every path below).
TEXTS: tuple[str, ...] = tuple(c for c in COLUMNS if c in TEXT_COLUMNS)
assert {f.fulltext for f in INCIDENT_FIELDS if f.fulltext} == set(COLUMNS) - {"lemmas"}
assert len(TEXT_COLUMNS) == len(FULLTEXT_TEXT_FIELDS), "one text field per column"
# The draft attribute that feeds each text column, in ``TEXTS`` order (for writers holding
# drafts: an import folds ``getattr(draft, name)`` for each).
TEXT_FIELDS: tuple[str, ...] = tuple(
    next(f.name for f in FULLTEXT_TEXT_FIELDS if f.fulltext == c) for c in TEXTS
)
_VALUES = f"VALUES (?, {', '.join('?' * len(COLUMNS))})"
INSERT_SQL = f"INSERT INTO incident_fts(rowid, {', '.join(COLUMNS)}) {_VALUES}"
DELETE_SQL = (
    f"INSERT INTO incident_fts(incident_fts, rowid, {', '.join(COLUMNS)}) "
    f"VALUES ('delete', ?, {', '.join('?' * len(COLUMNS))})"
)
_ROW = itemgetter(*COLUMNS)


def insert_row(incident_id: int, document: Mapping[str, object]) -> tuple[object, ...]:
    """An ``INSERT_SQL`` row (and a row of PostgreSQL's bulk copy, ``store/pg/bulk.py``):
    the id, then ``document``'s columns by name (KeyError for a column it does not hold)."""
    return (incident_id, *_ROW(document))


CREATE_SQL = (
    "CREATE VIRTUAL TABLE {name} USING fts5("
    + ", ".join(COLUMNS)
    + ", content='', tokenize='unicode61 remove_diacritics 2')"
)
# How the current index is declared (older ones stored a copy of the text).
CONTENTLESS_MARK = "content=''"

_ANCESTRY = """
WITH RECURSIVE up(id, parent_id, depth) AS (
    SELECT id, parent_id, 0 FROM place WHERE id = ?
    UNION ALL
    SELECT p.id, p.parent_id, up.depth + 1 FROM place p JOIN up ON p.id = up.parent_id
    WHERE up.depth < 20
)
SELECT p.name, (SELECT {concat}(alias, ' ') FROM place_alias a WHERE a.place_id = p.id
                 AND (a.lang = '' OR p.origin = 'gazetteer'))
FROM up JOIN place p ON p.id = up.id
"""
# A place the gazetteer adopted (the user's own) is indexed under the names the user gave it;
# the gazetteer's names in other languages it gained (tagged with their language) are shown
# and looked up, not indexed (adding them needs no re-indexing; services/gazetteer_load.py).
# PostgreSQL's incident_fts is a plain table keyed by incident_id (its tsvector is a
# generated column): a document is replaced in place and removed by its key.
_PG_UPSERT = (
    f"INSERT INTO incident_fts(incident_id, {', '.join(COLUMNS)}) {_VALUES} "
    "ON CONFLICT (incident_id) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in COLUMNS)
)
_PG_DELETE = "DELETE FROM incident_fts WHERE incident_id = ?"


def _concat(sql: Sql) -> str:
    """The engine's aggregate that joins texts with a separator."""
    return "string_agg" if sql.kind == "postgresql" else "group_concat"


def place_names(conn: sqlite3.Connection | Sql, place_id: int | None) -> str:
    """Names and aliases of a place and every place above it, as written."""
    if place_id is None:
        return ""
    sql = wrap(conn)
    rows = sql.execute(_ANCESTRY.format(concat=_concat(sql)), (place_id,))
    parts = [f"{name} {aliases or ''}" for name, aliases in rows]
    return " ".join(parts)


def place_terms(conn: sqlite3.Connection | Sql, place_id: int | None) -> str:
    """The ``places`` column of a document: folded names and aliases, then their keys."""
    return place_document(place_names(conn, place_id))


def _document(conn: sqlite3.Connection | Sql, incident_id: int) -> tuple[str, ...] | None:
    """The document of one incident as the tables make it now, made as the bulk paths make
    theirs (``_documents``)."""
    sql = wrap(conn)
    rows = sql.execute(_ONE[sql.kind], (incident_id,)).fetchall()
    if not rows:
        return None
    ((_, *document),) = _documents(sql, rows, {None: ""})
    return tuple(str(column) for column in document)


def index_incident(conn: sqlite3.Connection | Sql, incident_id: int) -> None:
    """Add the index document of one incident (inside the caller's transaction).

    The incident must not be in the index: a new one, or one ``unindex_incident`` removed.
    """
    sql = wrap(conn)
    doc = _document(sql, incident_id)
    if doc is not None:
        if sql.kind == "postgresql":  # the tokens SQLite's index holds (store/pg/fulltext.py)
            sql.execute(_PG_UPSERT, (incident_id, *pg_fulltext.document(doc)))
        else:
            sql.execute(INSERT_SQL, (incident_id, *doc))


def unindex_incident(conn: sqlite3.Connection | Sql, incident_id: int) -> None:
    """Remove the document of one incident, as the tables make it now (before a write)."""
    sql = wrap(conn)
    if sql.kind == "postgresql":
        sql.execute(_PG_DELETE, (incident_id,))
        return
    doc = _document(sql, incident_id)
    if doc is not None:
        sql.execute(DELETE_SQL, (incident_id, *doc))


def index_incidents(conn: sqlite3.Connection | Sql, incident_ids: Iterable[int]) -> int:
    count = 0
    for incident_id in incident_ids:
        index_incident(conn, incident_id)
        count += 1
    return count


def unindex_incidents(conn: sqlite3.Connection | Sql, incident_ids: Iterable[int]) -> int:
    count = 0
    for incident_id in incident_ids:
        unindex_incident(conn, incident_id)
        count += 1
    return count


def incidents_under_place(conn: sqlite3.Connection | Sql, place_id: int) -> list[int]:
    """Ids of incidents located at a place or anywhere inside it."""
    return [
        r[0]
        for r in wrap(conn).execute(
            "WITH RECURSIVE down(id) AS (SELECT CAST(? AS BIGINT) UNION SELECT p.id FROM place p "
            "JOIN down ON p.parent_id = down.id) "
            "SELECT i.id FROM incident i JOIN down ON i.place_id = down.id",
            (place_id,),
        )
    ]


def incidents_citing_source(conn: sqlite3.Connection | Sql, source_id: int) -> list[int]:
    return [
        r[0]
        for r in wrap(conn).execute(
            "SELECT DISTINCT incident_id FROM incident_source WHERE source_id = ?", (source_id,)
        )
    ]


def rebuild_all(conn: sqlite3.Connection, progress: Progress | None = None) -> int:
    """Empty the index and index every incident again, in bulk (inside a transaction)."""
    conn.execute("INSERT INTO incident_fts(incident_fts) VALUES ('delete-all')")
    return _fill(conn, progress)


# Rows read per step while the index is rebuilt in bulk (a step reports progress).
_BATCH = 5_000
# An incident's own texts (``TEXTS`` order), its place, and the text gathered from its damage
# notes and cited sources: the parts of its document (``_documents``).
_SELECT = (
    f"SELECT i.id, {', '.join(f'i.{TEXT_COLUMNS[c]}' for c in TEXTS)}, i.place_id, "
    "(SELECT {concat}(d.object_kind || ' ' || d.note, ' ') FROM damage_note d "
    "WHERE d.incident_id = i.id), "
    "(SELECT {concat}(s.name, ' ') FROM incident_source l JOIN source s ON s.id = l.source_id "
    "WHERE l.incident_id = i.id) "
    "FROM incident i"
)
_ONE = {
    "sqlite": _SELECT.format(concat="group_concat") + " WHERE i.id = ?",
    "postgresql": _SELECT.format(concat="string_agg") + " WHERE i.id = ?",
}
_BULK = _SELECT.format(concat="group_concat") + " WHERE i.id > ? ORDER BY i.id LIMIT ?"
_BULK_IDS = _SELECT.format(concat="group_concat") + " WHERE i.id IN ({marks})"
_PLACE_AT = 1 + len(TEXTS)  # where a selected row holds the place id

Progress = Callable[[int, int], None]


def is_current(conn: sqlite3.Connection) -> bool:
    """Whether ``incident_fts`` is declared as this release builds it: contentless, with
    the columns of ``COLUMNS`` (a migration that adds a column to the document leaves the
    rebuild to the end of the upgrade, ``store/migrations.py``)."""
    row = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'incident_fts'"
    ).fetchone()
    if row is None or CONTENTLESS_MARK not in row[0]:
        return False
    declared = tuple(r[1] for r in conn.execute("PRAGMA table_info(incident_fts)"))
    return declared == COLUMNS


def rebuild(conn: sqlite3.Connection, progress: Progress | None = None) -> int:
    """Drop ``incident_fts``, declare it as this release does and fill it, in bulk.

    Runs inside the caller's transaction; ``progress(done, total)`` after every batch.
    """
    conn.execute("DROP TABLE IF EXISTS incident_fts")
    conn.execute(CREATE_SQL.format(name="incident_fts"))
    done = _fill(conn, progress)
    # One segment: a search then reads one b-tree per word instead of one per batch.
    conn.execute("INSERT INTO incident_fts(incident_fts) VALUES ('optimize')")
    return done


def _fill(conn: sqlite3.Connection, progress: Progress | None) -> int:
    total = conn.execute("SELECT count(*) FROM incident").fetchone()[0]
    done = 0
    if progress is not None:
        progress(0, total)
    for batch in document_batches(conn):
        conn.executemany(INSERT_SQL, batch)
        done += len(batch)
        if progress is not None:
            progress(done, total)
    return done


def document_batches(conn: sqlite3.Connection) -> Iterator[list[tuple[object, ...]]]:
    """Every incident's index document (its id first), in id order, a batch at a time."""
    places: dict[int | None, str] = {None: ""}
    last = 0
    while True:
        rows = conn.execute(_BULK, (last, _BATCH)).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        yield _documents(conn, rows, places)


def documents(
    conn: sqlite3.Connection, incident_ids: list[int], *, lemmas: bool = True
) -> list[tuple[object, ...]]:
    """The index documents (id first) of these incidents, made from the tables in bulk;
    ``lemmas=False`` leaves the dictionary forms column empty (a search window for a query
    that never reads it, services/search_window.py)."""
    marks = ",".join("?" * len(incident_ids))
    rows = conn.execute(_BULK_IDS.format(marks=marks), incident_ids).fetchall()
    return _documents(conn, rows, {None: ""}, lemmas=lemmas)


def _documents(
    conn: sqlite3.Connection | Sql,
    rows: list[tuple[Any, ...]],
    places: dict[int | None, str],
    *,
    lemmas: bool = True,
) -> list[tuple[object, ...]]:
    """Documents (id first, then ``COLUMNS`` order) of rows selected by ``_SELECT``."""
    out: list[tuple[object, ...]] = []
    for row in rows:
        texts = row[1:_PLACE_AT]
        place_id = row[_PLACE_AT]
        damage, sources = row[_PLACE_AT + 1] or "", row[_PLACE_AT + 2] or ""
        if place_id not in places:
            places[place_id] = place_terms(conn, place_id)
        document = dict(zip(TEXTS, map(fold, texts), strict=True))
        document["damage"] = fold(damage)
        document["sources"] = fold(sources)
        document["places"] = places[place_id]
        document["lemmas"] = lemma_text(*texts, damage, sources) if lemmas else ""
        out.append(insert_row(row[0], document))
    return out


def title_or_narrative_has(sql: Sql, words: Sequence[str], incident_ids: Sequence[int]) -> set[int]:
    """Those of ``incident_ids`` whose title or narrative holds one of the folded ``words``
    (as a whole word: an exact term, fast in either engine's index)."""
    if not words or not incident_ids:
        return set()
    marks = ",".join("?" * len(incident_ids))
    if sql.kind == "postgresql":
        # The document's columns hold the folded text; words are letters and digits only.
        query = " | ".join("'" + w.replace("'", "''").replace("\\", "\\\\") + "'" for w in words)
        found = sql.execute(
            f"SELECT incident_id FROM incident_fts WHERE incident_id IN ({marks}) AND "
            "to_tsvector('simple', title || ' ' || narrative) @@ to_tsquery('simple', ?)",
            [*incident_ids, query],
        )
    else:
        terms = " OR ".join('"' + w.replace('"', '""') + '"' for w in words)
        found = sql.execute(
            f"SELECT rowid FROM incident_fts WHERE incident_fts MATCH ? AND rowid IN ({marks})",
            [f"{{title narrative}} : ({terms})", *incident_ids],
        )
    return {int(r[0]) for r in found}
