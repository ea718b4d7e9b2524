"""Integrity check of a database file: SQLite's own checks, schema version and the index."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from incident_logger.store import migrations
from incident_logger.store.engine import connect_raw


@dataclass
class CheckReport:
    path: Path
    schema_version: int = 0
    expected_version: int = migrations.SCHEMA_VERSION
    incidents: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(path: Path, *, quick: bool = False) -> CheckReport:
    """Run the checks without changing the file (it is opened read-only)."""
    report = CheckReport(path)
    if not path.exists():
        report.problems.append(f"{path} does not exist")
        return report
    try:
        conn = connect_raw(path, read_only=True)
    except sqlite3.Error as exc:
        report.problems.append(f"cannot open: {exc}")
        return report
    try:
        report.schema_version = migrations.current_version(conn)
        pragma = "quick_check" if quick else "integrity_check"
        result = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
        if result != ["ok"]:
            report.problems.extend(f"{pragma}: {line}" for line in result[:20])
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            report.problems.append(f"{len(fk)} rows point at records that do not exist")
        if report.schema_version != report.expected_version:
            report.problems.append(
                f"schema version {report.schema_version}, this release expects "
                f"{report.expected_version}"
            )
        else:
            report.incidents = conn.execute("SELECT count(*) FROM incident").fetchone()[0]
            indexed = conn.execute("SELECT count(*) FROM incident_fts").fetchone()[0]
            if indexed != report.incidents:
                report.problems.append(
                    f"the search index holds {indexed} documents for {report.incidents} incidents"
                )
            if not quick:
                _check_index(path, report)
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"not a usable Incident Logger database: {exc}")
    finally:
        conn.close()
    return report


def _check_index(path: Path, report: CheckReport) -> None:
    """FTS5's own check needs a writable connection; it runs in a transaction rolled back."""
    try:
        conn = connect_raw(path)
    except sqlite3.Error:
        return  # read-only file: SQLite's integrity check above has to do
    try:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO incident_fts(incident_fts, rank) VALUES ('integrity-check', 0)")
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"search index: {exc}")
    finally:
        conn.rollback()
        conn.close()
