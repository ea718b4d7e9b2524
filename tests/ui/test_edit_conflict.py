"""Two analysts edit the same incident: the second save shows both versions and asks."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from incident_logger.domain.enums import EntityKind
from incident_logger.services.history import history_of
from incident_logger.services.incidents import get_incident, update_incident
from incident_logger.store.engine import Database
from incident_logger.ui.dialogs.conflict_dialog import ConflictDialog
from incident_logger.ui.main_window import MainWindow
from tests.conftest import Night
from tests.ui.editor_support import wait_written
from tests.ui.page_support import wait_idle

SHOTS = os.environ.get("INCIDENT_LOGGER_SHOTS")  # a folder: save the dialog's picture there


def _when_dialog(qtbot: QtBot, act: Callable[[ConflictDialog], None], seen: list) -> None:
    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, ConflictDialog) and widget.isVisible():
                seen.append(
                    [
                        [widget.table.item(r, c).text() for c in range(3)]
                        for r in range(widget.table.rowCount())
                    ]
                )
                if SHOTS:
                    widget.grab().save(str(Path(SHOTS) / "conflict-dialog.png"))
                qtbot.wait(300)
                act(widget)
                return
        QTimer.singleShot(100, look)

    QTimer.singleShot(100, look)


def _open_and_type(qtbot: QtBot, window: MainWindow, incident_id: int, title: str) -> None:
    page = window.incidents
    window.action("refresh").trigger()
    qtbot.waitUntil(lambda: not page.list.model.loading and page.list.model.rowCount() == 2)
    row = next(r for r in range(2) if page.list.model.id_at(r) == incident_id)
    page.list.table.selectRow(row)
    qtbot.waitUntil(lambda: page.editor.incident_id == incident_id)
    form = page.editor.form
    form.title.setFocus()
    form.title.selectAll()
    qtbot.keyClicks(form.title, title, delay=100)


def test_saving_over_a_colleagues_change_shows_both_and_can_keep_mine(
    qtbot: QtBot, window: MainWindow, night: Night, db: Database
) -> None:
    incident = night.fire_incident
    _open_and_type(qtbot, window, incident, "Pump fire")
    # Meanwhile a colleague saves the same incident.
    theirs = get_incident(db, incident)
    update_incident(db, incident, replace(theirs.draft, title="Station fire", injuries=2))
    seen: list = []
    _when_dialog(qtbot, lambda d: qtbot.mouseClick(d.mine_button, Qt.MouseButton.LeftButton), seen)
    window.action("save").trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)  # the conflict dialog appeared
    wait_written(qtbot, window)
    rows = {r[0]: r[1:] for r in seen[0]}
    assert rows["Title"] == ["Pump fire", "Station fire"]
    assert rows["Injured"][1] == "2"
    stored = get_incident(db, incident)
    assert stored.draft.title == "Pump fire"  # mine, saved knowingly over theirs
    assert not window.incidents.editor.is_dirty()
    titles = [
        e.changes.get("title")
        for e in history_of(db, entity=EntityKind.INCIDENT, entity_id=incident)
    ]
    assert titles[-2][1] == "Station fire"  # the colleague's change, kept in the history
    assert titles[-1] == ["Station fire", "Pump fire"]


def test_taking_theirs_loads_their_version_and_saves_nothing(
    qtbot: QtBot, window: MainWindow, night: Night, db: Database
) -> None:
    incident = night.fire_incident
    _open_and_type(qtbot, window, incident, "Pump fire")
    theirs = get_incident(db, incident)
    update_incident(db, incident, replace(theirs.draft, title="Station fire"))
    seen: list = []
    _when_dialog(
        qtbot, lambda d: qtbot.mouseClick(d.theirs_button, Qt.MouseButton.LeftButton), seen
    )
    window.action("save").trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    wait_written(qtbot, window)
    assert get_incident(db, incident).draft.title == "Station fire"
    assert window.incidents.editor.form.title.text() == "Station fire"


def test_a_source_saved_by_a_colleague_is_not_overwritten(
    qtbot: QtBot, db: Database, night: Night
) -> None:
    from incident_logger.services.sources import get_source, update_source
    from incident_logger.ui.pages.sources_page import SourcesPage

    page = SourcesPage(db)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    qtbot.waitExposed(page)
    page.list_view.setCurrentIndex(page.index_of(night.ministry))
    qtbot.waitUntil(lambda: page.record_id == night.ministry)
    page.form.url.setFocus()
    page.form.url.selectAll()
    qtbot.keyClicks(page.form.url, "https://mil.ru", delay=100)
    colleague = get_source(db, night.ministry)
    update_source(db, night.ministry, replace(colleague.draft, url="https://t.me/mod"))
    seen: list = []
    _when_dialog(qtbot, lambda d: qtbot.mouseClick(d.back_button, Qt.MouseButton.LeftButton), seen)
    page.save()
    wait_idle(qtbot, page)
    assert seen and seen[0][0][1:] == ["https://mil.ru", "https://t.me/mod"]
    assert get_source(db, night.ministry).draft.url == "https://t.me/mod"
    assert page.form.url.text() == "https://mil.ru"  # the typing is kept
    _when_dialog(qtbot, lambda d: qtbot.mouseClick(d.mine_button, Qt.MouseButton.LeftButton), seen)
    page.save()
    wait_idle(qtbot, page)
    assert get_source(db, night.ministry).draft.url == "https://mil.ru"
    page.close()


def test_undo_never_overwrites_a_colleagues_later_change(
    qtbot: QtBot, window: MainWindow, night: Night, db: Database
) -> None:
    from PySide6.QtWidgets import QMessageBox

    incident = night.fire_incident
    _open_and_type(qtbot, window, incident, "Pump fire")
    window.action("save").trigger()
    wait_written(qtbot, window)
    assert get_incident(db, incident).draft.title == "Pump fire"
    theirs = get_incident(db, incident)
    update_incident(db, incident, replace(theirs.draft, title="Station fire"))
    warned: list[str] = []

    def close_warning() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                warned.append(widget.text())
                widget.close()
                return
        QTimer.singleShot(100, close_warning)

    QTimer.singleShot(100, close_warning)
    window.action("undo").trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=5000)
    assert "changed INC-" in warned[0] and "after this step" in warned[0]
    assert get_incident(db, incident).draft.title == "Station fire"
    # The refused step is dropped: redoing it neither asks nor writes, and it leaves the stack.
    stack = window.incidents.undo
    steps = stack.count()
    window.action("redo").trigger()
    wait_written(qtbot, window)
    qtbot.wait(300)
    assert len(warned) == 1 and get_incident(db, incident).draft.title == "Station fire"
    assert stack.count() == steps - 1
