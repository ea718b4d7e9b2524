"""The app's window on a team database, driven as a person does: search by typing, a
colleague's change arriving by LISTEN/NOTIFY, a viewer's read-only window, and
File › Connect to team database… with saved profiles."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot

from incident_logger.services.search import count_incidents, search_incidents
from incident_logger.store.engine import Database, open_database
from incident_logger.store.pg.url import compose, parse
from incident_logger.ui.main_window import MainWindow
from incident_logger.ui.settings import open_settings
from incident_logger.ui.tasks import TaskRunner
from incident_logger.ui.team import profiles
from incident_logger.ui.team.connect_dialog import ConnectDialog

SHOTS = Path(os.environ.get("INCIDENT_LOGGER_SHOTS", ""))  # screenshots when set


@pytest.fixture
def team_url(pg_url: str, tmp_path: Path) -> str:
    """A team database holding a small demo (made in a file, moved by ``copy``)."""
    from incident_logger.demo import generate
    from incident_logger.store.transfer import copy_database_between

    path = tmp_path / "demo.sqlite3"
    lite = open_database(path)
    generate.generate_demo(lite, incidents=300, seed=7)
    lite.close()
    copy_database_between(path, pg_url)
    return pg_url


def _window(qtbot: QtBot, db: Database, tmp_path: Path) -> tuple[MainWindow, TaskRunner]:
    runner = TaskRunner()
    win = MainWindow(db, open_settings(tmp_path / "settings.ini"), None, runner)
    win.resize(1200, 760)
    win.show()
    win.start()
    model = win.incidents.list.model
    qtbot.waitUntil(
        lambda: model.has_loaded and not model.loading and win.total is not None, timeout=15000
    )
    return win, runner


@pytest.fixture
def team_window(qtbot: QtBot, team_url: str, tmp_path: Path) -> Iterator[MainWindow]:
    db = open_database(team_url)
    win, runner = _window(qtbot, db, tmp_path)
    yield win
    win.close()
    win.deleteLater()
    runner.shutdown()
    db.close()


def _shown_ids(win: MainWindow) -> list[int]:
    return win.incidents.list.model.loaded_ids()


def test_the_window_searches_a_team_database_as_typed(
    qtbot: QtBot, team_window: MainWindow
) -> None:
    win = team_window
    assert "team database" in win.windowTitle()
    assert win.total == 300
    box = win.incidents.list.search.edit
    box.setFocus()
    QTest.keyClicks(box, "drone", delay=100)
    QTest.keyClick(box, Qt.Key.Key_Return)
    expected = [r.id for r in search_incidents(win.db, "drone").rows]
    assert expected
    qtbot.waitUntil(lambda: _shown_ids(win) == expected, timeout=10000)
    matching = count_incidents(win.db, "drone")
    qtbot.waitUntil(lambda: win.incidents.list.matching() == matching, timeout=10000)
    assert f"{len(expected)} of {matching}" in win.counts_label.text()
    first = win.incidents.list.model.summary_at(0)
    assert first is not None and first.id == expected[0]
    if SHOTS.name:
        win.grab().save(str(SHOTS / "team-window-search.png"))


def test_a_colleagues_change_arrives_without_a_refresh(
    qtbot: QtBot, team_window: MainWindow, team_url: str
) -> None:
    """Another analyst's commit reaches the open table (LISTEN/NOTIFY, the change watch)."""
    win = team_window
    newest = _shown_ids(win)[0]
    with psycopg.connect(team_url) as colleague:
        colleague.execute(
            "UPDATE incident SET title = 'Changed by a colleague' WHERE id = %s", (newest,)
        )
    model = win.incidents.list.model

    def shows_it() -> bool:
        row = model.summary_at(0)
        return row is not None and row.title == "Changed by a colleague"

    qtbot.waitUntil(shows_it, timeout=10000)


