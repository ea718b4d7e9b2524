"""Moving a record to the trash or out of it over a colleague's newer save (issue 14, item 4):
nothing moves, the analyst is told plainly and sees the colleague's version to decide again."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from incident_logger.services.counts import get_count_report, update_count_report
from incident_logger.services.incidents import get_incident, update_incident
from incident_logger.services.places import get_place, set_place_deleted, update_place
from incident_logger.ui import prompts
from incident_logger.ui.counts.page import CountsPage
from incident_logger.ui.incidents.page import IncidentsPage
from incident_logger.ui.main_window import MainWindow
from tests.conftest import Night
from tests.ui.editor_support import press, wait_written, window
from tests.ui.page_support import wait_idle
from tests.ui.test_page_writes import _go, _open_report

__all__ = ["window"]
SHOTS = Path("/work/shots/delete-versions")
COLLEAGUE = "A colleague changed this record after you opened it"


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, _t, text, _a="": said.append(text))
    monkeypatch.setattr(prompts, "ask_unsaved", lambda *_: prompts.Unsaved.DISCARD)
    return said


def _shot(widget: Any, name: str) -> None:
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / name))


def _fire_incident_open(qtbot: QtBot, window: MainWindow, night: Night) -> IncidentsPage:
    """The incident page with the night's fire selected in the list and open in the editor."""
    page = window.incidents
    model = page.list.model
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 2)
    page.list.table.setFocus()
    page.list.table.selectRow(model.row_of(night.fire_incident) or 0)
    qtbot.waitUntil(lambda: page.editor.incident_id == night.fire_incident)
    return page


def test_deleting_an_incident_a_colleague_saved_meanwhile_moves_nothing_and_shows_theirs(
    qtbot: QtBot, window: MainWindow, night: Night, told: list[str]
) -> None:
    page = _fire_incident_open(qtbot, window, night)
    model = page.list.model
    qtbot.wait(300)  # the analyst reads it; meanwhile a colleague saves it
    theirs = get_incident(window.db, night.fire_incident)
    update_incident(window.db, night.fire_incident, replace(theirs.draft, title="Station fire"))
    steps = page.undo.count()
    press(qtbot, Qt.Key.Key_Delete, widget=page.list.table)
    wait_written(qtbot, window)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert COLLEAGUE in told[0]
    stored = get_incident(window.db, night.fire_incident)
    assert stored.deleted_at is None and stored.draft.title == "Station fire"
    qtbot.waitUntil(lambda: page.editor.form.title.text() == "Station fire")
    assert page.editor.incident_id == night.fire_incident and not page.editor.is_dirty()
    assert page.undo.count() == steps  # nothing to undo: nothing happened
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 2)
    _shot(window, "incident-delete-refused.png")
    # Having seen their version, the analyst deletes it after all.
    page.list.table.setFocus()
    qtbot.wait(200)
    press(qtbot, Qt.Key.Key_Delete, widget=page.list.table)
    wait_written(qtbot, window)
    assert get_incident(window.db, night.fire_incident).deleted_at is not None
    assert len(told) == 1


def test_deleting_a_count_report_a_colleague_saved_meanwhile_moves_nothing(
    qtbot: QtBot, window: MainWindow, night: Night, told: list[str]
) -> None:
    page = _go(qtbot, window, "counts", "2")
    assert isinstance(page, CountsPage)
    _open_report(qtbot, page, night.ministry_report)
    qtbot.wait(300)
    theirs = get_count_report(window.db, night.ministry_report).draft
    update_count_report(
        window.db, night.ministry_report, replace(theirs, note="Corrected by the desk.")
    )
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Delete)
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert COLLEAGUE in told[0]
    assert get_count_report(window.db, night.ministry_report).deleted_at is None
    qtbot.waitUntil(lambda: page.editor.report_id == night.ministry_report)
    assert page.editor.note.toPlainText() == "Corrected by the desk."
    qtbot.waitUntil(lambda: not page.is_loading() and page.model.row_of(night.ministry_report) >= 0)
    _shot(window, "count-delete-refused.png")
    qtbot.keyClick(page.list_view, Qt.Key.Key_Delete)
    wait_idle(qtbot, page)
    assert get_count_report(window.db, night.ministry_report).deleted_at is not None


