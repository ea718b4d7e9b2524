"""A big import builds the incident table's sort indexes at its end (store/bulk.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from incident_logger.services.exchange import stream as stream_module
from incident_logger.services.exchange.importer import import_file
from incident_logger.services.search import SortKey, search_incidents
from incident_logger.store import bulk
from incident_logger.store.bulk import DeferredIndexes
from incident_logger.store.engine import Database


def _indexes(db: Database) -> list[tuple[str, str]]:
    with db.raw() as conn:
        return conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "ORDER BY name"
        ).fetchall()


def _csv(path: Path, rows: int, *, bad_line: int | None = None) -> Path:
    lines = ["title,start_at,narrative,place,injuries"]
    for n in range(rows):
        when = "yesterday" if n + 2 == bad_line else f"2026-09-{1 + n % 28:02d}T{n % 24:02d}:00"
        lines.append(f"Debris {n:04d},{when},Обломки упали {n},Россия › Калуга,{n % 5}")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


class _Spy:
    """Records what the import's DeferredIndexes dropped."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.dropped: list[str] = []
        real = DeferredIndexes.drop

        def drop(deferred: DeferredIndexes) -> None:
            real(deferred)
            self.dropped += [name for name, _ in deferred.dropped]

        monkeypatch.setattr(DeferredIndexes, "drop", drop)


def test_a_big_import_rebuilds_every_index_it_set_aside(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "MIN_ROWS", 50)
    monkeypatch.setattr(stream_module, "BATCH", 40)
    spy = _Spy(monkeypatch)
    before = _indexes(db)
    report = import_file(db, _csv(tmp_path / "big.csv", 300))
    assert report.written and report.imported == 300, report.problems
    assert "ix_incident_live_title" in spy.dropped
    assert "ix_incident_place_start" in spy.dropped  # an empty table: nothing is looked up
    assert _indexes(db) == before
    with db.raw() as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        plan = " ".join(
            row[3]
            for row in conn.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM incident WHERE deleted_at IS NULL "
                "ORDER BY title, id LIMIT 5"
            )
        )
    assert "ix_incident_live_title" in plan
    page = search_incidents(db, "", sort=SortKey("title", False), limit=3)
    assert [r.title for r in page.rows] == ["Debris 0000", "Debris 0001", "Debris 0002"]


def test_a_refused_import_rolls_the_dropped_indexes_back(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "MIN_ROWS", 50)
    monkeypatch.setattr(stream_module, "BATCH", 40)
    spy = _Spy(monkeypatch)
    before = _indexes(db)
    # The bad row comes after the first batch was written (and the indexes dropped).
    report = import_file(db, _csv(tmp_path / "bad.csv", 300, bad_line=250))
    assert not report.written and report.problems
    assert spy.dropped
    assert _indexes(db) == before
    with db.raw() as conn:
        assert conn.execute("SELECT count(*) FROM incident").fetchone()[0] == 0


def test_a_small_import_into_a_big_table_keeps_its_indexes(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "MIN_ROWS", 50)
    monkeypatch.setattr(stream_module, "BATCH", 40)
    assert import_file(db, _csv(tmp_path / "first.csv", 400)).written
    spy = _Spy(monkeypatch)
    lines = ["title,start_at", *(f"Later {n},2026-10-01T10:{n:02d}" for n in range(60))]
    (tmp_path / "small.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert import_file(db, tmp_path / "small.csv").written  # 60 rows: under a quarter of 400
    assert spy.dropped == []
    # A bigger one into the same table keeps the indexes its duplicate look-ups use.
    lines = [
        "title,start_at",
        *(f"Again {n},2026-11-01T{n % 24:02d}:{n % 60:02d}" for n in range(200)),
    ]
    (tmp_path / "more.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert import_file(db, tmp_path / "more.csv").written
    assert "ix_incident_live_title" in spy.dropped
    assert not set(spy.dropped) & stream_module.KEEP_INDEXES


def test_the_rule_and_the_transaction() -> None:
    assert not bulk.worth_deferring(bulk.MIN_ROWS - 1, 0)
    assert bulk.worth_deferring(bulk.MIN_ROWS, 0)
    assert not bulk.worth_deferring(100_000, 1_000_000)
    assert bulk.worth_deferring(300_000, 1_000_000)
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("CREATE TABLE t(a, b UNIQUE)")
    conn.execute("CREATE INDEX ix_a ON t(a)")
    conn.execute("CREATE UNIQUE INDEX ix_ab ON t(a, b)")
    deferred = DeferredIndexes(conn, "t", frozenset())
    with pytest.raises(AssertionError):
        deferred.drop()  # only inside a transaction
    conn.execute("BEGIN")
    deferred.drop()
    assert [name for name, _ in deferred.dropped] == ["ix_a"]  # unique ones stay
    deferred.restore()
    conn.execute("COMMIT")
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"ix_a", "ix_ab"} <= names
