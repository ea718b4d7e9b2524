"""Incident saves run on the task runner: the form is locked meanwhile and keeps every key;
a refused save brings its error back to the field (issue 12, item 6)."""

from __future__ import annotations

import sqlite3
import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from incident_logger.domain.errors import FieldError, ValidationError
from incident_logger.domain.messages import msg
from incident_logger.services import incident_edits
from incident_logger.services.incidents import get_incident
from incident_logger.ui import prompts
from incident_logger.ui.main_window import MainWindow
from tests.conftest import Night
from tests.ui.editor_support import KEY_MS, wait_written, window

__all__ = ["window"]
CTRL = Qt.KeyboardModifier.ControlModifier


def _open_fire(qtbot: QtBot, window: MainWindow, night: Night) -> str:
    page = window.incidents
    row = page.list.model.row_of(night.fire_incident)
    assert row is not None
    page.list.table.selectRow(row)
    qtbot.waitUntil(lambda: page.editor.incident_id == night.fire_incident)
    title = page.editor.form.title
    title.setFocus()
    title.end(False)
    return title.text()


def test_the_form_is_locked_while_saving_and_keys_typed_meanwhile_are_kept(
    qtbot: QtBot, night: Night, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.incidents
    title = page.editor.form.title
    before = _open_fire(qtbot, window, night)
    gate = threading.Event()
    real = incident_edits.update

    def held_update(
        db: Any, incident_id: int, draft: Any, reason: str = "", *, expected_version: Any = None
    ) -> Any:
        assert threading.current_thread() is not threading.main_thread()  # off the GUI thread
        gate.wait(10)
        return real(db, incident_id, draft, reason, expected_version=expected_version)

    monkeypatch.setattr(incident_edits, "update", held_update)
    failed: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, _t, text, _a="": failed.append(text))
    qtbot.keyClicks(title, " (out)", delay=KEY_MS)
    qtbot.keyClick(title, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(page.is_saving)
    assert not page.save_button.isEnabled() and page.state.text() == "saving…"
    qtbot.keyClicks(title, "!?", delay=KEY_MS)  # the person keeps typing
    qtbot.wait(200)
    assert title.text() == before + " (out)"  # locked: the form does not change under the save
    assert not page.save()  # a second save while one runs starts nothing
    gate.set()
    wait_written(qtbot, window)
    assert failed == []
    assert get_incident(window.db, night.fire_incident).draft.title == before + " (out)"
    assert title.text() == before + " (out)!?"  # the held keys arrived after the save
    assert page.editor.is_dirty() and title.hasFocus()


def test_a_refused_save_shows_its_error_at_the_field_and_keeps_the_typing(
    qtbot: QtBot, night: Night, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.incidents
    form = page.editor.form
    before = _open_fire(qtbot, window, night)

    def refuse(
        db: Any, incident_id: int, draft: Any, reason: str = "", *, expected_version: Any = None
    ) -> Any:
        raise ValidationError([FieldError("title", msg("unknown_source", id=77))])

    monkeypatch.setattr(incident_edits, "update", refuse)
    qtbot.keyClicks(form.title, " (out)", delay=KEY_MS)
    qtbot.keyClick(form.title, Qt.Key.Key_S, CTRL)
    wait_written(qtbot, window)
    qtbot.waitUntil(form.errors["title"].isVisible)
    assert "77" in form.errors["title"].text()
    assert form.title.text() == before + " (out)" and page.editor.is_dirty()
    assert get_incident(window.db, night.fire_incident).draft.title == before
    qtbot.keyClicks(form.title, "!", delay=KEY_MS)  # the form is unlocked again
    assert form.title.text() == before + " (out)!"


def test_a_failed_write_says_so_and_keeps_the_typing(
    qtbot: QtBot, night: Night, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.incidents
    form = page.editor.form
    before = _open_fire(qtbot, window, night)
    told: list[str] = []

    def locked(
        db: Any, incident_id: int, draft: Any, reason: str = "", *, expected_version: Any = None
    ) -> Any:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(incident_edits, "update", locked)
    monkeypatch.setattr(
        prompts, "show_error", lambda _p, _title, text, _advice="": told.append(text)
    )
    qtbot.keyClicks(form.title, " (out)", delay=KEY_MS)
    qtbot.keyClick(form.title, Qt.Key.Key_S, CTRL)
    wait_written(qtbot, window)
    qtbot.waitUntil(lambda: bool(told))
    assert "locked" in told[0]
    assert form.title.text() == before + " (out)" and page.editor.is_dirty()
    assert not page.is_saving()
