"""What the contentless search index holds, read from the index itself (fts5vocab)."""

from __future__ import annotations

import sqlite3

from incident_logger.store.fts import COLUMNS

_VOCAB = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.incident_fts_terms "
    "USING fts5vocab('main', 'incident_fts', 'instance')"
)


def indexed_terms(conn: sqlite3.Connection) -> dict[int, dict[str, frozenset[str]]]:
    """rowid -> column name -> the distinct tokens indexed there."""
    conn.execute(_VOCAB)
    out: dict[int, dict[str, set[str]]] = {}
    for term, doc, col in conn.execute("SELECT term, doc, col FROM temp.incident_fts_terms"):
        out.setdefault(doc, {}).setdefault(col, set()).add(term)
    return {
        doc: {name: frozenset(cols.get(name, ())) for name in COLUMNS}
        for doc, cols in sorted(out.items())
    }
