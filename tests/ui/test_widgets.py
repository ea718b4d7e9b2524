"""Smaller pieces: sub-table models, filter panel, saved searches, theme, columns, duplicate."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from incident_logger.domain.enums import Status
from incident_logger.domain.models import DamageNote, SourceLink
from incident_logger.services.saved_searches import list_saved_searches, save_search
from incident_logger.store.engine import Database
from incident_logger.ui.incidents.damage_model import DamageModel
from incident_logger.ui.incidents.source_links_model import SourceLinksModel
from incident_logger.ui.main_window import MainWindow
from incident_logger.ui.settings import open_settings
from incident_logger.ui.tasks import TaskRunner
from incident_logger.ui.theme import Theme, ThemeMode
from tests.conftest import Night


def test_sub_table_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    damage = DamageModel()
    damage.set_notes([DamageNote("vehicle", 3), DamageNote("home", None)])
    qtmodeltester.check(damage, force_py=True)
    damage.add_note()
    assert damage.setData(damage.index(2, 1), "")  # blank: not stated
    assert damage.notes[2].quantity is None
    assert not damage.setData(damage.index(2, 1), "three")
    assert damage.index(1, 1).data() == "not stated"
    damage.remove_row(0)
    links = SourceLinksModel()
    links.set_links([SourceLink(1, 2), SourceLink(2, 6)])
    qtmodeltester.check(links, force_py=True)
    assert not links.setData(links.index(0, 1), 7)
    assert links.setData(links.index(0, 1), 1) and links.links[0].credibility == 1
    assert links.add_link(SourceLink(1, 3)) == 0  # a source is cited once


def test_filter_panel_writes_query_text(qtbot: QtBot, window: MainWindow, night: Night) -> None:
    pane = window.incidents.list
    assert pane.filters is not None
    window.action("refresh").trigger()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2)
    pane.search.filter_button.setChecked(True)
    qtbot.keyClicks(pane.search.edit, "drones")
    pane.filters.status.setCurrentIndex(pane.filters.status.findData(Status.REPORTED.value))
    pane.filters.has_damage.setChecked(True)
    pane.filters.date_from.setDate(QDate(2026, 9, 11))
    assert pane.search.text() == "drones from:2026-09-11 status:reported has:damage"
    qtbot.waitUntil(lambda: not pane.model.loading and pane.model.rowCount() == 1)
    pane.filters.clear()
    assert pane.search.text() == "drones"


def test_saved_searches_and_inline_error(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    search = window.incidents.list.search
    save_search(db, "Kaluga fires", "region:Калуга category:fire")
    search._fill_saved_menu()
    names = [a.text() for a in search.saved_menu.actions()]
    assert "Kaluga fires" in names
    next(a for a in search.saved_menu.actions() if a.text() == "Kaluga fires").trigger()
    assert search.text() == "region:Калуга category:fire"
    search.set_text('title "unclosed')
    assert search.error.isVisible() and "quote" in search.error.text().lower()
    search.set_text("")
    assert not search.error.isVisible()
    assert [s.name for s in list_saved_searches(db)] == ["Kaluga fires"]


def test_columns_and_window_state_are_remembered(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    settings_file = tmp_path / "state.ini"
    first = MainWindow(db, open_settings(settings_file), None, TaskRunner())
    first.incidents.list.table.horizontalHeader().setSectionHidden(4, True)
    first.show_page("trash")
    first.close()
    second = MainWindow(db, open_settings(settings_file), None, TaskRunner())
    assert second.incidents.list.table.horizontalHeader().isSectionHidden(4)
    assert second.page_key() == "trash"
    second.close()  # closing shuts each window's runner down
    first.deleteLater()
    second.deleteLater()


def test_duplicate_as_new_copies_the_form(qtbot: QtBot, window: MainWindow, night: Night) -> None:
    page = window.incidents
    assert page.open_incident(night.fire_incident)
    window.action("duplicate").trigger()
    assert page.editor.incident is None and page.editor.is_dirty()
    assert page.editor.form.title.text() == "Pump station set on fire by an earlier attack"
    assert [n.object_kind for n in page.editor.form.damage.notes()] == ["utility"]


def test_theme_follows_the_view_menu(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme = Theme(app, ThemeMode.LIGHT)
    runner = TaskRunner()
    win = MainWindow(db, open_settings(tmp_path / "t.ini"), theme, runner)
    assert not theme.dark
    before = win.incidents.save_button.icon().cacheKey()
    win.findChild(type(win.action("new")), "action_theme_dark").trigger()
    assert theme.dark and app.palette().window().color().lightness() < 128
    assert win.incidents.save_button.icon().cacheKey() != before  # redrawn for dark
    win.findChild(type(win.action("new")), "action_theme_light").trigger()
    assert not theme.dark
    win.close()
    runner.shutdown()
    win.deleteLater()


def test_selection_is_kept_by_id_across_refreshes(
    qtbot: QtBot, window: MainWindow, night: Night, db: Database
) -> None:
    from incident_logger.domain.models import IncidentDraft
    from incident_logger.services.incidents import create_incident

    pane = window.incidents.list
    window.action("refresh").trigger()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2)
    pane.table.selectRow(1)
    chosen = pane.table.current_id()
    create_incident(db, IncidentDraft(title="A newer report", start_at="2026-09-13 03:00"))
    pane.refresh()
    qtbot.waitUntil(lambda: not pane.model.loading and pane.model.rowCount() == 3)
    assert pane.table.current_id() == chosen and pane.table.selected_ids() == [chosen]
    assert pane.model.row_of(chosen) == 2  # it moved down a row, the selection followed


def test_next_previous_and_find(qtbot: QtBot, window: MainWindow, night: Night) -> None:
    pane = window.incidents.list
    window.action("refresh").trigger()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2)
    window.action("next").trigger()
    first = window.incidents.editor.incident_id
    window.action("next").trigger()
    second = window.incidents.editor.incident_id
    assert first is not None and second is not None and first != second
    window.action("previous").trigger()
    assert window.incidents.editor.incident_id == first
    window.activateWindow()
    window.action("find").trigger()
    qtbot.waitUntil(lambda: pane.search.edit.hasFocus())
