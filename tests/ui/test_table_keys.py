"""Ctrl+End in a lazily loaded table reaches the real last row and keeps the column."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from incident_logger.demo.generate import generate_demo
from incident_logger.services.search import PAGE_SIZE, count_incidents
from incident_logger.store.engine import Database
from incident_logger.ui.main_window import MainWindow
from tests.ui.window_support import running_window

CTRL = Qt.KeyboardModifier.ControlModifier
ROWS = 2_500  # more than ten of the table's first pages


@pytest.fixture
def window(qtbot: QtBot, db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    generate_demo(db, ROWS, seed=3)
    with running_window(qtbot, db, tmp_path / "settings.ini", size=(1300, 800)) as win:
        yield win


def test_ctrl_end_reaches_the_real_last_row_in_the_same_column(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    table = window.incidents.list.table
    model = table.incident_model()
    assert model.rowCount() == PAGE_SIZE < ROWS
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.wait(100)
    qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.wait(100)
    column = table.currentIndex().column()
    assert column == 2
    qtbot.keyClick(table, Qt.Key.Key_End, CTRL)
    qtbot.waitUntil(lambda: table.currentIndex().row() == ROWS - 1, timeout=10_000)
    assert model.rowCount() == count_incidents(db, "") == ROWS
    assert table.currentIndex().column() == column
    assert table.selected_ids() == [model.id_at(ROWS - 1)]
    last = table.visualRect(table.currentIndex())
    assert table.viewport().rect().intersects(last)  # scrolled into view
    qtbot.wait(100)
    qtbot.keyClick(table, Qt.Key.Key_Home, CTRL)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (0, column)


def test_a_key_while_loading_gives_up_and_works_as_usual(qtbot: QtBot, window: MainWindow) -> None:
    table = window.incidents.list.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # before the worker delivers anything
    qtbot.wait(300)
    assert table.currentIndex().row() == 2
    assert table.incident_model().rowCount() < ROWS


def test_other_tables_keep_their_column_too(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("sources")
    page = window.pages["sources"]
    view = page.list_view  # type: ignore[attr-defined]
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 1))
    qtbot.keyClick(view, Qt.Key.Key_End, CTRL)
    current = view.currentIndex()
    assert (current.row(), current.column()) == (view.model().rowCount() - 1, 1)
