"""A statement the caller may stop while the engine runs it (a count a new search made moot)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

from incident_logger.store.sql import Sql

SQLITE_CHECK_EVERY = 20_000  # SQLite virtual-machine steps between two looks at ``cancelled``
SERVER_CHECK_EVERY = 0.1  # seconds between two looks while PostgreSQL runs the statement


class Interrupted(Exception):
    """The caller cancelled the statement while the engine ran it."""


@contextmanager
def interruptible(sql: Sql, cancelled: Callable[[], bool] | None) -> Iterator[None]:
    """Statements run inside stop when ``cancelled()`` turns True, raising ``Interrupted``:
    SQLite looks through its progress handler, PostgreSQL is asked to cancel by a watcher."""
    if cancelled is None:
        yield
        return
    stopping = _progress_handler if sql.kind == "sqlite" else _watcher
    with stopping(sql, cancelled):
        try:
            yield
        except Exception as exc:
            if cancelled():
                raise Interrupted() from exc
            raise


def _progress_handler(sql: Sql, cancelled: Callable[[], bool]) -> AbstractContextManager[None]:
    @contextmanager
    def handler() -> Iterator[None]:
        sql.dbapi.set_progress_handler(lambda: 1 if cancelled() else 0, SQLITE_CHECK_EVERY)
        try:
            yield
        finally:
            sql.dbapi.set_progress_handler(None, 0)

    return handler()


def _watcher(sql: Sql, cancelled: Callable[[], bool]) -> AbstractContextManager[None]:
    @contextmanager
    def watching() -> Iterator[None]:
        done = threading.Event()

        def watch() -> None:
            while not done.wait(SERVER_CHECK_EVERY):
                if cancelled():
                    sql.dbapi.cancel_safe()
                    return

        watcher = threading.Thread(target=watch, name="statement-cancel", daemon=True)
        watcher.start()
        try:
            yield
        finally:
            done.set()
            watcher.join()

    return watching()
