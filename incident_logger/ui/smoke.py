"""A start-up check for built packages: ``INCIDENT_LOGGER_SMOKE=1 incident-logger --db FILE``.

The app opens as usual, waits until the first rows of the incident table are in (and, on a
new database, the welcome), prints one line on standard output, closes the window the normal
way and exits with status 0. packaging/smoke.sh runs the built program like this.
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

if TYPE_CHECKING:
    from incident_logger.ui.main_window import MainWindow

SMOKE_ENV = "INCIDENT_LOGGER_SMOKE"
SETTLE_MS = 400  # after the start-up work, time for the welcome to open
MAX_WAIT_MS = 60_000


def enabled() -> bool:
    return os.environ.get(SMOKE_ENV, "") not in ("", "0")


def quit_after_first_rows(window: MainWindow) -> None:
    started = time.perf_counter()
    model = window.incidents.list.model
    reported = False

    def close() -> None:
        dialogs = [
            w.objectName() or type(w).__name__
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible()
        ]
        print(
            f"smoke: {model.rowCount()} rows shown "
            f"({(time.perf_counter() - started) * 1000:.0f} ms after the window); "
            f"dialogs open: {', '.join(dialogs) or 'none'}",
            flush=True,
        )
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.reject()
        window.close()
        QApplication.quit()

    def close_when_idle(waited: int = 0) -> None:
        # The welcome's question runs on the maintenance runner after the start-up work
        # (dictionaries, gazetteer); wait for it, up to MAX_WAIT_MS.
        if window.maintenance.runner.is_busy() and waited < MAX_WAIT_MS:
            QTimer.singleShot(100, lambda: close_when_idle(waited + 100))
            return
        QTimer.singleShot(SETTLE_MS, close)

    def first_rows() -> None:
        nonlocal reported
        if reported:
            return
        reported = True
        close_when_idle()

    # After the start-up work that waits for the first rows has been queued (it runs on the
    # maintenance runner, which close_when_idle waits for).
    window.after_first_rows(first_rows)
