"""The shared fixtures build a consistent night of records."""

import pytest

from incident_logger.services.search import count_incidents
from incident_logger.store.engine import Database
from tests.conftest import Night


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db


def test_night_fixture(db: Database, night: Night) -> None:
    assert count_incidents(db, "") == 2
    assert count_incidents(db, "калуга") == 1
