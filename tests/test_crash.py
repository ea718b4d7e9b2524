"""Killing the process (SIGKILL) mid-import or mid-edit loses nothing committed and leaves
nothing half-written: the file passes the integrity check and the search index agrees."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from incident_logger.domain.models import IncidentDraft
from incident_logger.services.check import check_database
from incident_logger.services.incidents import create_incident
from incident_logger.services.search import count_incidents
from incident_logger.store.engine import open_database

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _start(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # so the kill reaches worker processes too
    )


def _kill(proc: subprocess.Popen[str]) -> None:
    os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)  # reaps it and closes the pipes


def _big_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["title", "start_at", "place", "narrative", "sources", "tags"])
        for i in range(rows):
            writer.writerow(
                [
                    f"Imported report {i}",
                    f"2026-0{1 + i % 9}-{1 + i % 28:02d} {i % 24:02d}:00",
                    f"Россия › Область {i % 40} › Город {i % 400}",
                    "Обломки упали возле дома; пострадавших нет. " * 6,
                    f"Channel {i % 30} | C3",
                    "import; test",
                ]
            )


_IMPORT = """
import sys
from pathlib import Path
from incident_logger.store.engine import open_database
from incident_logger.services.exchange.importer import import_file
db = open_database(Path(sys.argv[1]))
print("started", flush=True)
import_file(db, Path(sys.argv[2]))
print("finished", flush=True)
"""


def test_killed_in_the_middle_of_a_large_import(tmp_path: Path) -> None:
    db_path = tmp_path / "incidents.sqlite3"
    db = open_database(db_path)
    for i in range(5):
        create_incident(db, IncidentDraft(title=f"Saved before {i}", start_at="2026-09-12"))
    db.close()
    source = tmp_path / "big.csv"
    _big_csv(source, 40_000)
    proc = _start(_IMPORT, str(db_path), str(source))
    assert proc.stdout is not None and proc.stdout.readline().strip() == "started"
    wal = db_path.with_name(db_path.name + "-wal")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not wal.exists() or wal.stat().st_size < 2_000_000):
        time.sleep(0.02)  # rows are being written inside the import's one transaction
    assert proc.poll() is None, "the import ended before it could be interrupted"
    _kill(proc)
    report = check_database(db_path)
    assert report.ok, report.problems
    assert report.incidents == 5  # every committed incident, nothing of the import
    db = open_database(db_path)
    assert count_incidents(db, "imported") == 0 and count_incidents(db) == 5
    db.close()


_EDITS = """
import sys
from pathlib import Path
from incident_logger.domain.models import IncidentDraft
from incident_logger.store.engine import open_database
from incident_logger.services.incidents import create_incident, update_incident
db = open_database(Path(sys.argv[1]))
for i in range(100000):
    made = create_incident(db, IncidentDraft(title=f"Edit stream {i}", start_at="2026-09-12",
                                             narrative="x" * 2000))
    update_incident(db, made.id, IncidentDraft(title=f"Edit stream {i} checked",
                                               start_at="2026-09-12", narrative="y" * 2000))
    print(i, flush=True)
"""


def test_killed_in_the_middle_of_a_stream_of_edits(tmp_path: Path) -> None:
    db_path = tmp_path / "incidents.sqlite3"
    open_database(db_path).close()
    proc = _start(_EDITS, str(db_path))
    assert proc.stdout is not None
    done = -1
    while done < 60:
        line = proc.stdout.readline()
        assert line, proc.stderr.read() if proc.stderr else "the editor stopped"
        done = int(line)
    os.killpg(proc.pid, signal.SIGKILL)
    rest, _ = proc.communicate(timeout=30)
    # A loaded machine lets the editor run ahead of this reader: what it printed before it
    # died was committed too.
    done = max([done, *(int(n) for n in rest.split())])
    report = check_database(db_path)  # SQLite's check, foreign keys and the FTS index
    assert report.ok, report.problems
    db = open_database(db_path)
    try:
        for i in range(done + 1):
            assert count_incidents(db, f'"Edit stream {i} checked"') == 1, i
        # At most one more (created, not yet reported), and never half of one.
        total = count_incidents(db)
        assert done + 1 <= total <= done + 2
        with db.raw() as conn:
            orphans = conn.execute(
                "SELECT count(*) FROM history h WHERE entity = 'incident' AND NOT EXISTS "
                "(SELECT 1 FROM incident i WHERE i.id = h.entity_id)"
            ).fetchone()[0]
        assert orphans == 0
    finally:
        db.close()
