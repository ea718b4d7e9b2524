"""The team database's search document: tokens as SQLite's, weighed by column, with gaps."""

from __future__ import annotations

import psycopg
from sqlalchemy import create_engine

from incident_logger.store.pg import migrate
from incident_logger.store.pg.fulltext import document, words

_INCIDENT = (
    "INSERT INTO incident(id, title, start_at, time_precision, geo_precision, category_id, "
    "narrative, status, created_at, updated_at) VALUES (1, 'Strike at the pump', "
    "'2026-09-01T10:00', 'minute', 'unknown', 1, 'station hit', 'reported', "
    "'2026-09-01T10:00', '2026-09-01T10:00')"
)
_DOCUMENT = (
    "INSERT INTO incident_fts(incident_id, title, narrative, places, lemmas) "
    "VALUES (1, 'strike at the pump', 'station hit 2026-09-01, pump-house', "
    "'брянская область', 'бить')"
)


def test_words_are_split_as_sqlite_splits_them() -> None:
    assert words("Shahed-136 at 03:15, ops@city.example.com; 1.5 km «Новости»") == (
        "shahed 136 at 03 15 ops city example com 1 5 km новости"
    )
    assert document(("a-b", "", "c_d")) == ("a b", "", "c d")


def test_an_older_team_database_gets_its_documents_weighed_and_retokenised(pg_empty: str) -> None:
    """Upgrading from revision 0008 rewrites the stored documents (no copy needed)."""
    with psycopg.connect(pg_empty) as conn:
        engine = create_engine("postgresql+psycopg://", creator=lambda: psycopg.connect(pg_empty))
        with engine.begin() as sa:
            from alembic import command

            command.upgrade(migrate._config(sa), "0008")
        conn.execute(_INCIDENT)
        conn.execute(_DOCUMENT)
        conn.commit()
        with engine.begin() as sa:
            migrate.upgrade(sa)
        engine.dispose()
        row = conn.execute("SELECT narrative, document::text FROM incident_fts").fetchone()
        assert row is not None
        assert row[0] == "station hit 2026 09 01 pump house"

        def hits(query: str) -> bool:
            found = conn.execute(
                "SELECT count(*) FROM incident_fts WHERE document @@ il_query(%s)", (query,)
            ).fetchone()
            assert found is not None
            return bool(found[0])

        assert hits("'09'") and hits("'pump' <-> 'house'") and hits("'station' <-> 'hit'")
        assert not hits("'pump' <-> 'station'")  # the title's end, the narrative's start
        assert hits("'бить'") and not hits("'бить':AB")  # a word form: the C weight only
        assert hits("'брянская':B") and not hits("'брянская':AC")
