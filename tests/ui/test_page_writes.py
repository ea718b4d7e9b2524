"""Count reports, sources and places are saved, trashed and restored on the task runner, as
incidents are; the form keeps what was typed whatever happens, a colleague's newer version is
shown before anything is overwritten, and every open view hears the change from the hub
(issue 12, items 5 and 6)."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from incident_logger.domain.changes import Changes
from incident_logger.services import record_edits
from incident_logger.services.counts import get_count_report, update_count_report
from incident_logger.services.sources import get_source
from incident_logger.ui import prompts
from incident_logger.ui.counts.lines_model import CountLinesModel
from incident_logger.ui.counts.list_model import CountReportListModel
from incident_logger.ui.counts.page import CountsPage
from incident_logger.ui.main_window import MainWindow
from incident_logger.ui.pages.sources_page import SourcesPage
from tests.conftest import Night
from tests.ui.editor_support import KEY_MS, open_cell, window
from tests.ui.page_support import wait_idle
from tests.ui.test_edit_conflict import _when_dialog

__all__ = ["window"]
CTRL = Qt.KeyboardModifier.ControlModifier
SHOTS = Path("/work/shots/integrate")


@pytest.fixture(autouse=True)
def _closing_discards(monkeypatch: pytest.MonkeyPatch) -> None:
    """A failed test leaves typed edits: closing the window then discards them, unasked."""
    monkeypatch.setattr(prompts, "ask_unsaved", lambda *_: prompts.Unsaved.DISCARD)


def _shot(widget: Any, name: str) -> None:
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / name))


def _go(qtbot: QtBot, window: MainWindow, key: str, digit: str) -> Any:
    qtbot.keyClick(window.focusWidget() or window, getattr(Qt.Key, f"Key_{digit}"), CTRL)
    qtbot.waitUntil(lambda: window.page_key() == key)
    qtbot.wait(100)
    return window.pages[key]


def _open_report(qtbot: QtBot, page: CountsPage, report_id: int) -> None:
    qtbot.waitUntil(lambda: not page.is_loading() and page.model.row_of(report_id) >= 0)
    row = page.model.row_of(report_id)
    view = page.list_view
    rect = view.visualRect(page.model.index(row, CountReportListModel.SOURCE))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.editor.report_id == report_id)


def _type_count(qtbot: QtBot, page: CountsPage, place_id: int, text: str) -> None:
    """Double-click the region's count cell, type over it at a person's pace, press Enter."""
    model = page.editor.lines_model
    row = next(r for r, line in enumerate(model.rows()) if line.place_id == place_id)
    editor = open_cell(qtbot, page.editor.lines_view, model.index(row, CountLinesModel.COUNT))
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text, delay=KEY_MS)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(KEY_MS)


def _count_shown(page: CountsPage, place_id: int) -> str:
    model = page.editor.lines_model
    row = next(r for r, line in enumerate(model.rows()) if line.place_id == place_id)
    return str(model.index(row, CountLinesModel.COUNT).data())


def test_a_count_edited_in_its_cell_is_saved_off_the_gui_thread_and_every_view_follows(
    qtbot: QtBot, night: Night, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: list[Changes] = []
    window.hub.changed.connect(lambda changes, _origin: heard.append(changes))
    threads: list[bool] = []
    real = record_edits.COUNT_REPORTS.update

    def watched(db: Any, report_id: Any, draft: Any, *, expected_version: Any = None) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(db, report_id, draft, expected_version=expected_version)

    monkeypatch.setattr(CountsPage, "edits", replace(record_edits.COUNT_REPORTS, update=watched))
    told: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, _t, text, _a="": told.append(text))
    page = _go(qtbot, window, "counts", "2")
    assert isinstance(page, CountsPage)
    _open_report(qtbot, page, night.ministry_report)
    _type_count(qtbot, page, night.kaluga_region, "90")
    assert page.editor.is_dirty()
    qtbot.keyClick(page.editor.lines_view, Qt.Key.Key_S, CTRL)
    assert page.is_saving()  # the save runs on the runner; the editor is locked meanwhile
    wait_idle(qtbot, page)
    assert told == [] and threads == [False]
    stored = get_count_report(window.db, night.ministry_report).draft
    assert (stored.lines[0].place_id, stored.lines[0].count) == (night.kaluga_region, 90)
    assert not page.editor.is_dirty() and _count_shown(page, night.kaluga_region) == "90"
    assert heard and heard[-1].count_reports == {night.ministry_report}
    # The list's allocated column follows (90 + 42 + 28 of 221), so do the region totals.
    row = page.model.row_of(night.ministry_report)
    qtbot.waitUntil(lambda: page.model.index(row, CountReportListModel.ALLOCATED).data() == "160")
    page.tabs.setCurrentWidget(page.totals)
    qtbot.waitUntil(lambda: page.totals.model.rowCount() > 0, timeout=5000)
    totals = page.totals.model
    qtbot.waitUntil(
        lambda: any(
            totals.index(r, 0).data() == "Калужская область"
            and "90" in [totals.index(r, c).data() for c in range(1, totals.columnCount())]
            for r in range(totals.rowCount())
        ),
        timeout=5000,
    )
    _shot(window, "counts-saved.png")


def test_a_failed_count_save_keeps_the_typed_count_and_says_why(
    qtbot: QtBot, night: Night, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(db: Any, report_id: Any, draft: Any, *, expected_version: Any = None) -> Any:
        raise sqlite3.OperationalError("database is locked")

    told: list[str] = []
    monkeypatch.setattr(CountsPage, "edits", replace(record_edits.COUNT_REPORTS, update=locked))
    monkeypatch.setattr(prompts, "show_error", lambda _p, _t, text, _a="": told.append(text))
    page = _go(qtbot, window, "counts", "2")
    _open_report(qtbot, page, night.ministry_report)
    _type_count(qtbot, page, night.kaluga_region, "77")
    qtbot.keyClick(page.editor.lines_view, Qt.Key.Key_S, CTRL)
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: bool(told))
    assert "locked" in told[0]
    assert page.editor.is_dirty() and _count_shown(page, night.kaluga_region) == "77"
    stored = get_count_report(window.db, night.ministry_report).draft
    assert stored.lines[0].count == 85  # nothing was written
    assert page.save_action.isEnabled()  # unlocked: the person can try again


def test_a_count_report_a_colleague_saved_meanwhile_is_shown_before_anything_is_overwritten(
    qtbot: QtBot, night: Night, window: MainWindow
) -> None:
    page = _go(qtbot, window, "counts", "2")
    _open_report(qtbot, page, night.ministry_report)
    _type_count(qtbot, page, night.kaluga_region, "91")
    theirs = get_count_report(window.db, night.ministry_report).draft
    update_count_report(
        window.db, night.ministry_report, replace(theirs, note="Corrected by the desk.")
    )
    seen: list[Any] = []
    _when_dialog(qtbot, lambda d: qtbot.mouseClick(d.back_button, Qt.MouseButton.LeftButton), seen)
    qtbot.keyClick(page.editor.lines_view, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    wait_idle(qtbot, page)
    rows = {r[0]: r[1:] for r in seen[0]}
    assert rows["Note"] == ["The rest over various regions.", "Corrected by the desk."]
    assert rows["Line"] == [
        "Калужская область: 91; Брянская область: 42; Курская область: 28",
        "Калужская область: 85; Брянская область: 42; Курская область: 28",
    ]
    assert set(rows) == {"Note", "Line"}  # times shown alike are not called different
    assert _count_shown(page, night.kaluga_region) == "91" and page.editor.is_dirty()
    assert get_count_report(window.db, night.ministry_report).draft.lines[0].count == 85
    window.activateWindow()  # back from the dialog to the window, where Ctrl+S saves
    qtbot.waitUntil(window.isActiveWindow)
    _when_dialog(qtbot, lambda d: qtbot.mouseClick(d.mine_button, Qt.MouseButton.LeftButton), seen)
    qtbot.keyClick(page.editor.lines_view, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    wait_idle(qtbot, page)
    stored = get_count_report(window.db, night.ministry_report).draft
    assert stored.lines[0].count == 91 and stored.note == "The rest over various regions."


def test_a_source_renamed_while_keys_keep_coming_reaches_the_counts_page(
    qtbot: QtBot, night: Night, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = _go(qtbot, window, "counts", "2")  # built now, hidden when the source is saved
    assert isinstance(counts, CountsPage)
    gate = threading.Event()
    real = record_edits.SOURCES.update

    def held(db: Any, source_id: Any, draft: Any, *, expected_version: Any = None) -> Any:
        gate.wait(10)
        return real(db, source_id, draft, expected_version=expected_version)

    monkeypatch.setattr(SourcesPage, "edits", replace(record_edits.SOURCES, update=held))
    page = _go(qtbot, window, "sources", "3")
    assert isinstance(page, SourcesPage)
    page.list_view.setFocus()
    page.list_view.setCurrentIndex(page.index_of(night.ministry))
    qtbot.waitUntil(lambda: page.record_id == night.ministry)
    name = page.form.name
    name.setFocus()
    name.end(False)
    qtbot.keyClicks(name, " RU", delay=KEY_MS)
    qtbot.keyClick(name, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(page.is_saving)
    assert not page.save_button.isEnabled()
    qtbot.keyClicks(name, "!", delay=KEY_MS)  # typed while the save runs
    qtbot.wait(200)
    assert name.text() == "Ministry of Defence RU"  # locked: nothing changes under the save
    gate.set()
    wait_idle(qtbot, page)
    assert get_source(window.db, night.ministry).draft.name == "Ministry of Defence RU"
    assert name.text() == "Ministry of Defence RU!"  # the held key arrived after the save
    assert page.has_unsaved_changes()
    row = page.index_of(night.ministry).row()
    assert page.model.index(row, 0).data() == "Ministry of Defence RU"
    page.cancel_edits()
    counts = _go(qtbot, window, "counts", "2")
    source = counts.editor.source
    qtbot.waitUntil(
        lambda: source.itemText(source.findData(night.ministry)).startswith(
            "Ministry of Defence RU"
        )
    )


def test_a_place_is_trashed_and_restored_on_the_runner_and_a_refusal_is_explained(
    qtbot: QtBot, night: Night, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    heard: list[Changes] = []
    window.hub.changed.connect(lambda changes, _origin: heard.append(changes))
    page = _go(qtbot, window, "places", "4")
    page.list_view.setFocus()
    page.list_view.setCurrentIndex(page.index_of(night.kaluga))  # an incident is there
    qtbot.keyClick(page.list_view, Qt.Key.Key_Delete)
    wait_idle(qtbot, page)
    assert told and "still used" in told[0] and page.index_of(night.kaluga).isValid()
    page.list_view.setCurrentIndex(page.index_of(night.obninsk))
    qtbot.keyClick(page.list_view, Qt.Key.Key_Delete)
    wait_idle(qtbot, page)
    assert not page.index_of(night.obninsk).isValid()
    assert heard[-1].places == {night.obninsk}
    page.trash_action.trigger()
    page.list_view.setCurrentIndex(page.index_of(night.obninsk))
    page.restore_action.trigger()
    wait_idle(qtbot, page)
    page.trash_action.trigger()
    assert page.index_of(night.obninsk).isValid() and heard[-1].places == {night.obninsk}
