"""Consistent copies of a live database (SQLite's online backup API), for backups."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from incident_logger.store.connection import BUSY_TIMEOUT_MS, uri_path

# --- Consistent copies (backups) --------------------------------------------------------


def backup_file_name(db_path: Path, kind: str, when: datetime) -> str:
    """``<stem>-<YYYYMMDD>-<HHMMSS>-<kind>-<8 hex of the database's full path>.sqlite3``."""
    return f"{Path(db_path).stem}-{when:%Y%m%d-%H%M%S}-{kind}-{database_tag(db_path)}.sqlite3"


def database_tag(db_path: Path) -> str:
    """Eight hex digits naming a database by its full path (backups of two files differ)."""
    return hashlib.sha1(str(Path(db_path).absolute()).encode("utf-8")).hexdigest()[:8]


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # e.g. Windows: folders cannot be opened; the rename is durable enough
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _reader(source: Path) -> sqlite3.Connection:
    """A connection that only reads. It opens read-write when it can, so that closing it
    tidies up the -wal and -shm files like any other connection; read-only otherwise."""
    if not source.exists():
        raise FileNotFoundError(2, "No such file", str(source))
    modes = ["rw", "ro"]
    if not source.with_name(source.name + "-wal").exists():
        modes.append("ro&immutable=1")  # a folder nobody can write: no -shm can be made
    for mode in modes:
        try:
            conn = sqlite3.connect(
                f"file:{uri_path(source)}?mode={mode}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
            )
        except sqlite3.OperationalError:
            if mode == modes[-1]:
                raise
            continue
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            conn.close()
            if mode == modes[-1]:
                raise
            continue
        return conn
    raise AssertionError("unreachable")


# ``.<name>.<pid>.part`` and its journal: a copy in progress, or left by a killed process.
_PART = re.compile(r"^\..+\.(?P<pid>[0-9]+)\.part(?:-journal|-wal|-shm)?$")
STALE_AFTER_SECONDS = 24 * 3600  # a process id can be reused; nothing is written this long


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process: assume it is busy with its copy
    return True


def remove_leftovers(folder: Path) -> list[Path]:
    """Delete copies that a killed process left half-written in ``folder``; returns them.

    A leftover is removed when the process named in it is gone, or when nothing has
    written it for a day (the number may belong to an unrelated process by now). A copy
    another running backup is still writing is left alone.
    """
    removed: list[Path] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = _PART.match(entry.name)
        if match is None:
            continue
        try:
            stale = now - entry.stat().st_mtime > STALE_AFTER_SECONDS
            if stale or not _alive(int(match["pid"])):
                entry.unlink()
                removed.append(entry)
        except OSError:
            continue
    return removed


def copy_database(source: Path, dest: Path) -> None:
    """Copy a live database with SQLite's online backup API (never a file copy).

    The copy is written to a temporary name beside ``dest``, turned into a single
    self-contained file, verified with ``PRAGMA integrity_check``, flushed to disk and only
    then renamed to ``dest``. On any failure nothing is left behind and an error is raised.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(dest.parent)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.part")
    src = _reader(source)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode = DELETE")
            result = [str(r[0]) for r in out.execute("PRAGMA integrity_check(20)")]
            if result != ["ok"]:
                raise ValueError(f"the copy failed its integrity check: {'; '.join(result[:3])}")
        finally:
            out.close()
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
        _fsync_folder(dest.parent)
    except BaseException:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    finally:
        src.close()
