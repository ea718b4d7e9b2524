"""Schema step 12: the sort indexes without the id SQLite keeps anyway; the same results,
counts and plans (store/slim_indexes.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from incident_logger.demo.generate import generate_demo
from incident_logger.services.check import check_database
from incident_logger.services.search import SORT_COLUMNS, SortKey, count_incidents, search_incidents
from incident_logger.store import migrations, slim_indexes
from incident_logger.store.engine import open_database
from incident_logger.store.sort_keys import INDEXES as SORT_INDEXES

QUERIES = ("", "обломки", "d*", '"pump station"', "region:калужская", "from:2026-03-01 fire")
# How schemas 5 to 11 declared the indexes step 12 declares again.
_OLD_INDEXES = (
    *SORT_INDEXES,
    "CREATE INDEX ix_incident_live_start ON incident(start_at, id) WHERE deleted_at IS NULL",
    "CREATE INDEX ix_incident_live_means ON incident(coalesce(means, ''), id) "
    "WHERE deleted_at IS NULL",
    "CREATE INDEX ix_history_entity ON history(entity, entity_id, id)",
)


def _as_schema_11(path: Path) -> None:
    """Turn a new database back into one that schema 11 left (the old indexes)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for name, _ in slim_indexes.INDEXES:
        conn.execute(f"DROP INDEX {name}")
    for sql in _OLD_INDEXES:
        conn.execute(sql)
    conn.execute("PRAGMA user_version = 11")
    conn.execute("COMMIT")
    conn.close()


def _results(path: Path) -> dict[tuple[str, str], list[int]]:
    db = open_database(path)
    try:
        out = {}
        for query in QUERIES:
            for column in ("when", "title", "status"):
                page = search_incidents(db, query, sort=SortKey(column), limit=500)
                out[(query, column)] = [row.id for row in page.rows]
            out[(query, "count")] = [count_incidents(db, query)]
        return out
    finally:
        db.close()


def test_step_12_slims_the_indexes_with_progress_and_finds_the_same(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = open_database(path)
    generate_demo(db, 400, seed=12)
    with db.raw() as conn:
        conn.execute("UPDATE incident SET deleted_at = updated_at WHERE id % 11 = 0")
        conn.commit()
    db.close()
    before = _results(path)  # the same data with the indexes a new file has
    _as_schema_11(path)
    conn = sqlite3.connect(path)
    old_title = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'ix_incident_live_title'")
    assert ", id)" in old_title.fetchone()[0]
    conn.close()
    heard: list[tuple[str, int, int]] = []
    migrations.set_progress(lambda what, done, total: heard.append((what, done, total)))
    try:
        after = _results(path)
    finally:
        migrations.set_progress(None)
    assert after == before
    assert len(before[("", "when")]) == 400 - 400 // 11

    conn = sqlite3.connect(path)
    assert migrations.current_version(conn) == migrations.SCHEMA_VERSION
    index_sql = dict(
        conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql NOT NULL")
    )
    for name, sql in slim_indexes.INDEXES:
        assert index_sql[name] == sql
        assert not sql.rstrip().endswith(", id)") and ", id)" not in sql
    assert "ix_incident_live_deleted" not in index_sql
    conn.close()
    total = len(slim_indexes.INDEXES) + len(slim_indexes.DROPPED)
    steps = [h for h in heard if h[0] == slim_indexes.INDEXES_STEP]
    assert steps[-1] == (slim_indexes.INDEXES_STEP, total, total), heard
    assert [done for _, done, _ in steps] == sorted(done for _, done, _ in steps)
    assert check_database(path).ok


def test_every_sort_column_has_its_slim_index(tmp_path: Path) -> None:
    """A new database has an index for every sort key (step 12's, or a later field's own)."""
    path = tmp_path / "new.sqlite3"
    open_database(path).close()
    conn = sqlite3.connect(path)
    try:
        found = conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        names = {r[0] for r in found}
    finally:
        conn.close()
    assert {name for name, _ in slim_indexes.INDEXES} <= names
    for column in SORT_COLUMNS:
        if column in ("ref", "deleted"):  # id order: the table itself
            continue
        key = {"when": "start", "region": "place_key", "category": "category_key"}.get(
            column, column
        )
        assert f"ix_incident_live_{key}" in names, column
