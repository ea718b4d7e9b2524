"""The team database's parts that need no server: URLs, passwords, the schema's numbering."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_logger import paths
from incident_logger.cli.main import run_command
from incident_logger.store import migrations
from incident_logger.store.engine import DatabaseError, open_database
from incident_logger.store.pg import credentials, migrate
from incident_logger.store.pg.url import UrlError, is_url, parse


def test_urls_are_told_from_paths() -> None:
    assert is_url("postgresql://ana@db.example:5433/team")
    assert is_url("postgres://ana@db/team")
    assert not is_url("team.sqlite3")
    assert not is_url(Path("postgresql:/x"))


def test_a_url_is_shown_without_secrets_and_rebuilt_for_another_database() -> None:
    url = parse("postgresql://ana@db.example:5433/team?sslmode=require")
    assert url.label == "ana@db.example:5433/team"
    other = parse(url.with_database("night").text)
    assert other.as_dict == {**url.as_dict, "dbname": "night"}
    socket = parse("postgresql://postgres@/team?host=/run/pg")
    assert parse(socket.with_database("x").text).as_dict["host"] == "/run/pg"


def test_a_password_in_the_url_is_refused() -> None:
    with pytest.raises(UrlError, match="pgpass"):
        parse("postgresql://ana:secret@db/team")
    with pytest.raises(DatabaseError, match="without it"):
        open_database("postgresql://ana:secret@db/team")


def test_the_environment_may_name_a_team_database(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.DB_ENV, "postgresql://ana@db/team")
    assert paths.database_target() == "postgresql://ana@db/team"
    assert paths.database_target("x.sqlite3") == Path("x.sqlite3")
    monkeypatch.setenv(paths.DB_ENV, "/tmp/a.sqlite3")
    assert paths.database_target() == Path("/tmp/a.sqlite3")


def test_every_sqlite_schema_version_has_its_postgresql_revision() -> None:
    """Revision "000N" is the PostgreSQL form of SQLite's schema N: a SQLite migration needs
    its revision in store/alembic/versions (docs/ARCHITECTURE.md, "Team database")."""
    assert migrate.head_version() == migrations.SCHEMA_VERSION, (
        f"SQLite's schema is at {migrations.SCHEMA_VERSION} but the PostgreSQL revisions stop "
        f"at {migrate.head()}: add the revision {migrations.SCHEMA_VERSION:04d}"
    )


def test_an_unreachable_server_is_one_plain_line(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql://nobody@/team?host=/nonexistent-socket-folder"
    assert run_command(["--db", url, "search", "fire"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("incident-logger: error: Cannot reach the team database")
    assert "Traceback" not in err
    assert run_command(["copy", url, "/nonexistent/x.sqlite3"]) == 1
    assert "Cannot reach" in capsys.readouterr().err


def test_team_init_needs_a_url(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_command(["team", "init", "team.sqlite3"]) == 1
    assert "not a PostgreSQL URL" in capsys.readouterr().err


class _Refused(Exception):
    pass


def test_the_password_comes_from_libpq_then_the_keyring_then_the_prompt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import psycopg

    tried: list[str | None] = []
    kept: dict[str, str] = {}

    def fake_connect(info: str, autocommit: bool = False) -> str:
        password = psycopg.conninfo.conninfo_to_dict(info).get("password")
        tried.append(None if password is None else str(password))
        if password != "right":
            raise psycopg.OperationalError("fe_sendauth: no password supplied")
        return "connection"

    monkeypatch.setattr(psycopg, "connect", fake_connect)
    monkeypatch.setattr(credentials, "keyring_password", lambda url: "stale")
    monkeypatch.setattr(
        credentials, "remember_password", lambda url, pw: kept.setdefault(url.label, pw) or True
    )
    url = parse("postgresql://ana@db/team")
    asked: list[str] = []
    connector = credentials.Connector(url, lambda label: asked.append(label) or "right")
    assert connector.connect() == "connection"
    assert tried == [None, "stale", "right"]
    assert asked == ["ana@db/team"]
    assert kept == {"ana@db/team": "right"}
    tried.clear()
    connector.connect()  # the password is held in memory for the pool's next connection
    assert tried == ["right"]
    cancelled = credentials.Connector(url, lambda label: None)
    with pytest.raises(psycopg.OperationalError, match="no password"):
        cancelled.connect()
