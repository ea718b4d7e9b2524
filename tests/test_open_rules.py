"""Opening without reading the whole file (store.trust), and reading from read-only places."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from incident_logger.cli.main import run_command
from incident_logger.domain.models import IncidentDraft
from incident_logger.services.check import check_database
from incident_logger.services.incidents import create_incident, set_incident_deleted
from incident_logger.services.search import count_incidents, matching_ids, search_incidents
from incident_logger.store import inspect, trust
from incident_logger.store.engine import DatabaseError, open_database
from tests.test_recovery import remount_read_only, small_filesystem


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every quick check that opening runs, by the file it ran on."""
    seen: list[Path] = []
    real = inspect._quick_check

    def spy(conn: sqlite3.Connection, seconds: float | None) -> list[str]:
        seen.append(Path(conn.execute("PRAGMA database_list").fetchone()[2]))
        return real(conn, seconds)

    monkeypatch.setattr(inspect, "_quick_check", spy)
    return seen


def _made(path: Path, n: int = 3) -> None:
    db = open_database(path)
    for i in range(n):
        create_incident(db, IncidentDraft(title=f"Pump fire {i}", start_at="2026-09-12 01:00"))
    db.close()


def test_a_cleanly_closed_file_opens_without_a_check(db_path: Path, checks: list[Path]) -> None:
    _made(db_path)
    assert trust.is_marked(db_path)
    open_database(db_path).close()
    open_database(db_path, purpose="read").close()
    assert checks == []


def test_a_file_changed_elsewhere_is_checked_before_writing_only(
    db_path: Path, checks: list[Path]
) -> None:
    _made(db_path)
    conn = sqlite3.connect(db_path)  # another program, or a copy put in its place
    conn.execute("UPDATE incident SET title = 'changed' WHERE id = 1")
    conn.commit()
    conn.close()
    assert not trust.is_marked(db_path)
    reader = open_database(db_path, purpose="read")
    reader.close()
    assert checks == [] and not trust.is_marked(db_path), "a reader neither checks nor marks"
    writer = open_database(db_path)
    assert checks == [db_path.absolute()]
    writer.close()
    assert trust.is_marked(db_path)


