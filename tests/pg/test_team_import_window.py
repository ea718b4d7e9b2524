"""Importing a CSV file into a team database through the window, as a person does: Ctrl+I,
the file's name typed, Enter for the preview, a click on Import, then Close; the incident
list shows the new incidents and a search finds them."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from incident_logger.services.search import count_incidents
from incident_logger.store.engine import Database, open_database
from incident_logger.ui.dialogs.import_dialog import ImportDialog
from incident_logger.ui.main_window import MainWindow
from incident_logger.ui.settings import open_settings
from incident_logger.ui.tasks import TaskRunner, shutdown_shared_runner

SHOTS = Path(os.environ.get("INCIDENT_LOGGER_SHOTS", ""))  # screenshots when set
ROWS = [
    "title,start_at,place,sources,narrative",
    "Drone debris on a roof,2026-09-12 01:30,Россия › Калужская область › Калуга,"
    "Governor | B2,Debris fell on a roof.",
    "Fire at a depot,2026-09-12 03:10,Россия › Брянская область,Governor | B2,A depot burned.",
    "Air defence over Obninsk,2026-09-12 04:00,Россия › Калужская область › Обнинск,"
    "Ministry | C3,Two drones were shot down.",
]


@pytest.fixture
def team_window(qtbot: QtBot, pg_url: str, tmp_path: Path) -> Iterator[MainWindow]:
    db = open_database(pg_url)
    runner = TaskRunner()
    win = MainWindow(db, open_settings(tmp_path / "settings.ini"), None, runner)
    win.resize(1200, 760)
    win.show()
    win.start()
    model = win.incidents.list.model
    qtbot.waitUntil(lambda: model.has_loaded and not model.loading, timeout=15000)
    yield win
    win.close()
    win.deleteLater()
    runner.shutdown()
    shutdown_shared_runner()  # the import dialog's
    db.close()


def test_a_csv_file_imported_through_the_dialog_on_a_team_database(
    qtbot: QtBot,
    team_window: MainWindow,
    pg_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    win = team_window
    assert win.db.kind == "postgresql" and win.total == 0
    (tmp_path / "n.csv").write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # the name typed is short: n.csv, next to the test
    seen: dict[str, object] = {}

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ImportDialog)
        seen["dialog"] = True
        qtbot.waitExposed(dialog)
        dialog.path_edit.setFocus()
        QTest.keyClicks(dialog.path_edit, "n.csv", delay=100)
        QTest.keyClick(dialog.path_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15_000)
        seen["summary"] = dialog.summary.text()
        assert dialog.table.rowCount() == 3 and dialog.import_button.isEnabled()
        qtbot.wait(200)
        if SHOTS.name:
            dialog.grab().save(str(SHOTS / "team-import-preview.png"))
        QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=15_000)
        seen["done"] = dialog.summary.text()
        qtbot.wait(200)
        if SHOTS.name:
            dialog.grab().save(str(SHOTS / "team-import-done.png"))
        QTest.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(300, in_the_dialog)
    win.activateWindow()
    QTest.keyClick(win, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert seen.get("dialog"), "Ctrl+I did not open the import dialog"
    assert "3 rows" in str(seen["summary"]) and "3 ready to import" in str(seen["summary"])
    assert "imported 3 of 3" in str(seen["done"])
    model = win.incidents.list.model
    qtbot.waitUntil(lambda: win.total == 3 and len(model.loaded_ids()) == 3, timeout=15_000)
    db: Database = win.db
    assert count_incidents(db, "debris") == 1 and count_incidents(db, "Калужская") == 2
    box = win.incidents.list.search.edit
    box.setFocus()
    QTest.keyClicks(box, "depot", delay=100)
    qtbot.waitUntil(lambda: len(model.loaded_ids()) == 1, timeout=15_000)
    if SHOTS.name:
        win.grab().save(str(SHOTS / "team-import-window.png"))
