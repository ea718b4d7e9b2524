"""Builds the QApplication, opens the database and shows the main window (no logic here)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from incident_logger.paths import database_path, default_database
from incident_logger.store.engine import Database, DatabaseError, open_database

log = logging.getLogger(__name__)


def _parse(argv: list[str]) -> tuple[Path, list[str]]:
    parser = argparse.ArgumentParser(prog="incident-logger", add_help=False)
    parser.add_argument("--db", default=None)
    known, rest = parser.parse_known_args(argv)
    return database_path(known.db), rest


def _may_create(path: Path) -> bool:
    """A missing database is created in the user's data folder on first use; anywhere else
    (``--db`` or the environment naming a file that is not there) only after asking."""
    if path.exists() or path.absolute() == default_database().absolute():
        return True
    from incident_logger.ui import prompts

    return prompts.ask_create_database(None, str(path))


def _open(path: Path) -> Database | None:
    """Open the database; on failure offer recovery (if available) or explain and stop."""
    from PySide6.QtCore import QCoreApplication

    from incident_logger.ui import integrations, prompts

    if not _may_create(path):
        return None
    while True:
        try:
            return open_database(path)
        except DatabaseError as exc:
            recover = integrations.recover_database()
            if recover is None:
                tr = QCoreApplication.translate
                prompts.show_error(
                    None,
                    tr("App", "Cannot open the database"),
                    str(exc),
                    tr(
                        "App",
                        "Check the file and its folder, or start with --db NEW_FILE to use "
                        "another database.",
                    ),
                )
                return None
            chosen = recover(path, str(exc), None)
            if chosen is None:
                return None
            path = Path(chosen)


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
    try:
        mode = ThemeMode(read_str(settings, "view/theme", ThemeMode.SYSTEM.value))
    except ValueError:
        mode = ThemeMode.SYSTEM
    theme = Theme(app, mode)
    db = _open(path)
    if db is None:
        return 1
    try:
        window = MainWindow(db, settings, theme, auto_backup=True)
        window.show()
        window.start()
        window.maintenance.load_gazetteer()
        window.incidents.offer_recovery()
        window.offer_welcome()
        from incident_logger.ui import smoke

        if smoke.enabled():
            smoke.quit_after_first_rows(window)
        return int(app.exec())
    finally:
        shutdown_shared_runner()
        db.close()
