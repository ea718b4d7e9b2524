"""The one search shell on both engines: counts that stop when cancelled, rows read in one go."""

from __future__ import annotations

import pytest

from incident_logger.domain.models import IncidentDraft
from incident_logger.services.incidents import create_incident
from incident_logger.services.search import (
    Interrupted,
    count_incidents,
    count_incidents_interruptible,
    search_incidents,
    summaries_of,
)
from incident_logger.store.cancel import interruptible
from incident_logger.store.engine import Database

# A statement that runs far longer than any test may wait, on each engine.
_LONG = {
    "sqlite": "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c "
    "WHERE n < 1000000000) SELECT count(*) FROM c",
    "postgresql": "SELECT pg_sleep(600)",
}


@pytest.mark.timeout(60)
def test_a_cancelled_statement_stops_and_the_connection_goes_on(any_db: Database) -> None:
    with any_db.read_sql() as sql:
        with pytest.raises(Interrupted), interruptible(sql, lambda: True):
            sql.execute(_LONG[sql.kind]).fetchone()
        if sql.kind == "postgresql":  # the cancelled statement ended the transaction
            sql.dbapi.rollback()
        assert sql.scalar("SELECT 1 + 1") == 2


def test_an_error_of_a_count_not_cancelled_is_not_called_an_interruption(
    any_db: Database,
) -> None:
    with (
        any_db.read_sql() as sql,
        pytest.raises(Exception) as error,
        interruptible(sql, lambda: False),
    ):
        sql.execute("SELECT no_such_column FROM incident").fetchone()
    assert not isinstance(error.value, Interrupted)


def test_counts_pages_and_rows_agree(any_db: Database) -> None:
    made = [
        create_incident(any_db, IncidentDraft(f"Pump station fire {n}", f"2026-09-{n:02d}")).id
        for n in range(1, 8)
    ]
    create_incident(any_db, IncidentDraft("Debris on a road", "2026-09-20"))
    assert count_incidents(any_db, "pump") == 7
    assert count_incidents_interruptible(any_db, "pump", cancelled=lambda: False) == 7
    page = search_incidents(any_db, "pump", limit=5)
    assert [r.id for r in page.rows] == made[::-1][:5]
    assert page.next_cursor is not None
    rest = search_incidents(any_db, "pump", limit=5, cursor=page.next_cursor)
    assert [r.id for r in rest.rows] == made[::-1][5:] and rest.next_cursor is None
    rows = summaries_of(any_db, [made[2], 10**9, made[0]])  # a missing id is left out
    assert [(r.id, r.title) for r in rows] == [
        (made[2], "Pump station fire 3"),
        (made[0], "Pump station fire 1"),
    ]
