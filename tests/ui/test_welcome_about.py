"""First start (the welcome on a new database) and Help › About, driven like a person would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from incident_logger import paths
from incident_logger.demo.prepare import prepare_demo
from incident_logger.services.gazetteer_seed import seed_regions
from incident_logger.services.search import count_incidents
from incident_logger.services.welcome import first_start_facts
from incident_logger.store.engine import Database, open_database
from incident_logger.ui.dialogs import about_dialog, welcome_dialog
from incident_logger.ui.dialogs.about_dialog import AboutDialog
from incident_logger.ui.dialogs.welcome_dialog import SETTING, WelcomeDialog
from incident_logger.ui.main_window import MainWindow
from incident_logger.ui.settings import open_settings
from incident_logger.ui.tasks import TaskRunner
from tests.conftest import Night


@pytest.fixture
def make_window(qtbot: QtBot, db: Database, tmp_path: Path) -> Iterator[object]:
    made: list[tuple[MainWindow, TaskRunner]] = []

    def make() -> MainWindow:
        runner = TaskRunner()
        win = MainWindow(db, open_settings(tmp_path / "settings.ini"), None, runner)
        win.show()
        win.start()
        qtbot.waitUntil(lambda: win.incidents.list.model.has_loaded and win.total is not None)
        made.append((win, runner))
        return win

    yield make
    for win, runner in made:
        for dialog in win.findChildren(WelcomeDialog):
            dialog.reject()
        win.close()
        win.deleteLater()
        runner.shutdown()


def _welcome(qtbot: QtBot, win: MainWindow) -> WelcomeDialog:
    found: list[WelcomeDialog] = []

    def shown() -> bool:
        found[:] = [d for d in win.findChildren(WelcomeDialog) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=5000)
    return found[0]


def test_a_new_database_opens_the_welcome_that_names_places_and_where_data_is(
    qtbot: QtBot, db: Database, db_path: Path, make_window: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_regions(db, "UA")
    opened: list[Path] = []
    monkeypatch.setattr(welcome_dialog, "open_local", lambda p: opened.append(p) or True)
    win = make_window()  # type: ignore[operator]
    win.offer_welcome()
    dialog = _welcome(qtbot, win)
    facts = first_start_facts(db)
    assert facts.is_new and facts.places_by_kind["country"] == 1
    summary = dialog.summary.text()
    assert f"knows {facts.places:,} places: 1 country, {facts.places - 1} regions" in summary
    assert str(db_path) in dialog.where.text()
    assert str(paths.backup_dir_for(db_path)) in dialog.where.text()
    assert list(dialog.steps) == ["new", "capture", "import", "demo"]
    qtbot.wait(150)
    qtbot.mouseClick(dialog.open_folder, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.open_backups, Qt.MouseButton.LeftButton)
    assert opened == [db_path.parent, paths.backup_dir_for(db_path)]
    assert paths.backup_dir_for(db_path).is_dir()
    qtbot.wait(150)
    # The first step: an empty form, with the cursor in it.
    qtbot.mouseClick(dialog.steps["new"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: win.focusWidget() is win.incidents.editor.form.title)
    assert win.incidents.editor.incident_id is None


def test_no_welcome_once_something_is_recorded_or_when_turned_off(
    qtbot: QtBot, night: Night, make_window: object
) -> None:
    win = make_window()  # type: ignore[operator]
    win.offer_welcome()
    qtbot.wait(400)
    assert not [d for d in win.findChildren(WelcomeDialog) if d.isVisible()]


def test_turning_it_off_is_remembered(
    qtbot: QtBot, db: Database, make_window: object, tmp_path: Path
) -> None:
    win = make_window()  # type: ignore[operator]
    win.offer_welcome()
    dialog = _welcome(qtbot, win)
    qtbot.mouseClick(dialog.show_again, Qt.MouseButton.LeftButton)
    qtbot.wait(100)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert win.settings.value(SETTING, True, type=bool) is False
    win.offer_welcome()
    qtbot.wait(400)
    assert not [d for d in win.findChildren(WelcomeDialog) if d.isVisible()]


def test_paste_a_statement_is_offered_only_when_the_window_has_capture(
    qtbot: QtBot, make_window: object
) -> None:
    win = make_window()  # type: ignore[operator]
    triggered: list[bool] = []
    capture = QAction("New from statement…", win)
    capture.triggered.connect(lambda: triggered.append(True))
    win.actions_.by_name["capture"] = capture  # stands in for the capture window's action
    win.offer_welcome()
    dialog = _welcome(qtbot, win)
    assert list(dialog.steps) == ["new", "capture", "import", "demo"]
    qtbot.mouseClick(dialog.steps["capture"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: triggered == [True])
    qtbot.waitUntil(lambda: not win.findChildren(WelcomeDialog))  # closed and deleted
    del win.actions_.by_name["capture"]  # a build without capture: the step is not offered
    win.offer_welcome()
    again = _welcome(qtbot, win)
    assert list(again.steps) == ["new", "import", "demo"]


def test_demo_data_goes_to_a_separate_database_opened_in_a_new_window(
    qtbot: QtBot,
    db: Database,
    make_window: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    demo = tmp_path / "demo" / "demo.sqlite3"
    launched: list[Path] = []
    monkeypatch.setattr(welcome_dialog, "demo_database_path", lambda: demo)
    monkeypatch.setattr(welcome_dialog, "prepare_demo", lambda p: prepare_demo(p, 40))
    monkeypatch.setattr(welcome_dialog, "launch_app_on", lambda p: launched.append(p) or True)
    win = make_window()  # type: ignore[operator]
    win.offer_welcome()
    dialog = _welcome(qtbot, win)
    qtbot.wait(150)
    dialog.steps["demo"].setFocus()
    qtbot.keyClick(dialog.steps["demo"], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: launched == [demo], timeout=20_000)
    assert "new window" in win.statusBar().currentMessage()
    assert count_incidents(db, "") == 0
    other = open_database(demo)
    try:
        assert count_incidents(other, "") == 40
    finally:
        other.close()


def test_help_about_names_the_licences_of_bundled_fonts_and_data(
    qtbot: QtBot, make_window: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(about_dialog, "open_local", lambda p: opened.append(p) or True)
    win = make_window()  # type: ignore[operator]
    seen: list[str] = []
    tries = [0]

    def inspect() -> None:
        tries[0] += 1
        shown = [d for d in win.findChildren(AboutDialog) if d.isVisible()]
        if not shown:
            if tries[0] < 200:  # about 10 s; then the assertions below fail, nothing hangs
                QTimer.singleShot(50, inspect)
            return
        dialog = shown[0]
        seen.append(dialog.credits.toPlainText())
        seen.append(dialog.places.text())
        licence = next(c.licence_path() for c in dialog.entries if c.licence_path() is not None)
        dialog.credits.anchorClicked.emit(QUrl.fromLocalFile(str(licence)))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(50, inspect)
    win.action("about").trigger()  # Help › About Incident Logger
    credits, places = seen
    assert "Noto Sans" in credits and "SIL Open Font License 1.1" in credits
    assert "ISO 3166" in credits and "LGPL" in credits
    assert "Qt 6" in credits
    assert str(win.db.path) in places
    assert opened and opened[0].name == "OFL.txt"
    help_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Help")
    assert win.action("about") in help_menu.actions()
