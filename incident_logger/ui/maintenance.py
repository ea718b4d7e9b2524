"""Background upkeep for the window: the daily backup and noticing other programs' commits."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from incident_logger.services.change_watch import ChangeWatch
from incident_logger.store.engine import Database
from incident_logger.ui import place_names
from incident_logger.ui.messages import error_text
from incident_logger.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from incident_logger.services.check import CheckReport
    from incident_logger.services.gazetteer_load import LoadResult

log = logging.getLogger(__name__)
WATCH_MS = 2000


class Maintenance(QObject):
    """Owns a runner of its own: a backup copies the whole file (13 s for a million
    incidents) and must never hold up the search queue."""

    message = Signal(str, int)  # text, milliseconds to show it
    changed_elsewhere = Signal()  # another program committed to the database

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = TaskRunner(self)
        self._watch: Any = None
        self._timer: QTimer | None = None
        # The interface's language for place names (ui/place_names.py); "" shows names as stored.
        self.place_language = ""

    # --- the built-in gazetteer ---------------------------------------------------------

    def load_gazetteer(self) -> None:
        """Load the dictionaries and bring the gazetteer up to this release, off the GUI."""
        from incident_logger.services.gazetteer_load import load_language_and_gazetteer

        self.runner.submit(
            load_language_and_gazetteer,
            self.db,
            on_done=self._on_gazetteer,
            on_error=self._on_gazetteer_failed,
            progress=True,
            description=self.tr("Loading the gazetteer…"),
        )

    def _on_gazetteer(self, result: LoadResult) -> None:
        if self.place_language:  # names may have come or changed: show them in the language
            place_names.load(self.db, self.place_language)
        if result.created or result.refreshed:
            text = self.tr("Gazetteer: {n} places added, {m} brought up to date.").format(
                n=result.created, m=result.refreshed
            )
            self.message.emit(text, 6000)

    def _on_gazetteer_failed(self, exc: BaseException) -> None:
        log.warning("gazetteer load failed: %s", exc)
        text = self.tr("The gazetteer could not be loaded: {e}").format(e=error_text(exc))
        self.message.emit(text, 30000)

    # --- the daily backup -------------------------------------------------------------

    def backup_if_due(self) -> None:
        from incident_logger.services.backup import backup_if_due  # after start-up

        self.runner.submit(
            backup_if_due,
            Path(self.db.path),
            on_done=self._on_backup,
            on_error=self._on_backup_failed,
            progress=True,
            description=self.tr("Daily backup…"),
        )

    def _on_backup(self, made: Path | None) -> None:
        if made is not None:
            self.message.emit(self.tr("Daily backup saved: {name}").format(name=made.name), 6000)

    def _on_backup_failed(self, exc: BaseException) -> None:
        log.warning("daily backup failed: %s", exc)
        text = self.tr("The daily backup failed: {e} Backups has the details.").format(
            e=error_text(exc)
        )
        self.message.emit(text, 30000)

    # --- the full check, on demand (Tools › Check database) ------------------------------

    def check_now(self, on_done: Callable[[CheckReport], None]) -> None:
        """SQLite's integrity check, foreign keys and the search index, in the background."""
        from incident_logger.services.check import check_database

        self.runner.submit(
            check_database,
            Path(self.db.path),
            on_done=on_done,
            on_error=lambda exc: self.message.emit(error_text(exc), 30000),
            progress=True,
            description=self.tr("Checking the database…"),
        )

    # --- commits by others ---------------------------------------------------------------

    def watch_changes(self, may_refresh: Callable[[], bool]) -> None:
        """Poll ``services.change_watch``; emit ``changed_elsewhere`` when it is safe to."""
        try:
            self._watch = ChangeWatch(self.db)
        except Exception:
            log.exception("change watch unavailable")
            return
        self._timer = QTimer(self)
        self._timer.setInterval(WATCH_MS)

        def poll() -> None:
            if may_refresh() and self._watch.changed():
                self.changed_elsewhere.emit()

        self._timer.timeout.connect(poll)
        self._timer.start()

    def absorb_own_commit(self) -> None:
        """Our own save: the views refresh anyway, so the watch need not report it."""
        if self._watch is not None:
            self._watch.changed()

    def shutdown(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self.runner.shutdown(timeout_ms=600_000)  # never cut a backup short
