"""Several incidents moved to the trash or out of it together, over a colleague's save (issue
14, item 4): the rows carry the version the analyst sees, and the move, its undo and its redo
are one step each: either all move or none, and the analyst is told which one changed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from incident_logger.domain.models import incident_ref
from incident_logger.services.incidents import get_incident, update_incident
from incident_logger.ui import prompts
from incident_logger.ui.main_window import MainWindow
from tests.conftest import Night
from tests.ui.editor_support import press, wait_written, window

__all__ = ["window"]
SHOTS = Path("/work/shots/delete-versions")
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, _t, text, _a="": said.append(text))
    monkeypatch.setattr(prompts, "ask_unsaved", lambda *_: prompts.Unsaved.DISCARD)
    return said


def _shot(widget: Any, name: str) -> None:
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / name))


def _select_both(qtbot: QtBot, table: QTableView) -> None:
    """A click on the first row, then Shift+Down: both rows selected, as a person does."""
    table.setFocus()
    rect = table.visualRect(table.model().index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(150)
    press(qtbot, Qt.Key.Key_Down, SHIFT, widget=table)


def _colleague_retitles(window: MainWindow, incident_id: int, title: str) -> None:
    theirs = get_incident(window.db, incident_id)
    update_incident(window.db, incident_id, replace(theirs.draft, title=title))


def _deleted(window: MainWindow, night: Night) -> list[bool]:
    ids = (night.debris_incident, night.fire_incident)
    return [get_incident(window.db, i).deleted_at is not None for i in ids]


def test_deleting_several_rows_over_a_colleagues_save_moves_none_and_says_which(
    qtbot: QtBot, window: MainWindow, night: Night, told: list[str]
) -> None:
    page = window.incidents
    model, table = page.list.model, page.list.table
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 2)
    _select_both(qtbot, table)
    assert sorted(table.selected_ids()) == sorted((night.debris_incident, night.fire_incident))
    # The colleague saves the row that is not open in the editor: the list's version counts.
    other = next(i for i in table.selected_ids() if i != page.editor.incident_id)
    qtbot.wait(300)
    _colleague_retitles(window, other, "Station fire, two hit")
    steps = page.undo.count()
    press(qtbot, Qt.Key.Key_Delete, widget=table)
    wait_written(qtbot, window)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert incident_ref(other) in told[0] and "none of the selected incidents" in told[0]
    assert _deleted(window, night) == [False, False]  # neither moved
    assert page.undo.count() == steps
    # The current state is shown: the row and the editor hold the colleague's title.
    qtbot.waitUntil(lambda: page.editor.form.title.text() == "Station fire, two hit")
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 2)
    row = model.row_of(other)
    assert row is not None
    summary = model.summary_at(row)
    assert summary is not None and summary.title == "Station fire, two hit"
    assert incident_ref(other) in window.statusBar().currentMessage()
    _shot(window, "several-delete-refused.png")

    # Seen: both go, in one step.
    _select_both(qtbot, table)
    press(qtbot, Qt.Key.Key_Delete, widget=table)
    wait_written(qtbot, window)
    assert _deleted(window, night) == [True, True]
    assert page.undo.count() == steps + 1
    # In the trash, a colleague corrects one of them; the undo brings back neither.
    _colleague_retitles(window, night.debris_incident, "Debris on two roofs")
    press(qtbot, Qt.Key.Key_Z, CTRL, widget=table)
    wait_written(qtbot, window)
    qtbot.waitUntil(lambda: len(told) == 2, timeout=5000)
    assert incident_ref(night.debris_incident) in told[1] and "after this step" in told[1]
    assert _deleted(window, night) == [True, True]


def test_restoring_several_from_the_trash_over_a_colleagues_save_restores_none(
    qtbot: QtBot, window: MainWindow, night: Night, told: list[str]
) -> None:
    page = window.incidents
    qtbot.waitUntil(lambda: not page.list.model.loading and page.list.model.rowCount() == 2)
    _select_both(qtbot, page.list.table)
    press(qtbot, Qt.Key.Key_Delete, widget=page.list.table)
    wait_written(qtbot, window)
    assert _deleted(window, night) == [True, True]
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_5, CTRL)
    qtbot.waitUntil(lambda: window.page_key() == "trash")
    trash = window.trash
    model, table = trash.list.model, trash.list.table
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 2)
    _select_both(qtbot, table)
    assert trash.restore_button.isEnabled()
    qtbot.wait(300)
    _colleague_retitles(window, night.fire_incident, "Pump station fire, put out")
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    wait_written(qtbot, window)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert incident_ref(night.fire_incident) in told[0]
    assert "none of the selected incidents" in told[0]
    assert _deleted(window, night) == [True, True]
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 2)
    row = model.row_of(night.fire_incident)
    assert row is not None
    summary = model.summary_at(row)
    assert summary is not None and summary.title == "Pump station fire, put out"
    assert table.selected_ids() == [night.fire_incident]  # the one that changed
    assert trash.restore_button.isEnabled()
    _shot(window, "several-restore-refused.png")

    # Seen: both come back in one step, and its undo sends both back.
    _select_both(qtbot, table)
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    wait_written(qtbot, window)
    assert _deleted(window, night) == [False, False]
    window.action("undo").trigger()
    wait_written(qtbot, window)
    assert _deleted(window, night) == [True, True]
    assert len(told) == 1
