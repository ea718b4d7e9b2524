"""Integrity check of a database file: SQLite's own checks, schema version and the index.

The file is never changed: it is read through a read-only connection (immutable where its
folder cannot be written), and the search index's own check runs in a transaction that is
rolled back. ``summary`` gives one line for people; ``problems`` holds SQLite's findings.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from incident_logger.domain.messages import Message, msg, verbatim
from incident_logger.store import migrations
from incident_logger.store.connection import uri_path
from incident_logger.store.engine import DatabaseError, open_database
from incident_logger.store.errors import sqlite_error_code
from incident_logger.store.inspect import connect_for_inspection

_SHOWN = 200  # integrity_check findings kept for --verbose


@dataclass
class CheckReport:
    path: Path
    schema_version: int = 0
    expected_version: int = migrations.SCHEMA_VERSION
    incidents: int = 0
    problems: list[Message] = field(default_factory=list)  # str() of each is English
    notes: list[Message] = field(default_factory=list)  # what could not be checked, and why
    damaged: bool = False  # SQLite's own check found damage (not just an old schema)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self, *, in_app: bool = False) -> str:
        """One line: all is well, or what is wrong and what to do (in the app's words, or
        the command line's)."""
        if self.ok:
            return f"Integrity: ok ({self.incidents:,} incidents)"
        if self.damaged:
            found = len(self.problems)
            listed = "Show Details lists them" if in_app else "--verbose lists them"
            restore = "the Backups page" if in_app else "incident-logger backup --list"
            return (
                f"Damaged: SQLite's check found {found}{'+' if found >= _SHOWN else ''} "
                f"problem{'s' if found != 1 else ''} ({listed}). Restore a backup ({restore}) "
                "or salvage what can still be read (incident-logger salvage OUT.sqlite3)."
            )
        return "; ".join(str(p) for p in self.problems[:3])


def check_database(path: Path, *, quick: bool = False) -> CheckReport:
    """Run the checks without changing the file (it is opened read-only)."""
    report = CheckReport(Path(path))
    if not report.path.is_file():
        report.problems.append(msg("check_no_database", path=str(path)))
        return report
    copy = None
    target = report.path
    try:
        if _needs_copy(target):  # a -wal that can only be read from a writable folder
            copy = open_database(target, read_only=True, purpose="read")
            target = copy.path
        conn, _ = connect_for_inspection(target)
    except (sqlite3.Error, DatabaseError) as exc:
        said = exc.msg if isinstance(exc, DatabaseError) and exc.msg else verbatim(str(exc))
        report.problems.append(msg("check_cannot_open", path=str(path), problem=said))
        report.damaged = isinstance(exc, DatabaseError) and exc.reason == "damaged"
        if copy is not None:
            copy.close()
        return report
    try:
        _run_checks(conn, target, report, quick)
    finally:
        conn.close()
        if copy is not None:
            copy.close()
    return report


def _needs_copy(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return wal.is_file() and not Path(f"{path}-shm").exists() and not _folder_writable(path)


def _folder_writable(path: Path) -> bool:
    return os.access(path.parent, os.W_OK | os.X_OK)


def _run_checks(conn: sqlite3.Connection, path: Path, report: CheckReport, quick: bool) -> None:
    try:
        report.schema_version = migrations.current_version(conn)
        pragma = "quick_check" if quick else "integrity_check"
        result = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}({_SHOWN})")]
        if result != ["ok"]:
            report.damaged = True
            report.problems.extend(msg("check_sqlite", line=line) for line in result)
            return
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            report.problems.append(msg("check_dangling", n=len(fk)))
        if report.schema_version != report.expected_version:
            report.problems.append(
                msg("check_schema", found=report.schema_version, expected=report.expected_version)
            )
            return
        report.incidents = conn.execute("SELECT count(*) FROM incident").fetchone()[0]
        indexed = conn.execute("SELECT count(*) FROM incident_fts").fetchone()[0]
        if indexed != report.incidents:
            report.problems.append(
                msg("check_index_count", indexed=indexed, incidents=report.incidents)
            )
        if not quick:
            _check_index(path, report)
    except sqlite3.DatabaseError as exc:
        report.damaged = sqlite_error_code(exc) in (11, 26)
        report.problems.append(msg("check_unusable", detail=str(exc)))


def _check_index(path: Path, report: CheckReport) -> None:
    """FTS5's own check needs a writable connection; it runs in a transaction rolled back."""
    skipped = msg("check_index_skipped")
    if not os.access(path, os.W_OK) or not _folder_writable(path):
        report.notes.append(skipped)
        return
    try:  # plain: none of the app's pragmas, so a backup in rollback mode stays so
        conn = sqlite3.connect(f"file:{uri_path(path)}?mode=rw", uri=True, isolation_level=None)
    except sqlite3.Error:
        report.notes.append(skipped)
        return
    try:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO incident_fts(incident_fts, rank) VALUES ('integrity-check', 0)")
    except sqlite3.DatabaseError as exc:
        if sqlite_error_code(exc) == 8:  # SQLITE_READONLY: a read-only disk, say
            report.notes.append(skipped)
        else:
            report.problems.append(msg("check_index_problem", detail=str(exc)))
    finally:
        conn.rollback()
        conn.close()