def test_a_place_changed_by_a_colleague_is_neither_trashed_nor_restored_unseen(
    qtbot: QtBot, window: MainWindow, night: Night, told: list[str]
) -> None:
    page = _go(qtbot, window, "places", "4")
    page.list_view.setFocus()
    page.list_view.setCurrentIndex(page.index_of(night.obninsk))
    qtbot.waitUntil(lambda: page.record_id == night.obninsk)
    qtbot.wait(300)
    theirs = get_place(window.db, night.obninsk).draft
    update_place(window.db, night.obninsk, replace(theirs, name="Обнинск (наукоград)"))
    qtbot.keyClick(page.list_view, Qt.Key.Key_Delete)
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert COLLEAGUE in told[0]
    assert get_place(window.db, night.obninsk).deleted_at is None
    assert page.record_id == night.obninsk and page.form.name.text() == "Обнинск (наукоград)"
    _shot(window, "place-delete-refused.png")
    qtbot.keyClick(page.list_view, Qt.Key.Key_Delete)  # decided again: now it goes
    wait_idle(qtbot, page)
    assert get_place(window.db, night.obninsk).deleted_at is not None
    # In the trash: a colleague restores and trashes it again before the analyst restores.
    page.trash_action.trigger()
    page.list_view.setFocus()
    page.list_view.setCurrentIndex(page.index_of(night.obninsk))
    qtbot.waitUntil(lambda: page.record_id == night.obninsk)
    qtbot.wait(300)
    set_place_deleted(window.db, night.obninsk, False)
    set_place_deleted(window.db, night.obninsk, True, reason="duplicate of Obninsk")
    page.restore_action.trigger()
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: len(told) == 2, timeout=5000)
    assert COLLEAGUE in told[1]
    assert get_place(window.db, night.obninsk).deleted_at is not None
    assert page.record_id == night.obninsk
    page.restore_action.trigger()
    wait_idle(qtbot, page)
    assert get_place(window.db, night.obninsk).deleted_at is None


def test_redoing_a_delete_never_trashes_a_colleagues_later_change(
    qtbot: QtBot, window: MainWindow, night: Night, told: list[str]
) -> None:
    page = _fire_incident_open(qtbot, window, night)
    press(qtbot, Qt.Key.Key_Delete, widget=page.list.table)
    wait_written(qtbot, window)
    assert get_incident(window.db, night.fire_incident).deleted_at is not None
    window.action("undo").trigger()  # brought back from the Trash
    wait_written(qtbot, window)
    assert get_incident(window.db, night.fire_incident).deleted_at is None
    theirs = get_incident(window.db, night.fire_incident)
    update_incident(window.db, night.fire_incident, replace(theirs.draft, title="Station fire"))
    window.action("redo").trigger()  # would trash the colleague's fresh edit unseen
    wait_written(qtbot, window)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert "after this step" in told[0]
    stored = get_incident(window.db, night.fire_incident)
    assert stored.deleted_at is None and stored.draft.title == "Station fire"


def test_typing_in_an_incident_whose_delete_is_refused_stays_in_the_form(
    qtbot: QtBot, window: MainWindow, night: Night, told: list[str]
) -> None:
    page = _fire_incident_open(qtbot, window, night)
    title = page.editor.form.title
    typed = title.text() + " (2)"
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " (2)", delay=100)
    qtbot.waitUntil(page.editor.is_dirty)
    qtbot.wait(300)  # meanwhile a colleague saves it
    theirs = get_incident(window.db, night.fire_incident)
    update_incident(
        window.db, night.fire_incident, replace(theirs.draft, narrative="Desk narrative.")
    )
    page.list.table.setFocus()
    qtbot.wait(200)
    press(qtbot, Qt.Key.Key_Delete, widget=page.list.table)
    wait_written(qtbot, window)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert COLLEAGUE in told[0]
    assert get_incident(window.db, night.fire_incident).deleted_at is None
    qtbot.wait(300)
    # What the analyst typed is still there, still unsaved, in the incident they were editing.
    assert page.editor.incident_id == night.fire_incident
    assert page.editor.is_dirty() and title.text() == typed


def test_typing_goes_with_an_incident_that_is_moved_to_the_trash(
    qtbot: QtBot, window: MainWindow, night: Night, told: list[str]
) -> None:
    page = _fire_incident_open(qtbot, window, night)
    title = page.editor.form.title
    title.setFocus()
    qtbot.keyClicks(title, "x", delay=100)
    qtbot.waitUntil(page.editor.is_dirty)
    page.list.table.setFocus()
    qtbot.wait(200)
    press(qtbot, Qt.Key.Key_Delete, widget=page.list.table)
    wait_written(qtbot, window)
    qtbot.waitUntil(lambda: get_incident(window.db, night.fire_incident).deleted_at is not None)
    qtbot.waitUntil(lambda: page.editor.incident_id != night.fire_incident)
    assert not page.editor.is_dirty() and not told
