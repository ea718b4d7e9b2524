"""The team database's count documents: split as SQLite splits them, the same letters folded,
the columns apart; an older team database's documents are rewritten by the upgrade."""

from __future__ import annotations

import psycopg
from sqlalchemy import create_engine

from incident_logger.store.pg import migrate

_ROWS = (
    "INSERT INTO source(id, name, name_key, kind, reliability, created_at, updated_at) "
    "VALUES (1, 'Губернатор Орловской области', 'губернатор орловской области', 'official', "
    "'B', '2026-09-01', '2026-09-01')",
    "INSERT INTO place(id, name, name_key, kind, created_at, updated_at) "
    "VALUES (1, 'Орловская область', 'орловская область', 'region', '2026-09-01', '2026-09-01')",
    "INSERT INTO place_alias(place_id, alias, alias_key) VALUES (1, 'Oryol Oblast', 'oryol oblast')",
    "INSERT INTO count_report(id, source_id, issued_at, period_start, period_end, subject, "
    "outcome, stated_total, note, created_at, updated_at) VALUES (1, 1, '2026-09-14T08:00', "
    "'2026-09-14T00:00', '2026-09-14T08:00', 'БПЛА', 'сбиты', 4, 'Над Орёл-Южным 12.5 км, "
    "14.09.2026, см. t.me/orel_news №5', '2026-09-14', '2026-09-14')",
    "INSERT INTO count_line(report_id, place_id, count, note) VALUES (1, 1, 4, 'йод, склад')",
)


def test_an_older_team_database_gets_its_count_documents_rewritten(pg_empty: str) -> None:
    with psycopg.connect(pg_empty) as conn:
        engine = create_engine("postgresql+psycopg://", creator=lambda: psycopg.connect(pg_empty))
        with engine.begin() as sa:
            from alembic import command

            command.upgrade(migrate._config(sa), "0012")
        for statement in _ROWS:
            conn.execute(statement)
        conn.commit()

        def hits(table: str, query: str) -> int:
            found = conn.execute(
                f"SELECT count(*) FROM {table} WHERE document @@ il_query(%s)", (query,)
            ).fetchone()
            assert found is not None
            return int(found[0])

        def reports(query: str) -> int:
            return hits("count_report_fts", query)

        def lines(query: str) -> int:
            return hits("count_line_fts", query)

        assert not reports("'5'") and not lines("'иод'")  # the parser's reading, before
        conn.commit()
        with engine.begin() as sa:
            migrate.upgrade(sa)
        engine.dispose()
        for word in ("'12' <-> '5'", "'09'", "'2026'", "'orel' <-> 'news'", "'5'", "'орел'",
                     "'южным'", "'орловскои'", "'сбиты' <-> '4'"):  # fmt: skip
            assert reports(word) == 1, word
        assert not reports("'5' <-> 'губернатор'")  # the note's end, the source's start
        assert lines("'иод'") and lines("'oryol' <-> 'oblast'")
        assert not lines("'oblast' <-> '4'")  # the region's names, the line's count
        conn.execute("UPDATE count_line SET note = 'ёмкость' WHERE report_id = 1")
        assert lines("'емкость'") and not lines("'иод'")  # the trigger writes the new way
