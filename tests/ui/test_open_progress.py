"""Opening an old database: the upgrade runs off the GUI thread and shows its progress."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from incident_logger.services.search import search_incidents
from incident_logger.store import fts, migrations, slim_indexes
from incident_logger.store.engine import DatabaseError
from incident_logger.ui.open_progress import UpgradeProgress, open_with_progress

V1_FILE = Path(__file__).parent.parent / "data" / "schema_v1.sqlite3"


def test_an_upgrade_shows_its_progress_while_the_window_keeps_drawing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(V1_FILE, path)
    monkeypatch.setattr(fts, "_BATCH", 10)  # 40 incidents: four steps
    original = migrations._report

    def slow(what: str) -> fts.Progress | None:  # each step takes a while, as at 1M
        inner = original(what)
        if inner is None:
            return None

        def report(done: int, total: int) -> None:
            time.sleep(0.15)
            inner(done, total)

        return report

    monkeypatch.setattr(migrations, "_report", slow)
    told: list[tuple[int, int, str]] = []  # what the window was told, on the GUI thread
    report = UpgradeProgress.report

    def record(self: UpgradeProgress, done: int, total: int, step: str) -> None:
        told.append((done, total, step))
        report(self, done, total, step)

    monkeypatch.setattr(UpgradeProgress, "report", record)
    seen: list[tuple[int, int, str]] = []
    ticks: list[float] = []

    def poll() -> None:
        ticks.append(time.monotonic())
        for w in QApplication.topLevelWidgets():
            if isinstance(w, UpgradeProgress) and w.isVisible():
                seen.append((w.value(), w.maximum(), w.labelText()))
        QTimer.singleShot(30, poll)

    QTimer.singleShot(0, poll)
    db = open_with_progress(path)
    try:
        assert search_incidents(db, "").rows
        with db.raw() as conn:
            assert migrations.current_version(conn) == migrations.SCHEMA_VERSION
    finally:
        db.close()
    assert len(ticks) >= 10  # the GUI thread kept running its timers while the work ran
    assert told[0] == (0, 0, "a safety copy of the file before the upgrade")
    counted = [t for t in told if t[1] and "search index" in t[2]]  # incidents indexed
    assert counted[0][:2] == (0, 40) and counted[-1][:2] == (40, 40), told
    indexes = len(slim_indexes.INDEXES) + len(slim_indexes.DROPPED)  # step 12, index by index
    assert {t[1] for t in told if t[1]} == {40, indexes}, told
    assert seen, "the window never showed"  # shown while the slow steps ran
    assert all(m in (0, 40, indexes) and "old.sqlite3" in text for _, m, text in seen), seen
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())


def test_a_file_that_cannot_be_opened_raises_as_before(qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "not-a-database.sqlite3"
    bad.write_bytes(b"this is not SQLite at all" * 100)
    with pytest.raises(DatabaseError):
        open_with_progress(bad)
