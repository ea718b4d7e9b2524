"""Opening a database, with a progress window while an upgrade runs.

An upgrade can take minutes (re-indexing the search of a million incidents): the work runs
on the task runner's thread while the GUI thread keeps drawing, and a window says which step
is running and how far it has come. A database that needs no long step opens without
showing anything.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from incident_logger.store import migrations
from incident_logger.store.engine import Database, open_database
from incident_logger.ui.tasks import shared_runner

ProgressFn = Callable[[int, int, str], None]
SHOW_AFTER_MS = 300


class UpgradeProgress(QProgressDialog):
    """The upgrade's window: the step, a bar, no Cancel (a step runs in one transaction)."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("OpenProgress", "Upgrading the database"))
        self.setCancelButton(None)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(2_000_000_000)  # shown by ``_shown`` only, never by Qt itself
        self.setMinimumWidth(460)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._path = path
        self._over = False
        self._shown = QTimer(self)
        self._shown.setSingleShot(True)
        self._shown.setInterval(SHOW_AFTER_MS)
        self._shown.timeout.connect(self._show)

    def report(self, done: int, total: int, step: str) -> None:
        if total:
            text = QCoreApplication.translate(
                "OpenProgress", "Upgrading {file}: {step}\n{done:,} of {total:,}"
            )
            self.setRange(0, total)
            self.setValue(min(done, total))
        else:  # a step of unknown length (the safety copy): a busy bar
            text = QCoreApplication.translate("OpenProgress", "Upgrading {file}: {step}…")
            self.setRange(0, 0)
        self.setLabelText(text.format(file=self._path.name, step=step, done=done, total=total))
        if not self._shown.isActive() and not self.isVisible():
            self._shown.start()  # a quick upgrade never flashes a window

    def _show(self) -> None:
        if not self._over:
            self.show()

    def finish(self) -> None:
        self._over = True
        self._shown.stop()
        self.close()


def open_with_progress(path: Path, parent: QWidget | None = None) -> Database:
    """``open_database(path)`` off the GUI thread, showing the progress of an upgrade.

    Raises what ``open_database`` raises.
    """
    outcome: dict[str, Any] = {}
    dialog = UpgradeProgress(path, parent)
    loop = QEventLoop()

    def work(progress: ProgressFn) -> Database:
        migrations.set_progress(lambda step, done, total: progress(done, total, step))
        try:
            return open_database(path)
        finally:
            migrations.set_progress(None)

    task = shared_runner().submit(
        work,
        on_done=lambda db: outcome.setdefault("db", db),
        on_error=lambda exc: outcome.setdefault("error", exc),
        description=QCoreApplication.translate("OpenProgress", "Opening the database"),
    )
    task.progress_changed.connect(lambda done, total, step: dialog.report(done, total, step))
    task.finished.connect(loop.quit)
    if not task.done:
        loop.exec()
    dialog.finish()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    db: Database = outcome["db"]
    return db
