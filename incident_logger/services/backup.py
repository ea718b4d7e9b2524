"""Backups: verified online copies of the database, rotated (7 daily, 4 weekly), and restore."""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from incident_logger import paths
from incident_logger.domain.messages import VERBATIM, Message, msg
from incident_logger.store import migrations
from incident_logger.store.engine import (
    DatabaseError,
    backup_file_name,
    connect_raw,
    copy_database,
    database_tag,
    open_database,
)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_NEWEST = 3  # whatever their age, so a restore can always be undone
DUE_AFTER = timedelta(days=1)

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<kind>[a-z][a-z-]*)-(?P<tag>[0-9a-f]{8})\.sqlite3$"
)

KIND_LABELS = {
    "daily": "Daily",
    "manual": "Manual",
    "pre-migration": "Before upgrade",
    "pre-restore": "Before restore",
}


class BackupError(DatabaseError):
    """A backup could not be written, read or restored; ``msg`` says why (its code and values,
    domain/messages.py), ``str()`` in English."""

    def __init__(self, message: Message, *, reason: str = "other", path: Path | None = None):
        super().__init__(str(message), reason=reason, path=path)
        self.msg = message


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created: datetime
    kind: str  # daily, manual, pre-migration, pre-restore
    size: int
    incidents: int | None  # live incidents in the copy; None when it cannot be read
    schema_version: int | None

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


def human_size(n: int) -> str:
    """``812 bytes``, ``3.4 MB``: file sizes as people read them."""
    if n < 1024:
        return f"{n:,} bytes"
    value = float(n)
    for unit in ("KB", "MB", "GB"):
        value /= 1024
        if value < 1024 or unit == "GB":
            break
    return f"{value:,.1f} {unit}"


def _free_name(folder: Path, db_path: Path, kind: str, when: datetime) -> Path:
    """A file name not yet taken (two backups in one second get consecutive seconds)."""
    target = folder / backup_file_name(db_path, kind, when)
    while target.exists():
        when += timedelta(seconds=1)
        target = folder / backup_file_name(db_path, kind, when)
    return target


def _explain(exc: BaseException, db_path: Path, target: Path) -> BackupError:
    full = getattr(exc, "errno", None) == 28
    if isinstance(exc, OSError):
        detail = exc.strerror or str(exc)
    else:
        full = getattr(exc, "sqlite_errorcode", 0) & 0xFF == 13
        detail = str(exc)
    problem = msg("disk_full") if full else msg(VERBATIM, text=detail)  # the system's words
    return BackupError(
        msg("backup_failed", path=str(db_path), folder=str(target.parent), problem=problem),
        reason="io",
        path=db_path,
    )


def backup_now(
    db_path: Path,
    dest_dir: Path | None = None,
    *,
    kind: str = "manual",
    now: datetime | None = None,
) -> Path:
    """Write a verified copy of ``db_path`` into ``dest_dir`` (default: its backup folder)."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise BackupError(msg("no_database_to_back_up", path=str(db_path)), path=db_path)
    folder = Path(dest_dir) if dest_dir is not None else paths.backup_dir_for(db_path)
    if dest_dir is not None and not folder.is_dir():
        raise BackupError(msg("no_such_folder", path=str(folder)), path=db_path)
    target = _free_name(folder, db_path, kind, now or datetime.now())
    try:
        copy_database(db_path, target)
    except (OSError, sqlite3.Error, ValueError) as exc:
        raise _explain(exc, db_path, target) from exc
    return target


def _parse(path: Path) -> tuple[datetime, str, str] | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return created, match["kind"], match["tag"]


def _describe(path: Path, created: datetime, kind: str) -> BackupInfo:
    incidents: int | None = None
    version: int | None = None
    try:
        conn = connect_raw(path, read_only=True, immutable=True)
        try:
            version = migrations.current_version(conn)
            incidents = int(
                conn.execute("SELECT count(*) FROM incident WHERE deleted_at IS NULL").fetchone()[0]
            )
        finally:
            conn.close()
    except sqlite3.Error:
        pass
    return BackupInfo(path, created, kind, path.stat().st_size, incidents, version)


def list_backups(
    db_path: Path | None = None, folder: Path | None = None, *, describe: bool = True
) -> list[BackupInfo]:
    """Backups in ``folder``, newest first.

    With ``db_path``, only the backups of that database, by default in its own backup folder
    (``paths.backup_dir_for``); without, every backup in the default backup folder.
    ``describe`` opens each copy to count its incidents (a few milliseconds each).
    """
    if folder is None:
        folder = paths.backup_dir_for(db_path) if db_path is not None else paths.backup_dir()
    folder = Path(folder)
    if not folder.is_dir():
        return []
    tag = database_tag(db_path) if db_path is not None else None
    found: list[BackupInfo] = []
    for path in folder.glob("*.sqlite3"):
        parsed = _parse(path)
        if parsed is None or (tag is not None and parsed[2] != tag):
            continue
        created, kind, _ = parsed
        if describe:
            found.append(_describe(path, created, kind))
        else:
            found.append(BackupInfo(path, created, kind, path.stat().st_size, None, None))
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def backups_to_keep(
    backups: list[BackupInfo], *, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY
) -> set[Path]:
    """The newest few, the newest of each of the last ``daily`` days and ``weekly`` weeks."""
    ordered = sorted(backups, key=lambda b: b.created, reverse=True)
    keep = {b.path for b in ordered[:KEEP_NEWEST]}
    days: dict[object, Path] = {}
    weeks: dict[object, Path] = {}
    for b in ordered:
        days.setdefault(b.created.date(), b.path)
        weeks.setdefault(b.created.isocalendar()[:2], b.path)
    keep.update(list(days.values())[:daily])
    keep.update(list(weeks.values())[:weekly])
    return keep


def rotate_backups(db_path: Path, folder: Path | None = None) -> list[Path]:
    """Delete this database's backups that the rotation no longer keeps; returns them."""
    backups = list_backups(db_path, folder, describe=False)
    keep = backups_to_keep(backups)
    removed = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def backup_if_due(db_path: Path, *, now: datetime | None = None) -> Path | None:
    """At start-up: back up when the newest backup is older than a day; then rotate.

    Returns the new backup, or None when none was due (or there is no database yet).
    Raises ``BackupError`` when a due backup could not be written (e.g. a full disk or a
    damaged database, whose copy fails verification); older backups are then kept.
    """
    db_path = Path(db_path)
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    now = now or datetime.now()
    newest = list_backups(db_path, describe=False)
    if newest and now - newest[0].created < DUE_AFTER:
        return None
    made = backup_now(db_path, kind="daily", now=now)
    rotate_backups(db_path)
    return made


