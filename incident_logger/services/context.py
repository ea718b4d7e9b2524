"""Helpers every service shares: the clock, the actor and the session's raw connection."""

from __future__ import annotations

import getpass
import sqlite3
from datetime import datetime
from typing import TYPE_CHECKING

from incident_logger.store.sql import Sql

if TYPE_CHECKING:  # for the type only: the bulk paths that import this never load the ORM
    from sqlmodel import Session


def now_iso() -> str:
    """The current local time, stored to the second."""
    return datetime.now().replace(microsecond=0).isoformat()


def current_actor(session: Session | Sql | None = None) -> str:
    """Who makes a change: the login on a team database (PostgreSQL), else the OS user.

    ``session`` is an ORM session or the plain connection (``Sql``) the change is made on."""
    if isinstance(session, Sql):
        if session.kind == "postgresql":
            return str(session.scalar("SELECT session_user"))
    elif session is not None and session.get_bind().dialect.name == "postgresql":
        from sqlalchemy import text

        return str(session.execute(text("SELECT session_user")).scalar_one())
    try:
        return getpass.getuser()
    except Exception:  # getuser raises various errors when no user name is set
        return ""


def raw_connection(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection inside the session's current transaction."""
    dbapi = session.connection().connection.driver_connection
    if not isinstance(dbapi, sqlite3.Connection):
        from incident_logger.store.pg.database import not_on_postgres

        not_on_postgres("This work")
    return dbapi
