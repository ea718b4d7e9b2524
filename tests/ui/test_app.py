"""Start-up through ``run_app``: the window opens on --db and shows rows; a bad file asks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from incident_logger import app as app_module
from incident_logger.store.engine import Database
from incident_logger.ui import integrations
from incident_logger.ui.main_window import MainWindow
from tests.conftest import Night


def _close_when_loaded(seen: list[int]) -> None:
    def poll() -> None:
        window = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None
        )
        if window is None or not window.incidents.list.model.has_loaded:
            QTimer.singleShot(20, poll)
            return
        seen.append(window.incidents.list.model.rowCount())
        window.close()

    QTimer.singleShot(20, poll)


def test_run_app_opens_the_database_and_shows_rows(
    qtbot: QtBot, night: Night, db: Database, db_path: Path
) -> None:
    seen: list[int] = []
    _close_when_loaded(seen)
    assert app_module.run_app(["--db", str(db_path)]) == 0
    assert seen == [2]


def test_an_unreadable_file_goes_to_recovery(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "not-a-database.sqlite3"
    bad.write_bytes(b"this is not SQLite at all" * 100)
    asked: list[tuple[Path, str]] = []

    def recover(path: Path, error: str, parent: object) -> Path | None:
        asked.append((path, error))
        return None  # the user chose to quit

    monkeypatch.setattr(integrations, "recover_database", lambda: recover)
    assert app_module.run_app(["--db", str(bad)]) == 1
    assert asked and asked[0][0] == bad and asked[0][1]
