"""Two copies of the app (or the app and the command line) on one database at once."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from incident_logger.domain.models import IncidentDraft
from incident_logger.services.change_watch import ChangeWatch
from incident_logger.services.check import check_database
from incident_logger.services.incidents import create_incident
from incident_logger.services.search import count_incidents
from incident_logger.store import connection
from incident_logger.store.engine import DatabaseError, open_database

_WRITER = """
import sys
from pathlib import Path
from incident_logger.domain.models import IncidentDraft
from incident_logger.store.engine import open_database
from incident_logger.services.incidents import create_incident, update_incident
from incident_logger.services.places import create_place
from incident_logger.domain.models import PlaceDraft
name, n = sys.argv[2], int(sys.argv[3])
db = open_database(Path(sys.argv[1]))
place = create_place(db, PlaceDraft(f"Town of {name}")).id
for i in range(n):
    made = create_incident(db, IncidentDraft(title=f"{name} report {i}", start_at="2026-09-12",
                                             place_id=place, narrative=f"{name} wrote this"))
    if i % 3 == 0:
        update_incident(db, made.id, IncidentDraft(title=f"{name} report {i} (edited)",
                                                   start_at="2026-09-12", place_id=place,
                                                   narrative=f"{name} wrote this"))
db.close()
print("done", flush=True)
"""


def _writer(db_path: Path, name: str, n: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(db_path), name, str(n)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    db_path = tmp_path / "shared.sqlite3"
    open_database(db_path).close()
    writers = [_writer(db_path, name, 80) for name in ("alpha", "beta")]
    db = open_database(db_path)
    watch = ChangeWatch(db)
    mine = 0
    while any(w.poll() is None for w in writers) and mine < 40:
        create_incident(db, IncidentDraft(title=f"gamma report {mine}", start_at="2026-09-12"))
        mine += 1
    outputs = [w.communicate(timeout=120) for w in writers]
    for writer, (out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0 and out.strip() == "done", err
    assert watch.changed()
    assert count_incidents(db) == 160 + mine
    for name in ("alpha", "beta"):
        assert count_incidents(db, f'"{name} report"') == 80
        assert count_incidents(db, f'"{name} wrote this"') == 80  # the index kept up
        assert count_incidents(db, f"{name} edited") == 27
    db.close()
    report = check_database(db_path)
    assert report.ok, report.problems


_HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO saved_search(name, query) VALUES ('held', 'x')")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


def test_a_writer_kept_waiting_too_long_is_told_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = tmp_path / "shared.sqlite3"
    open_database(db_path).close()
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 300)
    db = open_database(db_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(db_path), "1.5"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        started = time.monotonic()
        with pytest.raises(DatabaseError) as caught:
            create_incident(db, IncidentDraft(title="blocked", start_at="2026-09-12"))
        assert time.monotonic() - started < 1.2
        assert caught.value.reason == "busy"
        assert "perhaps a second copy of Incident Logger" in str(caught.value)
        assert "Nothing from this change was saved" in str(caught.value)
    finally:
        holder.communicate(timeout=30)
    create_incident(db, IncidentDraft(title="after the wait", start_at="2026-09-12"))
    assert count_incidents(db) == 1
    db.close()
