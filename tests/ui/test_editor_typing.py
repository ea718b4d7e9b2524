"""No typed value is lost in the incident editor's tables, whatever timers run (issue 8, item 1).

The cell editors are opened through the view (double-click) and typed into at about 100 ms per
key, with pauses longer than the live check's interval while an editor is open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from incident_logger.domain.enums import DamageState
from incident_logger.services.incidents import get_incident
from incident_logger.store.engine import Database
from incident_logger.ui.incidents import editor as editor_module
from incident_logger.ui.main_window import MainWindow
from tests.conftest import Night
from tests.ui.editor_support import (
    KEY_MS,
    focus_target,
    open_cell,
    pick_in_popup,
    press_enter,
    wait_written,
    window,
)

__all__ = ["window"]
PAUSE_MS = 3 * editor_module.LIVE_CHECK_MS  # the live check gets several chances to fire


def test_damage_cells_keep_what_is_typed(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    page = window.incidents
    form = page.editor.form
    window.action("new").trigger()
    qtbot.keyClicks(form.title, "Debris hits cars", delay=KEY_MS)
    qtbot.mouseClick(form.damage.add_button, Qt.MouseButton.LeftButton)
    view, model = form.damage.view, form.damage.model
    qtbot.waitUntil(lambda: view.indexWidget(model.index(0, 0)) is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # keep "vehicle"

    # Note: text typed at a person's pace stays in the open editor, then in the cell.
    editor = open_cell(qtbot, view, model.index(0, 4))
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "parked cars", delay=KEY_MS)
    qtbot.wait(PAUSE_MS)
    assert editor.text() == "parked cars"
    press_enter(qtbot, view, editor)
    assert model.notes[0].note == "parked cars"

    # How many: "3", then a pause with the editor still open, then Enter.
    editor = open_cell(qtbot, view, model.index(0, 1))
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "3", delay=KEY_MS)
    qtbot.wait(PAUSE_MS)
    assert editor.text() == "3"
    press_enter(qtbot, view, editor)
    qtbot.wait(PAUSE_MS)
    assert model.notes[0].quantity == 3
    assert model.index(0, 1).data() == "3"

    # State: "fire extinguished" picked with the mouse, a pause, then Enter commits it.
    combo = open_cell(qtbot, view, model.index(0, 3))
    assert isinstance(combo, QComboBox)
    pick_in_popup(qtbot, combo, DamageState.FIRE_EXTINGUISHED.value)
    qtbot.wait(PAUSE_MS)
    assert combo.currentText() == DamageState.FIRE_EXTINGUISHED.value
    press_enter(qtbot, view, combo)
    qtbot.wait(PAUSE_MS)
    assert model.notes[0].state is DamageState.FIRE_EXTINGUISHED

    # What: a kind typed into the editable combo.
    combo = open_cell(qtbot, view, model.index(0, 0))
    line = focus_target(combo)
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, "kiosk", delay=KEY_MS)
    qtbot.wait(PAUSE_MS)
    assert line.text() == "kiosk"
    press_enter(qtbot, view, line)
    assert model.notes[0].object_kind == "kiosk"

    qtbot.keyClicks(form.start_at, "2026-09-12", delay=KEY_MS)
    category = form.category.lineEdit()
    assert category is not None
    qtbot.keyClicks(category, "fire", delay=KEY_MS)
    window.action("save").trigger()
    wait_written(qtbot, window)
    assert page.editor.incident_id is not None, [e.text() for e in form.errors.values()]
    stored = get_incident(db, page.editor.incident_id).draft.damage[0]
    assert (stored.object_kind, stored.quantity, stored.state, stored.note) == (
        "kiosk",
        3,
        DamageState.FIRE_EXTINGUISHED,
        "parked cars",
    )


def test_source_cells_keep_what_is_typed(
    qtbot: QtBot, window: MainWindow, night: Night, db: Database
) -> None:
    page = window.incidents
    form = page.editor.form
    window.action("refresh").trigger()
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 2)
    page.open_incident(night.debris_incident)
    view, model = form.sources.view, form.sources.model

    editor = open_cell(qtbot, view, model.index(0, 3))
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "post 01:10", delay=KEY_MS)
    qtbot.wait(PAUSE_MS)
    assert editor.text() == "post 01:10"
    press_enter(qtbot, view, editor)

    combo = open_cell(qtbot, view, model.index(0, 1))
    assert isinstance(combo, QComboBox)
    pick_in_popup(qtbot, combo, combo.itemText(combo.findData(1)))
    qtbot.wait(PAUSE_MS)
    press_enter(qtbot, view, combo)
    qtbot.wait(PAUSE_MS)
    assert (model.links[0].note, model.links[0].credibility) == ("post 01:10", 1)
    window.action("save").trigger()
    wait_written(qtbot, window)
    stored = get_incident(db, night.debris_incident).draft.sources[0]
    assert (stored.note, stored.credibility) == ("post 01:10", 1)


def test_an_open_saved_incident_is_left_alone(
    qtbot: QtBot, window: MainWindow, night: Night
) -> None:
    """Merely showing a saved incident runs no live check and re-sends no rows."""
    page = window.incidents
    form = page.editor.form
    window.action("refresh").trigger()
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 2)
    page.list.table.selectRow(0)
    qtbot.waitUntil(lambda: page.editor.incident_id is not None)
    page.open_incident(night.debris_incident)
    sent: list[object] = []
    form.damage.model.dataChanged.connect(lambda *a: sent.append(a))
    form.sources.model.dataChanged.connect(lambda *a: sent.append(a))
    checks: list[int] = []
    page.editor._check.timeout.connect(lambda: checks.append(1))
    qtbot.wait(4 * editor_module.LIVE_CHECK_MS)
    assert sent == [] and checks == [] and not page.editor.is_dirty()


def test_a_timer_refresh_does_not_reset_an_open_cell(
    qtbot: QtBot, window: MainWindow, night: Night
) -> None:
    """Rows re-sent by anything (a refresh, error colours) leave an open editor's text alone."""
    page = window.incidents
    form = page.editor.form
    page.open_incident(night.debris_incident)
    view, model = form.damage.view, form.damage.model
    editor = open_cell(qtbot, view, model.index(0, 4))
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "two", delay=KEY_MS)
    model.dataChanged.emit(model.index(0, 0), model.index(0, 4))  # everything re-sent
    page.refresh()  # what the change watch does when another process writes
    qtbot.keyClicks(editor, " cars", delay=KEY_MS)
    assert editor.text() == "two cars"
    press_enter(qtbot, view, editor)
    assert model.notes[0].note == "two cars"


def test_a_count_line_cell_keeps_what_is_typed(
    qtbot: QtBot, window: MainWindow, night: Night
) -> None:
    """The Regional counts grid uses the same delegate: a re-sent column leaves typing alone."""
    if "counts" not in window.pages:
        return
    window.show_page("counts")
    page = window.pages["counts"]
    qtbot.waitUntil(lambda: not page.is_loading() and page.model.rowCount() == 2, timeout=5000)
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    grid = page.editor.lines
    grid.view.setFocus()
    qtbot.keyClick(grid.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    index = grid.model.index(grid.model.rowCount() - 1, 0)
    qtbot.waitUntil(lambda: grid.view.indexWidget(index) is not None)
    editor = grid.view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Kal", delay=KEY_MS)
    rows = grid.model.rowCount()
    grid.model.dataChanged.emit(grid.model.index(0, 0), grid.model.index(rows - 1, 0))
    qtbot.keyClicks(editor, "uga", delay=KEY_MS)
    qtbot.wait(PAUSE_MS)
    typed = editor.text()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    page.cancel_edits()  # nothing left to ask about when the window closes
    assert typed == "Kaluga"
