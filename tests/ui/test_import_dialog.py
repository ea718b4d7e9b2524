"""The import dialog: preview first (rows and problems), then all or nothing, or good rows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from incident_logger.services.exchange.exporter import export_file
from incident_logger.services.search import count_incidents
from incident_logger.store.engine import Database, open_database
from incident_logger.ui.dialogs.import_dialog import ImportDialog
from tests.conftest import Night


def _careless_csv(path: Path, rows: int = 80, bad_line: int = 57) -> Path:
    lines = ["title,start_at,place,sources,injuries"]
    for i in range(rows):
        when = "2026-13-45" if i + 2 == bad_line else f"2026-09-{1 + i % 28:02d} 01:30"
        lines.append(f"Report {i},{when},Россия › Калужская область › Калуга,Governor | B2,")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "other.sqlite3")
    yield database
    database.close()


@pytest.fixture
def dialog(qtbot: QtBot, other: Database) -> Iterator[ImportDialog]:
    widget = ImportDialog(other)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()


def _previewed(qtbot: QtBot, dialog: ImportDialog, path: Path) -> None:
    dialog.set_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15_000)


def test_a_careless_file_shows_its_problem_and_imports_nothing_by_default(
    qtbot: QtBot, dialog: ImportDialog, other: Database, tmp_path: Path
) -> None:
    _previewed(qtbot, dialog, _careless_csv(tmp_path / "careless.csv"))
    assert "80 rows" in dialog.summary.text() and "1 with problems" in dialog.summary.text()
    assert dialog.problems.item(0).text().startswith("line 57 · Start: '2026-13-45'")
    assert dialog.table.item(55, 0).text() == "57" and dialog.table.item(55, 6).text()
    assert not dialog.import_button.isEnabled()  # all or nothing: fix the file first
    dialog.partial.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=15_000) as done:
        dialog.import_button.click()
    report = done.args[0]
    assert report.imported == 79 and report.refused == 1
    assert count_incidents(other) == 79
    assert "imported 79 of 80" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()  # a second click would only find duplicates


def test_the_apps_own_export_imports_cleanly(
    qtbot: QtBot, dialog: ImportDialog, other: Database, db: Database, night: Night, tmp_path: Path
) -> None:
    path = tmp_path / "all.json"
    export_file(db, path)
    _previewed(qtbot, dialog, path)
    assert dialog.table.rowCount() == 2 and dialog.problems_title.text() == "No problems found."
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=15_000):
        dialog.import_button.click()
    assert count_incidents(other) == 2


def test_a_missing_file_is_said_plainly(qtbot: QtBot, dialog: ImportDialog, tmp_path: Path) -> None:
    dialog.set_file(tmp_path / "nope.csv")
    qtbot.waitUntil(lambda: "There is no file" in dialog.summary.text(), timeout=10_000)
    assert not dialog.import_button.isEnabled()


def test_screenshot(qtbot: QtBot, dialog: ImportDialog, tmp_path: Path) -> None:
    _previewed(qtbot, dialog, _careless_csv(tmp_path / "careless.csv"))
    shot = dialog.grab()
    assert not shot.isNull()
    shot.save(str(tmp_path / "import_dialog.png"))


def test_a_semicolon_file_with_a_repeated_row(
    qtbot: QtBot, dialog: ImportDialog, other: Database, tmp_path: Path
) -> None:
    path = tmp_path / "excel.csv"
    path.write_text(
        "title;start_at;place\r\n"
        "Fire;2026-09-01 01:30;Россия › Калуга\r\n"
        "Smoke;2026-13-45;\r\n"
        "Fire;2026-09-01 01:30;Россия › Калуга\r\n",
        encoding="utf-8",
    )
    _previewed(qtbot, dialog, path)
    summary = dialog.summary.text()
    assert "3 rows" in summary and "1 repeating an earlier line" in summary, summary
    assert "already in the database" not in summary
    texts = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("semicolons" in t for t in texts) and any("line 2" in t for t in texts), texts
