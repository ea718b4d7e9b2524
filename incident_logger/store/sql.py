"""One connection in a transaction, on either engine: SQL written once, with ``?`` marks.

The repositories and the small store modules write their statements once, in the SQL both
SQLite and PostgreSQL accept, with ``?`` for each parameter. ``Sql`` runs them on the
connection under a session or a pooled plain connection: on SQLite it *is* the sqlite3
connection's own ``execute``/``executemany`` (the bulk paths pay nothing for it); on
PostgreSQL it rewrites the marks to psycopg's ``%s`` once per statement text.

``Sql.of(session)`` takes the connection inside an ORM session's transaction;
``Database.read_sql()`` / ``write_sql()`` open one without loading the ORM on SQLite.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    from sqlmodel import Session

Engine = Literal["sqlite", "postgresql"]


class Cursor(Protocol):
    """What both engines' cursors give back."""

    rowcount: int

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Any: ...


class Sql:
    """Statements with ``?`` marks on one connection (SQLite's or PostgreSQL's)."""

    kind: Engine
    dbapi: Any  # the driver's connection (sqlite3 or psycopg)

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Cursor:
        """Run one statement: ``?`` marks with a sequence, ``:name`` marks with a mapping."""
        raise NotImplementedError

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        raise NotImplementedError

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one ``INSERT`` and give the new row's ``id``."""
        raise NotImplementedError

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row (None when there is no row)."""
        row = self.execute(sql, params).fetchone()
        return None if row is None else row[0]

    @staticmethod
    def of(session: Session) -> Sql:
        """The connection inside the session's current transaction."""
        return wrap(session.connection().connection.driver_connection)


class _SqliteSql(Sql):
    kind: Engine = "sqlite"

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.dbapi = conn
        self.execute = conn.execute  # type: ignore[method-assign,assignment]
        self.executemany = conn.executemany  # type: ignore[method-assign,assignment]

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        cur = self.dbapi.execute(sql, params)
        assert cur.lastrowid is not None
        return int(cur.lastrowid)


class _PgSql(Sql):
    kind: Engine = "postgresql"

    def __init__(self, conn: Any) -> None:
        self.dbapi = conn

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Cursor:
        if isinstance(params, Mapping):
            cur: Cursor = self.dbapi.execute(pg_names(sql), params)
        else:
            cur = self.dbapi.execute(pg_marks(sql), tuple(params))
        return cur

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self.dbapi.cursor() as cur:
            cur.executemany(pg_marks(sql), [tuple(r) for r in rows])

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        return int(self.dbapi.execute(pg_marks(f"{sql} RETURNING id"), tuple(params)).fetchone()[0])


def wrap(conn: Any) -> Sql:
    """``Sql`` over a driver connection (an ``Sql`` is given back as it is)."""
    if isinstance(conn, Sql):
        return conn
    if isinstance(conn, sqlite3.Connection):
        return _SqliteSql(conn)
    return _PgSql(conn)


@lru_cache(maxsize=512)
def pg_marks(sql: str) -> str:
    """``sql`` for psycopg: ``?`` outside quoted text becomes ``%s``, a literal ``%`` ``%%``.

    Numbered marks (``?3``, SQLite's) have no psycopg form: a statement using them is
    SQLite's own and raises ``ValueError`` here.
    """
    parts = sql.replace("%", "%%").split("'")
    # Even parts are outside string literals ('it''s' splits into an empty odd part: fine).
    outside = parts[::2]
    if any(_NUMBERED.search(p) for p in outside):
        raise ValueError(f"numbered parameters are SQLite's only: {sql[:80]}")
    return "'".join(p.replace("?", "%s") if i % 2 == 0 else p for i, p in enumerate(parts))


_NUMBERED = re.compile(r"\?\d")
_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


@lru_cache(maxsize=256)
def pg_names(sql: str) -> str:
    """``sql`` for psycopg with named parameters: ``:name`` outside quoted text becomes
    ``%(name)s`` (a ``::type`` cast is left alone), a literal ``%`` ``%%``."""
    parts = sql.replace("%", "%%").split("'")
    return "'".join(_NAMED.sub(r"%(\1)s", p) if i % 2 == 0 else p for i, p in enumerate(parts))
