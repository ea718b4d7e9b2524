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
    path = paths.database_path(args.db)
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
