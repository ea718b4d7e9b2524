"""Shared helpers for the incident editor's GUI tests: human-pace typing and cell editing.

The ``window`` fixture lives in ``tests/ui/conftest.py``; it is named here as well for the
tests that import it from this module.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from incident_logger.ui.main_window import MainWindow
from tests.ui.conftest import window as window

KEY_MS = 100  # about a person's typing speed


def open_cell(qtbot: QtBot, view: QAbstractItemView, index: QModelIndex) -> QWidget:
    """Open the cell's editor as a person does: a double-click on the cell."""
    view.scrollTo(index)
    qtbot.wait(50)
    pos = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: view.indexWidget(index) is not None, timeout=2000)
    editor = view.indexWidget(index)
    assert editor is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return editor


def focus_target(editor: QWidget) -> QWidget:
    """Where typed keys go: a combo's line edit, or the editor itself."""
    if isinstance(editor, QComboBox) and editor.lineEdit() is not None:
        line = editor.lineEdit()
        assert line is not None
        return line
    return editor


def pick_in_popup(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Open the combo's list and click the entry ``text`` with the mouse."""
    combo.showPopup()
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.wait(150)
    row = combo.findText(text)
    assert row >= 0, text
    index = popup.model().index(row, 0)
    popup.scrollTo(index)
    qtbot.mouseClick(
        popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=2000)


def press_enter(qtbot: QtBot, view: QAbstractItemView, editor: QWidget) -> None:
    """Enter in a cell editor: the delegate commits and closes it on the next turn of the loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=2000)


def type_slowly(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.keyClicks(widget, text, delay=KEY_MS)
    qtbot.wait(KEY_MS)


def press(
    qtbot: QtBot,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    widget: QWidget | None = None,
) -> None:
    """A key pressed where the focus is (as a person's keyboard does), then a short pause."""
    target = widget or QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)
    qtbot.wait(KEY_MS)


def wait_written(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until a save, delete, restore or undo has run on the task runner and come back."""
    qtbot.waitUntil(
        lambda: not window.incidents.is_saving() and not window.runner.is_busy(), timeout=10_000
    )
