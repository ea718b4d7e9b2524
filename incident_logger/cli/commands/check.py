"""``incident-logger check``: integrity check and schema version; exit 0 only when all is well."""

from __future__ import annotations

import argparse

from incident_logger import paths
from incident_logger.cli.common import fail, missing_database
from incident_logger.services.check import check_database

NAME = "check"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--quick", action="store_true", help="a faster, less thorough check")
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="list every problem SQLite's check found"
    )


def run(args: argparse.Namespace) -> int:
    target = paths.database_target(args.db)
    if isinstance(target, str):
        return _check_team_database(target)
    path = target
    if problem := missing_database(path):
        return fail(problem)
    report = check_database(path, quick=args.quick)
    print(f"Database: {path}")
    print(f"Schema version: {report.schema_version} (this release: {report.expected_version})")
    if report.ok:
        print(f"Incidents: {report.incidents:,}")
        print("Integrity: ok")
    else:
        print(f"Problem: {report.summary()}")
        if args.verbose:
            for line in report.problems:
                print(f"  {line}")
    if args.verbose:
        for note in report.notes:
            print(f"Note: {note}")
    return 0 if report.ok else 1


def _check_team_database(url: str) -> int:
    """A team database: its schema version and size; the server checks its own pages."""
    from incident_logger.cli.common import ask_password
    from incident_logger.store.engine import DatabaseError, open_database
    from incident_logger.store.pg.database import PgDatabase
    from incident_logger.store.pg.migrate import head

    try:
        db = open_database(url, purpose="read", ask_password=ask_password)
        assert isinstance(db, PgDatabase)
        try:
            revision, incidents = db.status()
        finally:
            db.close()
    except DatabaseError as exc:
        return fail(str(exc))
    print(f"Database: {db.label}")
    print(f"Schema version: {revision} (this release: {head()})")
    print(f"Incidents: {incidents:,}")
    print(f"Your role: {db.role}" + (" (read-only)" if db.read_only else ""))
    print("Integrity: the server keeps its own pages; SQLite's file check does not apply.")
    return 0
