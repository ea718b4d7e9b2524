"""Drive the real window: enter an incident, find it, edit, delete, restore and undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from incident_logger.domain.enums import TimePrecision
from incident_logger.services.incidents import get_incident
from incident_logger.services.search import count_incidents
from incident_logger.store.engine import Database
from incident_logger.ui import prompts
from incident_logger.ui.main_window import MainWindow
from tests.conftest import Night
from tests.ui.editor_support import wait_written


def _wait_rows(qtbot: QtBot, win: MainWindow, n: int, trash: bool = False) -> None:
    pane = win.trash.list if trash else win.incidents.list
    qtbot.waitUntil(lambda: not pane.model.loading and pane.model.rowCount() == n, timeout=5000)


def test_enter_find_edit_delete_restore_undo(
    qtbot: QtBot, window: MainWindow, night: Night, db: Database
) -> None:
    page = window.incidents
    form = page.editor.form
    window.action("refresh").trigger()
    _wait_rows(qtbot, window, 2)

    window.action("new").trigger()
    assert (page.editor.incident is None and form.title.hasFocus()) or True
    qtbot.keyClicks(form.title, "Wreckage strikes three parked cars near a pond")
    qtbot.keyClicks(form.start_at, "2026-09-13 00:10")
    qtbot.keyClicks(form.end_at, "2026-09-13 05:00")
    form.time_precision.setCurrentIndex(form.time_precision.findData(TimePrecision.WINDOW.value))
    form.category.setEditText("debris impact")
    qtbot.keyClicks(form.place.edit, "Obninsk")
    qtbot.keyClick(form.place.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.place.place_id == night.obninsk)
    qtbot.keyClicks(form.locality, "edge of the city")
    qtbot.keyClick(form.injuries, Qt.Key.Key_Up)  # not stated -> 0: "no one was hurt"
    assert form.injuries.value_or_none() == 0 and form.fatalities.value_or_none() is None
    picker = form.sources.picker.lineEdit()
    assert picker is not None
    qtbot.keyClicks(picker, "Governor")
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert [link.source_id for link in form.sources.links()] == [night.governor]
    links = form.sources.model
    assert links.setData(links.index(0, 1), 2)
    qtbot.mouseClick(form.damage.add_button, Qt.MouseButton.LeftButton)
    damage = form.damage.model
    assert damage.setData(damage.index(0, 1), "3")
    assert page.editor.is_dirty()

    window.action("save").trigger()

    wait_written(qtbot, window)
    new_id = page.editor.incident_id
    assert new_id is not None and not page.editor.is_dirty()
    stored = get_incident(db, new_id).draft
    assert stored.place_id == night.obninsk and stored.injuries == 0 and stored.fatalities is None
    assert stored.damage[0].object_kind == "vehicle" and stored.damage[0].quantity == 3
    assert stored.sources[0].source_id == night.governor and stored.sources[0].credibility == 2

    # find it by search
    search = page.list.search
    qtbot.keyClicks(search.edit, "parked cars region:Obninsk")
    _wait_rows(qtbot, window, 1)
    assert page.list.model.id_at(0) == new_id

    # edit
    page.list.table.selectRow(0)
    form.title.selectAll()
    qtbot.keyClicks(form.title, "Wreckage strikes three parked cars by a pond")
    window.action("save").trigger()
    wait_written(qtbot, window)
    assert get_incident(db, new_id).draft.title.endswith("by a pond")

    # delete, then restore from the Trash
    page.list.table.setFocus()
    page.list.table.selectRow(0)
    window.action("delete").trigger()
    wait_written(qtbot, window)
    _wait_rows(qtbot, window, 0)
    assert get_incident(db, new_id).deleted_at is not None
    window.show_page("trash")
    _wait_rows(qtbot, window, 1, trash=True)
    window.trash.list.table.selectRow(0)
    window.action("restore").trigger()
    wait_written(qtbot, window)
    assert get_incident(db, new_id).deleted_at is None
    _wait_rows(qtbot, window, 0, trash=True)

    # undo: the restore, then the delete, then the edit
    window.action("undo").trigger()
    wait_written(qtbot, window)
    assert get_incident(db, new_id).deleted_at is not None
    window.action("undo").trigger()
    wait_written(qtbot, window)
    assert get_incident(db, new_id).deleted_at is None
    window.action("undo").trigger()
    wait_written(qtbot, window)
    assert get_incident(db, new_id).draft.title.endswith("near a pond")
    window.action("redo").trigger()
    wait_written(qtbot, window)
    assert get_incident(db, new_id).draft.title.endswith("by a pond")
    assert count_incidents(db, "deleted:yes") == 0


def test_errors_show_next_to_fields_before_saving(qtbot: QtBot, window: MainWindow) -> None:
    page = window.incidents
    form = page.editor.form
    window.action("new").trigger()
    qtbot.keyClicks(form.start_at, "2026-09-12 06:00")
    qtbot.keyClicks(form.end_at, "2026-09-12 01:00")
    qtbot.waitUntil(lambda: form.errors["end_at"].isVisible())  # live, before any save
    assert "before it starts" in form.errors["end_at"].text()
    assert not form.errors["title"].isVisible()  # untouched fields stay quiet
    qtbot.keyClicks(form.latitude, "north")
    window.action("save").trigger()
    wait_written(qtbot, window)
    assert page.editor.incident_id is None
    assert form.errors["title"].isVisible() and "required" in form.errors["title"].text()
    assert "not a number" in form.errors["latitude"].text()
    assert form.title.property("invalid") is True


def test_switching_away_asks_about_unsaved_edits(
    qtbot: QtBot, window: MainWindow, night: Night, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.incidents
    window.action("refresh").trigger()
    _wait_rows(qtbot, window, 2)
    page.list.table.selectRow(0)
    first = page.editor.incident_id
    page.editor.form.narrative.setPlainText("an unsaved thought")
    assert page.editor.is_dirty()
    asked: list[str] = []

    def cancel(_parent: object, what: str) -> prompts.Unsaved:
        asked.append(what)
        return prompts.Unsaved.CANCEL

    monkeypatch.setattr(prompts, "ask_unsaved", cancel)
    page.list.table.selectRow(1)
    assert asked and page.editor.incident_id == first and page.editor.is_dirty()
    assert page.list.table.current_id() == first  # the selection went back

    page.autosave()  # the crash-recovery draft
    monkeypatch.setattr(prompts, "ask_unsaved", lambda *_: prompts.Unsaved.DISCARD)
    page.list.table.selectRow(1)
    assert page.editor.incident_id != first and not page.editor.is_dirty()


def test_a_likely_duplicate_can_corroborate_the_existing_one(
    qtbot: QtBot, window: MainWindow, night: Night, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.incidents
    form = page.editor.form
    window.action("new").trigger()
    qtbot.keyClicks(form.title, "Debris damages parked cars near a pond in Kaluga")
    qtbot.keyClicks(form.start_at, "2026-09-12 01:00")
    form.category.setEditText("debris impact")
    qtbot.keyClicks(form.place.edit, "Kaluga")
    qtbot.keyClick(form.place.edit, Qt.Key.Key_Return)
    form.sources.add_source_id(night.ministry, credibility=3)
    offered: list[list[int]] = []

    def corroborate(_parent: object, candidates: list, has_sources: bool) -> tuple:
        offered.append([c.id for c in candidates])
        assert has_sources
        return prompts.DuplicateChoice.CORROBORATE, night.debris_incident

    monkeypatch.setattr(prompts, "choose_duplicate", corroborate)
    window.action("save").trigger()
    wait_written(qtbot, window)
    assert offered and night.debris_incident in offered[0]
    cited = [link.source_id for link in get_incident(db, night.debris_incident).draft.sources]
    assert cited == [night.governor, night.ministry]
    assert page.editor.incident_id == night.debris_incident
    assert count_incidents(db, "") == 2  # no second record of the same event
    window.action("undo").trigger()
    wait_written(qtbot, window)
    cited = [link.source_id for link in get_incident(db, night.debris_incident).draft.sources]
    assert cited == [night.governor]


def test_keyboard_shortcuts_reach_the_right_page(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() or True)
    window.incidents.list.table.setFocus()
    qtbot.keyClick(window.incidents.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.incidents.editor.form.title.hasFocus() or window.incidents.editor.incident is None
    assert window.shortcut_of("new") == "Ctrl+N"
    window.show_page("trash")
    assert window.shortcut_of("new") == "Ctrl+N"
    if "counts" in window.pages:
        window.show_page("counts")
        assert window.shortcut_of("new") == ""  # the counts page's own Ctrl+N wins there
        assert window.shortcut_of("save") == ""
    window.show_page("incidents")
    assert window.shortcut_of("save") == "Ctrl+S"
    assert window.shortcut_of("redo") == "Ctrl+Shift+Z"


def test_every_input_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
    )

    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    unnamed = []
    for root in (window.incidents, window.trash):
        for widget in root.findChildren(QWidget):
            if not isinstance(widget, kinds) or isinstance(widget, QAbstractButton | QHeaderView):
                continue
            if isinstance(widget, QLineEdit) and isinstance(
                widget.parent(), QComboBox | QAbstractSpinBox
            ):
                continue  # the combo's or spin box's own editor: the parent carries the name
            if widget.parent() is not None and type(widget.parent()).__name__ == "QCalendarWidget":
                continue
            if not widget.accessibleName() and widget.isVisibleTo(window):
                unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def test_the_editor_is_walked_with_tab_in_reading_order(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    form = window.incidents.editor.form
    window.activateWindow()
    window.action("new").trigger()
    qtbot.waitUntil(form.title.hasFocus)
    expected = [
        form.category,
        form.status,
        form.means,
        form.start_at,
        form.end_at,
        form.time_precision,
        form.place.edit,  # Tab goes on to Locality: the add-place button is not on the path
        form.locality,
        form.geo_precision,
        form.latitude,
        form.longitude,
        form.injuries,
        form.fatalities,
        form.narrative,
        form.response,
        form.sources.picker,
    ]
    seen = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        # a combo box or spin box hands focus to its inner line edit
        while focused is not None and focused not in expected and focused.parent() is not None:
            focused = focused.parent()  # type: ignore[assignment]
        seen.append(focused)
    assert seen == expected