def test_a_viewers_window_is_read_only_and_says_why(
    qtbot: QtBot, team_url: str, tmp_path: Path
) -> None:
    with psycopg.connect(team_url, autocommit=True) as admin:
        admin.execute("DROP ROLE IF EXISTS il_test_wanda")
        admin.execute("CREATE ROLE il_test_wanda LOGIN IN ROLE il_test_viewers")
    viewer = compose({**parse(team_url).as_dict, "user": "il_test_wanda"})
    db = open_database(viewer)
    win, runner = _window(qtbot, db, tmp_path)
    try:
        assert win.read_only_mark is not None and win.read_only_mark.isVisible()
        reason = db.read_only_reason
        assert "viewer" in reason
        for name in ("new", "save", "delete", "duplicate", "import", "synonyms"):
            action = win.action(name)
            assert not action.isEnabled(), name
            assert action.toolTip() == reason
        assert not win.incidents.save_button.isEnabled()
        assert win.statusBar().currentMessage() == reason
        box = win.incidents.list.search.edit
        box.setFocus()
        QTest.keyClicks(box, "fire", delay=100)  # reading and searching still work
        QTest.keyClick(box, Qt.Key.Key_Return)
        expected = [r.id for r in search_incidents(db, "fire").rows]
        qtbot.waitUntil(lambda: _shown_ids(win) == expected, timeout=10000)
        win.incidents.list.table.selectRow(0)
        qtbot.wait(100)
        assert not win.action("delete").isEnabled()  # a selection does not enable it again
        if SHOTS.name:
            win.grab().save(str(SHOTS / "team-window-viewer.png"))
    finally:
        win.close()
        win.deleteLater()
        runner.shutdown()
        db.close()


# --- File › Connect to team database… ------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    return open_settings(tmp_path / "settings.ini")


def _dialog(qtbot: QtBot, settings) -> ConnectDialog:  # type: ignore[no-untyped-def]
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type(qtbot: QtBot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, text, delay=100 if len(text) < 20 else 20)
    qtbot.wait(100)


def test_connect_saves_the_profile_without_a_password_and_opens_the_database(
    qtbot: QtBot, pg_url: str, settings
) -> None:  # type: ignore[no-untyped-def]
    target = parse(pg_url).as_dict
    dialog = _dialog(qtbot, settings)
    assert dialog.profiles.count() == 0 and dialog.focusWidget() is dialog.name
    _type(qtbot, dialog.name, "Duty team")
    _type(qtbot, dialog.host, target["host"])  # the test server's socket folder
    _type(qtbot, dialog.database_name, target["dbname"])
    _type(qtbot, dialog.user, target["user"])
    if SHOTS.name:
        dialog.grab().save(str(SHOTS / "connect-dialog.png"))
    QTest.keyClick(dialog.user, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == ConnectDialog.DialogCode.Accepted, timeout=10000)
    assert dialog.database is not None and dialog.database.kind == "postgresql"
    dialog.database.close()
    saved = profiles.load(settings)
    assert [p.name for p in saved] == ["Duty team"]
    assert saved[0].database == target["dbname"] and saved[0].user == target["user"]
    assert "password" not in str(settings.value(profiles.KEY)).lower()
    again = _dialog(qtbot, settings)  # the next time, the profile is there and chosen
    assert again.profiles.count() == 1 and again.database_name.text() == target["dbname"]


def test_a_database_without_the_schema_says_run_team_init(
    qtbot: QtBot, pg_empty: str, settings
) -> None:  # type: ignore[no-untyped-def]
    target = parse(pg_empty).as_dict
    dialog = _dialog(qtbot, settings)
    _type(qtbot, dialog.name, "Empty")
    _type(qtbot, dialog.host, target["host"])
    _type(qtbot, dialog.database_name, target["dbname"])
    _type(qtbot, dialog.user, target["user"])
    QTest.keyClick(dialog.user, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "team init" in dialog.status.text(), timeout=10000)
    assert dialog.isVisible() and dialog.database is None
    assert dialog.errors[dialog.database_name].isVisible()
    assert dialog.database_name.text() == target["dbname"]  # the typing stays
    assert profiles.load(settings) == []  # only a profile that connected is saved
    if SHOTS.name:
        dialog.grab().save(str(SHOTS / "connect-dialog-no-schema.png"))


