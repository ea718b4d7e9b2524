"""The SQLite engine: pragmas, transactions (deferred reads, immediate writes), safe opening."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from incident_logger import paths
from incident_logger.store import migrations

__all__ = [
    "BUSY_TIMEOUT_MS",
    "Database",
    "DatabaseError",
    "backup_file_name",
    "connect_raw",
    "copy_database",
    "database_tag",
    "open_database",
]

BUSY_TIMEOUT_MS = 10_000
PAGE_SIZE = 16_384


class DatabaseError(RuntimeError):
    """The database file cannot be opened or used; the message says why and what to do.

    ``reason`` lets the app choose a way out: ``"damaged"``, ``"not_sqlite"``, ``"foreign"``,
    ``"too_new"``, ``"read_only"``, ``"disk_full"``, ``"io"``, ``"busy"``, ``"cannot_open"``
    or ``"other"``.
    """

    def __init__(self, message: str, *, reason: str = "other", path: Path | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.path = path


# --- Explaining SQLite's errors ---------------------------------------------------------

_SAVED_INTACT = "Nothing from this change was saved; everything saved before is intact."


@dataclass(frozen=True, slots=True)
class OpenProblem:
    reason: str
    message: str


def sqlite_error_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of an error (e.g. 13 for SQLITE_FULL), when known."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def translate_error(exc: BaseException, path: Path) -> OpenProblem | None:
    """Words for the errors a user can act on; None for programming errors (constraints)."""
    code = sqlite_error_code(exc)
    if code == 13:  # SQLITE_FULL
        return OpenProblem(
            "disk_full",
            f"The disk holding {path} is full. {_SAVED_INTACT} Free some space and try again.",
        )
    if code == 10:  # SQLITE_IOERR
        return OpenProblem(
            "io",
            f"The disk reported an error while using {path} ({exc}). {_SAVED_INTACT} "
            "Check the disk (or network drive) and try again.",
        )
    if code == 8:  # SQLITE_READONLY
        return OpenProblem(
            "read_only",
            f"{path} cannot be written (the file, its folder or the disk is read-only). "
            f"{_SAVED_INTACT}",
        )
    if code in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED
        return OpenProblem(
            "busy",
            f"Another program (perhaps a second copy of Incident Logger) kept {path} busy "
            f"for more than {BUSY_TIMEOUT_MS // 1000} seconds. {_SAVED_INTACT} Try again.",
        )
    if code in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB
        return OpenProblem(
            "damaged",
            f"{path} is damaged ({exc}). Restore a backup (File › Backups) or open another "
            "database; the damaged file is left as it is.",
        )
    if code == 14:  # SQLITE_CANTOPEN
        return OpenProblem("cannot_open", f"Cannot open {path} ({exc}).")
    return None


# --- Looking at a file before trusting it -----------------------------------------------

_MAGIC = b"SQLite format 3\x00"
_OUR_TABLES = frozenset({"incident", "place", "source", "category", "history", "incident_fts"})
QUICK_CHECK_SECONDS = 0.5  # a huge file is checked in full by every daily backup instead
_LEFT_ALONE = "The file was left exactly as it is."


def _header_problem(path: Path) -> OpenProblem | None:
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
        size = path.stat().st_size
    except OSError as exc:
        return OpenProblem("cannot_open", f"Cannot read {path}: {exc.strerror or exc}.")
    if not header.startswith(_MAGIC):
        return OpenProblem(
            "not_sqlite",
            f"{path} is not an Incident Logger database: it is not an SQLite database at all "
            f"(another kind of file, an encrypted file, or one overwritten by mistake). "
            f"{_LEFT_ALONE}",
        )
    if len(header) < 100:
        return OpenProblem("damaged", f"{path} is cut off after {size} bytes. {_LEFT_ALONE}")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counted = header[24:28] == header[92:96]  # the header's page count is current
    wal = path.with_name(path.name + "-wal")
    wal_has_data = wal.exists() and wal.stat().st_size > 0
    if counted and pages and not wal_has_data and size < pages * page_size:
        return OpenProblem(
            "damaged",
            f"{path} is damaged: it is shorter than it should be ({size:,} of "
            f"{pages * page_size:,} bytes), probably cut off while being copied or saved. "
            f"Restore a backup or open another file. {_LEFT_ALONE}",
        )
    return None


def _quick_check(conn: sqlite3.Connection, seconds: float) -> list[str]:
    """SQLite's quick_check, stopped (and taken as passed) after ``seconds``."""
    deadline = time.monotonic() + seconds
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 20_000)
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(20)")]
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc):
            return []
        raise
    finally:
        conn.set_progress_handler(None, 0)
    return [] if rows == ["ok"] else rows


