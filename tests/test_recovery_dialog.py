"""The recovery dialog: a way out of a damaged or foreign file that never overwrites it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from incident_logger.domain.models import IncidentDraft
from incident_logger.services.backup import backup_now
from incident_logger.services.incidents import create_incident
from incident_logger.services.search import count_incidents
from incident_logger.store.engine import DatabaseError, open_database
from incident_logger.ui.dialogs import recovery_dialog
from incident_logger.ui.dialogs.recovery_dialog import RecoveryDialog


def _damaged_with_backup(path: Path) -> bytes:
    db = open_database(path)
    for i in range(4):
        create_incident(db, IncidentDraft(title=f"Kept {i}", start_at="2026-09-12"))
    db.close()
    backup_now(path)
    path.write_bytes(os.urandom(4096))
    return path.read_bytes()


def _error(path: Path) -> DatabaseError:
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    return caught.value


def test_restore_puts_the_backup_in_place_and_keeps_the_damaged_file(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = _damaged_with_backup(db_path)
    dialog = RecoveryDialog(db_path, _error(db_path))
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "This file is not an Incident Logger database"
    assert dialog.backups.count() == 1 and "4 incidents" in dialog.backups.item(0).text()
    told: list[str] = []
    monkeypatch.setattr(
        recovery_dialog.QMessageBox, "information", lambda parent, title, text: told.append(text)
    )
    dialog.restore_button.click()
    assert dialog.chosen == db_path and "kept as" in told[0]
    aside = [
        p for p in db_path.parent.iterdir() if ".damaged-" in p.name and p.suffix == ".sqlite3"
    ]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    db = open_database(dialog.chosen)
    assert count_incidents(db) == 4
    db.close()


def test_open_another_or_create_new_never_takes_the_damaged_path(
    qtbot: QtBot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = _damaged_with_backup(db_path)
    dialog = RecoveryDialog(db_path, "some text from an older caller")
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "This file is not an Incident Logger database"  # re-inspected
    warned: list[str] = []
    monkeypatch.setattr(
        recovery_dialog.QMessageBox, "warning", lambda parent, title, text: warned.append(text)
    )
    monkeypatch.setattr(
        recovery_dialog.QFileDialog, "getSaveFileName", lambda *a, **k: (str(db_path), "")
    )
    dialog.new_button.click()
    assert dialog.chosen is None and "already exists" in warned[0]
    fresh = tmp_path / "fresh.sqlite3"
    monkeypatch.setattr(
        recovery_dialog.QFileDialog, "getSaveFileName", lambda *a, **k: (str(fresh), "")
    )
    dialog.new_button.click()
    assert dialog.chosen == fresh
    assert db_path.read_bytes() == damaged


def test_a_newer_schema_advises_the_newer_release(qtbot: QtBot, db_path: Path) -> None:
    import sqlite3

    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    dialog = RecoveryDialog(db_path, _error(db_path))
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "This database comes from a newer release"
    assert "newer release" in dialog.advice.text()
    dialog.grab().save(str(db_path.with_name("recovery.png")))


def test_recover_database_returns_none_on_quit(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path.write_bytes(b"junk" * 100)
    monkeypatch.setattr(RecoveryDialog, "exec", lambda self: RecoveryDialog.DialogCode.Rejected)
    assert recovery_dialog.recover_database(db_path, "junk", None) is None
