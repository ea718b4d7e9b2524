"""The team database's stored document covers every column of ``store.fts.COLUMNS``, each
weighed by its name, and a revision redeclares it for a new column from a list of columns."""

from __future__ import annotations

import re

import psycopg

from incident_logger.domain.models import IncidentDraft
from incident_logger.services.incidents import create_incident
from incident_logger.store import fts
from incident_logger.store.engine import open_database
from incident_logger.store.pg.fulltext import DROP_DOCUMENT, document_statements, weight


def _weights(conn: psycopg.Connection, incident_id: int) -> dict[str, str]:
    """word -> its weight in the incident's stored document (tsvector text: 'w':1A)."""
    row = conn.execute(
        "SELECT document::text FROM incident_fts WHERE incident_id = %s", (incident_id,)
    ).fetchone()
    assert row is not None
    return {w: ws[-1] if ws[-1] in "ABC" else "D" for w, ws in re.findall(r"'(\w+)':(\S+)", row[0])}


def _one_incident(url: str) -> int:
    db = open_database(url)
    try:
        return create_incident(db, IncidentDraft("t", "2026-09-12T01:00")).id
    finally:
        db.close()


def _fill(conn: psycopg.Connection, incident_id: int, columns: tuple[str, ...]) -> None:
    sets = ", ".join(f"{c} = 'zq{c}'" for c in columns)
    conn.execute(f"UPDATE incident_fts SET {sets} WHERE incident_id = %s", (incident_id,))


def test_every_document_column_feeds_the_stored_document_with_its_weight(pg_url: str) -> None:
    incident_id = _one_incident(pg_url)
    with psycopg.connect(pg_url) as conn:
        declared = conn.execute(
            "SELECT pg_get_function_identity_arguments('il_document'::regproc)"
        ).fetchone()
        assert declared is not None
        assert declared[0] == ", ".join(f"{c} text" for c in fts.COLUMNS)
        _fill(conn, incident_id, fts.COLUMNS)
        assert _weights(conn, incident_id) == {f"zq{c}": weight(c) for c in fts.COLUMNS}


def test_a_revision_redeclares_the_document_for_a_new_column(pg_url: str) -> None:
    """What a revision adding a full-text field runs (docs/ARCHITECTURE.md)."""
    incident_id = _one_incident(pg_url)
    columns = (*fts.COLUMNS, "zqsummary")
    with psycopg.connect(pg_url) as conn:
        conn.execute("""ALTER TABLE incident_fts ADD COLUMN zqsummary TEXT NOT NULL DEFAULT ''""")
        for statement in (*DROP_DOCUMENT, *document_statements(columns)):
            conn.execute(statement.encode())  # as written (no parameters)
        _fill(conn, incident_id, columns)
        assert _weights(conn, incident_id) == {f"zq{c}": weight(c) for c in columns}
        phrase = "SELECT count(*) FROM incident_fts WHERE document @@ il_query(%s)"
        found = conn.execute(phrase, ("'zqlemmas' <-> 'zqzqsummary'",)).fetchone()
        assert found == (0,)  # a gap between the columns, as between the others
