"""``team init``: create (or upgrade) a team database's schema and its two roles.

The roles are group roles without a login: ``<prefix>_editors`` may read and change the
records, ``<prefix>_viewers`` may only read. An administrator makes an analyst a member of
one of them (``GRANT <prefix>_editors TO alice``); the app then opens read-only for viewers.
The prefix is the database's name by default, so two team databases on one server keep
separate editors and viewers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from incident_logger.store.errors import DatabaseError
from incident_logger.store.pg import migrate
from incident_logger.store.pg.credentials import AskPassword, Connector
from incident_logger.store.pg.database import explain
from incident_logger.store.pg.url import PgUrl, UrlError, parse

if TYPE_CHECKING:
    from sqlalchemy import Connection


@dataclass(frozen=True)
class Roles:
    editors: str
    viewers: str


def roles_for(url: PgUrl, prefix: str | None = None) -> Roles:
    base = prefix or url.database or "incident_logger"
    return Roles(editors=f"{base}_editors", viewers=f"{base}_viewers")


@dataclass(frozen=True)
class InitResult:
    label: str
    before: str | None  # the schema revision found (None: there was none)
    after: str
    roles: Roles
    created_roles: tuple[str, ...]


def _quote(conn: Connection, name: str) -> str:
    from sqlalchemy import text

    return str(conn.execute(text("SELECT quote_ident(:n)"), {"n": name}).scalar_one())


def _grants(conn: Connection, roles: Roles, dbname: str) -> list[str]:
    ed, vi = _quote(conn, roles.editors), _quote(conn, roles.viewers)
    db = _quote(conn, dbname)
    both = f"{ed}, {vi}"
    return [
        f"GRANT CONNECT ON DATABASE {db} TO {both}",
        f"GRANT USAGE ON SCHEMA public TO {both}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {vi}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {ed}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {ed}",
        # The schema's history is the administrator's: editors read it, never change it.
        f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {ed}",
        # Tables a later upgrade adds get the same rights.
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {vi}",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {ed}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {ed}",
    ]


def _ensure_roles(conn: Connection, roles: Roles) -> tuple[str, ...]:
    from sqlalchemy import text

    made: list[str] = []
    for name in (roles.editors, roles.viewers):
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
        if exists.first() is None:
            conn.execute(text(f"CREATE ROLE {_quote(conn, name)} NOLOGIN"))
            made.append(name)
    return tuple(made)


def init_team_database(
    url_text: str, *, role_prefix: str | None = None, ask_password: AskPassword | None = None
) -> InitResult:
    """Create or upgrade the schema and the roles, in one transaction per step.

    Run by the database's owner (or a superuser); needs the right to create roles unless
    they exist already. Running it again is safe: it upgrades the schema and re-grants.
    """
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    try:
        url = parse(url_text)
    except UrlError as exc:
        raise DatabaseError(str(exc), reason="cannot_open") from exc
    label = f"team database {url.label}"
    connector = Connector(url, ask_password)
    engine = create_engine("postgresql+psycopg://", creator=connector.connect, poolclass=NullPool)
    roles = roles_for(url, role_prefix)
    try:
        with engine.begin() as conn:
            before = migrate.current(conn)
        if before is not None and before not in migrate.known_revisions():
            raise DatabaseError(
                f"The {label} has schema version {before}, newer than this release knows. "
                "Use a newer release of Incident Logger.",
                reason="too_new",
            )
        with engine.begin() as conn:
            migrate.upgrade(conn)
        with engine.begin() as conn:
            created = _ensure_roles(conn, roles)
            for statement in _grants(conn, roles, url.database or _current_db(conn)):
                conn.exec_driver_sql(statement)
            after = migrate.current(conn)
    except DatabaseError:
        raise
    except Exception as exc:
        explained = explain(exc, label)
        if explained is None:
            raise
        if explained.reason == "read_only":
            raise DatabaseError(
                f"{explained} 'team init' must run as the database's owner with the right to "
                "create roles (CREATEROLE), or as a superuser.",
                reason="read_only",
            ) from exc
        raise explained from exc
    finally:
        engine.dispose()
    assert after is not None
    return InitResult(label, before, after, roles, created)


def _current_db(conn: Connection) -> str:
    from sqlalchemy import text

    return str(conn.execute(text("SELECT current_database()")).scalar_one())


def grant_analyst(
    url_text: str,
    login: str,
    *,
    viewer: bool = False,
    role_prefix: str | None = None,
    ask_password: AskPassword | None = None,
) -> Roles:
    """Make an existing login an editor (or a viewer) of the team database, and not the other."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    url = parse(url_text)
    roles = roles_for(url, role_prefix)
    engine = create_engine(
        "postgresql+psycopg://", creator=Connector(url, ask_password).connect, poolclass=NullPool
    )
    grant, revoke = (roles.viewers, roles.editors) if viewer else (roles.editors, roles.viewers)
    try:
        with engine.begin() as conn:
            if (
                conn.execute(
                    text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login}
                ).first()
                is None
            ):
                raise DatabaseError(
                    f"There is no login named {login!r} on the server. Create it first "
                    f"(CREATE ROLE {login} LOGIN PASSWORD '…'), then grant it a role.",
                    reason="other",
                )
            who = _quote(conn, login)
            conn.exec_driver_sql(f"GRANT {_quote(conn, grant)} TO {who}")
            conn.exec_driver_sql(f"REVOKE {_quote(conn, revoke)} FROM {who}")
    except DatabaseError:
        raise
    except Exception as exc:
        explained = explain(exc, f"team database {url.label}")
        if explained is None:
            raise
        raise explained from exc
    finally:
        engine.dispose()
    return roles
