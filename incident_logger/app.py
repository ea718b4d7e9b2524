"""Builds the QApplication, opens the database and shows the main window (no logic here)."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from incident_logger.paths import database_target, default_database
from incident_logger.store.engine import Database, DatabaseError, open_database

if TYPE_CHECKING:
    from incident_logger.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _parse(argv: list[str]) -> tuple[Path | str, list[str]]:
    parser = argparse.ArgumentParser(prog="incident-logger", add_help=False)
    parser.add_argument("--db", default=None)
    known, rest = parser.parse_known_args(argv)
    return database_target(known.db), rest


def _may_create(path: Path | str) -> bool:
    """A missing database is created in the user's data folder on first use; anywhere else
    (``--db`` or the environment naming a file that is not there) only after asking. A team
    database (a URL) is never created here."""
    if isinstance(path, str) or path.exists():
        return True
    if path.absolute() == default_database().absolute():
        return True
    from incident_logger.ui import prompts

    return prompts.ask_create_database(None, str(path))


def _open(path: Path | str) -> Database | None:
    """Open the database; on failure offer recovery (a file) or explain and stop (a server)."""
    from PySide6.QtCore import QCoreApplication

    from incident_logger.ui import prompts
    from incident_logger.ui.dialogs.recovery_dialog import recover_database
    from incident_logger.ui.open_progress import open_with_progress

    if not _may_create(path):
        return None
    while True:
        try:
            if isinstance(path, Path):  # a file: an upgrade shows its progress
                return open_with_progress(path)
            return open_database(path, ask_password=prompts.ask_team_password)
        except DatabaseError as exc:
            if isinstance(path, str):
                prompts.show_error(
                    None,
                    QCoreApplication.translate("App", "Cannot open the database"),
                    str(exc),
                    QCoreApplication.translate(
                        "App",
                        "Check the server's address, your login and the network, or start "
                        "with --db FILE to use a database file.",
                    ),
                )
                return None
            chosen = recover_database(path, str(exc), None)
            if chosen is None:
                return None
            path = Path(chosen)


def _preload() -> None:
    """Import the ORM and its tables (0.4-0.5 s) on the maintenance worker, so that the first
    record opened or saved does not wait for it. Only third-party modules and ``store.tables``
    load here, none that the GUI thread imports on its own, so the two threads cannot each
    hold an import lock the other waits for.

    PySide's import hook reads the source of each module imported while PySide is loaded
    (shiboken's check for ``__feature__``); now and then, while the GUI thread imports too, it
    touches a pydantic module half imported here and that import fails ("partially initialized
    module"). Python drops the modules a failed import leaves, so importing again starts clean.
    """
    for attempt in range(1, _PRELOAD_ATTEMPTS + 1):
        try:
            importlib.import_module(PRELOADED)
        except ImportError as exc:
            if attempt == _PRELOAD_ATTEMPTS:  # the first record opened imports it instead
                log.warning("start-up preload gave up after %d attempts: %s", attempt, exc)
        else:
            return


_PRELOAD_ATTEMPTS = 3
PRELOADED = "incident_logger.store.tables"  # imports sqlmodel and SQLAlchemy


def _after_first_rows(window: MainWindow) -> None:
    """Start-up work nobody waits for, once the first rows are on screen."""
    window.maintenance.runner.submit(_preload, description="start-up")
    window.maintenance.load_gazetteer()
    window.incidents.offer_recovery()
    window.offer_welcome()


def run_app(argv: list[str]) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from incident_logger.ui.main_window import MainWindow
    from incident_logger.ui.settings import open_settings, read_str
    from incident_logger.ui.tasks import shutdown_shared_runner
    from incident_logger.ui.theme import Theme, ThemeMode

    path, qt_args = _parse(argv)
    QCoreApplication.setOrganizationName("incident-logger")
    QCoreApplication.setApplicationName("Incident Logger")
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    assert isinstance(app, QApplication)
    app.setDesktopFileName("incident-logger")
    from incident_logger.ui.icons import app_icon

    app.setWindowIcon(app_icon())
    settings = open_settings()
    from incident_logger.ui import i18n

    i18n.install(i18n.language_for(settings))
    try:
        mode = ThemeMode(read_str(settings, "view/theme", ThemeMode.SYSTEM.value))
    except ValueError:
        mode = ThemeMode.SYSTEM
    theme = Theme(app, mode)
    db = _open(path)
    if db is None:
        return 1
    windows: list[MainWindow] = []  # the window on screen (a new one after File › Connect…)

    def show(db: Database) -> None:
        window = MainWindow(db, settings, theme, auto_backup=True)
        windows[:] = [window]
        from incident_logger.ui import place_names

        window.maintenance.place_language = i18n.installed_language()
        try:
            place_names.load(db, window.maintenance.place_language)
        except DatabaseError as exc:  # a team database without this in this release
            log.info("place names in the table: %s", exc)
        window.reopen_requested.connect(lambda other: reopen(window, other))
        window.show()
        window.start()
        window.after_first_rows(lambda: _after_first_rows(window))

    def reopen(old: MainWindow, other: Database) -> None:
        """The window on another database, once the old one has closed (its unsaved work
        asked about); a refused close keeps the old window and forgets the new database."""
        if not old.close():
            other.close()
            return
        old.db.close()
        old.deleteLater()
        show(other)

    try:
        show(db)
        from incident_logger.ui import smoke

        if smoke.enabled():
            smoke.quit_after_first_rows(windows[0])
        return int(app.exec())
    finally:
        shutdown_shared_runner()
        for window in windows:
            window.db.close()
