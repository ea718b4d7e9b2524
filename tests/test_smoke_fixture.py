"""The shared fixtures build a consistent night of records."""

from incident_logger.services.search import count_incidents
from incident_logger.store.engine import Database
from tests.conftest import Night


def test_night_fixture(db: Database, night: Night) -> None:
    assert count_incidents(db, "") == 2
    assert count_incidents(db, "калуга") == 1
