"""A team database on a real PostgreSQL server: team init, roles, opening, copy, backup."""

from __future__ import annotations

import shutil
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from incident_logger.cli.main import run_command
from incident_logger.domain.models import SourceDraft
from incident_logger.services.sources import create_source
from incident_logger.services.synonyms import add_group, list_groups
from incident_logger.store import migrations
from incident_logger.store.engine import DatabaseError, open_database
from incident_logger.store.pg import migrate
from incident_logger.store.pg.database import PgDatabase
from incident_logger.store.pg.team import init_team_database
from incident_logger.store.pg.url import compose, parse


def _login(admin_url: str, name: str, *roles: str) -> str:
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"DROP ROLE IF EXISTS {name}")
        conn.execute(f"CREATE ROLE {name} LOGIN")
        for role in roles:
            conn.execute(f"GRANT {role} TO {name}")
    return compose({**parse(admin_url).as_dict, "user": name})


def test_an_empty_database_is_refused_until_team_init(
    pg_empty: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(DatabaseError, match="team init") as caught:
        open_database(pg_empty)
    assert caught.value.reason == "foreign"
    assert run_command(["team", "init", pg_empty, "--role-prefix", "il_test"]) == 0
    out = capsys.readouterr().out
    assert f"Created the schema (version {migrate.head()})" in out
    assert run_command(["team", "init", pg_empty, "--role-prefix", "il_test"]) == 0
    assert "already has the newest schema" in capsys.readouterr().out
    db = open_database(pg_empty)
    try:
        assert isinstance(db, PgDatabase) and db.role == "owner" and not db.read_only
        with db.read() as session:
            categories = session.execute(text("SELECT count(*) FROM category")).scalar_one()
        assert categories > 0
    finally:
        db.close()


def test_the_schema_has_the_tables_and_columns_of_a_sqlite_file(
    pg_db: PgDatabase, tmp_path: Path
) -> None:
    sqlite = open_database(tmp_path / "same.sqlite3")
    with sqlite.raw() as conn:
        assert migrations.current_version(conn) == int(migrate.head())
        tables = {
            name: {r[1] for r in conn.execute(f"PRAGMA table_info({name})")}
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' "
                "AND name NOT LIKE 'sqlite_%'"
            )
        }
    sqlite.close()
    with pg_db.read() as session:
        rows = session.execute(
            text(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = 'public' AND table_name NOT LIKE '%fts%' "
                "AND table_name != 'alembic_version'"
            )
        ).all()
    pg_tables: dict[str, set[str]] = {}
    for table, column in rows:
        pg_tables.setdefault(table, set()).add(column)
    assert pg_tables == tables


def test_a_viewer_opens_read_only_and_is_told_why(pg_url: str) -> None:
    viewer = _login(pg_url, "il_test_vera", "il_test_viewers")
    editor = _login(pg_url, "il_test_eddie", "il_test_editors")
    db = open_database(viewer)
    try:
        assert db.read_only and "viewer" in db.read_only_reason
        with pytest.raises(DatabaseError, match="read-only"):
            create_source(db, SourceDraft(name="Governor", kind="official", reliability="B"))
    finally:
        db.close()
    db = open_database(editor)
    try:
        assert not db.read_only
        made = create_source(db, SourceDraft(name="Governor", kind="official", reliability="B"))
        assert made.draft.name == "Governor"
        with pytest.raises(DatabaseError, match="refused this change"), db.write() as session:
            session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    finally:
        db.close()


def test_a_newer_or_older_schema_is_refused(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError, match="newer than this release") as caught:
        open_database(pg_url)
    assert caught.value.reason == "too_new"


