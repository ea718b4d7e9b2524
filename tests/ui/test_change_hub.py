"""One change signal: what a save changed reaches every page through the hub, with no page
wired to another (issue 12, item 5)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from incident_logger.domain.changes import Changes
from incident_logger.services.incidents import get_incident
from incident_logger.ui.counts.page import CountsPage
from incident_logger.ui.main_window import MainWindow
from incident_logger.ui.pages.places_page import PlacesPage
from incident_logger.ui.pages.sources_page import SourcesPage
from tests.conftest import Night
from tests.ui.editor_support import KEY_MS, wait_written, window

__all__ = ["window"]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _titles(view: QAbstractItemView) -> list[str]:
    model = view.model()
    return [
        str(model.index(row, column).data())
        for row in range(model.rowCount(QModelIndex()))
        for column in range(model.columnCount(QModelIndex()))
    ]


def _go(qtbot: QtBot, window: MainWindow, key: str, shortcut: str) -> None:
    qtbot.keyClick(window.focusWidget() or window, getattr(Qt.Key, f"Key_{shortcut}"), CTRL)
    qtbot.waitUntil(lambda: window.page_key() == key)
    qtbot.wait(100)


def test_a_save_reaches_the_list_and_the_pages_without_hand_wiring(
    qtbot: QtBot, night: Night, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: list[Changes] = []
    window.hub.changed.connect(lambda changes, _origin: heard.append(changes))
    page = window.incidents
    title = page.editor.form.title
    row = page.list.model.row_of(night.debris_incident)
    assert row is not None
    page.list.table.selectRow(row)
    qtbot.waitUntil(lambda: page.editor.incident_id == night.debris_incident)
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " (edited)", delay=KEY_MS)
    qtbot.keyClick(title, Qt.Key.Key_S, CTRL)
    wait_written(qtbot, window)
    edited = get_incident(window.db, night.debris_incident).draft.title
    assert edited.endswith(" (edited)")
    assert heard[-1].incidents == {night.debris_incident}
    assert heard[-1].places == {night.kaluga} and heard[-1].sources == {night.governor}
    qtbot.waitUntil(lambda: not page.list.model.loading)
    assert edited in _titles(page.list.table)  # the list shows the saved title

    # On the Sources page, the governor's incidents; Ctrl+Z undoes the save from there.
    _go(qtbot, window, "sources", "3")
    sources = window.pages["sources"]
    assert isinstance(sources, SourcesPage)
    sources.list_view.setFocus()
    sources.list_view.setCurrentIndex(sources.index_of(night.governor))
    qtbot.waitUntil(lambda: edited in _titles(sources.incidents.view))
    qtbot.keyClick(sources.list_view, Qt.Key.Key_Z, CTRL)
    wait_written(qtbot, window)
    before = edited.removesuffix(" (edited)")
    assert get_incident(window.db, night.debris_incident).draft.title == before
    qtbot.waitUntil(lambda: before in _titles(sources.incidents.view), timeout=5000)

    # On the Places page, Kaluga's incidents; redo from there.
    _go(qtbot, window, "places", "4")
    places = window.pages["places"]
    assert isinstance(places, PlacesPage)
    places.list_view.setFocus()
    places.list_view.setCurrentIndex(places.index_of(night.kaluga))
    qtbot.waitUntil(lambda: before in _titles(places.incidents.view))
    qtbot.keyClick(places.list_view, Qt.Key.Key_Z, CTRL | SHIFT)
    wait_written(qtbot, window)
    qtbot.waitUntil(lambda: edited in _titles(places.incidents.view), timeout=5000)

    # On the Regional counts page (its places and sources were touched): it reads again.
    _go(qtbot, window, "counts", "2")
    counts = window.pages["counts"]
    assert isinstance(counts, CountsPage)
    reads: list[int] = []
    real = counts.refresh
    monkeypatch.setattr(counts, "refresh", lambda: (reads.append(1), real()))
    qtbot.keyClick(counts.list_view, Qt.Key.Key_Z, CTRL)
    wait_written(qtbot, window)
    qtbot.waitUntil(lambda: bool(reads))
    # Back on Incidents: the list followed every step without being asked.
    _go(qtbot, window, "incidents", "1")
    qtbot.waitUntil(lambda: not page.list.model.loading)
    assert before in _titles(page.list.table) and edited not in _titles(page.list.table)
    assert window.total == 2
