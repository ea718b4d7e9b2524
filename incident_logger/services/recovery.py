"""Ways out of a database that will not open: restore a backup beside it, or start afresh."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from incident_logger import paths
from incident_logger.services.backup import BackupError, restore_as_new_file
from incident_logger.store.engine import DatabaseError

HEADLINES = {
    "damaged": "The database is damaged",
    "not_sqlite": "This file is not an Incident Logger database",
    "foreign": "This file belongs to another program",
    "too_new": "This database comes from a newer release",
    "read_only": "The database cannot be written",
    "disk_full": "The disk is full",
    "io": "The disk reported an error",
    "busy": "The database is busy",
    "cannot_open": "The database cannot be opened",
}

_COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class Restored:
    """Where the restored database now is, and where the damaged file was moved (if it was)."""

    path: Path
    moved_aside: Path | None


def headline(error: DatabaseError | str) -> str:
    reason = error.reason if isinstance(error, DatabaseError) else error
    return HEADLINES.get(reason, "The database cannot be used")


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def aside_name(path: Path) -> Path:
    """``incidents.damaged-20260912-013000.sqlite3`` next to ``incidents.sqlite3``."""
    base = path.with_name(f"{path.stem}.damaged-{_stamp()}{path.suffix}")
    candidate, n = base, 2
    while candidate.exists():
        candidate = base.with_name(f"{base.stem}-{n}{base.suffix}")
        n += 1
    return candidate


def move_aside(path: Path) -> Path:
    """Rename a damaged file (with its -wal/-shm/-journal, so they stay a pair); never delete."""
    target = aside_name(path)
    os.replace(path, target)
    for suffix in _COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    return target


def restore_over_damaged(backup: Path, damaged: Path) -> Restored:
    """Put ``backup`` where ``damaged`` was, after moving the damaged file aside.

    When the damaged file's folder cannot be written, the restored copy goes to the data
    folder under a new name instead, and the damaged file stays untouched.
    """
    backup, damaged = Path(backup), Path(damaged)
    moved: Path | None = None
    target = damaged
    if damaged.exists():
        try:
            moved = move_aside(damaged)
        except OSError:
            target = paths.data_dir() / f"{damaged.stem}-restored-{_stamp()}{damaged.suffix}"
    try:
        restore_as_new_file(backup, target)
    except BackupError:
        if moved is not None and not damaged.exists():
            move_back(moved, damaged)
        raise
    return Restored(target, moved)


def move_back(moved: Path, original: Path) -> None:
    os.replace(moved, original)
    for suffix in _COMPANIONS:
        companion = moved.with_name(moved.name + suffix)
        if companion.exists():
            os.replace(companion, original.with_name(original.name + suffix))


def suggested_new_path(near: Path) -> Path:
    """A fresh file name beside ``near`` (or in the data folder when that is not writable)."""
    folder = near.parent if os.access(near.parent, os.W_OK) else paths.data_dir()
    candidate, n = folder / f"{near.stem}-new{near.suffix or '.sqlite3'}", 2
    while candidate.exists():
        candidate = folder / f"{near.stem}-new-{n}{near.suffix or '.sqlite3'}"
        n += 1
    return candidate