def _connect_for_inspection(path: Path) -> tuple[sqlite3.Connection, bool]:
    try:
        return connect_raw(path, read_only=True), False
    except sqlite3.OperationalError as exc:
        wal = path.with_name(path.name + "-wal")
        if sqlite_error_code(exc) != 14 or os.access(path.parent, os.W_OK) or wal.exists():
            raise
    # A WAL file in a folder nobody can write: no -shm can be made, and none is needed.
    return connect_raw(path, read_only=True, immutable=True), True


def inspect_database(path: Path, *, read_only: bool) -> tuple[OpenProblem | None, bool]:
    """Check an existing file without changing it; returns (problem, needs immutable mode)."""
    problem = _header_problem(path)
    if problem is not None:
        return problem, False
    try:
        conn, immutable = _connect_for_inspection(path)
    except UnicodeDecodeError as exc:  # sqlite3 decoding a garbled schema or error text
        return OpenProblem(
            "damaged",
            f"{path} is damaged: its table definitions are unreadable ({exc.reason}). Restore "
            f"a backup or open another file. {_LEFT_ALONE}",
        ), False
    except sqlite3.Error as exc:
        explained = translate_error(exc, path)
        return explained or OpenProblem("cannot_open", f"Cannot open {path}: {exc}."), False
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = migrations.current_version(conn)
        if version > migrations.SCHEMA_VERSION:
            return OpenProblem(
                "too_new",
                f"{path} has schema version {version}, but this release of Incident Logger "
                f"knows only up to {migrations.SCHEMA_VERSION}: it was written by a newer "
                f"release. Open it with that release. {_LEFT_ALONE}",
            ), immutable
        if (version == 0 and tables) or (version >= 1 and not _OUR_TABLES.issubset(tables)):
            return OpenProblem(
                "foreign",
                f"{path} is an SQLite database, but not one of Incident Logger's (it belongs "
                f"to another program). {_LEFT_ALONE}",
            ), immutable
        if read_only and version < migrations.SCHEMA_VERSION:
            return OpenProblem(
                "read_only",
                f"{path} was written by an older release and needs an upgrade, but it cannot "
                "be written here. Copy it to a folder you can write and open the copy.",
            ), immutable
        found = _quick_check(conn, QUICK_CHECK_SECONDS)
        if found:
            return OpenProblem(
                "damaged",
                f"{path} is damaged (SQLite's check says: {'; '.join(found[:3])}). Restore a "
                f"backup or open another file. {_LEFT_ALONE}",
            ), immutable
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return OpenProblem(
            "damaged",
            f"{path} is damaged or is not a database ({exc}). Restore a backup or open "
            f"another file. {_LEFT_ALONE}",
        ), immutable
    finally:
        conn.close()
    return None, immutable


# --- Consistent copies (backups) --------------------------------------------------------


def backup_file_name(db_path: Path, kind: str, when: datetime) -> str:
    """``<stem>-<YYYYMMDD>-<HHMMSS>-<kind>-<8 hex of the database's full path>.sqlite3``."""
    return f"{Path(db_path).stem}-{when:%Y%m%d-%H%M%S}-{kind}-{database_tag(db_path)}.sqlite3"


def database_tag(db_path: Path) -> str:
    """Eight hex digits naming a database by its full path (backups of two files differ)."""
    return hashlib.sha1(str(Path(db_path).absolute()).encode("utf-8")).hexdigest()[:8]


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # e.g. Windows: folders cannot be opened; the rename is durable enough
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _reader(source: Path) -> sqlite3.Connection:
    """A connection that only reads. It opens read-write when it can, so that closing it
    tidies up the -wal and -shm files like any other connection; read-only otherwise."""
    if not source.exists():
        raise FileNotFoundError(2, "No such file", str(source))
    modes = ["rw", "ro"]
    if not source.with_name(source.name + "-wal").exists():
        modes.append("ro&immutable=1")  # a folder nobody can write: no -shm can be made
    for mode in modes:
        try:
            conn = sqlite3.connect(
                f"file:{_uri_path(source)}?mode={mode}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
            )
        except sqlite3.OperationalError:
            if mode == modes[-1]:
                raise
            continue
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            conn.close()
            if mode == modes[-1]:
                raise
            continue
        return conn
    raise AssertionError("unreachable")


