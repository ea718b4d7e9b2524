"""The team database's search document, weighed by column (SQLite's schema 11 is a no-op step).

SQLite's index answers column filters itself (a phrase, a word start or ``=exact`` matches the
text but not the dictionary forms; a place's other names match the incident's own text only).
PostgreSQL's stored ``tsvector`` now says where each word came from, by weight: the incident's
own text A, the names of its places B, the dictionary forms C (``store/pg/fulltext.py``); and
it leaves a gap between columns, so that a phrase never runs from one column into the next.
The text columns are rewritten as the tokens SQLite's tokenizer sees, and ``il_query`` reads a
search the same way (``services/query_pg.py``).

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

from alembic import op

from incident_logger.store.pg.fulltext import document_statements

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# The document's columns from this revision on (``store.fts.COLUMNS`` then); each is weighed
# by its name (``store/pg/fulltext.py``: the places B, the dictionary forms C, the rest A).
COLUMNS = ("title", "narrative", "locality", "response", "damage", "sources", "places", "lemmas")
_FUNCTION, _GENERATED, _INDEX = document_statements(COLUMNS)
STATEMENTS = (
    _FUNCTION,
    """CREATE FUNCTION il_query(q text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN to_tsquery('simple'::regconfig, unaccent('unaccent'::regdictionary, q))""",
    _GENERATED,
    _INDEX,
)
_BATCH = 5_000


def _retokenize() -> None:
    """Every stored document's text as the tokens SQLite's tokenizer sees."""
    from incident_logger.store.pg.fulltext import document

    conn = op.get_bind()
    names = ", ".join(COLUMNS)
    sets = ", ".join(f"{c} = %s" for c in COLUMNS)
    last = 0
    while True:
        rows = conn.exec_driver_sql(
            f"SELECT incident_id, {names} FROM incident_fts WHERE incident_id > %s "
            f"ORDER BY incident_id LIMIT {_BATCH}",
            (last,),
        ).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        conn.exec_driver_sql(
            f"UPDATE incident_fts SET {sets} WHERE incident_id = %s",
            [(*document(row[1:]), row[0]) for row in rows],
        )


def upgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_incident_fts_document")
    op.execute("ALTER TABLE incident_fts DROP COLUMN document")
    _retokenize()
    for statement in STATEMENTS:
        op.get_bind().exec_driver_sql(statement)  # as written: the gap holds a ":1"


def downgrade() -> None:
    raise NotImplementedError("revisions are not undone; restore a backup instead")
