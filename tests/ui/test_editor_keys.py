"""The incident editor from the keyboard (issue 8, items 2, 3, 7 and 8): record keys that leave
dropdowns alone, Tab from Place to Locality, Save and new, Alt+letter for every field, undo after
save, what the editor shows after Delete or a new search, and the menus' own Alt+letters."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from incident_logger.services.incidents import get_incident
from incident_logger.services.search import count_incidents
from incident_logger.store.engine import Database
from incident_logger.ui import prompts
from incident_logger.ui.dialogs.new_place_dialog import NewPlaceDialog
from incident_logger.ui.main_window import MainWindow
from tests.conftest import Night
from tests.ui.editor_support import press, type_slowly, wait_written, window

__all__ = ["window"]
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _loaded(qtbot: QtBot, window: MainWindow, rows: int) -> None:
    window.action("refresh").trigger()
    model = window.incidents.list.model
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == rows, timeout=5000)


def _no_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def record(_parent: object, what: str) -> prompts.Unsaved:
        asked.append(what)
        return prompts.Unsaved.CANCEL

    monkeypatch.setattr(prompts, "ask_unsaved", record)
    return asked


def test_alt_down_opens_the_category_list_and_stays_on_the_record(
    qtbot: QtBot, window: MainWindow, night: Night, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.incidents
    form = page.editor.form
    _loaded(qtbot, window, 2)
    page.list.table.selectRow(0)
    shown = page.editor.incident_id
    asked = _no_questions(monkeypatch)
    form.category.setFocus()
    qtbot.waitUntil(form.category.hasFocus)
    press(qtbot, Qt.Key.Key_Down, ALT)
    qtbot.waitUntil(lambda: form.category.view().isVisible(), timeout=2000)
    assert page.editor.incident_id == shown and asked == []
    press(qtbot, Qt.Key.Key_Escape, widget=form.category.view())
    qtbot.waitUntil(lambda: not form.category.view().isVisible())


def test_next_and_previous_record_keys(
    qtbot: QtBot, window: MainWindow, night: Night, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.incidents
    _loaded(qtbot, window, 2)
    page.list.table.selectRow(0)
    first = page.editor.incident_id
    page.editor.form.title.setFocus()
    press(qtbot, Qt.Key.Key_PageDown, CTRL)  # from a text field, as from the table
    second = page.editor.incident_id
    assert second not in (None, first)
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert page.editor.incident_id == first
    assert window.shortcut_of("next") == "Ctrl+PgDown"
    assert window.shortcut_of("previous") == "Ctrl+PgUp"


def test_tab_goes_from_place_to_locality_and_the_add_place_button_has_a_key(
    qtbot: QtBot, window: MainWindow, night: Night, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = window.incidents.editor.form
    window.action("new").trigger()
    opened: list[str] = []

    def fake_exec(dialog: NewPlaceDialog) -> int:
        opened.append(dialog.windowTitle())
        return 0

    monkeypatch.setattr(NewPlaceDialog, "exec", fake_exec)
    form.place.edit.setFocus()
    type_slowly(qtbot, form.place.edit, "Kaluga")
    press(qtbot, Qt.Key.Key_Escape)  # close the suggestions
    form.place.edit.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert form.locality.hasFocus()
    type_slowly(qtbot, form.locality, " near a pond")
    assert opened == [] and form.locality.text() == " near a pond"
    form.place.edit.setFocus()
    press(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    assert len(opened) == 1
    assert "Ctrl+Shift+P" in form.place.add_button.toolTip()


def test_save_and_new_key(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    page = window.incidents
    form = page.editor.form
    window.action("new").trigger()
    type_slowly(qtbot, form.title, "Kiosk hit")
    type_slowly(qtbot, form.start_at, "2026-09-12")
    category = form.category.lineEdit()
    assert category is not None
    type_slowly(qtbot, category, "fire")
    press(qtbot, Qt.Key.Key_Return, CTRL | SHIFT, widget=category)
    wait_written(qtbot, window)
    assert count_incidents(db, "kiosk") == 1
    assert page.editor.incident is None and form.title.text() == "" and form.title.hasFocus()
    assert not page.editor.is_dirty()
    assert window.shortcut_of("save_new") == "Ctrl+Shift+Return"


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).upper() if found else None


MENU_LETTERS = {"F", "E", "V", "G", "H"}  # File, Edit, View, Go, Help


def test_every_field_has_its_own_alt_letter(qtbot: QtBot, window: MainWindow) -> None:
    form = window.incidents.editor.form
    window.action("new").trigger()
    bar = {_mnemonic(a.text()) for a in window.menuBar().actions()}
    assert bar == MENU_LETTERS
    labels = [w for w in form.findChildren(QLabel) if w.buddy() is not None]
    buttons = [b for b in window.incidents.findChildren(QAbstractButton) if _mnemonic(b.text())]
    letters = [_mnemonic(w.text()) for w in labels] + [_mnemonic(b.text()) for b in buttons]
    assert len(letters) == len(set(letters)), letters
    assert not set(letters) & MENU_LETTERS
    reached = {w.buddy() for w in labels} | {b for b in buttons}
    # Longitude sits beside Latitude under "Coordinates": Alt+O, then Tab.
    skip = ("place", "sources", "damage", "longitude")
    needed = {
        *(w for k, w in form.fields.items() if k not in skip),
        form.place.edit,
        form.sources.picker,
        form.damage.add_button,
    }
    assert needed <= reached, [w.accessibleName() for w in needed - reached]
    # Alt+letter at a person's pace lands in each field in turn.
    for label in labels:
        letter = _mnemonic(label.text())
        assert letter is not None
        press(qtbot, getattr(Qt.Key, f"Key_{letter}"), ALT)
        buddy = label.buddy()
        focused = QApplication.focusWidget()
        assert focused is buddy or (focused is not None and buddy.isAncestorOf(focused)), letter


def test_alt_e_opens_the_edit_menu(qtbot: QtBot, window: MainWindow) -> None:
    form = window.incidents.editor.form
    window.action("new").trigger()
    form.end_at.setFocus()
    type_slowly(qtbot, form.title, "x")
    press(qtbot, Qt.Key.Key_E, ALT, widget=form.title)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=2000)
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QMenu) and popup.title() == "&Edit"
    popup.close()


def test_ctrl_z_right_after_ctrl_s_undoes_the_save(
    qtbot: QtBot, window: MainWindow, night: Night, db: Database
) -> None:
    page = window.incidents
    form = page.editor.form
    page.open_incident(night.fire_incident)
    before = form.title.text()
    form.title.setFocus()
    form.title.end(False)
    type_slowly(qtbot, form.title, " (out)")
    press(qtbot, Qt.Key.Key_S, CTRL)
    wait_written(qtbot, window)
    assert get_incident(db, night.fire_incident).draft.title == before + " (out)"
    assert form.title.hasFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the cursor is still in the title
    wait_written(qtbot, window)
    qtbot.waitUntil(lambda: form.title.text() == before)
    assert get_incident(db, night.fire_incident).draft.title == before
    assert form.title.text() == before
    # While there is unsaved typing, Ctrl+Z is the field's own undo.
    type_slowly(qtbot, form.title, "!")
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert form.title.text() == before
    assert get_incident(db, night.fire_incident).draft.title == before


def test_delete_moves_the_editor_to_the_next_row(
    qtbot: QtBot, window: MainWindow, night: Night
) -> None:
    page = window.incidents
    _loaded(qtbot, window, 2)
    page.list.table.setFocus()
    page.list.table.selectRow(0)
    first = page.editor.incident_id
    other = ({night.debris_incident, night.fire_incident} - {first}).pop()
    press(qtbot, Qt.Key.Key_Delete, widget=page.list.table)
    wait_written(qtbot, window)
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1 and not page.list.model.loading)
    assert page.editor.incident_id == other
    assert page.list.table.current_id() == other
    assert page.heading.text() == get_incident(page.db, other).ref


def test_the_editor_follows_a_new_search(qtbot: QtBot, window: MainWindow, night: Night) -> None:
    page = window.incidents
    model = page.list.model
    _loaded(qtbot, window, 2)
    page.open_incident(night.fire_incident)
    type_slowly(qtbot, page.list.search.edit, "parked")
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: page.editor.incident_id == night.debris_incident, timeout=3000)
    type_slowly(qtbot, page.list.search.edit, "zzz")
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 0, timeout=5000)
    qtbot.waitUntil(lambda: page.editor.incident is None, timeout=3000)


def test_page_messages_stay_on_their_page(qtbot: QtBot, window: MainWindow) -> None:
    if "places" not in window.pages:
        pytest.skip("no Places page in this build")
    window.show_page("places")
    qtbot.waitUntil(lambda: "place" in window.statusBar().currentMessage(), timeout=5000)
    assert "(s)" not in window.statusBar().currentMessage()
    window.show_page("trash")
    qtbot.wait(300)
    assert "place" not in window.statusBar().currentMessage()
    window.show_page("backups")
    qtbot.wait(300)
    assert "place" not in window.statusBar().currentMessage()