def copy_database(source: Path, dest: Path) -> None:
    """Copy a live database with SQLite's online backup API (never a file copy).

    The copy is written to a temporary name beside ``dest``, turned into a single
    self-contained file, verified with ``PRAGMA integrity_check``, flushed to disk and only
    then renamed to ``dest``. On any failure nothing is left behind and an error is raised.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.part")
    src = _reader(source)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode = DELETE")
            result = [str(r[0]) for r in out.execute("PRAGMA integrity_check(20)")]
            if result != ["ok"]:
                raise ValueError(f"the copy failed its integrity check: {'; '.join(result[:3])}")
        finally:
            out.close()
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
        _fsync_folder(dest.parent)
    except BaseException:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    finally:
        src.close()


def _configure(dbapi_conn: sqlite3.Connection, read_only: bool) -> None:
    # Let us issue BEGIN ourselves (pysqlite's implicit transactions are unreliable).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        # Only takes effect on a new, empty file (it must come before WAL is switched on):
        # 16 KiB pages make bulk loads about 15% faster than the default 4 KiB.
        cur.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        cur.execute("PRAGMA journal_mode = WAL")
        # FULL: a committed transaction survives a power cut, not just a crash.
        cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA cache_size = -65536")  # 64 MiB page cache per connection
    cur.execute("PRAGMA temp_store = MEMORY")
    cur.execute("PRAGMA mmap_size = 268435456")
    cur.close()


def connect_raw(
    path: Path, *, read_only: bool = False, immutable: bool = False
) -> sqlite3.Connection:
    """A plain sqlite3 connection with the app's pragmas (for migrations and bulk work).

    ``immutable`` (read-only only) is for a file in a folder nobody can write: SQLite then
    needs no ``-shm`` file beside it.
    """
    mode = "ro" if read_only else "rwc"
    extra = "&immutable=1" if read_only and immutable else ""
    uri = f"file:{_uri_path(path)}?mode={mode}{extra}"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        _configure(conn, read_only)
    except BaseException:
        conn.close()
        raise
    return conn


def _uri_path(path: Path) -> str:
    # '?' and '#' would end the path part of a URI; '%' would start an escape.
    text = Path(path).absolute().as_posix()
    return text.replace("%", "%25").replace("?", "%3f").replace("#", "%23")


class Database:
    """One SQLite file: the engine, sessions for reading and for writing, and its path.

    ``read_only`` is set when the file or its folder cannot be written; ``read_only_reason``
    then says why, in words the app can show.
    """

    def __init__(
        self,
        path: Path,
        *,
        read_only: bool = False,
        read_only_reason: str = "",
        immutable: bool = False,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.read_only_reason = read_only_reason or (
            "This database was opened read-only." if read_only else ""
        )
        self._immutable = immutable
        self.engine: Engine = create_engine(
            "sqlite://",
            creator=lambda: connect_raw(self.path, read_only=read_only, immutable=immutable),
            poolclass=QueuePool,
            pool_size=4,
            max_overflow=4,
        )
        event.listen(self.engine, "begin", self._on_begin)
        self._watch: sqlite3.Connection | None = None
        self._watch_lock = threading.Lock()

    @staticmethod
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN"))

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session in one deferred (snapshot) transaction, rolled back at the end."""
        with self._errors_explained(), Session(self.engine) as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one IMMEDIATE transaction: committed on success, rolled back on error.

        A full disk, an I/O error or a lock held too long by another program raises
        ``DatabaseError`` saying so; SQLite has then rolled the transaction back, so the
        file holds exactly what was last committed.
        """
        if self.read_only:
            raise DatabaseError(
                f"{self.path} is open read-only, so nothing can be changed. "
                f"{self.read_only_reason}",
                reason="read_only",
                path=self.path,
            )
        engine = self.engine.execution_options(sqlite_begin="BEGIN IMMEDIATE")
        with (
            self._errors_explained(),
            Session(engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def raw(self) -> Iterator[sqlite3.Connection]:
        """A pooled plain sqlite3 connection, for bulk work and hand-tuned queries."""
        with self._errors_explained(), self.engine.connect() as conn:
            dbapi = conn.connection.driver_connection
            assert isinstance(dbapi, sqlite3.Connection)
            try:
                yield dbapi
            finally:
                if dbapi.in_transaction:  # a caller's BEGIN left open by an error
                    dbapi.rollback()

    @contextmanager
    def _errors_explained(self) -> Iterator[None]:
        try:
            yield
        except (sqlite3.Error, DBAPIError) as exc:
            error = exc.orig if isinstance(exc, DBAPIError) else exc
            if not isinstance(error, sqlite3.Error):
                raise
            explained = translate_error(error, self.path)
            if explained is None:
                raise
            raise DatabaseError(explained.message, reason=explained.reason, path=self.path) from exc

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
        self.engine.dispose()


def _writable(path: Path) -> bool:
    """Whether SQLite can write here: the file (if any) and its folder (for -wal and -shm)."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # the folders to create go into the nearest existing one
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


