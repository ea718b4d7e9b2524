"""Schema versions: a database made by the first release opens in this one, and never later."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import SQLModel

from incident_logger.services.check import check_database
from incident_logger.services.search import count_incidents, search_incidents
from incident_logger.store import fts, migrations, tables  # noqa: F401  (registers the tables)
from incident_logger.store.engine import DatabaseError, open_database

V1_FILE = Path(__file__).parent / "data" / "schema_v1.sqlite3"


def test_new_database_has_the_latest_schema(db_path: Path) -> None:
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    assert migrations.current_version(conn) == migrations.SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_database_from_schema_1_opens_and_migrates(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(V1_FILE, path)
    db = open_database(path)
    try:
        assert count_incidents(db) == 40
        assert search_incidents(db, "region:калужская").rows or search_incidents(db, "").rows
    finally:
        db.close()
    report = check_database(path)
    assert report.ok, report.problems
    assert report.schema_version == migrations.SCHEMA_VERSION


def test_migrations_are_ordered_and_contiguous() -> None:
    versions = [m.version for m in migrations.MIGRATIONS]
    assert versions == list(range(1, len(versions) + 1))


def test_table_classes_match_the_migrated_schema(db_path: Path) -> None:
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    for table in SQLModel.metadata.sorted_tables:
        actual = {row[1] for row in conn.execute(f"PRAGMA table_info({table.name})")}
        assert actual == set(table.columns.keys()), table.name


def test_a_newer_schema_is_refused_and_left_alone(db_path: Path) -> None:
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="schema version 99"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_a_failed_migration_rolls_back(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    open_database(db_path).close()
    steps = (
        *migrations.MIGRATIONS,
        migrations.Migration(len(migrations.MIGRATIONS) + 1, "broken", broken),
    )
    monkeypatch.setattr(migrations, "MIGRATIONS", steps)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", steps[-1].version)
    with pytest.raises(RuntimeError, match="power cut"):
        open_database(db_path)
    conn = sqlite3.connect(db_path)
    assert migrations.current_version(conn) == steps[-2].version
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'half_done'").fetchall()


def test_new_databases_use_16k_pages(db_path: Path) -> None:
    open_database(db_path).close()
    assert sqlite3.connect(db_path).execute("PRAGMA page_size").fetchone()[0] == 16384


def test_an_old_file_gets_its_search_index_once_on_the_newest_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Steps 6 and 8 leave the index to the end of the upgrade: built by a step, with this
    release's store/fts.py, it would read columns a later step adds (a full-text field's)."""
    path = tmp_path / "old.sqlite3"
    shutil.copy(V1_FILE, path)
    rebuild = fts.rebuild
    built: list[tuple[int, set[str]]] = []

    def record(conn: sqlite3.Connection, progress: fts.Progress | None = None) -> int:
        incident = {r[1] for r in conn.execute("PRAGMA table_info(incident)")}
        built.append((migrations.current_version(conn), incident))
        return rebuild(conn, progress)

    monkeypatch.setattr(fts, "rebuild", record)
    db = open_database(path)
    try:
        assert search_incidents(db, "pond").rows  # the index holds the old file's words
        with db.raw() as conn:
            assert fts.is_current(conn)
    finally:
        db.close()
    [(version, incident)] = built  # once, inside the last step (its version not yet set)
    assert version == migrations.SCHEMA_VERSION - 1
    fresh = tmp_path / "fresh.sqlite3"
    open_database(fresh).close()
    assert incident == {r[1] for r in sqlite3.connect(fresh).execute("PRAGMA table_info(incident)")}
    assert len(built) == 2  # a new file's empty index, made the same way
    report = check_database(path)
    assert report.ok, report.problems


def test_the_index_is_rebuilt_when_its_columns_are_not_the_document_s(db_path: Path) -> None:
    """A migration that gives the document a column needs no index code of its own: the
    index declared without it is not current, and the upgrade's end rebuilds it."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    migrations.migrate(conn, upto=migrations.SCHEMA_VERSION - 1)
    conn.execute("DROP TABLE incident_fts")
    conn.execute(fts.CREATE_SQL.replace(", lemmas", "").format(name="incident_fts"))
    assert not fts.is_current(conn)
    migrations.migrate(conn)
    assert fts.is_current(conn)
    conn.close()
