"""Start-up through ``run_app``: the window opens on --db and shows rows; a bad file asks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from incident_logger import app as app_module
from incident_logger.store.engine import Database
from incident_logger.ui.dialogs import recovery_dialog
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

    monkeypatch.setattr(recovery_dialog, "recover_database", recover)
    assert app_module.run_app(["--db", str(bad)]) == 1
    assert asked and asked[0][0] == bad and asked[0][1]


def test_the_daily_backup_runs_in_the_background(
    qtbot: QtBot, night: Night, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from incident_logger.services.backup import list_backups
    from incident_logger.ui import main_window
    from incident_logger.ui.settings import open_settings
    from incident_logger.ui.tasks import TaskRunner

    monkeypatch.setattr(main_window, "BACKUP_DELAY_MS", 0)
    runner = TaskRunner()
    window = MainWindow(db, open_settings(tmp_path / "b.ini"), None, runner, auto_backup=True)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: bool(list_backups(db.path)), timeout=10_000)
    qtbot.waitUntil(lambda: not window.maintenance.runner.is_busy())
    assert "backup" in window.statusBar().currentMessage().lower()
    window.close()
    window.deleteLater()


def test_a_missing_database_is_created_only_after_asking(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from incident_logger.ui import prompts

    typo = tmp_path / "mistyped" / "incidnets.sqlite3"
    asked: list[str] = []

    def answer(parent: object, path: str) -> bool:
        asked.append(path)
        return False

    monkeypatch.setattr(prompts, "ask_create_database", answer)
    assert app_module.run_app(["--db", str(typo)]) == 1
    assert asked == [str(typo)] and not typo.parent.exists()
    monkeypatch.setattr(prompts, "ask_create_database", lambda parent, path: True)
    opened: list[Path] = []

    def close_new_window() -> None:  # the visible one: earlier tests' windows may linger
        window = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible() and w.db.path == typo
            ),
            None,
        )
        if window is None:
            QTimer.singleShot(20, close_new_window)
            return
        opened.append(window.db.path)
        window.close()

    QTimer.singleShot(20, close_new_window)
    assert app_module.run_app(["--db", str(typo)]) == 0
    assert typo.exists() and opened == [typo]


def test_file_check_database_runs_the_full_check_in_the_background(
    qtbot: QtBot, night: Night, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from incident_logger.ui import prompts
    from incident_logger.ui.settings import open_settings
    from incident_logger.ui.tasks import TaskRunner

    shown: list[tuple[bool, str]] = []
    monkeypatch.setattr(
        prompts, "show_check_result", lambda parent, ok, text, detail: shown.append((ok, text))
    )
    window = MainWindow(db, open_settings(tmp_path / "c.ini"), None, TaskRunner())
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitExposed(window)
    bar = window.menuBar()
    tools = next(a for a in bar.actions() if a.text() == "&File")
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(tools).center())
    menu = tools.menu()
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    qtbot.wait(100)
    check = next(a for a in menu.actions() if a.text() == "Check &database…")
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(check).center())
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    from incident_logger.store.migrations import SCHEMA_VERSION

    assert shown == [
        (True, f"The database is sound: 2 incidents, schema version {SCHEMA_VERSION}.")
    ]
    window.close()
