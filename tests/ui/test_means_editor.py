"""The means field in the editor: a list the user types into or picks from with the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from incident_logger.domain.enums import Means
from incident_logger.services.incidents import get_incident
from incident_logger.store.engine import Database
from incident_logger.ui.main_window import MainWindow
from tests.ui.editor_support import KEY_MS, press, type_slowly, wait_written, window

__all__ = ["window"]
ALT = Qt.KeyboardModifier.AltModifier


def _new(qtbot: QtBot, window: MainWindow, title: str) -> None:
    form = window.incidents.editor.form
    window.action("new").trigger()
    type_slowly(qtbot, form.title, title)
    form.category.setFocus()
    type_slowly(qtbot, form.category.lineEdit(), "strike")
    form.start_at.setFocus()
    type_slowly(qtbot, form.start_at, "2026-09-12 01:30")


def test_typing_part_of_a_means_completes_it_and_saves(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page = window.incidents
    form = page.editor.form
    _new(qtbot, window, "Depot hit")
    press(qtbot, Qt.Key.Key_Q, ALT)  # Alt+Q: the Means field
    assert QApplication.focusWidget() in (form.means, form.means.lineEdit())
    type_slowly(qtbot, QApplication.focusWidget(), "mis")  # completes to "Missile"
    press(qtbot, Qt.Key.Key_Return)
    assert form.means.currentText() == "Missile"
    window.action("save").trigger()
    wait_written(qtbot, window)
    saved = page.editor.incident_id
    assert saved is not None, {k: e.text() for k, e in form.errors.items() if e.text()}
    assert get_incident(db, saved).draft.means is Means.MISSILE


def test_the_list_opens_and_a_means_is_picked_with_the_keyboard(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page = window.incidents
    form = page.editor.form
    _new(qtbot, window, "Pylon down")
    press(qtbot, Qt.Key.Key_Q, ALT)
    press(qtbot, Qt.Key.Key_Down, ALT)  # Alt+Down opens the list
    popup = form.means.view()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    target = form.means.findText("Sabotage")
    while popup.currentIndex().row() < target:
        press(qtbot, Qt.Key.Key_Down, widget=popup)
    press(qtbot, Qt.Key.Key_Return, widget=popup)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=2000)
    assert form.means.currentText() == "Sabotage"
    window.action("save").trigger()
    wait_written(qtbot, window)
    saved = page.editor.incident_id
    assert saved is not None
    assert get_incident(db, saved).draft.means is Means.SABOTAGE

    # Emptied again: "not stated" is saved as no means at all.
    form.means.lineEdit().selectAll()
    press(qtbot, Qt.Key.Key_Delete, widget=form.means.lineEdit())
    window.action("save").trigger()
    wait_written(qtbot, window)
    assert get_incident(db, saved).draft.means is None


def test_a_word_that_is_no_means_is_named_beside_the_field_and_kept(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.incidents
    form = page.editor.form
    _new(qtbot, window, "Blast")
    press(qtbot, Qt.Key.Key_Q, ALT)
    type_slowly(qtbot, QApplication.focusWidget(), "rocket")
    qtbot.wait(3 * KEY_MS)
    window.action("save").trigger()
    wait_written(qtbot, window)
    assert page.editor.incident_id is None  # refused
    assert form.errors["means"].isVisible()
    assert "rocket" in form.errors["means"].text() and "drone" in form.errors["means"].text()
    assert form.means.currentText() == "rocket"  # the typing stays
