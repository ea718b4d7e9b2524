"""Opening damaged, foreign, newer, truncated and read-only files; full disks; ways out."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from incident_logger.domain.models import IncidentDraft
from incident_logger.services.backup import backup_now
from incident_logger.services.change_watch import ChangeWatch, data_version
from incident_logger.services.check import check_database
from incident_logger.services.incidents import create_incident
from incident_logger.services.recovery import headline, restore_over_damaged
from incident_logger.services.search import count_incidents
from incident_logger.store.engine import Database, DatabaseError, open_database
from tests.conftest import Night


@contextmanager
def small_filesystem(where: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` mounted at ``where`` (root only; the test is skipped otherwise)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small filesystem needs root")
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def remount_read_only(where: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)


def _made(db_path: Path, n: int = 3) -> None:
    db = open_database(db_path)
    for i in range(n):
        create_incident(db, IncidentDraft(title=f"Incident {i}", start_at="2026-09-12 01:00"))
    db.close()


def _refused(path: Path, reason: str, words: str) -> DatabaseError:
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    assert caught.value.reason == reason
    assert words in str(caught.value)
    assert path.read_bytes() == before, "the file must be left untouched"
    return caught.value


def test_a_truncated_file_is_refused_and_untouched(db_path: Path) -> None:
    _made(db_path, 30)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    error = _refused(db_path, "damaged", "shorter than it should be")
    assert headline(error) == "The database is damaged"


def test_random_bytes_are_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "noise.sqlite3"
    path.write_bytes(os.urandom(50_000))
    _refused(path, "not_sqlite", "not an SQLite database at all")


def test_a_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("meeting notes\n", encoding="utf-8")
    _refused(path, "not_sqlite", "left exactly as it is")


def test_a_newer_schema_is_refused(db_path: Path) -> None:
    _made(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    error = _refused(db_path, "too_new", "schema version 99")
    assert "newer release" in str(error)


def test_another_programs_database_gets_no_tables_added(tmp_path: Path) -> None:
    path = tmp_path / "contacts.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contact (name TEXT)")
    conn.commit()
    conn.close()
    _refused(path, "foreign", "belongs to another program")
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["contact"]
    conn.close()


def test_a_damaged_page_is_found_by_the_quick_check(db_path: Path) -> None:
    _made(db_path, 200)
    data = bytearray(db_path.read_bytes())
    page = int.from_bytes(data[16:18], "big")  # the file's own page size
    # Scribble over the middle of the file: b-tree pages no longer make sense.
    for offset in range(page * 3, len(data) - page, page * 2):
        data[offset : offset + 64] = os.urandom(64)
    db_path.write_bytes(bytes(data))
    _refused(db_path, "damaged", "Restore a backup")


def test_an_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    db = open_database(path)
    assert count_incidents(db) == 0
    db.close()


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder"):
        open_database(tmp_path)


def test_explicit_read_only_reads_and_refuses_writes(
    db: Database, db_path: Path, night: Night
) -> None:
    db.close()
    ro = open_database(db_path, read_only=True)
    try:
        assert ro.read_only and count_incidents(ro) == 2
        with pytest.raises(DatabaseError) as caught:
            create_incident(ro, IncidentDraft(title="x", start_at="2026-09-12"))
        assert caught.value.reason == "read_only"
    finally:
        ro.close()


def read_only_folder_of(tmp_path: Path) -> Iterator[Path]:
    """A folder holding a database that this process truly cannot write."""
    if os.geteuid() != 0:
        folder = tmp_path / "locked"
        folder.mkdir()
        _made(folder / "incidents.sqlite3")
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)
        return
    # chmod does not stop root: a read-only filesystem does.
    with small_filesystem(tmp_path / "ro", "4m") as folder:
        _made(folder / "incidents.sqlite3")
        remount_read_only(folder)
        yield folder


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    yield from read_only_folder_of(tmp_path)


def test_a_read_only_folder_opens_read_only_with_a_reason(read_only_folder: Path) -> None:
    path = read_only_folder / "incidents.sqlite3"
    db = open_database(path)
    try:
        assert db.read_only
        assert "cannot be written" in str(db.read_only_reason)
        assert count_incidents(db) == 3
        assert data_version(db) >= 0
        with pytest.raises(DatabaseError) as caught:
            create_incident(db, IncidentDraft(title="x", start_at="2026-09-12"))
        assert caught.value.reason == "read_only"
    finally:
        db.close()
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["incidents.sqlite3"]


def test_a_full_disk_keeps_the_last_saved_state(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "tiny", "3m") as folder:
        path = folder / "incidents.sqlite3"
        db = open_database(path)
        saved = 0
        with pytest.raises(DatabaseError) as caught:
            for i in range(200):
                create_incident(
                    db,
                    IncidentDraft(
                        title=f"Incident {i}", start_at="2026-09-12", narrative="x" * 40_000
                    ),
                )
                saved += 1
        assert caught.value.reason == "disk_full"
        assert "disk holding" in str(caught.value) and "is full" in str(caught.value)
        assert "everything saved before is intact" in str(caught.value)
        assert 0 < saved < 200
        assert count_incidents(db) == saved
        db.close()
        report = check_database(path)
        assert report.ok, report.problems
        assert report.incidents == saved


def test_restoring_over_a_damaged_file_moves_it_aside(db_path: Path) -> None:
    _made(db_path, 5)
    backup = backup_now(db_path)
    db_path.write_bytes(os.urandom(8192))
    damaged_bytes = db_path.read_bytes()
    restored = restore_over_damaged(backup, db_path)
    assert restored.path == db_path
    assert restored.moved_aside is not None and restored.moved_aside.read_bytes() == damaged_bytes
    assert ".damaged-" in restored.moved_aside.name
    db = open_database(db_path)
    assert count_incidents(db) == 5
    db.close()


def test_data_version_sees_commits_from_another_connection(db: Database, db_path: Path) -> None:
    watch = ChangeWatch(db)
    assert not watch.changed()
    other = open_database(db_path)
    create_incident(other, IncidentDraft(title="From elsewhere", start_at="2026-09-12"))
    other.close()
    assert watch.changed()
    assert not watch.changed()
    create_incident(db, IncidentDraft(title="From here", start_at="2026-09-12"))
    assert watch.changed()
