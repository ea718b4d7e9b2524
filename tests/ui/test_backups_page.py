"""The Backups page: lists copies with their counts, backs up now, restores after asking."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from incident_logger.domain.models import IncidentDraft
from incident_logger.services.backup import backup_now, list_backups
from incident_logger.services.incidents import create_incident
from incident_logger.services.search import count_incidents
from incident_logger.store.engine import Database
from incident_logger.ui.pages.backups_page import BackupsPage
from tests.conftest import Night
from tests.ui.page_support import shown


@pytest.fixture
def page(qtbot: QtBot, db: Database, night: Night) -> Iterator[BackupsPage]:
    widget = shown(qtbot, BackupsPage(db), (900, 480), active=False)
    yield widget
    widget.close()


def test_an_empty_list_says_what_to_do(page: BackupsPage) -> None:
    assert page.table.rowCount() == 0 and page.empty.isVisible()
    assert not page.restore_button.isEnabled() and page.backup_button.isEnabled()


def test_back_up_now_adds_a_verified_copy(qtbot: QtBot, page: BackupsPage) -> None:
    messages: list[str] = []
    page.status_message.connect(messages.append)
    page.backup_button.click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)
    assert page.table.item(0, 1).text() == "Manual" and page.table.item(0, 3).text() == "2"
    assert any("verified" in m for m in messages)
    assert page.restore_button.isEnabled()


def test_restore_asks_backs_up_first_and_says_so(
    qtbot: QtBot, page: BackupsPage, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup_now(db.path)
    create_incident(db, IncidentDraft(title="Added after the backup", start_at="2026-09-13"))
    page.refresh()
    asked: list[str] = []
    monkeypatch.setattr(page, "confirm_restore", lambda what: asked.append(what) or False)
    page.restore_button.click()
    assert asked and "2 incidents" in asked[0] and count_incidents(db) == 3  # cancelled
    monkeypatch.setattr(page, "confirm_restore", lambda what: True)
    with qtbot.waitSignal(page.database_replaced, timeout=10_000) as replaced:
        page.restore_button.click()
    assert replaced.args == [db.path]
    assert count_incidents(db) == 2
    kinds = [b.kind for b in list_backups(db.path)]
    assert kinds[0] == "pre-restore" and "restore that to go back" in page.status.text()
    assert page.table.rowCount() == 2


def test_a_broken_backup_file_is_refused_with_a_message(
    qtbot: QtBot, page: BackupsPage, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all")
    warned: list[str] = []
    monkeypatch.setattr(page, "confirm_restore", lambda what: True)
    monkeypatch.setattr(
        "incident_logger.ui.pages.backups_page.QFileDialog.getOpenFileName",
        lambda *a, **k: (str(junk), ""),
    )
    monkeypatch.setattr(
        "incident_logger.ui.pages.backups_page.QMessageBox.warning",
        lambda parent, title, text: warned.append(text),
    )
    page.file_button.click()
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    assert "cannot be restored" in warned[0] and count_incidents(db) == 2


def test_screenshot(qtbot: QtBot, page: BackupsPage, db: Database, tmp_path: Path) -> None:
    backup_now(db.path)
    create_incident(db, IncidentDraft(title="One more", start_at="2026-09-13"))
    backup_now(db.path, kind="daily")
    page.refresh()
    shot = page.grab()
    assert not shot.isNull()
    shot.save(str(tmp_path / "backups_page.png"))
