"""A database holding the built-in gazetteer, loaded once per test session and copied:
``gdb`` on SQLite, ``any_gdb`` on SQLite and then on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from incident_logger.services.gazetteer_load import ensure_gazetteer
from incident_logger.store.engine import Database, copy_database, open_database


@pytest.fixture(scope="session")
def gazetteer_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gazetteer") / "template.sqlite3"
    db = open_database(path)
    ensure_gazetteer(db)
    db.close()
    return path


@pytest.fixture
def gdb(gazetteer_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh database with the gazetteer loaded (as after the app's first start)."""
    path = tmp_path / "with-gazetteer.sqlite3"
    copy_database(gazetteer_template, path)
    db = open_database(path)
    yield db
    db.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_gdb(
    request: pytest.FixtureRequest, gazetteer_template: Path, tmp_path: Path
) -> Iterator[Database]:
    """``gdb`` on each engine in turn (on PostgreSQL copied from ``pg_gazetteer_template``)."""
    from tests.pg_fixtures import copy_of

    if request.param == "sqlite":
        path = tmp_path / "with-gazetteer.sqlite3"
        copy_database(gazetteer_template, path)
        db = open_database(path)
        yield db
        db.close()
        return
    server = request.getfixturevalue("pg_server")
    with copy_of(server, request.getfixturevalue("pg_gazetteer_template")) as url:
        db = open_database(url)
        yield db
        db.close()
