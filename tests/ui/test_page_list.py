"""Every page opens from the declarative list (ui/page_list.py), by its shortcut and its menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from incident_logger.ui import main_menus
from incident_logger.ui.main_window import MainWindow
from incident_logger.ui.page_list import PAGES
from tests.ui.editor_support import window

__all__ = ["window"]


def test_every_page_opens_by_its_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    assert [window.nav.item(row).text() for row in range(window.nav.count())] == [
        spec.title() for spec in PAGES
    ]
    for spec in (*PAGES[1:], PAGES[0]):  # from Incidents to each page, then back
        keys = QKeySequence(spec.shortcut)[0]
        qtbot.keyClick(window.focusWidget() or window, keys.key(), keys.keyboardModifiers())
        qtbot.waitUntil(lambda s=spec: window.page_key() == s.key, timeout=3000)
        qtbot.wait(100)
        page = window.stack.currentWidget()
        assert page is window.pages[spec.key]
        assert not isinstance(page, QLabel), f"{spec.key} failed to start"
        assert spec.key in window.page_api
        toolbar = window.page_api[spec.key].page_toolbar()
        assert toolbar is None or toolbar.isVisible()
        assert window.incident_toolbar is not None
        assert window.incident_toolbar.isVisible() == (spec.key in ("incidents", "trash"))


def test_the_view_menu_lists_every_page_in_order(qtbot: QtBot, window: MainWindow) -> None:
    view = next(
        action.menu()
        for action in window.menuBar().actions()
        if action.text() == main_menus.MENUS[2][0]
    )
    listed = [a.text() for a in view.actions()][: len(PAGES)]
    assert listed == [spec.title() for spec in PAGES]
    window.actions_["go_places"].trigger()
    qtbot.waitUntil(lambda: window.page_key() == "places")
    assert window.stack.currentWidget() is window.pages["places"]
    assert window.nav.currentItem().data(Qt.ItemDataRole.UserRole) == "places"


def test_every_window_action_comes_from_the_table(window: MainWindow) -> None:
    names = {spec.name for spec in main_menus.ACTIONS} | {f"go_{s.key}" for s in PAGES}
    assert set(window.actions_.by_name) == names
    menus = [row for _title, rows in main_menus.MENUS for row in rows if row]
    rows = {*menus, *main_menus.INCIDENT_TOOLBAR, *main_menus.MAIN_TOOLBAR} - {None}
    assert rows - {main_menus.PAGES_ROW, main_menus.APPEARANCE_ROW} <= names
