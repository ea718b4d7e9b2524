"""The SQLite engine: pooled connections, transactions (deferred reads, immediate writes),
safe opening and migrations. Errors, inspection, copies and raw connections have modules of
their own; their public names are re-exported here.

SQLAlchemy and SQLModel are imported on the first ORM session only: plain-SQL work (search,
counts, export, import) runs on a small pool of plain sqlite3 connections, so a command
that only reads starts without loading the ORM.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from incident_logger import paths
from incident_logger.domain.messages import Message, msg
from incident_logger.store import migrations, trust
from incident_logger.store.connection import BUSY_TIMEOUT_MS, PAGE_SIZE, connect_raw
from incident_logger.store.copies import backup_file_name, copy_database, database_tag
from incident_logger.store.errors import (
    DatabaseError,
    OpenProblem,
    sqlite_error_code,
    translate_error,
)
from incident_logger.store.inspect import inspect_database
from incident_logger.store.pg.url import is_url
from incident_logger.store.sql import Sql, wrap

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

__all__ = [
    "BUSY_TIMEOUT_MS",
    "PAGE_SIZE",
    "Database",
    "DatabaseError",
    "OpenProblem",
    "backup_file_name",
    "connect_raw",
    "copy_database",
    "database_tag",
    "inspect_database",
    "open_database",
]

_IDLE_RAW = 4  # plain connections kept open between uses


class Database:
    """One SQLite file: the engine, sessions for reading and for writing, and its path.

    ``read_only`` is set when the file or its folder cannot be written; ``read_only_reason``
    then says why, in words the app can show. ``trusted`` (the file was checked, created or
    found as a clean close left it) lets ``close`` mark it clean again (``store.trust``).
    """

    kind = "sqlite"  # or "postgresql" (store.pg.database.PgDatabase)

    def __init__(
        self,
        path: Path,
        *,
        read_only: bool = False,
        read_only_reason: str | Message = "",
        immutable: bool = False,
        trusted: bool = False,
        private_copy: Path | None = None,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        # Why (a message code the interface translates; str() is English).
        self.read_only_reason: str | Message = read_only_reason or (
            msg("db_opened_read_only") if read_only else ""
        )
        self._immutable = immutable
        self._trusted = trusted and not read_only
        self._private_copy = private_copy  # a folder to delete on close
        self._engine: Engine | None = None
        self._engine_lock = threading.Lock()
        self._idle: list[sqlite3.Connection] = []
        self._idle_lock = threading.Lock()
        self._closed = False
        self._watch: sqlite3.Connection | None = None
        self._watch_lock = threading.Lock()

    @property
    def label(self) -> str:
        """How to name this database to the user: its path (a team database: its URL)."""
        return str(self.path)

    def _connect(self) -> sqlite3.Connection:
        return connect_raw(self.path, read_only=self.read_only, immutable=self._immutable)

    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine over this file, made (and SQLAlchemy imported) on first use."""
        with self._engine_lock:
            if self._engine is None:
                from sqlalchemy import create_engine, event
                from sqlalchemy.pool import QueuePool

                self._engine = create_engine(
                    "sqlite://",
                    creator=self._connect,
                    poolclass=QueuePool,
                    pool_size=4,
                    max_overflow=4,
                )
                event.listen(self._engine, "begin", self._on_begin)
            return self._engine

    @staticmethod
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN"))

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session in one deferred (snapshot) transaction, rolled back at the end."""
        from sqlmodel import Session

        with self._errors_explained(), Session(self.engine) as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one IMMEDIATE transaction: committed on success, rolled back on error.

        A full disk, an I/O error or a lock held too long by another program raises
        ``DatabaseError`` saying so; SQLite has then rolled the transaction back, so the
        file holds exactly what was last committed.
        """
        self._refuse_read_only()
        from sqlmodel import Session

        engine = self.engine.execution_options(sqlite_begin="BEGIN IMMEDIATE")
        with (
            self._errors_explained(),
            Session(engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def read_sql(self) -> Iterator[Sql]:
        """A plain connection in one read transaction (a snapshot), for the repositories.

        On SQLite it is a pooled sqlite3 connection (the ORM is not loaded); statements are
        written once for both engines (``store.sql``).
        """
        with self.raw() as conn:
            conn.execute("BEGIN")
            try:
                yield wrap(conn)
            finally:
                conn.execute("ROLLBACK")

    @contextmanager
    def write_sql(self) -> Iterator[Sql]:
        """A plain connection in one IMMEDIATE transaction: committed on success, rolled
        back on error (``write()``'s rules, without the ORM)."""
        self._refuse_read_only()
        with self.raw() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield wrap(conn)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def _refuse_read_only(self) -> None:
        if self.read_only:
            raise DatabaseError(
                msg("db_open_read_only", path=str(self.path), why=self.read_only_reason),
                reason="read_only",
                path=self.path,
            )

    @contextmanager
    def raw(self, purpose: str = "This work") -> Iterator[sqlite3.Connection]:
        """A pooled plain sqlite3 connection, for SQLite's own bulk work and maintenance.

        A team database has none: it refuses, naming the ``purpose`` ("Importing a file").
        """
        with self._errors_explained():
            with self._idle_lock:
                conn = self._idle.pop() if self._idle else None
            if conn is None:
                conn = self._connect()
            try:
                yield conn
            finally:
                self._give_back(conn)

    def _give_back(self, conn: sqlite3.Connection) -> None:
        try:
            if conn.in_transaction:  # a caller's BEGIN left open by an error
                conn.rollback()
        except sqlite3.Error:
            conn.close()
            return
        with self._idle_lock:
            if not self._closed and len(self._idle) < _IDLE_RAW:
                self._idle.append(conn)
                return
        conn.close()

    @contextmanager
    def _errors_explained(self) -> Iterator[None]:
        try:
            yield
        except Exception as exc:
            error = _sqlite_error_of(exc)
            if error is None:
                raise
            explained = translate_error(error, self.path)
            if explained is None:
                raise
            raise DatabaseError(explained.msg, reason=explained.reason, path=self.path) from exc

    def data_version(self) -> int:
        """A number that changes whenever any connection (here or in another program) commits.

        It uses one dedicated connection that never writes, so commits made through this
        object's own sessions count too: the UI can poll it cheaply and refresh on change.
        """
        with self._watch_lock:
            if self._watch is None:
                self._watch = connect_raw(self.path, read_only=True, immutable=self._immutable)
            return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        with self._watch_lock:
            if self._watch is not None:
                self._watch.close()
                self._watch = None
        with self._idle_lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()
        with self._engine_lock:
            if self._engine is not None:
                self._engine.dispose()
        if self._trusted:
            trust.mark_clean(self.path)
        if self._private_copy is not None:
            shutil.rmtree(self._private_copy, ignore_errors=True)


def _sqlite_error_of(exc: BaseException) -> sqlite3.Error | None:
    """The sqlite3 error behind ``exc`` (SQLAlchemy wraps them in ``DBAPIError.orig``)."""
    if isinstance(exc, sqlite3.Error):
        return exc
    orig = getattr(exc, "orig", None)
    if isinstance(orig, sqlite3.Error) and type(exc).__module__.startswith("sqlalchemy"):
        return orig
    return None


def _writable(path: Path) -> bool:
    """Whether SQLite can write here: the file (if any) and its folder (for -wal and -shm)."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # the folders to create go into the nearest existing one
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


def _fail(problem: OpenProblem, path: Path) -> DatabaseError:
    return DatabaseError(problem.msg, reason=problem.reason, path=path)


def open_database(
    path: Path | str,
    *,
    read_only: bool = False,
    purpose: Literal["write", "read"] = "write",
    ask_password: Callable[[str], str | None] | None = None,
) -> Database:
    """Open (creating if needed) and migrate the database at ``path``.

    A ``postgresql://`` URL opens a team database instead (``store.pg.database``): it is
    never created or migrated here (``team init`` does that) and has no file checks;
    ``ask_password`` is asked when neither libpq nor the keyring has the password.

    A file that is not an Incident Logger database, is damaged or comes from a newer
    release raises ``DatabaseError`` and is never changed. A file whose folder cannot be
    written opens read-only (``Database.read_only_reason`` says why). Before migrating an
    existing database to a newer schema, a verified backup is written to the backup folder.

    Opening reads only the first pages. ``purpose="write"`` (the default: the app and
    commands that change data) runs SQLite's quick check over the whole file first unless
    the file is as a clean close left it; ``purpose="read"`` never does (``store.trust``).
    """
    if is_url(path):
        from incident_logger.store.pg.database import open_postgres

        assert isinstance(path, str)
        return open_postgres(path, read_only=read_only, ask_password=ask_password)
    path = Path(path)
    if path.is_dir():
        raise DatabaseError(msg("db_is_folder", path=str(path)), reason="cannot_open")
    reason: str | Message = ""
    if not read_only and not _writable(path):
        if not path.exists():
            raise DatabaseError(
                msg("db_cannot_create", folder=str(path.parent)), reason="read_only", path=path
            )
        read_only = True
        reason = msg("db_folder_read_only", folder=str(path.parent))
    if read_only and _wal_without_index(path):
        return _open_private_copy(path, reason)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    immutable = False
    trusted = not existed
    if existed:
        check = purpose == "write" and not read_only and not trust.is_marked(path)
        problem, immutable = inspect_database(
            path, read_only=read_only, quick_check=check, check_seconds=None
        )
        if problem is not None:
            trust.forget(path)
            raise _fail(problem, path)
        trusted = check or trust.is_marked(path)
    elif read_only:
        raise DatabaseError(msg("db_missing", path=str(path)), reason="cannot_open", path=path)
    if immutable and not reason:
        reason = msg("db_immutable", path=str(path))
    _migrate(path, existed=existed, read_only=read_only)
    return Database(
        path, read_only=read_only, read_only_reason=reason, immutable=immutable, trusted=trusted
    )


def _wal_without_index(path: Path) -> bool:
    """A ``-wal`` with data but no ``-shm`` in a folder nobody can write: SQLite cannot read
    it there (it needs the index file, and ignoring the log could show half a checkpoint)."""
    wal = Path(f"{path}-wal")
    return (
        wal.is_file()
        and wal.stat().st_size > 0
        and not Path(f"{path}-shm").exists()
        and not os.access(path.parent, os.W_OK)
    )


def _open_private_copy(path: Path, reason: str | Message) -> Database:
    """Read a database whose log cannot be read in place from a private temporary copy."""
    folder = Path(tempfile.mkdtemp(prefix="incident-logger-readonly-"))
    copy = folder / path.name
    try:
        shutil.copyfile(path, copy)
        shutil.copyfile(Path(f"{path}-wal"), Path(f"{copy}-wal"))
        problem, _ = inspect_database(copy, read_only=False, quick_check=False)
        if problem is not None:
            said = Message(
                problem.msg.code,
                tuple((k, str(path) if v == str(copy) else v) for k, v in problem.msg.values),
            )
            raise _fail(OpenProblem(problem.reason, said), path)
        conn = connect_raw(copy)  # takes in the log's committed changes
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
    except (OSError, sqlite3.Error) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise DatabaseError(
            msg("db_wal_unreadable", path=str(path), name=path.name, detail=str(exc)),
            reason="read_only",
            path=path,
        ) from exc
    except DatabaseError:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    why = reason or msg("db_cannot_write_here", path=str(path))
    said = msg("db_private_copy", why=why)
    return Database(copy, read_only=True, read_only_reason=said, private_copy=folder)


def _migrate(path: Path, *, existed: bool, read_only: bool) -> None:
    if read_only:
        return  # inspect_database has refused a read-only file that needs an upgrade
    try:
        conn = connect_raw(path)
    except sqlite3.Error as exc:
        explained = translate_error(exc, path)
        detail = str(exc)
        said = explained.msg if explained else msg("db_cannot_open", path=str(path), detail=detail)
        raise DatabaseError(
            said, reason=explained.reason if explained else "cannot_open", path=path
        ) from exc
    try:
        try:
            todo = migrations.pending(conn)
        except migrations.SchemaTooNewError as exc:
            raise DatabaseError(str(exc), reason="too_new", path=path) from exc
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(
                msg("db_damaged_or_not", path=str(path), detail=str(exc)),
                reason="damaged",
                path=path,
            ) from exc
        if not todo:
            return
        if existed and migrations.current_version(conn) >= 1:
            migrations.announce("a safety copy of the file before the upgrade")
            _backup_before_migration(path, migrations.current_version(conn))
        try:
            migrations.migrate(conn)
        except sqlite3.Error as exc:
            if sqlite_error_code(exc) in (13, 10):  # FULL, IOERR: rolled back by SQLite
                explained = translate_error(exc, path)
                assert explained is not None
                raise DatabaseError(explained.msg, reason=explained.reason, path=path) from exc
            raise
    finally:
        conn.close()


def _backup_before_migration(path: Path, version: int) -> Path:
    """A verified copy of the file as it is, before any migration touches it."""
    target = paths.backup_dir_for(path) / backup_file_name(path, "pre-migration", datetime.now())
    try:
        copy_database(path, target)
    except (OSError, sqlite3.Error, ValueError) as exc:
        raise DatabaseError(
            msg("db_upgrade_backup", path=str(path), detail=str(exc), folder=str(target.parent)),
            reason="io",
            path=path,
        ) from exc
    return target
