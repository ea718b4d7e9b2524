"""``demo`` beside another writer: ids come from the database inside each transaction."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_logger.demo import generate as demo
from incident_logger.domain.models import IncidentDraft
from incident_logger.services.check import check_database
from incident_logger.services.incidents import create_incident
from incident_logger.store.engine import open_database


def test_demo_takes_fresh_ids_when_another_writer_added_incidents(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "BATCH", 100)
    db = open_database(db_path)
    other = open_database(db_path)  # e.g. an import running in another process
    added: list[int] = []

    def meanwhile(done: int, total: int) -> None:
        for _ in range(3):
            added.append(create_incident(other, IncidentDraft("Elsewhere", "2026-09-12")).id)

    try:
        stats = demo.generate_demo(db, 350, seed=5, progress=meanwhile)
    finally:
        db.close()
        other.close()
    assert stats.incidents == 350 and len(added) == 12
    report = check_database(db_path)  # foreign keys, index size and SQLite's own check
    assert report.ok, report.problems
    assert report.incidents == 350 + 12