def test_an_unreachable_server_is_said_at_the_host(qtbot: QtBot, settings) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, settings)
    _type(qtbot, dialog.name, "Nowhere")
    _type(qtbot, dialog.host, "127.0.0.1")
    _type(qtbot, dialog.port, "1")
    _type(qtbot, dialog.database_name, "team")
    QTest.keyClick(dialog.database_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Cannot reach" in dialog.status.text(), timeout=15000)
    assert dialog.errors[dialog.host].isVisible() and dialog.focusWidget() is dialog.host
    assert dialog.host.text() == "127.0.0.1" and dialog.database is None


def test_a_refused_password_is_said_at_the_user(
    qtbot: QtBot, settings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from incident_logger.store.pg import credentials

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise psycopg.OperationalError('password authentication failed for user "ana"')

    monkeypatch.setattr(psycopg, "connect", refuse)
    monkeypatch.setattr(credentials, "keyring_password", lambda url: None)
    kept: list[str] = []
    monkeypatch.setattr(credentials, "remember_password", lambda url, pw: kept.append(pw))
    dialog = _dialog(qtbot, settings)
    _type(qtbot, dialog.name, "Ana")
    _type(qtbot, dialog.host, "db.example")
    _type(qtbot, dialog.database_name, "team")
    _type(qtbot, dialog.user, "ana")
    asked: list[str] = []

    def type_password() -> None:  # the prompt is modal: answer it as a person would
        prompt = QApplication.activeModalWidget()
        if not isinstance(prompt, QInputDialog):
            QTimer.singleShot(100, type_password)
            return
        asked.append(prompt.labelText())
        field = prompt.findChild(QLineEdit)
        QTest.keyClicks(field, "wrong", delay=100)
        QTest.keyClick(field, Qt.Key.Key_Return)

    QTimer.singleShot(100, type_password)
    QTest.keyClick(dialog.user, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "refused the password" in dialog.status.text(), timeout=10000)
    assert asked and "ana@db.example" in asked[0]
    assert dialog.errors[dialog.user].isVisible() and dialog.focusWidget() is dialog.user
    assert kept == []  # a password that did not work is not kept


def test_the_form_names_what_is_missing(qtbot: QtBot, settings) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, settings)
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.wait(100)
    assert dialog.errors[dialog.name].isVisible()
    assert dialog.errors[dialog.database_name].isVisible()
    assert dialog.isVisible() and dialog.focusWidget() is dialog.name


def test_an_incident_is_edited_and_saved_on_the_team_database(
    qtbot: QtBot, team_window: MainWindow
) -> None:
    """Open an incident from the list, type a new title, save: the team database has it, and
    a search finds its new word (the document is written as the search reads it)."""
    from incident_logger.services.incidents import get_incident
    from tests.ui.editor_support import wait_written

    win = team_window
    page = win.incidents
    page.list.table.setFocus()
    page.list.table.selectRow(0)
    qtbot.waitUntil(lambda: page.editor.incident_id is not None, timeout=10000)
    incident_id = page.editor.incident_id
    title = page.editor.form.title
    title.setFocus()
    title.selectAll()
    QTest.keyClicks(title, "Zeppelin over the depot", delay=100)
    assert page.editor.is_dirty()
    QTest.keyClick(title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_written(qtbot, win)
    assert not page.editor.is_dirty()
    assert get_incident(win.db, incident_id).draft.title == "Zeppelin over the depot"
    assert [r.id for r in search_incidents(win.db, "zeppelin").rows] == [incident_id]
    assert [r.id for r in search_incidents(win.db, '"over the depot"').rows] == [incident_id]
