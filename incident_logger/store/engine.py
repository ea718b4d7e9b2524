"""The SQLite engine: pragmas, transactions (deferred reads, immediate writes), migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from incident_logger.store import migrations

BUSY_TIMEOUT_MS = 10_000


class DatabaseError(RuntimeError):
    """The database file cannot be opened or used; the message says why and what to do."""


def _configure(dbapi_conn: sqlite3.Connection, read_only: bool) -> None:
    # Let us issue BEGIN ourselves (pysqlite's implicit transactions are unreliable).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        cur.execute("PRAGMA journal_mode = WAL")
        # FULL: a committed transaction survives a power cut, not just a crash.
        cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA cache_size = -65536")  # 64 MiB page cache per connection
    cur.execute("PRAGMA temp_store = MEMORY")
    cur.execute("PRAGMA mmap_size = 268435456")
    cur.close()


def connect_raw(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection with the app's pragmas (for migrations and bulk work)."""
    uri = f"file:{path.as_posix()}?mode={'ro' if read_only else 'rwc'}"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    _configure(conn, read_only)
    return conn


class Database:
    """One SQLite file: the engine, sessions for reading and for writing, and its path."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self.engine: Engine = create_engine(
            "sqlite://",
            creator=lambda: connect_raw(path, read_only=read_only),
            poolclass=QueuePool,
            pool_size=4,
            max_overflow=4,
        )
        event.listen(self.engine, "begin", self._on_begin)

    @staticmethod
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN"))

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session in one deferred (snapshot) transaction, rolled back at the end."""
        with Session(self.engine) as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one IMMEDIATE transaction: committed on success, rolled back on error."""
        if self.read_only:
            raise DatabaseError(
                f"{self.path} is open read-only (its folder or file cannot be written)."
            )
        engine = self.engine.execution_options(sqlite_begin="BEGIN IMMEDIATE")
        with Session(engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def raw(self) -> Iterator[sqlite3.Connection]:
        """A pooled plain sqlite3 connection, for bulk work and hand-tuned queries."""
        with self.engine.connect() as conn:
            dbapi = conn.connection.driver_connection
            assert isinstance(dbapi, sqlite3.Connection)
            yield dbapi

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path, *, read_only: bool = False) -> Database:
    """Open (creating if needed) and migrate the database at ``path``."""
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = connect_raw(path, read_only=read_only)
    except sqlite3.Error as exc:
        raise DatabaseError(f"Cannot open {path}: {exc}") from exc
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            todo = migrations.pending(conn)
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(
                f"{path} is not an Incident Logger database or is damaged ({exc})."
            ) from exc
        except migrations.SchemaTooNewError as exc:
            raise DatabaseError(str(exc)) from exc
        if todo:
            if read_only:
                raise DatabaseError(f"{path} needs an upgrade but is open read-only.")
            migrations.migrate(conn)
    finally:
        conn.close()
    return Database(path, read_only=read_only)
