"""Time precision follows what was typed, and a day reads as a date (issue 8, item 4).

On "extinguished": the incident's Status says how far the *report* is verified (reported,
confirmed, disputed, closed). Whether a fire still burns belongs to what burned: each damage note
has a State (fire started / fire extinguished), so one record can say the pump station's fire was
put out while another object still burns. No incident status is added; the Status box's tooltip
points to Damage › State, and the state is saved and searchable with the note.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from incident_logger.domain.enums import DamageState, Status, TimePrecision
from incident_logger.services.incidents import get_incident
from incident_logger.services.search import count_incidents
from incident_logger.store.engine import Database
from incident_logger.ui.main_window import MainWindow
from tests.conftest import Night
from tests.ui.editor_support import pick_in_popup, press, type_slowly, wait_written, window

__all__ = ["window"]


def _precision(window: MainWindow) -> TimePrecision:
    return TimePrecision(window.incidents.editor.form.time_precision.currentData())


def test_precision_follows_what_is_typed(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    page = window.incidents
    form = page.editor.form
    window.action("new").trigger()
    type_slowly(qtbot, form.title, "Pump fire")
    type_slowly(qtbot, form.start_at, "2026-09-10")
    assert _precision(window) is TimePrecision.DAY
    type_slowly(qtbot, form.start_at, " 22:00")
    assert _precision(window) is TimePrecision.EXACT
    type_slowly(qtbot, form.end_at, "2026-09-11 07:00")
    assert _precision(window) is TimePrecision.WINDOW
    form.end_at.selectAll()
    press(qtbot, Qt.Key.Key_Backspace, widget=form.end_at)
    assert _precision(window) is TimePrecision.EXACT
    # A precision the user picks stays, whatever is typed next.
    pick_in_popup(qtbot, form.time_precision, "That week")
    type_slowly(qtbot, form.end_at, "2026-09-12")
    assert _precision(window) is TimePrecision.WEEK


def test_a_date_only_incident_is_saved_and_shown_as_a_day(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page = window.incidents
    form = page.editor.form
    window.action("new").trigger()
    type_slowly(qtbot, form.title, "Pump fire")
    type_slowly(qtbot, form.start_at, "2026-09-10")
    category = form.category.lineEdit()
    assert category is not None
    type_slowly(qtbot, category, "fire")
    window.action("save").trigger()
    wait_written(qtbot, window)
    saved = page.editor.incident_id
    assert saved is not None
    assert get_incident(db, saved).draft.time_precision is TimePrecision.DAY
    assert form.start_at.text() == "2026-09-10"  # not "2026-09-10 00:00"
    model = page.list.model
    qtbot.waitUntil(lambda: not model.loading and model.row_of(saved) is not None, timeout=5000)
    row = model.row_of(saved)
    assert row is not None
    assert model.index(row, 1).data() == "2026-09-10"


def test_a_fire_put_out_is_a_damage_state_not_a_status(
    qtbot: QtBot, window: MainWindow, night: Night, db: Database
) -> None:
    form = window.incidents.editor.form
    statuses = [form.status.itemData(i) for i in range(form.status.count())]
    assert statuses == [s.value for s in Status]
    assert "Damage › State" in form.status.toolTip()
    fire = get_incident(db, night.fire_incident).draft
    assert fire.damage[0].state is DamageState.FIRE_EXTINGUISHED
    assert count_incidents(db, "pump station") == 1
