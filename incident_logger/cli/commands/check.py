"""``incident-logger check``: integrity check and schema version; exit 0 only when all is well."""

from __future__ import annotations

import argparse

from incident_logger import paths
from incident_logger.services.check import check_database

NAME = "check"
HELP = "check the database's integrity and schema version"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--quick", action="store_true", help="a faster, less thorough check")


def run(args: argparse.Namespace) -> int:
    path = paths.database_path(args.db)
    report = check_database(path, quick=args.quick)
    print(f"Database: {path}")
    print(f"Schema version: {report.schema_version} (this release: {report.expected_version})")
    if report.ok:
        print(f"Incidents: {report.incidents:,}")
        print("Integrity: ok")
        return 0
    for problem in report.problems:
        print(f"Problem: {problem}")
    return 1
