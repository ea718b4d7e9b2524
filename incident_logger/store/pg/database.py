"""The team database: the same ``Database`` interface over a PostgreSQL server.

Sessions (``read()``, ``write()``) work as on SQLite: a read is one snapshot (REPEATABLE
READ, READ ONLY), a write one transaction committed on success and rolled back on error.
What only a SQLite file has (``raw()`` sqlite3 connections, file checks, pragmas, copies
by the online backup API) raises ``DatabaseError`` with a plain message instead.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from incident_logger import paths
from incident_logger.store.engine import Database
from incident_logger.store.errors import DatabaseError
from incident_logger.store.pg import migrate
from incident_logger.store.pg.credentials import AskPassword, Connector
from incident_logger.store.pg.url import PgUrl, UrlError, parse
from incident_logger.store.sql import Sql, wrap

if TYPE_CHECKING:
    import sqlite3

    import psycopg
    from sqlalchemy import Connection, Engine
    from sqlmodel import Session

NOTIFY_CHANNEL = "incident_logger_changes"  # the baseline revision's triggers notify it
_SAVED_INTACT = "Nothing from this change was saved; everything saved before is intact."


def local_folder(url: PgUrl) -> Path:
    """A folder of this computer's own state for one team database (drafts, marks).

    Named after the URL's label and a short hash of it, so two databases never share one.
    """
    tag = hashlib.sha256(url.label.encode()).hexdigest()[:10]
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in url.database or "db")
    return paths.data_dir() / "team" / f"{safe}-{tag}"


class PgDatabase(Database):
    """A PostgreSQL database. ``url`` is the URL as given; ``label`` what to show."""

    kind = "postgresql"

    def __init__(
        self,
        url: PgUrl,
        connector: Connector,
        *,
        read_only: bool = False,
        read_only_reason: str = "",
        role: str = "",
    ) -> None:
        super().__init__(
            local_folder(url) / "incidents", read_only=read_only, read_only_reason=read_only_reason
        )
        self.url = url
        self.role = role  # "owner", "editor" or "viewer"
        self._connector = connector
        self._pg_engine: Engine | None = None
        self._pg_lock = threading.Lock()
        self._listener: psycopg.Connection | None = None
        self._listen_lock = threading.Lock()
        self._changes = 0

    @property
    def label(self) -> str:
        return f"team database {self.url.label}"

    def password_in_memory(self) -> str | None:
        """The password found in the keyring or typed this session (None: libpq's own)."""
        return self._connector.password

    def status(self) -> tuple[str | None, int]:
        """The schema revision and the number of incidents (live and in the trash)."""
        from sqlalchemy import text

        with self._errors_explained(), self.engine.connect() as conn:
            revision = migrate.current(conn)
            incidents = conn.execute(text("SELECT count(*) FROM incident")).scalar_one()
        return revision, int(incidents)

    def connect(self, *, autocommit: bool = False) -> psycopg.Connection:
        """A new plain psycopg connection (the caller closes it)."""
        with self._errors_explained():
            return self._connector.connect(autocommit=autocommit)

    @property
    def engine(self) -> Engine:
        with self._pg_lock:
            if self._pg_engine is None:
                from sqlalchemy import create_engine
                from sqlalchemy.pool import QueuePool

                self._pg_engine = create_engine(
                    "postgresql+psycopg://",
                    creator=self._connector.connect,
                    poolclass=QueuePool,
                    pool_size=4,
                    max_overflow=4,
                    pool_pre_ping=True,  # a server restart costs one retry, not an error
                )
            return self._pg_engine

    @contextmanager
    def read(self) -> Iterator[Session]:
        from sqlmodel import Session

        engine = self.engine.execution_options(
            isolation_level="REPEATABLE READ", postgresql_readonly=True
        )
        with self._errors_explained(), Session(engine) as session, session.begin():
            yield session

    def _refuse_read_only(self) -> None:
        if self.read_only:
            raise DatabaseError(
                f"The {self.label} is open read-only, so nothing can be changed. "
                f"{self.read_only_reason}",
                reason="read_only",
            )

    @contextmanager
    def read_sql(self) -> Iterator[Sql]:
        engine = self.engine.execution_options(
            isolation_level="REPEATABLE READ", postgresql_readonly=True
        )
        with self._errors_explained(), engine.connect() as conn, conn.begin():
            yield wrap(conn.connection.driver_connection)

    @contextmanager
    def write_sql(self) -> Iterator[Sql]:
        self._refuse_read_only()
        with self._errors_explained(), self.engine.begin() as conn:
            yield wrap(conn.connection.driver_connection)

    @contextmanager
    def write(self) -> Iterator[Session]:
        self._refuse_read_only()
        from sqlmodel import Session

        with (
            self._errors_explained(),
            Session(self.engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def raw(self, purpose: str = "This work") -> Iterator[sqlite3.Connection]:
        not_on_postgres(purpose)

    @contextmanager
    def _errors_explained(self) -> Iterator[None]:
        try:
            yield
        except DatabaseError:
            raise
        except Exception as exc:
            explained = explain(exc, self.label)
            if explained is None:
                raise
            raise explained from exc

    def data_version(self) -> int:
        """A number that changes whenever anyone (here or on another computer) commits a
        change to the records: the notifications the schema's triggers send, counted.

        The first call starts listening on a connection of its own. A lost connection (a
        server restart) counts as a change, so views refresh once it is back.
        """
        with self._listen_lock:
            try:
                if self._listener is None:
                    self._listener = self._connector.connect(autocommit=True)
                    self._listener.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    self._changes += 1
                for _ in self._listener.notifies(timeout=0):
                    self._changes += 1
            except Exception as exc:
                self._drop_listener()
                self._changes += 1
                explained = explain(exc, self.label)
                if explained is None:
                    raise
                raise explained from exc
            return self._changes

    def _drop_listener(self) -> None:
        if self._listener is not None:
            with contextlib.suppress(Exception):  # a broken one has nothing more to release
                self._listener.close()
            self._listener = None

    def close(self) -> None:
        with self._listen_lock:
            self._drop_listener()
        with self._pg_lock:
            if self._pg_engine is not None:
                self._pg_engine.dispose()
                self._pg_engine = None


def not_on_postgres(what: str) -> NoReturn:
    raise DatabaseError(
        f"{what} is not available on a team database (PostgreSQL) in this release; "
        "it works on a database file. Copy the team database to a file with "
        "'incident-logger copy URL FILE' to use it there.",
        reason="unsupported",
    )


def explain(exc: BaseException, label: str) -> DatabaseError | None:
    """Plain words for the server's errors a user can act on; None for programming errors."""
    import psycopg
    from psycopg import errors

    orig = getattr(exc, "orig", None)
    error = orig if isinstance(orig, psycopg.Error) else exc
    if not isinstance(error, psycopg.Error):
        return None
    detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if isinstance(error, errors.InsufficientPrivilege):
        return DatabaseError(
            f"The {label} refused this change: your role may not make it ({detail}). "
            f"{_SAVED_INTACT} Ask the database's administrator for an editor's role.",
            reason="read_only",
        )
    if isinstance(error, errors.SerializationFailure | errors.DeadlockDetected):
        return DatabaseError(
            f"Another analyst changed the same records at the same moment ({detail}). "
            f"{_SAVED_INTACT} Try again.",
            reason="busy",
        )
    if isinstance(error, psycopg.OperationalError) and _refused_password(str(error)):
        return DatabaseError(
            f"The {label} refused the password ({detail}). Check the user name and type the "
            "password again; a password that works replaces the one in the system keyring.",
            reason="auth",
        )
    if isinstance(error, psycopg.OperationalError):
        return DatabaseError(
            f"Cannot reach the {label} ({detail}). {_SAVED_INTACT} Check the network and "
            "the server, then try again.",
            reason="io",
        )
    return None


def _refused_password(text: str) -> bool:
    text = text.lower()
    return "password authentication failed" in text or "no password supplied" in text


def _role(conn: Connection) -> str:
    from sqlalchemy import text

    row = conn.execute(
        text(
            "SELECT pg_catalog.pg_get_userbyid(c.relowner) = current_user, "
            "has_table_privilege('incident', 'INSERT'), has_table_privilege('incident', 'UPDATE')"
            " FROM pg_catalog.pg_class c WHERE c.oid = 'incident'::regclass"
        )
    ).one()
    if row[0]:
        return "owner"
    return "editor" if row[1] and row[2] else "viewer"


def open_postgres(
    text: str, *, read_only: bool = False, ask_password: AskPassword | None = None
) -> PgDatabase:
    """Connect to a team database and check its schema; never changes anything.

    A database without the schema, with an older one, or with one from a newer release
    raises ``DatabaseError`` saying what to do (``team init`` creates and upgrades it).
    """
    try:
        url = parse(text)
    except UrlError as exc:
        raise DatabaseError(str(exc), reason="cannot_open") from exc
    db = PgDatabase(url, Connector(url, ask_password), read_only=read_only)
    try:
        with db._errors_explained(), db.engine.connect() as conn:
            revision = migrate.current(conn)
            role = _role(conn) if revision is not None else ""
    except BaseException:
        db.close()
        raise
    problem = schema_problem(revision, db.label, text)
    if problem is not None:
        db.close()
        raise problem
    db.role = role
    if role == "viewer" and not read_only:
        db.read_only = True
    if db.read_only and not db.read_only_reason:
        db.read_only_reason = "This database was opened read-only."
    if role == "viewer":
        db.read_only_reason = (
            f"You are connected as a viewer ({url.user or 'your login'} may read this team "
            "database but not change it), so it is open read-only: you can search, read and "
            "export. Ask the administrator for an editor's role to make changes."
        )
    return db


def schema_problem(revision: str | None, label: str, url_text: str) -> DatabaseError | None:
    if revision is None:
        return DatabaseError(
            f"The {label} has no Incident Logger schema yet. The database's administrator "
            f"creates it with: incident-logger team init {url_text}",
            reason="foreign",
        )
    if revision not in migrate.known_revisions():
        return DatabaseError(
            f"The {label} has schema version {revision}, newer than this release knows "
            f"(up to {migrate.head()}). Use a newer release of Incident Logger.",
            reason="too_new",
        )
    if revision != migrate.head():
        return DatabaseError(
            f"The {label} has schema version {revision}; this release needs {migrate.head()}. "
            f"The database's administrator upgrades it with: incident-logger team init "
            f"{url_text}",
            reason="too_old",
        )
    return None
