"""The main window on a real database, shown and loaded as the app starts it, closed after."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pytestqt.qtbot import QtBot

from incident_logger.store.engine import Database
from incident_logger.ui.main_window import MainWindow
from incident_logger.ui.settings import open_settings
from incident_logger.ui.tasks import TaskRunner
from incident_logger.ui.theme import Theme


@contextmanager
def running_window(
    qtbot: QtBot,
    db: Database,
    settings: Path,
    *,
    theme: Theme | None = None,
    size: tuple[int, int] = (1400, 900),
    runner: TaskRunner | None = None,
    before_show: Callable[[MainWindow], None] | None = None,
) -> Iterator[MainWindow]:
    """The window, active (window shortcuts and menu mnemonics need that), its first page of
    incidents and the total loaded. A ``runner`` given is the caller's to shut down."""
    own_runner = runner is None
    used = runner or TaskRunner()
    win = MainWindow(db, open_settings(settings), theme, used)
    if before_show is not None:
        before_show(win)
    win.resize(*size)
    win.show()  # not qtbot.addWidget: qtbot would close it before our teardown, while dirty
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.start()
    model = win.incidents.list.model
    qtbot.waitUntil(lambda: model.has_loaded and not model.loading and win.total is not None)
    yield win
    win.incidents.editor.mark_clean()
    win.close()
    win.deleteLater()
    if own_runner:
        used.shutdown()
