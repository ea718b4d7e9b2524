"""A real PostgreSQL server for the tests, or a skip that says how to get one.

``INCIDENT_LOGGER_TEST_PG`` names a server (any database on it) that the tests may create
databases and roles on; ``tests/pg_server.sh start DIR`` starts a throwaway one and prints
the URL, and ``.ci/run`` does so for CI (where ``INCIDENT_LOGGER_REQUIRE_PG=1`` turns a
missing server into a failure instead of a skip). Every test gets a fresh database, copied
from a template that holds the schema, and dropped after the test.

``any_db`` is a fresh database of each engine in turn (SQLite, then PostgreSQL): a test of
the store or the services that takes it runs on both. A module moves onto both engines by
overriding its ``db`` fixture with ``any_db`` (the ``night`` fixture follows). A test of such a
module that is about the SQLite file itself (FTS5 tables, query plans, PRAGMAs, the file on
disk) carries ``@pytest.mark.sqlite_only("why")``: its PostgreSQL run is deselected, not skipped.
``cli_db(db)`` is what a command line test passes as ``--db``: the file, or the server's URL.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

PG_ENV = "INCIDENT_LOGGER_TEST_PG"
REQUIRE_ENV = "INCIDENT_LOGGER_REQUIRE_PG"
_serial = itertools.count()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(why): about the SQLite file itself; runs on SQLite only"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave out the PostgreSQL runs of tests marked ``sqlite_only``."""
    kept, dropped = [], []
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        on_pg = "postgresql" in params.values()
        (dropped if on_pg and item.get_closest_marker("sqlite_only") else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def cli_db(db: object) -> str:
    """The ``--db`` argument naming ``db`` on the command line: its file, or its URL."""
    from incident_logger.store.engine import Database

    assert isinstance(db, Database)
    return db.url.text if db.kind == "postgresql" else str(db.path)  # type: ignore[attr-defined]


def _admin(url: str):  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(url, autocommit=True)


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The URL of the test server (a skip, or in CI a failure, without one)."""
    url = os.environ.get(PG_ENV, "").strip()
    required = os.environ.get(REQUIRE_ENV) == "1"
    if not url:
        reason = (
            f"no PostgreSQL server for the tests on PostgreSQL: set {PG_ENV} to its URL "
            "(tests/pg_server.sh start DIR starts a throwaway one and prints it)"
        )
        if required:
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        _admin(url).close()
    except Exception as exc:
        reason = f"the PostgreSQL server in {PG_ENV} cannot be reached ({exc})"
        if required:
            pytest.fail(reason)
        pytest.skip(reason)
    return url


def _database_url(server: str, name: str) -> str:
    from incident_logger.store.pg.url import parse

    return parse(server).with_database(name).text


@pytest.fixture(scope="session")
def pg_template(pg_server: str) -> Iterator[str]:
    """A database holding the newest schema (made by ``team init``), the tests' template."""
    from incident_logger.store.pg.team import init_team_database

    name = f"il_template_{os.getpid()}"
    with _admin(pg_server) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    url = _database_url(pg_server, name)
    init_team_database(url, role_prefix="il_test")
    yield name
    with _admin(pg_server) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_empty(pg_server: str) -> Iterator[str]:
    """The URL of a new, empty database (no schema)."""
    name = f"il_empty_{os.getpid()}_{next(_serial)}"
    with _admin(pg_server) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield _database_url(pg_server, name)
    with _admin(pg_server) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@contextmanager
def copy_of(server: str, template: str) -> Iterator[str]:
    """The URL of a new database copied from ``template``, dropped at the end."""
    name = f"il_test_{os.getpid()}_{next(_serial)}"
    with _admin(server) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
    try:
        yield _database_url(server, name)
    finally:
        with _admin(server) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_url(pg_server: str, pg_template: str) -> Iterator[str]:
    """The URL of a fresh team database with the schema and the il_test_* roles' grants."""
    with copy_of(pg_server, pg_template) as url:
        yield url


@pytest.fixture(scope="module")
def pg_module_url(pg_server: str, pg_template: str) -> Iterator[str]:
    """A fresh team database shared by the tests of one module (for data they only read)."""
    with copy_of(pg_server, pg_template) as url:
        yield url


@pytest.fixture(scope="session")
def pg_gazetteer_template(pg_server: str, pg_template: str) -> Iterator[str]:
    """A template database holding the schema and the built-in gazetteer (loaded once)."""
    from incident_logger.services.gazetteer_load import ensure_gazetteer
    from incident_logger.store.engine import open_database

    name = f"il_gazetteer_{os.getpid()}"
    with _admin(pg_server) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    db = open_database(_database_url(pg_server, name))
    try:
        ensure_gazetteer(db)
    finally:
        db.close()
    yield name
    with _admin(pg_server) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[object]:
    """The fresh team database, open."""
    from incident_logger.store.engine import open_database

    db = open_database(pg_url)
    yield db
    db.close()


@pytest.fixture(scope="session")
def pg_night_template(pg_server: str, pg_template: str) -> Iterator[tuple[str, object]]:
    """A template database holding the ``night`` fixture's records, and their ids: a test on
    PostgreSQL copies it (a tenth of a second) instead of writing them (a second or more)."""
    from incident_logger.store.engine import open_database
    from tests.conftest import make_night

    name = f"il_night_{os.getpid()}"
    with _admin(pg_server) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    db = open_database(_database_url(pg_server, name))
    try:
        made = make_night(db)
    finally:
        db.close()
    yield name, made
    with _admin(pg_server) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


_NIGHT = pytest.StashKey[tuple[str, object]]()


def night_made_with(db: object, request: pytest.FixtureRequest) -> Any:
    """The ``night`` ids when ``any_db`` copied ``db`` from the night's template, else None."""
    found = request.node.stash.get(_NIGHT, None)
    url = getattr(db, "url", None)
    if found is None or url is None or url.text != found[0]:
        return None
    return found[1]


def _night_goes_here(request: pytest.FixtureRequest) -> bool:
    """Whether the test takes ``night`` and its ``db`` is this ``any_db`` (not another file)."""
    if "night" not in request.fixturenames:
        return False
    defs = request.node._fixtureinfo.name2fixturedefs.get("db", ())  # type: ignore[attr-defined]
    return bool(defs) and "any_db" in defs[-1].argnames


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[object]:
    """A fresh, open database on SQLite and (the second run) on PostgreSQL."""
    from incident_logger.store.engine import open_database

    if request.param == "sqlite":
        db = open_database(tmp_path / "incidents.sqlite3")
        yield db
        db.close()
        return
    server = request.getfixturevalue("pg_server")
    template, made = (
        request.getfixturevalue("pg_night_template")
        if _night_goes_here(request)
        else (request.getfixturevalue("pg_template"), None)
    )
    with copy_of(server, template) as url:
        db = open_database(url)
        if made is not None:
            request.node.stash[_NIGHT] = (url, made)
        yield db
        db.close()