def test_sort_keys_and_count_documents_follow_the_records(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        place = conn.execute(
            "INSERT INTO place(name, name_key, kind, created_at, updated_at) "
            "VALUES ('Курск', 'курск', 'city', '', '') RETURNING id"
        ).fetchone()
        category = conn.execute("SELECT id FROM category ORDER BY id LIMIT 1").fetchone()
        assert place and category
        conn.execute(
            "INSERT INTO incident(title, start_at, time_precision, place_id, geo_precision, "
            "category_id, status, created_at, updated_at) "
            "VALUES ('Пожар', '2026-11-01', 'day', %s, 'place', %s, 'reported', '', '')",
            (place[0], category[0]),
        )
        conn.execute("UPDATE place SET name = 'Kursk', name_key = 'kursk' WHERE id = %s", place)
        keys = conn.execute("SELECT place_key, category_key FROM incident").fetchone()
        assert keys is not None and keys[0] == "kursk" and keys[1]
        source = conn.execute(
            "INSERT INTO source(name, name_key, kind, reliability, created_at, updated_at) "
            "VALUES ('Губернатор', 'губернатор', 'official', 'B', '', '') RETURNING id"
        ).fetchone()
        assert source
        report = conn.execute(
            "INSERT INTO count_report(source_id, issued_at, period_start, period_end, subject, "
            "outcome, note, created_at, updated_at) VALUES (%s, '', '', '', 'drones', "
            "'downed', 'Ёлки', '', '') RETURNING id",
            source,
        ).fetchone()
        assert report
        conn.execute(
            "INSERT INTO count_line(report_id, place_id, count) VALUES (%s, %s, 5)",
            (report[0], place[0]),
        )
        found = conn.execute(
            "SELECT (SELECT count(*) FROM count_report_fts "
            "WHERE document @@ plainto_tsquery('simple', 'елки губернатор')), "
            "(SELECT count(*) FROM count_line_fts WHERE document @@ plainto_tsquery('simple', "
            "'kursk'))"
        ).fetchone()
        assert found == (1, 1)


def test_copy_both_ways_keeps_every_row(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "night.sqlite3"
    assert run_command(["--db", str(source), "demo", "--incidents", "120", "--quiet"]) == 0
    mine = open_database(source)
    try:
        add_group(mine, ["обстрел", "shelling"])  # a synonym group the user made
        groups = list_groups(mine)
    finally:
        mine.close()
    assert run_command(["copy", str(source), pg_url]) == 0
    there = capsys.readouterr().out
    assert "incident" in there and "content match" in there
    back = tmp_path / "back.sqlite3"
    assert run_command(["copy", pg_url, str(back)]) == 0
    again = capsys.readouterr().out
    assert there.splitlines()[-1] == again.splitlines()[-1]  # the same hash both ways
    copied = open_database(back)
    try:
        assert list_groups(copied) == groups  # the user's synonyms went there and back
    finally:
        copied.close()
    for query in ([], ["пожар"]):  # every row, and a full-text search (rebuilt documents)
        assert run_command(["--db", str(back), "search", *query, "--json", "--limit", "500"]) == 0
        back_rows = capsys.readouterr().out
        assert run_command(["--db", str(source), "search", *query, "--json", "--limit", "500"]) == 0
        assert capsys.readouterr().out == back_rows and back_rows.count('"id"') > 0
    with psycopg.connect(pg_url) as conn:
        documents = conn.execute(
            "SELECT (SELECT count(*) FROM incident_fts), (SELECT count(*) FROM incident), "
            "(SELECT count(*) FROM incident_fts WHERE document @@ to_tsquery('simple', 'пожар'))"
        ).fetchone()
    assert documents is not None and documents[0] == documents[1] and documents[2] > 0
    # New records on the team database get new ids (the identity sequences moved on).
    db = open_database(pg_url)
    try:
        made = create_source(db, SourceDraft(name="New", kind="official", reliability="C"))
        with db.read() as session:
            most = session.execute(text("SELECT max(id) FROM source")).scalar_one()
        assert made.id == most
    finally:
        db.close()
    # Never into a database that holds records, never over a file.
    assert run_command(["copy", str(source), pg_url]) == 1
    assert "not empty" in capsys.readouterr().err
    assert run_command(["copy", pg_url, str(back)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_a_failed_check_leaves_nothing_behind(pg_url: str, tmp_path: Path) -> None:
    from incident_logger.store import transfer

    source = tmp_path / "night.sqlite3"
    assert run_command(["--db", str(source), "demo", "--incidents", "20", "--quiet"]) == 0
    original = transfer.table_digest

    def lying(side: transfer.Side, table: str, cols, key):  # type: ignore[no-untyped-def]
        result = original(side, table, cols, key)
        if isinstance(side, transfer.PgSide) and table == "incident":
            result.digest = "0" * 64
        return result

    transfer.table_digest = lying  # type: ignore[assignment]
    try:
        with pytest.raises(DatabaseError, match="same count, different content"):
            transfer.copy_database_between(source, pg_url)
    finally:
        transfer.table_digest = original  # type: ignore[assignment]
    with psycopg.connect(pg_url) as conn:
        counted = conn.execute("SELECT count(*) FROM incident").fetchone()
    assert counted == (0,)


def test_backup_uses_pg_dump(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from incident_logger.store.pg import dump

    if dump.find_pg_dump() is None:
        pytest.skip("pg_dump is not installed")
    assert run_command(["--db", pg_url, "backup", "--to", str(tmp_path)]) == 0
    written = list(tmp_path.glob("*.dump"))
    assert len(written) == 1 and written[0].stat().st_size > 0
    assert "pg_restore" in capsys.readouterr().out
    monkeypatch.setattr(dump, "find_pg_dump", lambda: None)
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert run_command(["--db", pg_url, "backup", "--to", str(tmp_path)]) == 1
    assert "postgresql-client" in capsys.readouterr().err


def test_check_reports_the_schema_and_role(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_command(["--db", pg_url, "check"]) == 0
    out = capsys.readouterr().out
    assert f"Schema version: {migrate.head()}" in out and "Your role: owner" in out


def test_demo_data_on_a_team_database_and_salvage_says_what_to_do_instead(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_command(["--db", pg_url, "demo", "--incidents", "30", "--quiet"]) == 0
    assert "Added 30 incidents" in capsys.readouterr().out
    assert run_command(["--db", pg_url, "search", "--json", "drone"]) == 0
    assert '"id"' in capsys.readouterr().out
    # Salvage rescues a damaged file; a server recovers by itself and restores pg_dump backups.
    assert run_command(["--db", pg_url, "salvage", str(tmp_path / "out.sqlite3")]) == 1
    err = capsys.readouterr().err
    assert "is a team database on a PostgreSQL server" in err and "Traceback" not in err
    assert "pg_restore" in err and "incident-logger copy URL FILE" in err
    assert not (tmp_path / "out.sqlite3").exists()


def test_data_version_moves_when_another_client_commits(pg_db: PgDatabase, pg_url: str) -> None:
    """LISTEN/NOTIFY: another client's commit is heard; its rollback, and reading, are not."""
    import time

    before = pg_db.data_version()
    assert pg_db.data_version() == before  # reading moves nothing
    with psycopg.connect(pg_url) as conn:
        conn.execute("INSERT INTO saved_search(name, query) VALUES ('a', 'b')")
        conn.rollback()
    time.sleep(0.2)
    assert pg_db.data_version() == before
    with psycopg.connect(pg_url) as conn:
        conn.execute("INSERT INTO saved_search(name, query) VALUES ('a', 'b')")
    deadline = time.monotonic() + 5
    while pg_db.data_version() == before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert pg_db.data_version() != before


def test_init_reports_a_role_that_may_not_create_roles(pg_url: str) -> None:
    login = _login(pg_url, "il_test_plain")
    with pytest.raises(DatabaseError, match="CREATEROLE") as caught:
        init_team_database(login, role_prefix="il_test_other")
    assert caught.value.reason == "read_only"
