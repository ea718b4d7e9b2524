"""Backups: verified online copies, the daily rule, rotation, restore, before migrations."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from incident_logger import paths
from incident_logger.cli.main import run_command
from incident_logger.domain.models import IncidentDraft
from incident_logger.services import backup as backups
from incident_logger.services.backup import (
    BackupError,
    BackupInfo,
    backup_if_due,
    backup_now,
    backups_to_keep,
    list_backups,
    restore_backup,
    rotate_backups,
)
from incident_logger.services.incidents import create_incident
from incident_logger.services.search import count_incidents
from incident_logger.store import engine, migrations
from incident_logger.store.engine import Database, DatabaseError, open_database
from tests.conftest import Night
from tests.test_recovery import read_only_folder_of, small_filesystem


def _add(db: Database, title: str) -> None:
    create_incident(db, IncidentDraft(title=title, start_at="2026-09-12 01:00"))


def test_a_backup_is_a_verified_single_file_listed_with_its_count(
    db: Database, db_path: Path, night: Night
) -> None:
    made = backup_now(db_path)
    assert made.parent == paths.backup_dir_for(db_path) == db_path.parent / "incidents-backups"
    assert not list(made.parent.glob("*.part")) and not list(made.parent.glob("*-wal"))
    conn = sqlite3.connect(made)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    [info] = list_backups(db_path)
    assert info.path == made and info.kind == "manual" and info.incidents == 2
    assert info.size == made.stat().st_size and info.schema_version == migrations.SCHEMA_VERSION


def test_backups_of_two_databases_do_not_mix(tmp_path: Path) -> None:
    a, b = tmp_path / "a" / "incidents.sqlite3", tmp_path / "b" / "incidents.sqlite3"
    for path in (a, b):
        open_database(path).close()
        backup_now(path)
    assert len(list_backups(a)) == len(list_backups(b)) == 1
    assert list_backups(a)[0].path.parent == a.parent / "incidents-backups"
    assert list_backups(b)[0].path.parent == b.parent / "incidents-backups"


def test_only_the_default_database_backs_up_into_the_user_backup_folder(tmp_path: Path) -> None:
    default = paths.default_database()
    open_database(default).close()
    assert backup_now(default).parent == paths.backup_dir()
    given = tmp_path / "team" / "night shift.sqlite3"
    open_database(given).close()
    assert run_command(["--db", str(given), "backup"]) == 0
    [made] = list_backups(given)
    assert made.path.parent == given.parent / "night shift-backups"
    assert made.path.name.startswith("night shift-")
    assert [b.path.parent for b in list_backups()] == [paths.backup_dir()]


def test_backup_if_due_once_a_day(db: Database, db_path: Path) -> None:
    now = datetime(2026, 9, 12, 8, 0)
    first = backup_if_due(db_path, now=now)
    assert first is not None
    assert backup_if_due(db_path, now=now + timedelta(hours=20)) is None
    second = backup_if_due(db_path, now=now + timedelta(hours=25))
    assert second is not None and second != first
    assert {b.kind for b in list_backups(db_path)} == {"daily"}


def test_no_backup_of_a_database_that_does_not_exist(tmp_path: Path) -> None:
    assert backup_if_due(tmp_path / "nothing.sqlite3") is None


def _info(when: datetime) -> BackupInfo:
    return BackupInfo(Path(f"{when:%Y%m%d%H}"), when, "daily", 1, None, None)


def test_rotation_keeps_seven_daily_and_four_weekly() -> None:
    start = datetime(2026, 6, 1, 9)
    # Two backups a day for 60 days.
    all_ = [_info(start + timedelta(days=d, hours=h)) for d in range(60) for h in (0, 5)]
    keep = backups_to_keep(all_)
    kept = sorted((b for b in all_ if b.path in keep), key=lambda b: b.created, reverse=True)
    newest_day = start + timedelta(days=59)
    assert kept[0].created == newest_day + timedelta(hours=5)
    days = {b.created.date() for b in kept}
    assert {(newest_day - timedelta(days=d)).date() for d in range(7)} <= days
    weeks = {b.created.isocalendar()[:2] for b in kept}
    assert len(weeks) == 4 and len(kept) <= 3 + 7 + 4


def test_rotate_deletes_only_this_databases_old_backups(db: Database, db_path: Path) -> None:
    seed = backup_now(db_path)
    folder = seed.parent
    for d in range(1, 40):
        when = datetime(2026, 1, 1, 12) + timedelta(days=d)
        shutil.copy(seed, folder / engine.backup_file_name(db_path, "daily", when))
    stranger = folder / engine.backup_file_name(
        Path("/elsewhere/x.sqlite3"), "daily", datetime(2020, 1, 1)
    )
    shutil.copy(seed, stranger)
    removed = rotate_backups(db_path)
    assert removed and all(not p.exists() for p in removed)
    assert stranger.exists() and seed.exists()
    assert len(list_backups(db_path)) <= 3 + 7 + 4


def test_restore_backs_up_the_current_state_first(db: Database, db_path: Path) -> None:
    _add(db, "before")
    made = backup_now(db_path)
    _add(db, "after")
    safety = restore_backup(made, db_path)
    assert count_incidents(db) == 1  # the open database sees the restored file
    assert safety is not None and safety.exists()
    assert list_backups(db_path)[0].kind == "pre-restore"
    restore_backup(safety, db_path)  # and the restore can be undone
    assert count_incidents(db) == 2


def test_restore_refuses_a_file_that_is_not_a_sound_backup(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + bytes(5000))
    with pytest.raises(BackupError, match="cannot be restored"):
        restore_backup(junk, db_path)
    with pytest.raises(BackupError, match="no backup file"):
        restore_backup(tmp_path / "missing.sqlite3", db_path)
    with pytest.raises(BackupError, match="from itself"):
        restore_backup(db_path, db_path)
    assert list_backups(db_path) == []  # nothing was touched, not even a safety copy


def test_a_backup_on_a_full_disk_leaves_nothing_behind(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    for i in range(30):
        create_incident(
            db, IncidentDraft(title=f"n{i}", start_at="2026-09-12", narrative="y" * 20_000)
        )
    with small_filesystem(tmp_path / "tiny", "256k") as folder:
        with pytest.raises(BackupError, match="disk is full"):
            backup_now(db_path, folder)
        assert list(folder.iterdir()) == []


def _with_second_migration(monkeypatch: pytest.MonkeyPatch) -> None:
    def v2(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE extra (x)")

    steps = (*migrations.MIGRATIONS, migrations.Migration(len(migrations.MIGRATIONS) + 1, "t", v2))
    monkeypatch.setattr(migrations, "MIGRATIONS", steps)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", steps[-1].version)


def test_a_migration_is_preceded_by_a_backup(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(db_path)
    _add(db, "old")
    db.close()
    old_version = migrations.SCHEMA_VERSION
    _with_second_migration(monkeypatch)
    open_database(db_path).close()
    [made] = list_backups(db_path)
    assert made.kind == "pre-migration" and made.incidents == 1
    assert made.schema_version == old_version


def test_no_migration_when_its_backup_fails(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_database(db_path).close()
    _with_second_migration(monkeypatch)

    def no_space(source: Path, dest: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(engine, "copy_database", no_space)
    with pytest.raises(DatabaseError, match="Nothing was changed"):
        open_database(db_path)
    conn = sqlite3.connect(db_path)
    assert migrations.current_version(conn) == migrations.SCHEMA_VERSION - 1
    conn.close()


def test_a_fresh_database_needs_no_backup(db_path: Path) -> None:
    open_database(db_path).close()
    assert list_backups(db_path) == []


def test_cli_backup_list_to_and_restore(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(db, "one")
    assert run_command(["--db", str(db_path), "backup"]) == 0
    assert "verified" in capsys.readouterr().out
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    assert run_command(["--db", str(db_path), "backup", "--to", str(elsewhere)]) == 0
    [copy] = list(elsewhere.iterdir())
    _add(db, "two")
    assert run_command(["--db", str(db_path), "backup", "--list"]) == 0
    listing = capsys.readouterr().out
    assert "Manual" in listing and "1 incidents" in listing
    assert run_command(["--db", str(db_path), "backup", "--restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "To undo" in out
    assert count_incidents(db) == 1
    assert run_command(["--db", str(db_path), "backup", "--to", str(tmp_path / "nope")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_human_sizes() -> None:
    assert backups.human_size(812) == "812 bytes"
    assert backups.human_size(3 * 1024 * 1024) == "3.0 MB"


@pytest.fixture
def locked_folder(tmp_path: Path) -> Iterator[Path]:
    yield from read_only_folder_of(tmp_path)


def test_a_database_in_a_read_only_folder_is_backed_up_but_not_restored_into(
    locked_folder: Path,
) -> None:
    path = locked_folder / "incidents.sqlite3"
    made = backup_now(path)
    assert list_backups(path)[0].path == made and list_backups(path)[0].incidents == 3
    with pytest.raises(BackupError, match="cannot be written"):
        restore_backup(made, path)


def test_cli_restore_over_a_damaged_database_keeps_it_aside(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(db, "precious")
    made = backup_now(db_path)
    db.close()
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    assert run_command(["--db", str(db_path), "backup", "--restore", str(made)]) == 0
    assert "damaged database was kept as" in capsys.readouterr().out
    assert any(p.name.startswith("incidents.damaged-") for p in db_path.parent.iterdir())
    again = open_database(db_path)
    assert count_incidents(again) == 1
    again.close()


def test_an_old_backup_with_smaller_pages_restores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "old.sqlite3"
    monkeypatch.setattr(engine, "PAGE_SIZE", 4096)  # as releases before 16 KiB pages made them
    db = open_database(old)
    _add(db, "from the old release")
    db.close()
    made = backup_now(old)
    monkeypatch.setattr(engine, "PAGE_SIZE", 16384)
    new = tmp_path / "new.sqlite3"
    db = open_database(new)
    restore_backup(made, new)
    assert count_incidents(db) == 1
    db.close()
    assert not list(tmp_path.glob(".*restore*"))  # the converted copy is gone


def test_a_later_backup_removes_what_a_killed_backup_left(db: Database, db_path: Path) -> None:
    folder = paths.backup_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    dead = int(gone.stdout)
    name = "incidents-20260912-010000-daily-0badc0de.sqlite3"
    left = [folder / f".{name}.{dead}.part", folder / f".{name}.{dead}.part-journal"]
    busy = folder / f".{name}.{os.getppid()}.part"  # another backup, still being written
    old = folder / f".{name}.{os.getppid()}.part-journal"  # that number, but a day untouched
    for path in [*left, busy, old]:
        path.write_bytes(b"half a copy")
    os.utime(old, (time.time() - 2 * 86400, time.time() - 2 * 86400))
    unrelated = folder / "notes.part"
    unrelated.write_text("not ours", encoding="utf-8")
    made = backup_now(db_path, kind="daily")
    remaining = sorted(p.name for p in folder.iterdir())
    assert remaining == sorted([made.name, busy.name, unrelated.name])