def verify_backup(path: Path) -> list[Message]:
    """Problems that make ``path`` unfit to restore (empty when it is a sound backup)."""
    from incident_logger.services.check import check_database

    report = check_database(Path(path))
    problems = [p for p in report.problems if p.code != "check_schema"]
    if report.schema_version > migrations.SCHEMA_VERSION:
        problems.append(
            msg("backup_newer", found=report.schema_version, known=migrations.SCHEMA_VERSION)
        )
    elif report.schema_version < 1:
        problems.append(msg("backup_not_ours"))
    return problems


def _check_restorable(backup: Path) -> None:
    if not Path(backup).is_file():
        raise BackupError(msg("no_backup_file", path=str(backup)))
    problems = verify_backup(backup)
    if problems:
        raise BackupError(
            msg("backup_unrestorable", path=str(backup), problems=problems[0])
        )


def restore_backup(backup: Path, db_path: Path) -> Path | None:
    """Replace the contents of ``db_path`` with ``backup``, after backing up the current state.

    The copy goes through SQLite's backup API into the live file, so other connections
    (another window, the command line) see the restored data on their next read. Returns
    the safety backup of the state before the restore (None when there was no database).
    """
    backup, db_path = Path(backup), Path(db_path)
    if backup.absolute() == db_path.absolute():
        raise BackupError(msg("restore_from_itself"))
    if db_path.exists() and not os.access(db_path.parent, os.W_OK):
        raise BackupError(
            msg("restore_read_only", path=str(db_path)),
            reason="read_only",
            path=db_path,
        )
    _check_restorable(backup)
    safety = backup_now(db_path, kind="pre-restore") if db_path.exists() else None
    source = backup
    try:
        dst = connect_raw(db_path)
        try:
            source = _with_page_size(backup, _page_size(dst), db_path.parent)
            src = connect_raw(source, read_only=True, immutable=True)
            try:
                src.backup(dst)
            finally:
                src.close()
        finally:
            dst.close()
            if source != backup:
                source.unlink(missing_ok=True)
    except (sqlite3.Error, OSError) as exc:
        said = msg(VERBATIM, text=str(exc))  # SQLite's or the system's own words
        failed = (
            msg("restore_failed_copy", name=backup.name, problem=said, copy=str(safety))
            if safety
            else msg("restore_failed", name=backup.name, problem=said)
        )
        raise BackupError(failed, path=db_path) from exc
    open_database(db_path).close()  # an older backup is migrated (after its own backup)
    return safety


def _page_size(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA page_size").fetchone()[0])


def _with_page_size(backup: Path, size: int, folder: Path) -> Path:
    """``backup``, or a temporary copy of it with pages of ``size`` bytes: SQLite's backup
    API cannot copy into a WAL database whose page size differs (older backups used 4 KiB)."""
    conn = connect_raw(backup, read_only=True, immutable=True)
    try:
        if _page_size(conn) == size:
            return backup
    finally:
        conn.close()
    tmp = folder / f".{backup.stem}-{size}.restore.sqlite3"
    tmp.unlink(missing_ok=True)
    copy_database(backup, tmp)
    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        conn.execute(f"PRAGMA page_size = {int(size)}")
        conn.execute("VACUUM")  # rewrites every page at the new size (not in WAL mode)
    finally:
        conn.close()
    return tmp


def restore_as_new_file(backup: Path, target: Path) -> Path:
    """Write ``backup`` as a new database at ``target`` (which must not exist yet)."""
    backup, target = Path(backup), Path(target)
    _check_restorable(backup)
    if target.exists():
        raise BackupError(msg("file_exists", path=str(target)), path=target)
    try:
        copy_database(backup, target)
    except (OSError, sqlite3.Error, ValueError) as exc:
        raise _explain(exc, backup, target) from exc
    open_database(target).close()
    return target
