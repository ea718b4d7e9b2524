"""Optimistic concurrency on the team database: two analysts saving one incident at once."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from incident_logger.domain.enums import EntityKind, HistoryAction
from incident_logger.domain.errors import ConflictError
from incident_logger.services import history, versions
from incident_logger.store.pg.database import PgDatabase
from incident_logger.store.pg.url import parse


def _incident(db: PgDatabase) -> int:
    with db.write() as session:
        return int(
            session.execute(
                text(
                    "INSERT INTO incident(title, start_at, time_precision, geo_precision, "
                    "category_id, status, created_at, updated_at) VALUES ('Fire', '2026-11-01', "
                    "'day', 'none', (SELECT min(id) FROM category), 'reported', '', '') "
                    "RETURNING id"
                )
            ).scalar_one()
        )


def _save(db: PgDatabase, incident: int, expected: int, title: str) -> None:
    with db.write() as session:
        versions.claim(session, EntityKind.INCIDENT, incident, expected)
        session.execute(
            text("UPDATE incident SET title = :t WHERE id = :i"), {"t": title, "i": incident}
        )
        history.record(
            session,
            entity=EntityKind.INCIDENT,
            entity_id=incident,
            action=HistoryAction.EDIT,
            changes={"title": ["Fire", title]},
        )


def test_the_second_of_two_simultaneous_saves_is_refused(pg_db: PgDatabase, pg_url: str) -> None:
    incident = _incident(pg_db)
    first_has_the_row = threading.Event()
    release = threading.Event()
    failures: list[BaseException] = []

    def first() -> None:
        try:
            with pg_db.write() as session:
                versions.claim(session, EntityKind.INCIDENT, incident, 1)
                first_has_the_row.set()
                release.wait(10)
                session.execute(
                    text("UPDATE incident SET title = 'Mine' WHERE id = :i"), {"i": incident}
                )
                history.record(
                    session,
                    entity=EntityKind.INCIDENT,
                    entity_id=incident,
                    action=HistoryAction.EDIT,
                    changes={"title": ["Fire", "Mine"]},
                )
        except BaseException as exc:  # reported below
            failures.append(exc)

    thread = threading.Thread(target=first)
    thread.start()
    assert first_has_the_row.wait(10)
    # The second analyst opened version 1 too; their save waits for the first one's lock.
    timer = threading.Timer(0.5, release.set)
    timer.start()
    with pytest.raises(ConflictError) as caught:
        _save(pg_db, incident, 1, "Theirs")
    thread.join(10)
    assert not failures
    assert caught.value.version == 2 and caught.value.by == parse(pg_url).user
    with pg_db.read() as session:
        title, version = session.execute(
            text("SELECT title, version FROM incident WHERE id = :i"), {"i": incident}
        ).one()
        actors = (
            session.execute(
                text("SELECT actor FROM history WHERE entity = 'incident' AND entity_id = :i"),
                {"i": incident},
            )
            .scalars()
            .all()
        )
    assert (title, version) == ("Mine", 2)
    assert actors == [parse(pg_url).user]  # the history names the analyst's login