def test_a_killed_writer_leaves_the_file_to_be_checked(db_path: Path, checks: list[Path]) -> None:
    _made(db_path)
    code = (
        "import os, sys\n"
        "from incident_logger.store.engine import open_database\n"
        "from incident_logger.services.incidents import create_incident\n"
        "from incident_logger.domain.models import IncidentDraft\n"
        f"db = open_database({str(db_path)!r})\n"
        "create_incident(db, IncidentDraft(title='half', start_at='2026-09-12'))\n"
        "os._exit(9)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=False, timeout=60)
    assert Path(f"{db_path}-wal").exists() and not trust.is_marked(db_path)
    db = open_database(db_path)
    assert checks == [db_path.absolute()]
    assert count_incidents(db) == 4
    db.close()


def _scribble(path: Path, every: int = 2) -> None:
    """Random bytes over the start of every ``every``-th page from the third on, and over one
    leaf page of the incident table (wherever the schema's layout put it), sparing the pages
    of the schema (a damaged schema is refused at opening, with a message of its own)."""
    conn = sqlite3.connect(path)
    schema = {r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'sqlite_schema'")}
    leaf = conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'incident' AND pagetype = 'leaf' "
        "ORDER BY pageno LIMIT 1"
    ).fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    offsets = set(range(page * 3, len(data) - page, page * every))
    if leaf:
        offsets.add(page * (leaf[0] - 1))
    for offset in sorted(offsets):
        if offset // page + 1 not in schema:
            data[offset : offset + 64] = os.urandom(64)
    path.write_bytes(bytes(data))


def test_a_damaged_file_is_refused_before_anything_writes(db_path: Path) -> None:
    _made(db_path, 200)
    _scribble(db_path)
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        open_database(db_path)
    assert caught.value.reason == "damaged"
    message = str(caught.value)
    assert "\n" not in message and "check --verbose" in message and "salvage" in message
    assert db_path.read_bytes() == before


def test_reading_a_damaged_file_is_one_clear_line(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _made(db_path, 200)
    _scribble(db_path)
    status = run_command(["--db", str(db_path), "search", "pump"])
    err = capsys.readouterr().err
    assert status == 1 and len(err.strip().splitlines()) == 1, err
    assert "damaged" in err and "Traceback" not in err


def test_the_text_only_count_leaves_out_deleted_incidents(db_path: Path) -> None:
    _made(db_path, 5)
    db = open_database(db_path)
    try:
        set_incident_deleted(db, 2, True)
        assert count_incidents(db, "pump") == 4 == len(matching_ids(db, "pump"))
        assert count_incidents(db, "pump deleted:yes") == 1
        assert len(search_incidents(db, "pump").rows) == 4
    finally:
        db.close()


@pytest.fixture
def read_only_disk(tmp_path: Path) -> Iterator[Path]:
    with small_filesystem(tmp_path / "ro", "8m") as folder:
        yield folder


def _leave_log(path: Path, *, keep_index: bool) -> None:
    """A writer killed with changes still in the -wal (and, optionally, no -shm)."""
    code = (
        "import os, sqlite3\n"
        f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "c.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "c.execute(\"UPDATE incident SET title = 'Logged change' WHERE id = 1\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    if not keep_index:
        Path(f"{path}-shm").unlink()


@pytest.mark.parametrize("log", ["none", "with index", "without index"])
def test_a_database_on_a_read_only_disk_is_read_and_says_so(
    read_only_disk: Path, log: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = read_only_disk / "incidents.sqlite3"
    _made(path)
    if log != "none":
        _leave_log(path, keep_index=log == "with index")
    remount_read_only(read_only_disk)
    before = sorted(p.name for p in read_only_disk.iterdir())
    for args in (["search", "id:1", "--json"], ["export", "-"], ["check"]):
        if args[0] == "export":
            args = ["export", str(read_only_disk.parent / f"out-{log}.json")]
        status = run_command(["--db", str(path), *args])
        _out, err = capsys.readouterr()
        assert status == 0, err
        if args[0] != "check":
            assert "open read-only" in err
    if log != "none":  # the committed change in the log is seen
        assert run_command(["--db", str(path), "search", "id:1", "--json"]) == 0
        assert "Logged change" in capsys.readouterr().out
    assert sorted(p.name for p in read_only_disk.iterdir()) == before


def test_check_passes_a_healthy_read_only_file(db_path: Path) -> None:
    _made(db_path)
    db_path.chmod(0o444)
    try:
        report = check_database(db_path)
        assert report.ok, report.problems
        assert report.incidents == 3
    finally:
        db_path.chmod(0o644)


def test_salvage_reads_what_a_damaged_file_still_holds(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _made(db_path, 300)
    healthy = tmp_path / "healthy.sqlite3"
    assert run_command(["--db", str(db_path), "salvage", str(healthy)]) == 0
    assert "Recovered 300 incidents" in capsys.readouterr().out
    _scribble(db_path, every=7)
    before = db_path.read_bytes()
    out = tmp_path / "salvaged.sqlite3"
    assert run_command(["--db", str(db_path), "salvage", str(out)]) == 0
    line = capsys.readouterr().out
    assert line.startswith("Recovered ") and "unreadable stretches" in line
    report = check_database(out)
    assert report.ok, report.problems
    assert 0 < report.incidents < 300
    assert f"Recovered {report.incidents:,} incidents" in line
    db = open_database(out)
    try:
        assert count_incidents(db, "pump") == report.incidents  # the index was rebuilt
    finally:
        db.close()
    as_json = tmp_path / "salvaged.json"
    assert run_command(["--db", str(db_path), "salvage", str(as_json)]) == 0
    assert f"Exported {report.incidents:,} incidents" in capsys.readouterr().out
    assert db_path.read_bytes() == before, "the damaged file is only read"
    assert run_command(["--db", str(db_path), "salvage", str(out)]) == 1  # never overwrites


def test_check_names_the_damage_in_one_line_and_lists_it_when_asked(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _made(db_path, 200)
    _scribble(db_path)
    assert run_command(["--db", str(db_path), "check"]) == 1
    short = capsys.readouterr().out.splitlines()
    assert len(short) == 3 and short[2].startswith("Problem: Damaged: ")
    assert run_command(["--db", str(db_path), "check", "--verbose"]) == 1
    assert len(capsys.readouterr().out.splitlines()) > 3