def _fail(problem: OpenProblem, path: Path) -> DatabaseError:
    return DatabaseError(problem.message, reason=problem.reason, path=path)


def open_database(path: Path, *, read_only: bool = False) -> Database:
    """Open (creating if needed) and migrate the database at ``path``.

    A file that is not an Incident Logger database, is damaged or comes from a newer
    release raises ``DatabaseError`` and is never changed. A file whose folder cannot be
    written opens read-only (``Database.read_only_reason`` says why). Before migrating an
    existing database to a newer schema, a verified backup is written to the backup folder.
    """
    path = Path(path)
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file.", reason="cannot_open")
    reason = ""
    if not read_only and not _writable(path):
        if not path.exists():
            raise DatabaseError(
                f"Cannot create a database in {path.parent}: the folder cannot be written. "
                "Choose another place for it.",
                reason="read_only",
                path=path,
            )
        read_only = True
        reason = (
            f"The folder {path.parent} (or the file itself) cannot be written, so the database "
            "is open read-only: you can search, read and export, but not change anything."
        )
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    immutable = False
    if existed:
        problem, immutable = inspect_database(path, read_only=read_only)
        if problem is not None:
            raise _fail(problem, path)
    elif read_only:
        raise DatabaseError(f"{path} does not exist.", reason="cannot_open", path=path)
    if immutable and not reason:
        reason = f"{path} is open read-only."
    _migrate(path, existed=existed, read_only=read_only)
    return Database(path, read_only=read_only, read_only_reason=reason, immutable=immutable)


def _migrate(path: Path, *, existed: bool, read_only: bool) -> None:
    if read_only:
        return  # inspect_database has refused a read-only file that needs an upgrade
    try:
        conn = connect_raw(path)
    except sqlite3.Error as exc:
        explained = translate_error(exc, path)
        message = explained.message if explained else f"Cannot open {path}: {exc}"
        raise DatabaseError(
            message, reason=explained.reason if explained else "cannot_open", path=path
        ) from exc
    try:
        try:
            todo = migrations.pending(conn)
        except migrations.SchemaTooNewError as exc:
            raise DatabaseError(str(exc), reason="too_new", path=path) from exc
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(
                f"{path} is not an Incident Logger database or is damaged ({exc}).",
                reason="damaged",
                path=path,
            ) from exc
        if not todo:
            return
        if existed and migrations.current_version(conn) >= 1:
            _backup_before_migration(path, migrations.current_version(conn))
        try:
            migrations.migrate(conn)
        except sqlite3.Error as exc:
            if sqlite_error_code(exc) in (13, 10):  # FULL, IOERR: rolled back by SQLite
                explained = translate_error(exc, path)
                assert explained is not None
                raise DatabaseError(explained.message, reason=explained.reason, path=path) from exc
            raise
    finally:
        conn.close()


def _backup_before_migration(path: Path, version: int) -> Path:
    """A verified copy of the file as it is, before any migration touches it."""
    target = paths.backup_dir() / backup_file_name(path, "pre-migration", datetime.now())
    try:
        copy_database(path, target)
    except (OSError, sqlite3.Error, ValueError) as exc:
        raise DatabaseError(
            f"{path} needs an upgrade to this release's format, but a backup could not be "
            f"written first ({exc}). Nothing was changed. Free some disk space or check the "
            f"backup folder {target.parent}, then try again.",
            reason="io",
            path=path,
        ) from exc
    return target
