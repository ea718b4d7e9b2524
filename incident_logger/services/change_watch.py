"""A cheap change detector: the UI polls it and refreshes when anyone commits."""

from __future__ import annotations

from incident_logger.store.engine import Database


def data_version(db: Database) -> int:
    """SQLite's ``PRAGMA data_version`` on a dedicated connection that never writes.

    The number changes after any commit by another connection: another copy of the app,
    the command line, or this app's own sessions. Polling it costs microseconds.
    """
    return db.data_version()


class ChangeWatch:
    """Remembers the last seen version; ``changed()`` says whether anything was committed since."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._seen = data_version(db)

    def changed(self) -> bool:
        current = data_version(self._db)
        if current == self._seen:
            return False
        self._seen = current
        return True
