"""Every key of the window against the platforms' standard keys, and the Help menu (issue 8,
items 2 and 8)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QTextBrowser
from pytestqt.qtbot import QtBot

from incident_logger.domain.query import FIELDS
from incident_logger.ui import help_dialogs
from incident_logger.ui.incidents.place_picker import ADD_PLACE_KEY
from incident_logger.ui.main_window import MainWindow
from tests.ui.editor_support import window

__all__ = ["window"]
K = QKeySequence.StandardKey

# Keys that are standard elsewhere than the platform the tests run on, or that widgets keep for
# themselves. Qt's table of standard keys (QKeySequence::StandardKey) for macOS, Windows and X11,
# and the bindings of QComboBox, QTabWidget and QLineEdit.
RESERVED = {
    "Alt+Up": "combo box: close its list; macOS: start of paragraph",
    "Alt+Down": "combo box: open its list; macOS: end of paragraph",
    "F4": "combo box: open its list (Windows)",
    "Ctrl+Up": "macOS: start of document",
    "Ctrl+Down": "macOS: end of document",
    "Ctrl+[": "macOS: Back",
    "Ctrl+]": "macOS: Forward",
    "Ctrl+{": "macOS: previous child window",
    "Ctrl+}": "macOS: next child window",
    "Ctrl+,": "macOS: Preferences",
    "Ctrl+H": "Replace; macOS: hide the application",
    "Ctrl+M": "macOS: minimise",
    "Ctrl+R": "Refresh on GNOME and macOS",
    "Ctrl+T": "a new tab",
    "Ctrl+W": "Close",
    "Ctrl+Shift+S": "Save As",
    "Ctrl+Tab": "next tab or child window",
    "Ctrl+Shift+Tab": "previous tab or child window",
    "Ctrl+Shift+Backtab": "previous tab or child window",
    "Alt+Left": "Back",
    "Alt+Right": "Forward",
    "F11": "full screen",
    "Ctrl+A": "select all",
    "Ctrl+C": "copy",
    "Ctrl+V": "paste",
    "Ctrl+X": "cut",
    "Ctrl+Backspace": "delete the word before",
    "Ctrl+Del": "delete the word after",
}
# Text formatting keys mean nothing in an app without rich-text editing: Ctrl+I is Import.
FORMATTING = {K.Bold, K.Italic, K.Underline}


def _standard_keys() -> dict[str, set[K]]:
    keys: dict[str, set[K]] = {}
    for standard in K:
        for sequence in QKeySequence.keyBindings(standard):
            keys.setdefault(sequence.toString(), set()).add(standard)
    return keys


def _window_actions(window: MainWindow) -> list[QAction]:
    help_dialogs.shortcut_sections(window)  # builds every page, as the Help window does
    page = window.incidents
    return [*window.actions_.by_name.values(), *page.findChildren(QAction)]


def _keys(action: QAction) -> list[str]:
    scoped = action.property("scoped_keys") or []
    return [s.toString() for s in action.shortcuts()] or list(scoped)


def test_no_key_clashes_with_a_standard_key_or_another_action(window: MainWindow) -> None:
    standard = _standard_keys()
    owners: dict[str, str] = {}
    problems: list[str] = []
    for action in _window_actions(window):
        declared = {K(v) for v in action.property("standard_keys") or []}
        for key in _keys(action):
            name = action.text().replace("&", "")
            if key in RESERVED and not declared:
                problems.append(f"{name}: {key} is {RESERVED[key]}")
            meant = standard.get(key, set())
            if meant and not (meant & declared) and not (meant & FORMATTING):
                problems.append(f"{name}: {key} is the standard {sorted(m.name for m in meant)}")
            if key in owners and owners[key] != name:
                problems.append(f"{key} is both {owners[key]} and {name}")
            owners[key] = name
    assert problems == []
    assert ADD_PLACE_KEY in owners


def test_the_shortcuts_window_lists_every_key_once(qtbot: QtBot, window: MainWindow) -> None:
    dialog = help_dialogs.shortcuts_dialog(window)
    text = dialog.findChild(QTextBrowser)
    assert text is not None
    plain = text.toPlainText()
    assert "Ctrl+Shift+Z, Ctrl+Shift+Z" not in plain and "Ctrl+N, New" not in plain
    for row in plain.splitlines():
        keys = [k.strip() for k in row.split("\t")[-1].split(",")]
        assert len(keys) == len(set(keys)), row
    assert "Ctrl+Shift+Z" in plain and "Ctrl+PgDown" in plain and ADD_PLACE_KEY in plain
    if "counts" in window.pages:
        assert "Ctrl+L" in plain  # the Regional counts page's "Add line"
    dialog.deleteLater()


def test_help_menu_shows_the_search_language(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def capture(dialog: QDialog) -> int:
        browser = dialog.findChild(QTextBrowser)
        assert browser is not None
        shown.append(browser.toPlainText())
        return 0

    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"
    )
    titles = [a.text().replace("&", "") for a in help_menu.actions()]
    assert "Search language" in titles and "Keyboard shortcuts" in titles
    monkeypatch.setattr(QDialog, "exec", capture)
    window.action("search_help").trigger()
    assert shown and "The search language" in shown[0]
    for field in FIELDS:  # the reference names every field the parser knows
        assert f"{field}:" in shown[0], field


def test_f1_opens_the_shortcuts_window(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda d: opened.append(d.objectName()) or 0)
    window.incidents.editor.form.title.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    assert opened == ["shortcutsDialog"]
